import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { useSession } from '../../api/session.ts';
import { ErrorCodeView } from '../../components/ErrorCodeView.tsx';
import { LanguageSelect } from '../../components/LanguageSelect.tsx';
import { TextInput } from '../../components/TextInput.tsx';
import { useT } from '../../i18n/I18nProvider.tsx';
import '../../i18n/en/session.ts';

/** Only paths of this console: never an absolute URL taken from the address bar. */
export function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') && !next.startsWith('/login') ? next : '/';
}

export function LoginPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { session, store } = useSession();
  const t = useT();
  const next = safeNext(params.get('next'));
  const expired = params.get('expired') === '1';
  const [accountName, setAccountName] = useState('');
  const [password, setPassword] = useState('');
  const nameRef = useRef<HTMLInputElement>(null);
  const login = useMutation({
    mutationKey: ['session', 'login'],
    mutationFn: (vars: { accountName: string; password: string }) =>
      store.signIn(vars.accountName, vars.password),
  });

  useEffect(() => {
    document.title = t.session.documentTitle;
  }, [t]);

  if (session && !login.isPending && !login.isSuccess) return <Navigate to={next} replace />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (login.isPending) return;
    login.mutate(
      { accountName: accountName.trim(), password },
      {
        onSuccess: () => {
          void navigate(next, { replace: true });
        },
        onError: () => nameRef.current?.focus(),
      },
    );
  };

  return (
    // Three rows, the outer two equal: the form stays centred, the language control sits at the top right, where
    // a first-time user can switch before signing in.
    <Box
      component="main"
      sx={{
        minHeight: '100vh',
        display: 'grid',
        gridTemplateRows: '1fr auto 1fr',
        placeItems: 'center',
        p: 2,
      }}
    >
      <Box sx={{ alignSelf: 'start', justifySelf: 'end', mb: 2 }}>
        <LanguageSelect />
      </Box>
      <Paper
        component="form"
        onSubmit={submit}
        noValidate
        sx={{ p: 4, width: '100%', maxWidth: 420 }}
        aria-labelledby="login-title"
      >
        <Typography id="login-title" variant="h5" component="h1" gutterBottom>
          {t.session.title}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {t.session.intro}
        </Typography>
        <Stack spacing={2}>
          {expired && !login.isError && (
            <Alert role="status" severity="info">
              {t.session.expired}
            </Alert>
          )}
          <TextInput
            label={t.session.accountName}
            name="accountName"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
            // eslint-disable-next-line jsx-a11y/no-autofocus -- signing in is the only thing this page is for
            autoFocus
            inputRef={nameRef}
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
          {login.isError && <ErrorCodeView error={login.error} title={t.session.signInFailed} />}
          <Button
            type="submit"
            variant="contained"
            size="large"
            disabled={login.isPending || !accountName.trim() || !password}
            startIcon={
              login.isPending ? <CircularProgress size={18} color="inherit" aria-hidden /> : undefined
            }
          >
            {login.isPending ? t.session.signingIn : t.session.signIn}
          </Button>
        </Stack>
      </Paper>
    </Box>
  );
}
