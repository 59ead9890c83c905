import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSession } from '../session/hooks';

/** Signed-out visitors go to the sign-in page, which brings them back afterwards. */
export function RequireSignedIn({ children }: { children: ReactNode }) {
  const { token } = useSession();
  const location = useLocation();
  if (token === null) {
    // The sign-in page itself goes to the network this device used last.
    return <Navigate to="/sign-in" replace state={{ from: `${location.pathname}${location.search}` }} />;
  }
  return children;
}
