import type { FormattedExecutionResult } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import { importJWK, SignJWT, type JWK } from 'jose';
import WebSocket from 'ws';
import { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER, type AccessTokenClaims } from '@kizuna/auth';
import { claimsOf, type Stack } from '@kizuna/testing';

export interface LiveSubscription {
  results: FormattedExecutionResult<Record<string, any>>[]; // eslint-disable-line @typescript-eslint/no-explicit-any
  /** Operation errors (graphql-ws `error` messages) and connection failures. */
  errors: unknown[];
  /** Resolves once the server acknowledged the connection. */
  connected: Promise<void>;
  /** Resolves with the close code and reason when the server closes the connection. */
  closed: Promise<{ code: number; reason: string }>;
  /** Resolves when the server ends the subscription (graphql-ws `complete`). */
  completed: Promise<void>;
  dispose(): Promise<void>;
}

/** One graphql-ws connection with one subscription, as the web client opens it. */
export function subscribe(httpUrl: string, token: string | undefined, query: string, variables?: Record<string, unknown>): LiveSubscription {
  const results: LiveSubscription['results'] = [];
  const errors: unknown[] = [];
  let onConnected!: () => void;
  let onClosed!: (event: { code: number; reason: string }) => void;
  const connected = new Promise<void>((resolve) => (onConnected = resolve));
  const closed = new Promise<{ code: number; reason: string }>((resolve) => (onClosed = resolve));
  let onCompleted!: () => void;
  const completed = new Promise<void>((resolve) => (onCompleted = resolve));
  const client: Client = createClient({
    url: httpUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: token === undefined ? {} : { authorization: `Bearer ${token}` },
    retryAttempts: 0,
    lazy: true,
    on: {
      connected: () => onConnected(),
      closed: (event) => {
        const { code, reason } = event as { code: number; reason: unknown };
        onClosed({ code, reason: String(reason) });
      },
    },
  });
  client.subscribe(
    { query, variables },
    { next: (result) => results.push(result as LiveSubscription['results'][number]), error: (error) => errors.push(error), complete: () => onCompleted() },
  );
  return { results, errors, connected, closed, completed, dispose: () => client.dispose() as Promise<void> };
}

/**
 * Signs an access token with identity's own current key (read from its table), e.g. an expired
 * one: a token with a valid signature that only its claims make unacceptable.
 */
export async function signWithIdentityKey(
  stack: Stack,
  claims: AccessTokenClaims,
  lifetime: { issuedAt: number; expiresAt: number | 'never' },
): Promise<string> {
  const [row] = await stack.sql<{ kid: string; private_jwk: JWK }>('SELECT kid, private_jwk FROM identity.signing_keys ORDER BY created_at DESC LIMIT 1');
  const key = await importJWK(row.private_jwk, 'ES256');
  const { sub, ...rest } = claims;
  const jwt = new SignJWT({ ...rest })
    .setProtectedHeader({ alg: 'ES256', kid: row.kid, typ: 'JWT' })
    .setSubject(sub)
    .setIssuer(ACCESS_TOKEN_ISSUER)
    .setAudience(ACCESS_TOKEN_AUDIENCE)
    .setIssuedAt(lifetime.issuedAt);
  if (lifetime.expiresAt !== 'never') jwt.setExpirationTime(lifetime.expiresAt);
  return jwt.sign(key);
}

export { claimsOf };

/** The same token with one claim changed and the original signature: a forgery. */
export function tamper(token: string, change: Partial<AccessTokenClaims>): string {
  const [header, , signature] = token.split('.');
  const payload = Buffer.from(JSON.stringify({ ...claimsOf(token), ...change })).toString('base64url');
  return `${header}.${payload}.${signature}`;
}

export const nowSeconds = () => Math.floor(Date.now() / 1000);

export async function postRaw(url: string, body: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] },
  };
}
