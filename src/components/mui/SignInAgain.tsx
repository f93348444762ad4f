// Sign-in in place, where an action or a run waits because the session ended under it (a gateway's 401, an idle
// timeout, a sign-out in another tab). What happens next is the caller's: the same account signing in again follows
// the same jobs. The password lives in this form only until it is sent: it is cleared at once and kept nowhere else.
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useT } from '../../i18n/I18nProvider.tsx';
import '../../i18n/en/session.ts';
import { ErrorCodeView } from '../plain/ErrorCodeView.tsx';
import { CredentialFields } from '../plain/CredentialFields.tsx';
import { BusyButton } from './BusyButton.tsx';

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
  const t = useT();
  const m = t.session.again;
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
    <Alert severity="warning" sx={{ mb: 2 }}>
      <AlertTitle>{title}</AlertTitle>
      {children}
      <Box component="form" onSubmit={submit} noValidate aria-label={title} sx={{ display: 'grid', gap: 1 }}>
        <CredentialFields
          accountName={accountName}
          password={password}
          onAccountName={setAccountName}
          onPassword={setPassword}
        />
        {error !== undefined && <ErrorCodeView error={error} title={m.failed} />}
        <BusyButton
          type="submit"
          variant="contained"
          busy={pending}
          disabled={!accountName.trim() || !password}
          sx={{ justifySelf: 'start' }}
        >
          {pending ? m.signingIn : m.signIn}
        </BusyButton>
      </Box>
    </Alert>
  );
}
