// A native checkbox: keyboard and screen readers know it, and it adds nothing to the first paint.
import Box from '@mui/material/Box';

export interface SelectBoxProps {
  label: string;
  checked: boolean;
  indeterminate?: boolean;
  onChange: (checked: boolean) => void;
}

export function SelectBox(props: SelectBoxProps) {
  return (
    <Box
      component="input"
      type="checkbox"
      aria-label={props.label}
      checked={props.checked}
      ref={(el: HTMLInputElement | null) => {
        if (el) el.indeterminate = props.indeterminate ?? false;
      }}
      onChange={(e) => props.onChange(e.target.checked)}
      sx={{ width: 18, height: 18, m: 0, accentColor: (t) => t.palette.primary.main, cursor: 'pointer' }}
    />
  );
}
