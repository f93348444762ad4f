// A labelled text field on a native <input>, styled like the theme. MUI's TextField brings InputBase, FormControl,
// the floating label, Select, Menu, Popover and Modal: ~24 kB gzip on a page (sign-in) that needs two inputs.
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
    <div className="rb-field">
      <label htmlFor={inputId} className="rb-label">
        {label}
        {required && (
          <span aria-hidden="true" className="rb-muted">
            {' *'}
          </span>
        )}
      </label>
      <input
        id={inputId}
        className="rb-input"
        ref={inputRef}
        value={value}
        required={required}
        onChange={(e) => onChange(e.target.value)}
        {...rest}
      />
    </div>
  );
}
