import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSession } from '../session/hooks';
import { session } from '../session/session';

/** Signed-out visitors go to the sign-in page, which brings them back afterwards. */
export function RequireSignedIn({ children }: { children: ReactNode }) {
  const { token } = useSession();
  const location = useLocation();
  if (token === null) {
    const slug = session.lastNetworkSlug();
    const to = slug ? `/sign-in?network=${encodeURIComponent(slug)}` : '/sign-in';
    return <Navigate to={to} replace state={{ from: `${location.pathname}${location.search}` }} />;
  }
  return children;
}
