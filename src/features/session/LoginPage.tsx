import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { useSession } from '../../api/session.ts';
import { ErrorCodeView } from '../../components/plain/ErrorCodeView.tsx';
import { LanguageSelect } from '../../components/plain/LanguageSelect.tsx';
import { CredentialFields } from '../../components/plain/CredentialFields.tsx';
import { Alert, PlainButton, Spinner } from '../../components/plain/ui.tsx';
import { useT } from '../../i18n/I18nProvider.tsx';
import '../../i18n/en/session.ts';
import { paths } from '../../components/paths.ts';

/**
 * Only paths of this console: never an absolute URL taken from the address bar. Browsers read `\` as `/` and drop
 * tabs and newlines, so `/\evil.example` would leave the origin: such input is refused outright, and what is left
 * must still resolve to this origin with a path that starts with a single `/`.
 */
export function safeNext(next: string | null): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused here
  if (!next || !next.startsWith('/') || next.startsWith('//') || /[\\\u0000-\u001f\u007f]/u.test(next))
    return '/';
  let url: URL;
  try {
    url = new URL(next, location.origin);
  } catch {
    return '/';
  }
  if (url.origin !== location.origin || !url.pathname.startsWith('/') || url.pathname.startsWith('//'))
    return '/';
  const path = `${url.pathname}${url.search}${url.hash}`;
  return path.startsWith(paths.login) ? paths.home : path;
}

interface Credentials {
  accountName: string;
  password: string;
}

/**
 * The login mutation takes no variables: the mutation cache would keep them, the password with them, for as long
 * as it keeps the mutation. The credentials wait in a ref that the sign-in empties as it starts.
 */
function useSignIn() {
  const { store } = useSession();
  const credentials = useRef<Credentials | undefined>(undefined);
  const mutation = useMutation({
    mutationKey: ['session', 'login'],
    mutationFn: () => {
      const given = credentials.current;
      credentials.current = undefined;
      if (!given) return Promise.reject(new Error('Sign-in started without credentials'));
      return store.signIn(given.accountName, given.password);
    },
  });
  const signIn = (given: Credentials, options: Parameters<typeof mutation.mutate>[1]) => {
    credentials.current = given;
    mutation.mutate(undefined, options);
  };
  return { mutation, signIn };
}

/** Why the user is here: their session expired, or their sign-out never reached the node. */
function SessionNotices({ expired }: { expired: boolean }) {
  const { logoutUnconfirmed } = useSession();
  const t = useT();
  return (
    <>
      {logoutUnconfirmed && (
        <Alert role="status" severity="warning">
          {t.session.logoutUnconfirmed}
        </Alert>
      )}
      {expired && (
        <Alert role="status" severity="info">
          {t.session.expired}
        </Alert>
      )}
    </>
  );
}

export function LoginPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { session } = useSession();
  const t = useT();
  const next = safeNext(params.get('next'));
  const expired = params.get('expired') === '1';
  const [accountName, setAccountName] = useState('');
  const [password, setPassword] = useState('');
  const nameRef = useRef<HTMLInputElement>(null);
  const { mutation: login, signIn } = useSignIn();

  useEffect(() => {
    document.title = t.session.documentTitle;
  }, [t]);

  if (session && !login.isPending && !login.isSuccess) return <Navigate to={next} replace />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (login.isPending) return;
    // The form lets go of the password as soon as it is sent; after a failure it is typed again.
    setPassword('');
    signIn(
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
    // a first-time user can switch before signing in. Drawn without MUI, like the recycle bin it leads to.
    <main className="rb-login">
      <div className="rb-login-language">
        <LanguageSelect />
      </div>
      <form
        onSubmit={submit}
        noValidate
        className="rb-paper rb-paper-raised rb-login-form"
        aria-labelledby="login-title"
      >
        <h1 id="login-title" className="rb-h5 rb-gutter">
          {t.session.title}
        </h1>
        <p className="rb-body2 rb-muted rb-login-intro">{t.session.intro}</p>
        <div className="rb-stack">
          <SessionNotices expired={expired && !login.isError} />
          <CredentialFields
            // eslint-disable-next-line jsx-a11y/no-autofocus -- signing in is the only thing this page is for
            autoFocus
            accountName={accountName}
            password={password}
            nameRef={nameRef}
            onAccountName={setAccountName}
            onPassword={setPassword}
          />
          {login.isError && <ErrorCodeView error={login.error} title={t.session.signInFailed} />}
          <PlainButton
            type="submit"
            variant="contained"
            size="large"
            disabled={login.isPending || !accountName.trim() || !password}
            startIcon={login.isPending ? <Spinner /> : undefined}
          >
            {login.isPending ? t.session.signingIn : t.session.signIn}
          </PlainButton>
        </div>
      </form>
    </main>
  );
}
