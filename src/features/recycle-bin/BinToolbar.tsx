// Above every recycle-bin list: the search box, how many match, and a refresh.
import RefreshIcon from '@mui/icons-material/Refresh';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { SearchBox } from '../../components/SearchBox.tsx';
import { useT } from '../../i18n/I18nProvider.tsx';

export interface BinToolbarProps {
  id: string;
  label: string;
  placeholder: string;
  text: string;
  help: string;
  invalid: boolean;
  /** "320 destroyed VMs", empty until the first answer. */
  count: string;
  fetching: boolean;
  onText: (text: string) => void;
  onEnter: () => void;
  onRefresh: () => void;
}

export function BinToolbar(props: BinToolbarProps) {
  const m = useT().recycleBin;
  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: { sm: 'center' } }}>
      <SearchBox
        id={props.id}
        label={props.label}
        placeholder={props.placeholder}
        value={props.text}
        invalid={props.invalid}
        help={props.help}
        describedBy={`${props.id}-count`}
        onChange={props.onText}
        onEnter={props.onEnter}
      />
      <Box sx={{ flexGrow: 1 }} />
      <Typography id={`${props.id}-count`} role="status" aria-live="polite" color="text.secondary">
        {props.count}
      </Typography>
      <Button
        startIcon={<RefreshIcon />}
        onClick={props.onRefresh}
        disabled={props.fetching}
        aria-label={m.refreshLabel}
        title={m.refreshTitle}
      >
        {props.fetching ? m.refreshing : m.refresh}
      </Button>
    </Stack>
  );
}
