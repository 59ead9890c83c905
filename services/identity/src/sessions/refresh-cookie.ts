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

/**
 * The device cookie: a random id the browser keeps across sign-outs, set when it signs in with a
 * password. It grants nothing by itself; a device listed for an account is not slowed down by
 * strangers' failed sign-ins to that account.
 */
export const DEVICE_COOKIE = 'kizuna_device';
const DEVICE_COOKIE_MAX_AGE_MS = 400 * 86_400_000; // the longest browsers keep a cookie

export function setDeviceCookie(res: Response, deviceId: string): void {
  res.cookie(DEVICE_COOKIE, deviceId, {
    httpOnly: true,
    sameSite: 'lax',
    secure: secureCookies(res),
    path: REFRESH_COOKIE_PATH,
    maxAge: DEVICE_COOKIE_MAX_AGE_MS,
  });
}

/** The refresh token the browser sent, if any. */
export function readRefreshCookie(req: Request): string | undefined {
  return readCookie(req, REFRESH_COOKIE);
}

export function readCookie(req: Request, name: string): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const separator = part.indexOf('=');
    if (separator < 0) continue;
    if (part.slice(0, separator).trim() !== name) continue;
    const value = part.slice(separator + 1).trim();
    try {
      return decodeURIComponent(value) || undefined;
    } catch {
      return undefined;
    }
  }
  return undefined;
}
