// Declarative routes: the data-router machinery of React Router is not needed here and would cost ~15 kB gzip
// on the first paint. Pages that the recycle bin does not need are loaded on demand.
import { Route, Routes, useLocation } from 'react-router-dom';
import { preloadable } from '../components/preloadable.tsx';
import { type PrefetchableRoute, RoutePrefetchContext } from '../components/route-prefetch.tsx';
import { RecycleBinPage } from '../features/recycle-bin/RecycleBinPage.tsx';
import { RequireSession } from '../features/session/RequireSession.tsx';
import { NotFound, RouteErrorBoundary } from './RouteError.tsx';
import { Shell } from './Shell.tsx';

const { Component: LoginPage } = preloadable(
  () => import('../features/session/LoginPage.tsx'),
  (module) => module.LoginPage,
  { what: 'signInPage' },
);
const { Component: VmPage, preload: loadVmPage } = preloadable(
  () => import('../features/vm/VmPage.tsx'),
  (module) => module.VmPage,
  { what: 'vmPage' },
);
const { Component: ResourceBinPage } = preloadable(
  () => import('../features/recycle-bin/ResourceBinPage.tsx'),
  (module) => module.ResourceBinPage,
  { what: 'binPage' },
);
const { Component: VolumePage } = preloadable(
  () => import('../features/resource/VolumePage.tsx'),
  (module) => module.VolumePage,
  { what: 'resourcePage' },
);
const { Component: ImagePage } = preloadable(
  () => import('../features/resource/ImagePage.tsx'),
  (module) => module.ImagePage,
  { what: 'resourcePage' },
);
const { Component: SettingsPage } = preloadable(
  () => import('../features/settings/SettingsPage.tsx'),
  (module) => module.SettingsPage,
  { what: 'settingsPage' },
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
          <Route path="/login" element={<LoginPage />} />
          <Route
            element={
              <RequireSession>
                <Shell />
              </RequireSession>
            }
          >
            <Route index element={<RecycleBinPage />} />
            <Route path="vms/:uuid" element={<VmPage />} />
            <Route path="volumes" element={<ResourceBinPage kind="volume" />} />
            <Route path="volumes/:uuid" element={<VolumePage />} />
            <Route path="images" element={<ResourceBinPage kind="image" />} />
            <Route path="images/:uuid" element={<ImagePage />} />
            <Route path="settings" element={<SettingsPage />} />
            <Route path="*" element={<NotFound />} />
          </Route>
        </Routes>
      </RoutePrefetchContext.Provider>
    </RouteErrorBoundary>
  );
}
