import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useEffect, useState } from 'react';
import { BrowserRouter } from 'react-router-dom';
import { OperationsProvider } from '../api/operations/OperationsProvider.tsx';
import { SessionProvider, SessionStore, useSessionStore } from '../api/session.ts';
import { ColorModeProvider } from '../components/color-mode.tsx';
import { describeError } from '../components/error-text.ts';
import { NotifierProvider, useClearNotices, useNotify } from '../components/plain/Notifier.tsx';
import { I18nProvider, useT } from '../i18n/I18nProvider.tsx';
import type { Locale } from '../i18n/locale.ts';
import { tabStorage } from '../lib/tab-storage.ts';
import { createQueryClient } from './query-client.ts';
import { AppRoutes } from './router.tsx';

function QueryProvider({ client, children }: { client?: QueryClient | undefined; children: ReactNode }) {
  const notify = useNotify();
  const t = useT();
  const [queryClient] = useState(() => client ?? createQueryClient());
  // A failed refetch while old data is on screen: keep the data, mention the failure (in the current language).
  useEffect(
    () =>
      queryClient.getQueryCache().subscribe((event) => {
        if (event.type !== 'updated' || event.action.type !== 'error') return;
        if (event.query.state.data === undefined) return;
        notify(t.app.backgroundRefreshFailed(describeError(event.action.error, t).headline), 'warning');
      }),
    [queryClient, notify, t],
  );
  const store = useSessionStore();
  const clearNotices = useClearNotices();
  // Nothing of one session may show in the next: its cached data and its toasts go before the next one renders.
  useEffect(
    () =>
      store.onReset((reason) => {
        // The same account again, in place: its data stays valid and on screen; it is only refreshed.
        if (reason === 'renewed') {
          void queryClient.invalidateQueries();
          return;
        }
        void queryClient.cancelQueries();
        queryClient.getQueryCache().clear();
        // A sign-in's own mutation is still running; sign-out and expiry leave none worth keeping.
        if (reason === 'sign-out' || reason === 'expired') queryClient.getMutationCache().clear();
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
  /** The language to start in (main.tsx has loaded its catalog); detected from the browser otherwise. */
  locale?: Locale | undefined;
}

/** Everything around the routes: session, theme, announcements, the query cache. Tests use it with a memory router. */
export function AppProviders({ children, queryClient, session, locale }: AppProvidersProps) {
  // A sign-out whose logout is still waiting for a retry must not die with the tab. A signed-in session is left
  // alone: pagehide fires on a reload too, and the tab keeps its session across reloads.
  useEffect(() => {
    addEventListener('pagehide', session.pageClosing);
    return () => removeEventListener('pagehide', session.pageClosing);
  }, [session]);
  return (
    <I18nProvider locale={locale}>
      <SessionProvider store={session}>
        <ColorModeProvider>
          <NotifierProvider>
            <QueryProvider client={queryClient}>
              <OperationsProvider>{children}</OperationsProvider>
            </QueryProvider>
          </NotifierProvider>
        </ColorModeProvider>
      </SessionProvider>
    </I18nProvider>
  );
}

export function App({
  locale,
  session: given,
  queryClient,
}: {
  locale?: Locale;
  session?: SessionStore;
  queryClient?: QueryClient;
}) {
  const [session] = useState(() => given ?? new SessionStore({ storage: tabStorage() }));
  return (
    <AppProviders session={session} locale={locale} {...(queryClient ? { queryClient } : {})}>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </AppProviders>
  );
}
