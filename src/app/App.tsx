import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { BrowserRouter } from 'react-router-dom';
import { describeError } from '../components/error-text.ts';
import { NotifierProvider, useNotify } from '../components/Notifier.tsx';
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
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}

/** Everything around the routes: theme, announcements, the query cache. Tests use it with a memory router. */
export function AppProviders({ children, queryClient }: { children: ReactNode; queryClient?: QueryClient }) {
  return (
    <ThemeProvider theme={theme} defaultMode="system">
      <CssBaseline enableColorScheme />
      <NotifierProvider>
        <QueryProvider client={queryClient}>{children}</QueryProvider>
      </NotifierProvider>
    </ThemeProvider>
  );
}

export function App() {
  return (
    <AppProviders>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </AppProviders>
  );
}
