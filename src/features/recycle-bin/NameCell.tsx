// A resource's name as a link to its page, its short UUID (the whole one for screen readers) and a copy button.
import Box from '@mui/material/Box';
import { Link as RouterLink } from 'react-router-dom';
import { CopyButton } from '../../components/CopyButton.tsx';
import { shortUuid } from '../../components/format.ts';
import { visuallyHidden } from '../../components/visually-hidden.ts';
import { useT } from '../../i18n/I18nProvider.tsx';

export function NameCell({ uuid, name, to }: { uuid: string; name: string; to: string }) {
  const m = useT().recycleBin;
  return (
    <>
      <Box
        component={RouterLink}
        to={to}
        sx={{
          overflowWrap: 'anywhere',
          fontWeight: 500,
          color: 'primary.main',
          textDecorationColor: 'currentColor',
          textUnderlineOffset: 2,
        }}
      >
        {name}
      </Box>
      <Box sx={{ display: 'flex', alignItems: 'center', color: 'text.secondary', fontSize: 12 }}>
        <Box component="span" sx={{ fontFamily: 'monospace' }} title={uuid}>
          {shortUuid(uuid)}…
          <Box component="span" sx={visuallyHidden}>
            {m.uuidHidden(uuid)}
          </Box>
        </Box>
        <CopyButton value={uuid} label={m.copyUuid(name)} />
      </Box>
    </>
  );
}
