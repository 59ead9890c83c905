import { createContext, useContext, useEffect, type ReactNode } from 'react';
import type { CombinedError } from '@urql/core';
import { useQuery } from '../api/hooks';
import { RenewAccessTokenMutation, ViewerQuery, type Viewer } from '../api/documents';
import { useSession } from './hooks';
import { session, tokenExpiry } from './session';

const RENEW_BEFORE_EXPIRY_MS = 60_000;
const MIN_RENEW_DELAY_MS = 5_000;
const MAX_TIMER_MS = 2_147_483_647;

export interface ViewerContextValue {
  signedIn: boolean;
  viewer: Viewer | null;
  fetching: boolean;
  error: CombinedError | undefined;
  refetch: () => void;
}

const ViewerContext = createContext<ViewerContextValue>({
  signedIn: false,
  viewer: null,
  fetching: false,
  error: undefined,
  refetch: () => undefined,
});

/** Who is signed in (`me`), for every page. */
export function ViewerProvider({ children }: { children: ReactNode }) {
  const { token, client } = useSession();
  const signedIn = token !== null;
  const { data, error, fetching, refetch } = useQuery(ViewerQuery, {}, { pause: !signedIn });
  const viewer = data?.me ?? null;

  useEffect(() => {
    // A token the server no longer knows: `me` answers null without an error.
    if (signedIn && !fetching && !error && data && data.me === null) session.expire();
  }, [signedIn, fetching, error, data]);

  useEffect(() => {
    if (viewer) session.rememberNetworkSlug(viewer.network.slug);
  }, [viewer]);

  // Access tokens are short-lived: renew shortly before this one expires, keeping the session going.
  useEffect(() => {
    const expiry = token ? tokenExpiry(token) : null;
    if (expiry === null) return;
    const delay = Math.max(expiry * 1000 - Date.now() - RENEW_BEFORE_EXPIRY_MS, MIN_RENEW_DELAY_MS);
    const timer = window.setTimeout(() => {
      void client
        .mutation(RenewAccessTokenMutation, { input: {} })
        .toPromise()
        .then((result) => {
          const renewed = result.data?.renewAccessToken.accessToken;
          if (renewed && session.getState().token === token) session.refresh(renewed);
        });
    }, Math.min(delay, MAX_TIMER_MS));
    return () => window.clearTimeout(timer);
  }, [token, client]);

  return (
    <ViewerContext.Provider value={{ signedIn, viewer, fetching, error, refetch }}>{children}</ViewerContext.Provider>
  );
}

export function useViewer(): ViewerContextValue {
  return useContext(ViewerContext);
}

export function isAdmin(viewer: Viewer | null): boolean {
  return viewer?.role === 'ADMIN' || viewer?.role === 'OWNER';
}
