// When the session renews its access token, as pure decisions over the token and the clock, so the
// rules are stated (and tested) apart from the timers, locks and channels that carry them out.

/** Renew this long before the access token expires. */
export const RENEW_BEFORE_EXPIRY_MS = 60_000;
export const MIN_RENEW_DELAY_MS = 5_000;
/** A token refused again this soon after a recovery is not recovered a second time. */
export const RECOVERY_COOLDOWN_MS = 10_000;
/** The longest delay a browser timer keeps (longer ones fire at once). */
const MAX_TIMER_MS = 2_147_483_647;

/** Seconds-since-epoch expiry of a JWT, if it has one (the signature is the server's business). */
export function tokenExpiry(token: string): number | null {
  const exp = tokenClaims(token)?.exp;
  return typeof exp === 'number' ? exp : null;
}

export function tokenClaims(token: string): Record<string, unknown> | null {
  const payload = token.split('.')[1];
  if (!payload) return null;
  try {
    const json = atob(
      payload
        .replace(/-/g, '+')
        .replace(/_/g, '/')
        .padEnd(Math.ceil(payload.length / 4) * 4, '='),
    );
    return JSON.parse(json) as Record<string, unknown>;
  } catch {
    return null;
  }
}

/** Milliseconds until `token` should be renewed (a minute before it expires), or null for a token without expiry. */
export function renewalDelay(token: string, now: number): number | null {
  const expiry = tokenExpiry(token);
  if (expiry === null) return null;
  return Math.min(Math.max(expiry * 1000 - now - RENEW_BEFORE_EXPIRY_MS, MIN_RENEW_DELAY_MS), MAX_TIMER_MS);
}

/** Whether a token is good for longer than the renewal margin. */
export function isFresh(token: string | null, now: number): boolean {
  const expiry = token ? tokenExpiry(token) : null;
  return expiry !== null && expiry * 1000 - now > RENEW_BEFORE_EXPIRY_MS;
}

/**
 * Whether a tab holding the refresh lock must rotate the refresh cookie to replace `stale`. Not when
 * another tab rotated while this one waited: its fresh token (`current`) arrived over the channel,
 * and rotating again would spend a refresh token twice, which ends the session.
 */
export function mustRotate(current: string | null, stale: string | null, now: number): boolean {
  return !(current !== null && current !== stale && isFresh(current, now));
}

/** After the server refused the token: renew once, but end the session when it is refused again right after a recovery. */
export function onRefusedToken(lastRecovery: number, now: number): 'renew' | 'end' {
  return now - lastRecovery < RECOVERY_COOLDOWN_MS ? 'end' : 'renew';
}
