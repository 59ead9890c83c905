import { AsyncLocalStorage } from 'node:async_hooks';
import { BlockList, isIP } from 'node:net';
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

/** Where the gateway (and only it) may call from: loopback, link-local and private networks. */
const gatewayNetworks = new BlockList();
for (const [address, prefix] of [
  ['127.0.0.0', 8],
  ['10.0.0.0', 8],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
  ['169.254.0.0', 16],
] as const) {
  gatewayNetworks.addSubnet(address, prefix, 'ipv4');
}
for (const [address, prefix] of [
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
] as const)
  gatewayNetworks.addSubnet(address, prefix, 'ipv6');

function isGatewayAddress(address: string): boolean {
  const plain = address.startsWith('::ffff:') && isIP(address.slice(7)) === 4 ? address.slice(7) : address;
  const family = isIP(plain);
  return family !== 0 && gatewayNetworks.check(plain, family === 4 ? 'ipv4' : 'ipv6');
}

export interface HttpExchangeOptions {
  /** Cookies identity sets carry `Secure` (the deployment is served over https). */
  secureCookies: boolean;
}

/**
 * Makes the HTTP request and response of the GraphQL call reachable from session resolvers (they
 * read and set the refresh cookie). The body is parsed here, inside the async context: the body
 * parser's stream callbacks would otherwise run outside it; the parser that follows sees the
 * request already read and passes it on.
 */
export function httpExchangeRoutes(app: express.Express, options: HttpExchangeOptions, path = '/graphql'): void {
  // identity is reached through the gateway, which puts the browser's address last in
  // X-Forwarded-For. Only that last entry is believed, and only from a caller on a private network:
  // anything to its left came from the browser and may be forged.
  app.set('trust proxy', (address: string, hop: number) => hop === 0 && isGatewayAddress(address));
  app.locals.secureCookies = options.secureCookies;
  app.use(path, jsonBody({ limit: '1mb' }), (req: Request, res: Response, next: () => void) => {
    exchanges.run({ req, res }, next);
  });
}

/** Whether cookies set on this response carry `Secure` (the COOKIE_SECURE setting). */
export function secureCookies(res: Response): boolean {
  return res.app?.locals.secureCookies === true;
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
