import TextField from '@mui/material/TextField';
import { useT } from '../../../i18n/I18nProvider.tsx';
import '../../../i18n/en/bin-dialogs.ts';

export interface ConfirmNameProps {
  label: string;
  /** The name to type: the action goes out only once it matches. */
  name: string;
  typed: string;
  onTyped: (typed: string) => void;
  disabled: boolean;
}

/** Deleting for good cannot be undone: the user types the resource's name, and hears when it does not match. */
export function ConfirmName({ label, name, typed, onTyped, disabled }: ConfirmNameProps) {
  const t = useT();
  const mismatch = typed !== '' && typed !== name;
  return (
    <TextField
      label={label}
      value={typed}
      onChange={(e) => onTyped(e.target.value)}
      fullWidth
      // eslint-disable-next-line jsx-a11y/no-autofocus -- the dialog exists to take this one answer
      autoFocus
      autoComplete="off"
      disabled={disabled}
      error={mismatch}
      helperText={mismatch ? t.binDialogs.nameMismatch : ' '}
    />
  );
}
