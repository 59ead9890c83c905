import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { session } from './session';

/**
 * Signs this browser out and opens the sign-in page. Always the plain `/sign-in`: the page the
 * signed-in routes fall back to once the session ends, so whichever navigation lands last, the
 * person sees the same page, naming the network this device used last.
 */
export function useSignOut(): () => void {
  const navigate = useNavigate();
  return useCallback(() => {
    session.signOut();
    void navigate('/sign-in', { replace: true });
  }, [navigate]);
}
