import type { Request, Response } from 'express';
import { AuthenticationError, type TokenVerifier, type Viewer } from '@kizuna/auth';
import { isDirectoryAdmin } from '../fields/visibility';

/**
 * The caller of a plain HTTP route (uploads, downloads), verified exactly as /graphql verifies
 * it: the bearer token against identity's keys. Answers 401 or 403 itself and returns undefined
 * when the caller is not a directory admin of their network.
 */
export async function directoryAdminOf(verifier: TokenVerifier, req: Request, res: Response): Promise<Viewer | undefined> {
  let viewer: Viewer | undefined;
  try {
    viewer = await verifier.fromAuthorizationHeader(req.headers.authorization);
  } catch (error) {
    if (!(error instanceof AuthenticationError)) throw error;
    res.status(401).json({ errors: [{ code: 'UNAUTHENTICATED', message: error.message }] });
    return undefined;
  }
  if (!viewer) {
    res.status(401).json({ errors: [{ code: 'UNAUTHENTICATED', message: 'Sign in to continue' }] });
    return undefined;
  }
  if (!isDirectoryAdmin(viewer)) {
    res.status(403).json({ errors: [{ code: 'FORBIDDEN', message: 'Only admins who manage members can do this.' }] });
    return undefined;
  }
  return viewer;
}
