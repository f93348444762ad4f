// A labelled choice on a native <select>, styled like the theme: keyboard, screen readers and phones know it, and it
// adds nothing to the first paint. The options carry typed values: the caller never parses the element's string.
import { Field } from './Field.tsx';

export interface SelectOption<V extends string | number> {
  value: V;
  label: string;
}

export interface SelectFieldProps<V extends string | number> {
  id?: string;
  label: string;
  value: V;
  options: readonly SelectOption<V>[];
  onChange: (value: V) => void;
  /** The label beside the select, in a line of text (the pager's page size). */
  inline?: boolean;
}

export function SelectField<V extends string | number>({
  id,
  label,
  value,
  options,
  onChange,
  inline = false,
}: SelectFieldProps<V>) {
  return (
    <Field id={id} label={label} inline={inline}>
      {(selectId) => (
        <select
          id={selectId}
          className={inline ? 'rb-select' : 'rb-input'}
          value={value}
          onChange={(e) => {
            const chosen = options.find((o) => String(o.value) === e.target.value);
            if (chosen) onChange(chosen.value);
          }}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
