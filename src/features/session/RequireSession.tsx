import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { useSession } from '../../api/session.ts';
import { paths } from '../../components/paths.ts';

/** Every page but login needs a session; without one, go to login and remember where we were. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { session, expired, signedOut } = useSession();
  const location = useLocation();
  if (session) return children;
  const next = `${location.pathname}${location.search}`;
  const params = new URLSearchParams();
  // After a deliberate sign-out the desk is someone else's: no way back to the last person's page.
  if (next !== '/' && !signedOut) params.set('next', next);
  if (expired) params.set('expired', '1');
  const query = params.toString();
  return <Navigate to={`${paths.login}${query ? `?${query}` : ''}`} replace />;
}
