// Sign-in in place, for a run paused because the session ended under it. The same account signing in again
// resumes the run on its kept job ids (the session store says 'renewed'); another account is a new desk, and the
// run is hidden. The password lives in this form only until it is sent: it is cleared at once and never kept
// in a mutation's variables.
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { type FormEvent, useState } from 'react';
import { useSession } from '../../../api/session.ts';
import { ErrorCodeView } from '../../../components/plain/ErrorCodeView.tsx';
import { TextInput } from '../../../components/plain/TextInput.tsx';
import { useT } from '../../../i18n/I18nProvider.tsx';
import '../../../i18n/en/operations.ts';
import '../../../i18n/en/session.ts';

export function SignInAgain({ paused }: { paused: number }) {
  const { session, store } = useSession();
  const t = useT();
  const m = t.operations.paused;
  const [accountName, setAccountName] = useState(session?.accountName ?? '');
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
    store.signInAgain(accountName.trim(), secret).then(
      () => setPending(false),
      (e: unknown) => {
        setPending(false);
        setError(e);
      },
    );
  };

  return (
    <Alert severity="warning" sx={{ mb: 2 }}>
      <AlertTitle>{m.title}</AlertTitle>
      <p>{m.text(paused)}</p>
      <p>{m.otherAccount}</p>
      <Box
        component="form"
        onSubmit={submit}
        noValidate
        aria-label={m.title}
        sx={{ display: 'grid', gap: 1 }}
      >
        <TextInput
          label={t.session.accountName}
          name="accountName"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          value={accountName}
          onChange={setAccountName}
        />
        <TextInput
          label={t.session.password}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={setPassword}
        />
        {error !== undefined && <ErrorCodeView error={error} title={m.failed} />}
        <Button
          type="submit"
          variant="contained"
          disabled={pending || !accountName.trim() || !password}
          sx={{ justifySelf: 'start' }}
        >
          {pending ? m.signingIn : m.signIn}
        </Button>
      </Box>
    </Alert>
  );
}
