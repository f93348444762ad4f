// A labelled text field on a native <input>, styled like the theme. MUI's TextField brings InputBase, FormControl,
// the floating label, Select, Menu, Popover and Modal: ~24 kB gzip on a page (sign-in) that needs two inputs.
import Box from '@mui/material/Box';
import { type InputHTMLAttributes, type Ref, useId } from 'react';

export interface TextInputProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'onChange' | 'value' | 'size' | 'color'
> {
  label: string;
  value: string;
  onChange: (value: string) => void;
  inputRef?: Ref<HTMLInputElement>;
}

export function TextInput({ label, value, onChange, inputRef, required, id, ...rest }: TextInputProps) {
  const generated = useId();
  const inputId = id ?? generated;
  return (
    <Box sx={{ display: 'grid', gap: 0.5 }}>
      <Box component="label" htmlFor={inputId} sx={{ typography: 'body2', fontWeight: 500 }}>
        {label}
        {required && (
          <Box component="span" aria-hidden sx={{ color: 'text.secondary' }}>
            {' *'}
          </Box>
        )}
      </Box>
      <Box
        component="input"
        id={inputId}
        ref={inputRef}
        value={value}
        required={required}
        onChange={(e) => onChange(e.target.value)}
        {...rest}
        sx={{
          font: 'inherit',
          fontSize: 16,
          px: 1.5,
          py: 1.25,
          color: 'text.primary',
          bgcolor: 'background.paper',
          border: 1,
          borderColor: 'divider',
          borderRadius: 1,
          outline: 0,
          '&:hover': { borderColor: 'text.primary' },
          '&:focus': { borderColor: 'primary.main', boxShadow: (t) => `0 0 0 1px ${t.palette.primary.main}` },
        }}
      />
    </Box>
  );
}
