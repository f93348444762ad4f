import Button, { type ButtonProps } from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';

export interface BusyButtonProps extends ButtonProps {
  /** The action runs: the button is disabled and a spinner takes the place of its icon. */
  busy: boolean;
}

/** A button whose action can take a while. Its text says what is happening; the spinner is decoration. */
export function BusyButton({ busy, disabled, startIcon, size, ...rest }: BusyButtonProps) {
  const spinner = <CircularProgress size={size === 'small' ? 16 : 18} color="inherit" aria-hidden />;
  return (
    <Button
      {...rest}
      size={size}
      disabled={disabled === true || busy}
      startIcon={busy ? spinner : startIcon}
    />
  );
}
