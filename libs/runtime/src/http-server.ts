import { createHash, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { RequestHandler } from 'express';
import { z } from 'zod';

/** The header in which the gateway (and only it) presents GATEWAY_SECRET to the subgraphs. */
export const GATEWAY_SECRET_HEADER = 'x-kizuna-gateway-secret';

/** Shared secret between the gateway and the subgraphs: long enough not to be guessed. */
export const gatewaySecretSetting = z
  .string()
  .min(32, 'must be at least 32 characters')
  .optional()
  .or(z.literal('').transform(() => undefined));

/** How long a connection may take to send its request, and how many connections are served at once. */
export function httpServerSettings(defaults: { maxConnections: number }) {
  return {
    /** Time to receive a request's headers. */
    HTTP_HEADERS_TIMEOUT_MS: z.coerce.number().int().min(100).default(20_000),
    /** Time to receive a whole request, body included: a trickled body is cut off after it. */
    HTTP_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).default(30_000),
    /** How long an idle keep-alive connection stays open. */
    HTTP_KEEP_ALIVE_TIMEOUT_MS: z.coerce.number().int().min(100).default(65_000),
    /** Connections served at once (WebSockets included); further ones are closed at once. */
    HTTP_MAX_CONNECTIONS: z.coerce.number().int().min(1).default(defaults.maxConnections),
  };
}

export interface HttpServerLimits {
  HTTP_HEADERS_TIMEOUT_MS: number;
  HTTP_REQUEST_TIMEOUT_MS: number;
  HTTP_KEEP_ALIVE_TIMEOUT_MS: number;
  HTTP_MAX_CONNECTIONS: number;
}

/**
 * An HTTP server that cuts off a slow sender: headers and the whole request must arrive within
 * their timeouts (Node checks every `connectionsCheckingInterval`, so short limits need a short
 * interval), idle keep-alive connections close, and at most HTTP_MAX_CONNECTIONS are open at once.
 */
export function createLimitedHttpServer(handler: http.RequestListener, limits: HttpServerLimits): http.Server {
  const requestTimeout = limits.HTTP_REQUEST_TIMEOUT_MS;
  const server = http.createServer(
    {
      requestTimeout,
      // Node refuses a headers timeout above the request timeout.
      headersTimeout: Math.min(limits.HTTP_HEADERS_TIMEOUT_MS, requestTimeout),
      keepAliveTimeout: limits.HTTP_KEEP_ALIVE_TIMEOUT_MS,
      connectionsCheckingInterval: Math.min(1_000, Math.max(50, Math.floor(requestTimeout / 4))),
    },
    handler,
  );
  server.maxConnections = limits.HTTP_MAX_CONNECTIONS;
  return server;
}

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Whether a presented secret is the expected one, in time that does not depend on where they differ. */
export function isGatewaySecret(presented: string | string[] | undefined, expected: string): boolean {
  if (typeof presented !== 'string') return false;
  return timingSafeEqual(digest(presented), digest(expected));
}

/**
 * Refuses every caller that does not present GATEWAY_SECRET (403, as a GraphQL response):
 * the subgraphs answer the gateway only, public operations and introspection included.
 */
export function requireGatewaySecret(expected: string): RequestHandler {
  return (req, res, next) => {
    if (isGatewaySecret(req.headers[GATEWAY_SECRET_HEADER], expected)) return next();
    res.status(403).json({ errors: [{ message: 'This service answers the Kizuna gateway only.', extensions: { code: 'FORBIDDEN' } }] });
  };
}

/** Whether this process runs in production (NODE_ENV=production): no introspection, no schema hints in errors. */
export function isProduction(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NODE_ENV === 'production';
}

/**
 * GraphQL's "Did you mean …?" hints name fields, types and enum values the caller did not ask for;
 * Apollo's `hideSchemaDetailsFromClientErrors` removes them from validation errors only, this from
 * any message (e.g. a variable's enum value).
 */
export function withoutSuggestions(message: string): string {
  return message.replace(/ ?Did you mean .*\?$/s, '');
}
