// Declarative routes: the data-router machinery of React Router is not needed here and would cost ~15 kB gzip
// on the first paint. Pages that the recycle bin does not need are loaded on demand.
import { matchPath, Route, Routes, useLocation } from 'react-router-dom';
import { preloadable } from '../components/plain/preloadable.tsx';
import { type PrefetchableRoute, RoutePrefetchContext } from '../components/route-prefetch.tsx';
import type { QueryClient } from '@tanstack/react-query';
import { viewerOf } from '../api/event-filters.ts';
import type { SessionSnapshot } from '../api/session.ts';
import { BinDialogsContext } from '../components/bin-dialogs.tsx';
import { rowDialogs } from '../features/recycle-bin/dialogs/row-dialogs.ts';
import { prefetchRecycleBin } from '../features/recycle-bin/list/prefetch.ts';
import { prefetchResourceBin } from '../features/recycle-bin/list/resource-prefetch.ts';
import { RecycleBinPage } from '../features/recycle-bin/list/RecycleBinPage.tsx';
import { RequireSession } from '../features/session/RequireSession.tsx';
import { NotFound, RouteErrorBoundary } from './RouteError.tsx';
import { Shell } from './Shell.tsx';
import { routes } from '../components/paths.ts';

const { Component: LoginPage, preload: loadLoginPage } = preloadable(
  () => import('../features/session/LoginPage.tsx'),
  (module) => module.LoginPage,
  // The first visit's page: drawn without MUI, like the recycle bin it leads to.
  { what: 'signInPage', plain: 'LoginPage' },
);
const { Component: VmPage, preload: loadVmPage } = preloadable(
  () => import('../features/vm/VmPage.tsx'),
  (module) => module.VmPage,
  { what: 'vmPage' },
);
const { Component: ResourceBinPage, preload: loadResourceBinPage } = preloadable(
  () => import('../features/recycle-bin/list/ResourceBinPage.tsx'),
  (module) => module.ResourceBinPage,
  // Drawn without MUI like the VM bin: opened by URL, its rows show without loading MUI first.
  { what: 'binPage', plain: 'ResourceBinPage' },
);
const { Component: VolumePage, preload: loadVolumePage } = preloadable(
  () => import('../features/resource/VolumePage.tsx'),
  (module) => module.VolumePage,
  { what: 'resourcePage' },
);
const { Component: ImagePage, preload: loadImagePage } = preloadable(
  () => import('../features/resource/ImagePage.tsx'),
  (module) => module.ImagePage,
  { what: 'resourcePage' },
);
const { Component: SettingsPage, preload: loadSettingsPage } = preloadable(
  () => import('../features/settings/SettingsPage.tsx'),
  (module) => module.SettingsPage,
  { what: 'settingsPage' },
);
const { Component: RetentionPage, preload: loadRetentionPage } = preloadable(
  () => import('../features/retention/RetentionPage.tsx'),
  (module) => module.RetentionPage,
  { what: 'retentionPage', plain: 'RetentionPage' },
);
const { Component: RestorePlanPage, preload: loadRestorePlanPage } = preloadable(
  () => import('../features/restore/RestorePlanPage.tsx'),
  (module) => module.RestorePlanPage,
  { what: 'restorePlanPage', plain: 'RestorePlanPage' },
);
const { Component: ExpiringPage, preload: loadExpiringPage } = preloadable(
  () => import('../features/retention/ExpiringPage.tsx'),
  (module) => module.ExpiringPage,
  { what: 'expiringPage', plain: 'ExpiringPage' },
);
const { Component: EventsPage, preload: loadEventsPage } = preloadable(
  () => import('../features/events/EventsPage.tsx'),
  (module) => module.EventsPage,
  { what: 'eventsPage', plain: 'EventsPage' },
);
const { Component: EventPage, preload: loadEventPage } = preloadable(
  () => import('../features/events/EventPage.tsx'),
  (module) => module.EventPage,
  { what: 'eventPage', plain: 'EventPage' },
);

/**
 * Loads the code of the page a tab opens on, so that page renders at once. A lazy page that suspends on the first
 * render is revealed only after React's Suspense throttle (~300 ms): opening /volumes by URL took 450 ms instead of
 * 150. main.tsx waits for this, next to the catalog, before the first render.
 */
export function preloadPage(pathname: string, signedIn: boolean): Promise<unknown> {
  const is = (pattern: string) => matchPath(pattern, pathname) !== null;
  if (!signedIn || is(routes.login)) return loadLoginPage();
  if (is(routes.vm)) return loadVmPage();
  if (is(routes.volumes) || is(routes.images)) return loadResourceBinPage();
  if (is(routes.volume)) return loadVolumePage();
  if (is(routes.image)) return loadImagePage();
  if (is(routes.settings)) return loadSettingsPage();
  if (is(routes.retention)) return loadRetentionPage();
  if (is(routes.expiring)) return loadExpiringPage();
  if (is(routes.events)) return loadEventsPage();
  if (is(routes.event)) return loadEventPage();
  if (is(routes.restorePlan)) return loadRestorePlanPage();
  return Promise.resolve();
}

/**
 * Sends the first requests of the page the tab opens on (signed in) before the first render; resolves when the
 * rows of a recycle bin are in the cache (at once for other pages).
 */
export function prefetchPageData(
  location: { pathname: string; search: string },
  queryClient: QueryClient,
  snapshot: SessionSnapshot,
): Promise<void> {
  const { pathname, search } = location;
  const { api } = snapshot;
  const offsetMinutes = snapshot.offset.minutes;
  if (matchPath(routes.home, pathname)) return prefetchRecycleBin(queryClient, api, search, offsetMinutes);
  // The events' code is a chunk of its own, already on its way (preloadPage): the requests leave when it is here; a
  // chunk that cannot be loaded is the page's to report.
  if (matchPath(routes.events, pathname) && !new URLSearchParams(search).has('around')) {
    // Not waited for: the first page of events is several round trips away (the log, then where its items are now),
    // so it never comes within the first render's short wait. The page's frame paints at once instead.
    void import('../features/events/events-prefetch.ts').then(
      (m) => m.prefetchEvents(queryClient, api, search, viewerOf(snapshot)),
      () => undefined,
    );
    return Promise.resolve();
  }
  // The other two bins' prefetch is in the first-paint chunk, although their page is not: imported with the page,
  // it left the rows waiting 20-35 ms after the list's answer (docs/architecture.md).
  if (matchPath(routes.volumes, pathname))
    return prefetchResourceBin('volume', queryClient, api, search, offsetMinutes);
  if (matchPath(routes.images, pathname))
    return prefetchResourceBin('image', queryClient, api, search, offsetMinutes);
  return Promise.resolve();
}

const prefetchRoute = (route: PrefetchableRoute) => {
  if (route === 'vm') void loadVmPage();
};

export function AppRoutes() {
  const location = useLocation();
  return (
    // A crash shows a message with a way back; moving to another page clears it.
    <RouteErrorBoundary key={location.pathname}>
      <RoutePrefetchContext.Provider value={prefetchRoute}>
        <BinDialogsContext.Provider value={rowDialogs}>
          <Routes>
            <Route path={routes.login} element={<LoginPage />} />
            <Route
              element={
                <RequireSession>
                  <Shell />
                </RequireSession>
              }
            >
              <Route index element={<RecycleBinPage />} />
              <Route path={routes.vm} element={<VmPage />} />
              <Route path={routes.volumes} element={<ResourceBinPage kind="volume" />} />
              <Route path={routes.volume} element={<VolumePage />} />
              <Route path={routes.images} element={<ResourceBinPage kind="image" />} />
              <Route path={routes.image} element={<ImagePage />} />
              <Route path={routes.settings} element={<SettingsPage />} />
              <Route path={routes.retention} element={<RetentionPage />} />
              <Route path={routes.expiring} element={<ExpiringPage />} />
              <Route path={routes.events} element={<EventsPage />} />
              <Route path={routes.event} element={<EventPage />} />
              <Route path={routes.restorePlan} element={<RestorePlanPage />} />
              <Route path="*" element={<NotFound />} />
            </Route>
          </Routes>
        </BinDialogsContext.Provider>
      </RoutePrefetchContext.Provider>
    </RouteErrorBoundary>
  );
}
