import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useEffect, useState } from 'react';
import { BrowserRouter } from 'react-router-dom';
import { SessionProvider, SessionStore, useSessionStore } from '../api/session.ts';
import { describeError } from '../components/error-text.ts';
import { NotifierProvider, useClearNotices, useNotify } from '../components/Notifier.tsx';
import { createQueryClient } from './query-client.ts';
import { AppRoutes } from './router.tsx';
import { theme } from './theme.ts';

function QueryProvider({ client, children }: { client?: QueryClient | undefined; children: ReactNode }) {
  const notify = useNotify();
  const [queryClient] = useState(
    () =>
      client ??
      createQueryClient((error) => notify(`Could not refresh: ${describeError(error).headline}`, 'warning')),
  );
  const store = useSessionStore();
  const clearNotices = useClearNotices();
  // Nothing of one session may show in the next: its cached data and its toasts go before the next one renders.
  useEffect(
    () =>
      store.onReset((reason) => {
        void queryClient.cancelQueries();
        queryClient.getQueryCache().clear();
        // A sign-in's own mutation is still running; sign-out and expiry leave none worth keeping.
        if (reason !== 'sign-in') queryClient.getMutationCache().clear();
        clearNotices();
      }),
    [store, queryClient, clearNotices],
  );
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}

export interface AppProvidersProps {
  children: ReactNode;
  queryClient?: QueryClient;
  session: SessionStore;
}

/** Everything around the routes: session, theme, announcements, the query cache. Tests use it with a memory router. */
export function AppProviders({ children, queryClient, session }: AppProvidersProps) {
  return (
    <SessionProvider store={session}>
      <ThemeProvider theme={theme} defaultMode="system">
        <CssBaseline enableColorScheme />
        <NotifierProvider>
          <QueryProvider client={queryClient}>{children}</QueryProvider>
        </NotifierProvider>
      </ThemeProvider>
    </SessionProvider>
  );
}

function browserStorage(): Storage | undefined {
  try {
    return sessionStorage;
  } catch {
    return undefined;
  }
}

export function App() {
  const [session] = useState(() => new SessionStore({ storage: browserStorage() }));
  return (
    <AppProviders session={session}>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </AppProviders>
  );
}
