// The end of every retention form: why ZStack refused the last try (with the sign-in in place when the session
// ended under it), then the form's confirming button, held while that sign-in waits, and Cancel.
import { ActionError } from '../../components/plain/ActionError.tsx';
import { PlainButton } from '../../components/plain/ui.tsx';
import { useT } from '../../i18n/I18nProvider.tsx';
import '../../i18n/en/retention.ts';
import type { useApply } from './use-apply.ts';

export interface ApplyFooterProps {
  apply: Pick<ReturnType<typeof useApply>, 'change' | 'signIn'>;
  label: string;
  /** The form is not ready to confirm. */
  held?: boolean;
  /** Without it, the button submits the form. */
  onConfirm?: () => void;
  onClose: () => void;
}

export function ApplyFooter({
  apply: { change, signIn },
  label,
  held = false,
  onConfirm,
  onClose,
}: ApplyFooterProps) {
  const m = useT().retention;
  return (
    <>
      {change.isError && (
        <ActionError error={change.error} title={m.refused} subject="config" prompt={signIn} />
      )}
      <div className="rb-row">
        <PlainButton
          type={onConfirm ? 'button' : 'submit'}
          variant="contained"
          disabled={held || signIn !== undefined}
          onClick={onConfirm}
        >
          {label}
        </PlainButton>
        <PlainButton onClick={onClose}>{m.cancel}</PlainButton>
      </div>
    </>
  );
}
