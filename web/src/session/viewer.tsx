import { createContext, useContext, useEffect, type ReactNode } from 'react';
import type { CombinedError } from '@urql/core';
import { useQuery } from '../api/hooks';
import { ViewerQuery, type Viewer } from '../api/documents';
import { PageLoader } from '../components/Page';
import { useSession } from './hooks';
import { session } from './session';

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

/**
 * Who is signed in (`me`), for every page. While the page restores the session from the refresh
 * cookie, nothing below renders, so no page sends a signed-in person to the sign-in page.
 */
export function ViewerProvider({ children }: { children: ReactNode }) {
  const { token, restoring } = useSession();
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

  if (restoring) return <PageLoader />;
  return <ViewerContext.Provider value={{ signedIn, viewer, fetching, error, refetch }}>{children}</ViewerContext.Provider>;
}

export function useViewer(): ViewerContextValue {
  return useContext(ViewerContext);
}

export function isAdmin(viewer: Viewer | null): boolean {
  return viewer?.role === 'ADMIN' || viewer?.role === 'OWNER';
}
