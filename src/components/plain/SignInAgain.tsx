// Sign-in in place, where an action or a run waits because the session ended under it (a gateway's 401, an idle
// timeout, a sign-out in another tab). What happens next is the caller's: the same account signing in again follows
// the same jobs. The password lives in this form only until it is sent: it is cleared at once and kept nowhere else.
// Plain, so the plain pages (retention) and the MUI dialogs (recover, start, bulk runs) share this one form.
import { type FormEvent, type ReactNode, useState } from 'react';
import { useT } from '../../i18n/I18nProvider.tsx';
import '../../i18n/en/session.ts';
import { CredentialFields } from './CredentialFields.tsx';
import { ErrorCodeView } from './ErrorCodeView.tsx';
import { Alert, PlainButton, Spinner } from './ui.tsx';

/** What the form needs from the session: who was signed in, and how to sign in again in place. */
export interface SignInPrompt {
  accountName: string;
  signIn: (accountName: string, password: string) => Promise<unknown>;
}

export interface SignInAgainProps {
  prompt: SignInPrompt;
  /** Names the form (its accessible name) and heads the alert. */
  title: string;
  children: ReactNode;
}

export function SignInAgain({ prompt, title, children }: SignInAgainProps) {
  const m = useT().session.again;
  const [accountName, setAccountName] = useState(prompt.accountName);
  const [password, setPassword] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    const secret = password;
    setPassword('');
    setPending(true);
    setError(undefined);
    prompt.signIn(accountName.trim(), secret).then(
      () => setPending(false),
      (e: unknown) => {
        setPending(false);
        setError(e);
      },
    );
  };

  return (
    <Alert severity="warning" title={title}>
      {children}
      <form className="rb-stack" onSubmit={submit} noValidate aria-label={title}>
        <CredentialFields
          accountName={accountName}
          password={password}
          onAccountName={setAccountName}
          onPassword={setPassword}
        />
        {error !== undefined && <ErrorCodeView error={error} title={m.failed} />}
        <div className="rb-row">
          <PlainButton
            type="submit"
            variant="contained"
            disabled={pending || !accountName.trim() || !password}
            startIcon={pending ? <Spinner /> : undefined}
          >
            {pending ? m.signingIn : m.signIn}
          </PlainButton>
        </div>
      </form>
    </Alert>
  );
}
