import { bearerVerifier, type TokenVerifier } from './verifier';
import type { Viewer } from './viewer';

/** `exp` of a JWT (already verified or about to be), in ms since epoch; Infinity without one. */
export function tokenExpiresAt(token: string): number {
  try {
    const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as { exp?: unknown };
    return typeof payload.exp === 'number' ? payload.exp * 1000 : Number.POSITIVE_INFINITY;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/**
 * Remembers tokens that passed verification until they expire, so a member's every request does
 * not pay for an ES256 signature check (the key is the whole token, signature included: a changed
 * token is a different key and is verified afresh). Failures are never remembered. Bounded: the
 * oldest entries go first.
 */
export function rememberVerifiedTokens(verifier: TokenVerifier, options: { max?: number; now?: () => number } = {}): TokenVerifier {
  const max = options.max ?? 10_000;
  const now = options.now ?? Date.now;
  const verified = new Map<string, { viewer: Viewer; expiresAt: number }>();

  const verify = async (token: string): Promise<Viewer> => {
    const hit = verified.get(token);
    if (hit && hit.expiresAt > now()) return hit.viewer;
    if (hit) verified.delete(token);
    const viewer = await verifier.verify(token);
    const expiresAt = tokenExpiresAt(token);
    if (Number.isFinite(expiresAt)) {
      if (verified.size >= max) verified.delete(verified.keys().next().value as string);
      verified.set(token, { viewer, expiresAt });
    }
    return viewer;
  };

  return bearerVerifier(verify);
}
