import type { Request, Response } from 'express';
import { AuthenticationError, isAllowed, type TokenVerifier, type Viewer } from '@kizuna/auth';

/**
 * Who sends a file to a plain HTTP upload route (the file is the body, outside GraphQL): their
 * viewer, or null once the route has answered 401 (no or a bad token) or 403 (a membership the
 * route does not serve: pending applicants unless `access` — `Access` rules — lets them) in its own answer shape,
 * `{ [result]: null, errors: [{ code, message }] }`.
 */
export async function uploadViewer(
  req: Request,
  res: Response,
  verifier: TokenVerifier,
  options: { result: string; access?: readonly string[] },
): Promise<Viewer | null> {
  const refuse = (status: number, code: string, message: string) => {
    res.status(status).json({ [options.result]: null, errors: [{ code, message }] });
    return null;
  };
  let viewer: Viewer | null | undefined;
  try {
    viewer = await verifier.fromAuthorizationHeader(req.headers.authorization);
  } catch (error) {
    if (!(error instanceof AuthenticationError)) throw error;
    return refuse(401, 'UNAUTHENTICATED', error.message);
  }
  if (!viewer) return refuse(401, 'UNAUTHENTICATED', 'Sign in to continue');
  if (!isAllowed(viewer, options.access ?? [])) return refuse(403, 'FORBIDDEN', 'Your membership does not allow this.');
  return viewer;
}
