import { createLocalJWKSet, createRemoteJWKSet, errors, jwtVerify, type JSONWebKeySet, type JWTVerifyGetKey } from 'jose';
import { isPermission } from './permissions';
import { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER, MEMBERSHIP_STATUSES, ROLES, type Viewer } from './viewer';

export class AuthenticationError extends Error {
  readonly code = 'UNAUTHENTICATED';
  constructor(message: string) {
    super(message);
    this.name = 'AuthenticationError';
  }
}

export interface TokenVerifier {
  verify(token: string): Promise<Viewer>;
  /** Reads `Authorization: Bearer …`; no header means an anonymous caller (undefined). */
  fromAuthorizationHeader(header: string | undefined): Promise<Viewer | undefined>;
}

export function remoteKeySet(jwksUrl: string): JWTVerifyGetKey {
  // jose caches the key set and refetches it when a token names an unknown key id (rotation).
  return createRemoteJWKSet(new URL(jwksUrl), { cooldownDuration: 10_000, cacheMaxAge: 10 * 60_000 });
}

export function localKeySet(jwks: JSONWebKeySet): JWTVerifyGetKey {
  return createLocalJWKSet(jwks);
}

export function createTokenVerifier(keys: JWTVerifyGetKey): TokenVerifier {
  const verify = async (token: string): Promise<Viewer> => {
    try {
      const { payload } = await jwtVerify(token, keys, {
        issuer: ACCESS_TOKEN_ISSUER,
        audience: ACCESS_TOKEN_AUDIENCE,
        algorithms: ['ES256'],
        // jose accepts a token without these unless told: a token that never expires is refused.
        requiredClaims: ['exp', 'iat'],
      });
      const { sub, mid, nid, role, status, perms } = payload as Record<string, unknown>;
      if (
        typeof sub !== 'string' ||
        typeof mid !== 'string' ||
        typeof nid !== 'string' ||
        !ROLES.includes(role as never) ||
        !MEMBERSHIP_STATUSES.includes(status as never) ||
        (perms !== undefined && !Array.isArray(perms))
      ) {
        throw new AuthenticationError('Access token is missing Kizuna claims');
      }
      const viewer: Viewer = { accountId: sub, membershipId: mid, networkId: nid, role: role as Viewer['role'], status: status as Viewer['status'] };
      // Permissions this version does not know (from a newer issuer) grant nothing here.
      if (Array.isArray(perms)) viewer.permissions = perms.filter(isPermission);
      return viewer;
    } catch (error) {
      if (error instanceof AuthenticationError) throw error;
      if (error instanceof errors.JWTExpired) throw new AuthenticationError('Access token has expired');
      throw new AuthenticationError('Access token is invalid');
    }
  };
  return bearerVerifier(verify);
}

/** A TokenVerifier around a `verify` function: adds reading of the `Authorization: Bearer` header. */
export function bearerVerifier(verify: (token: string) => Promise<Viewer>): TokenVerifier {
  return {
    verify,
    async fromAuthorizationHeader(header) {
      if (!header) return undefined;
      const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
      if (!match) throw new AuthenticationError('Authorization header must be "Bearer <token>"');
      return verify(match[1]);
    },
  };
}
