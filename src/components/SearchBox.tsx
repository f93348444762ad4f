// A labelled search input with a clear button: a native input styled like the theme, because MUI's TextField
// (InputBase, FormControl, label animation, textarea autosize) costs ~7 kB gzip on the first paint.
import ClearIcon from '@mui/icons-material/Clear';
import SearchIcon from '@mui/icons-material/Search';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import type { KeyboardEvent } from 'react';
import { useT } from '../i18n/I18nProvider.tsx';

export interface SearchBoxProps {
  id: string;
  label: string;
  placeholder: string;
  value: string;
  help: string;
  /** The help text is a problem with the value. */
  invalid?: boolean;
  /** Ids of other elements that describe the input (e.g. a live result count). */
  describedBy?: string;
  onChange: (value: string) => void;
  onEnter: () => void;
}

export function SearchBox(props: SearchBoxProps) {
  const { id, label, placeholder, value, help, invalid = false, describedBy, onChange, onEnter } = props;
  const t = useT();
  return (
    <Box sx={{ flexGrow: 1, maxWidth: 560 }}>
      <Box
        component="label"
        htmlFor={id}
        sx={{ display: 'block', typography: 'body2', fontWeight: 500, mb: 0.5 }}
      >
        {label}
      </Box>
      <Box
        sx={{
          display: 'flex',
          alignItems: 'center',
          gap: 1,
          px: 1.5,
          border: 1,
          borderColor: invalid ? 'error.main' : 'divider',
          borderRadius: 1,
          bgcolor: 'background.paper',
          '&:hover': { borderColor: 'text.primary' },
          '&:focus-within': {
            borderColor: 'primary.main',
            boxShadow: (t) => `0 0 0 1px ${t.palette.primary.main}`,
          },
        }}
      >
        <SearchIcon aria-hidden sx={{ color: 'text.secondary' }} />
        <Box
          component="input"
          id={id}
          type="search"
          value={value}
          placeholder={placeholder}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={[`${id}-help`, describedBy].filter(Boolean).join(' ')}
          aria-invalid={invalid}
          onChange={(e) => onChange(e.target.value)}
          onKeyDown={(e: KeyboardEvent<HTMLInputElement>) => {
            if (e.key === 'Enter') onEnter();
          }}
          sx={{
            flexGrow: 1,
            minWidth: 0,
            py: 1.25,
            border: 0,
            outline: 0,
            font: 'inherit',
            color: 'text.primary',
            bgcolor: 'transparent',
            '&::placeholder': { color: 'text.secondary', opacity: 1 },
            '&::-webkit-search-cancel-button': { display: 'none' },
          }}
        />
        {value && (
          <IconButton aria-label={t.common.clearSearch} onClick={() => onChange('')} edge="end" size="small">
            <ClearIcon fontSize="small" />
          </IconButton>
        )}
      </Box>
      <Box
        id={`${id}-help`}
        sx={{ typography: 'caption', color: invalid ? 'error.main' : 'text.secondary', mt: 0.5, ml: 0.25 }}
      >
        {help}
      </Box>
    </Box>
  );
}
