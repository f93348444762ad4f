// Declarative routes: the data-router machinery of React Router is not needed here and would cost ~15 kB gzip
// on the first paint. Pages that the recycle bin does not need are loaded on demand.
import { lazy, Suspense } from 'react';
import { Route, Routes, useLocation } from 'react-router-dom';
import { PageSkeleton } from '../components/PageSkeleton.tsx';
import { RecycleBinPage } from '../features/recycle-bin/RecycleBinPage.tsx';
import { RequireSession } from '../features/session/RequireSession.tsx';
import { NotFound, RouteErrorBoundary } from './RouteError.tsx';
import { Shell } from './Shell.tsx';

const LoginPage = lazy(async () => ({
  default: (await import('../features/session/LoginPage.tsx')).LoginPage,
}));
const VmPage = lazy(async () => ({ default: (await import('../features/vm/VmPage.tsx')).VmPage }));

export function AppRoutes() {
  const location = useLocation();
  return (
    // A crash shows a message with a way back; moving to another page clears it.
    <RouteErrorBoundary key={location.pathname}>
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
          <Route path="*" element={<NotFound />} />
        </Route>
      </Routes>
    </RouteErrorBoundary>
  );
}

export function AppRoutesWithFallback() {
  return (
    <Suspense fallback={<PageSkeleton />}>
      <AppRoutes />
    </Suspense>
  );
}
