import { decodeJwt, decodeProtectedHeader, importJWK, SignJWT, type JWK } from 'jose';
import type { Stack } from './stack';

/**
 * The same access token with some claims changed, signed with identity's own key: a token identity
 * could have issued (e.g. one whose membership is suspended or rejected), to prove that every
 * service acts on the claims alone.
 */
export async function tokenWithClaims(stack: Stack, token: string, changes: Record<string, unknown>): Promise<string> {
  const header = decodeProtectedHeader(token);
  const [key] = await stack.sql<{ private_jwk: JWK }>('SELECT private_jwk FROM identity.signing_keys WHERE kid = $1', [header.kid]);
  if (!key) throw new Error(`identity has no signing key ${String(header.kid)}`);
  const privateKey = await importJWK(key.private_jwk, 'ES256');
  return new SignJWT({ ...decodeJwt(token), ...changes }).setProtectedHeader({ alg: 'ES256', kid: header.kid, typ: header.typ }).sign(privateKey);
}
