// A native checkbox: keyboard and screen readers know it, and it adds nothing to the first paint.
import { cls } from './classes.ts';

export interface SelectBoxProps {
  label: string;
  checked: boolean;
  indeterminate?: boolean;
  onChange: (checked: boolean) => void;
}

export function SelectBox(props: SelectBoxProps) {
  return (
    <input
      type="checkbox"
      className={cls.checkbox}
      aria-label={props.label}
      checked={props.checked}
      ref={(el: HTMLInputElement | null) => {
        if (el) el.indeterminate = props.indeterminate ?? false;
      }}
      onChange={(e) => props.onChange(e.target.checked)}
    />
  );
}
