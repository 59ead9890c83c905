import type { Request, Response } from 'express';
import { secureCookies } from './http-exchange';

/** The refresh token's cookie: httpOnly, SameSite=Lax, sent only with GraphQL requests. */
export const REFRESH_COOKIE = 'kizuna_refresh';
export const REFRESH_COOKIE_PATH = '/graphql';

/** Sets the refresh cookie on a response; Secure when COOKIE_SECURE is set (the deployment is served over https). */
export function setRefreshCookie(res: Response, refreshToken: string, expiresAt: Date): void {
  res.cookie(REFRESH_COOKIE, refreshToken, {
    httpOnly: true,
    sameSite: 'lax',
    secure: secureCookies(res),
    path: REFRESH_COOKIE_PATH,
    maxAge: Math.max(0, expiresAt.getTime() - Date.now()),
  });
}

/** Removes the refresh cookie from the browser. */
export function clearRefreshCookie(res: Response): void {
  res.clearCookie(REFRESH_COOKIE, { httpOnly: true, sameSite: 'lax', secure: secureCookies(res), path: REFRESH_COOKIE_PATH });
}

/** The refresh token the browser sent, if any. */
export function readRefreshCookie(req: Request): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const separator = part.indexOf('=');
    if (separator < 0) continue;
    if (part.slice(0, separator).trim() !== REFRESH_COOKIE) continue;
    const value = part.slice(separator + 1).trim();
    try {
      return decodeURIComponent(value) || undefined;
    } catch {
      return undefined;
    }
  }
  return undefined;
}
