import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { useSession } from '../../api/session.ts';

/** Every page but login needs a session; without one, go to login and remember where we were. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { session, expired } = useSession();
  const location = useLocation();
  if (session) return children;
  const next = `${location.pathname}${location.search}`;
  const params = new URLSearchParams();
  if (next !== '/') params.set('next', next);
  if (expired) params.set('expired', '1');
  const query = params.toString();
  return <Navigate to={`/login${query ? `?${query}` : ''}`} replace />;
}
