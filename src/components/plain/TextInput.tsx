// A labelled text field on a native <input>, styled like the theme. MUI's TextField brings InputBase, FormControl,
// the floating label, Select, Menu, Popover and Modal: ~24 kB gzip on a page (sign-in) that needs two inputs.
import type { InputHTMLAttributes, Ref } from 'react';
import { Field } from './Field.tsx';

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
  return (
    <Field id={id} label={label} required={required}>
      {(inputId) => (
        <input
          id={inputId}
          className="rb-input"
          ref={inputRef}
          value={value}
          required={required}
          onChange={(e) => onChange(e.target.value)}
          {...rest}
        />
      )}
    </Field>
  );
}
