// Declarative routes: the data-router machinery of React Router is not needed here and would cost ~15 kB gzip
// on the first paint. Pages that the recycle bin does not need are loaded on demand.
import { Suspense } from 'react';
import { Route, Routes, useLocation } from 'react-router-dom';
import { PageSkeleton } from '../components/PageSkeleton.tsx';
import { preloadable } from '../components/preloadable.tsx';
import { type PrefetchableRoute, RoutePrefetchContext } from '../components/route-prefetch.tsx';
import { RecycleBinPage } from '../features/recycle-bin/RecycleBinPage.tsx';
import { RequireSession } from '../features/session/RequireSession.tsx';
import { NotFound, RouteErrorBoundary } from './RouteError.tsx';
import { Shell } from './Shell.tsx';

const { Component: LoginPage } = preloadable(
  async () => (await import('../features/session/LoginPage.tsx')).LoginPage,
);
const { Component: VmPage, preload: loadVmPage } = preloadable(
  async () => (await import('../features/vm/VmPage.tsx')).VmPage,
);
const { Component: SettingsPage } = preloadable(
  async () => (await import('../features/settings/SettingsPage.tsx')).SettingsPage,
);

const prefetchRoute = (route: PrefetchableRoute) => {
  if (route === 'vm') void loadVmPage();
};

export function AppRoutes() {
  const location = useLocation();
  return (
    // A crash shows a message with a way back; moving to another page clears it.
    <RouteErrorBoundary key={location.pathname}>
      <RoutePrefetchContext.Provider value={prefetchRoute}>
        <Routes>
          <Route
            path="/login"
            element={
              <Suspense fallback={<PageSkeleton label="Loading the sign-in page" />}>
                <LoginPage />
              </Suspense>
            }
          />
          <Route
            element={
              <RequireSession>
                <Shell />
              </RequireSession>
            }
          >
            <Route index element={<RecycleBinPage />} />
            <Route path="vms/:uuid" element={<VmPage />} />
            <Route path="settings" element={<SettingsPage />} />
            <Route path="*" element={<NotFound />} />
          </Route>
        </Routes>
      </RoutePrefetchContext.Provider>
    </RouteErrorBoundary>
  );
}
