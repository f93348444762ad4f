import { createBrowserRouter, type RouteObject } from 'react-router-dom';
import { LoginPage } from '../features/session/LoginPage.tsx';
import { RequireSession } from '../features/session/RequireSession.tsx';
import { RecycleBinPage } from '../features/recycle-bin/RecycleBinPage.tsx';
import { PageSkeleton } from '../components/PageSkeleton.tsx';
import { NotFound, RouteError } from './RouteError.tsx';
import { Shell } from './Shell.tsx';

export const routes: RouteObject[] = [
  { path: '/login', element: <LoginPage />, errorElement: <RouteError /> },
  {
    element: (
      <RequireSession>
        <Shell />
      </RequireSession>
    ),
    errorElement: <RouteError />,
    children: [
      { index: true, element: <RecycleBinPage /> },
      // The inventory view is not needed for the first paint of the recycle bin: load it on demand.
      {
        path: 'vms/:uuid',
        lazy: async () => ({ Component: (await import('../features/vm/VmPage.tsx')).VmPage }),
        hydrateFallbackElement: <PageSkeleton />,
      },
      { path: '*', element: <NotFound /> },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
