import { AsyncLocalStorage } from 'node:async_hooks';
import type express from 'express';
import type { Request, Response } from 'express';
import { jsonBody } from '@kizuna/subgraph';

/** Who a session is started for: shown in the session list. */
export interface ClientInfo {
  userAgent: string | null;
  ip: string | null;
}

interface Exchange {
  req: Request;
  res: Response;
}

const exchanges = new AsyncLocalStorage<Exchange>();

/**
 * Makes the HTTP request and response of the GraphQL call reachable from session resolvers (they
 * read and set the refresh cookie). The body is parsed here, inside the async context: the body
 * parser's stream callbacks would otherwise run outside it; the parser that follows sees the
 * request already read and passes it on.
 */
export function httpExchangeRoutes(app: express.Express, path = '/graphql'): void {
  // identity is reached only through the gateway (and other proxies of the deployment): their
  // X-Forwarded-For / X-Forwarded-Proto tell the browser's address and scheme.
  app.set('trust proxy', 'loopback, linklocal, uniquelocal');
  app.use(path, jsonBody({ limit: '1mb' }), (req: Request, res: Response, next: () => void) => {
    exchanges.run({ req, res }, next);
  });
}

/** The current GraphQL call's request and response, when it came over HTTP. */
export function currentExchange(): Exchange | undefined {
  return exchanges.getStore();
}

export function clientOf(req: Request | undefined): ClientInfo {
  if (!req) return { userAgent: null, ip: null };
  const userAgent = req.headers['user-agent'];
  return { userAgent: typeof userAgent === 'string' ? userAgent.slice(0, 512) : null, ip: req.ip ?? null };
}
