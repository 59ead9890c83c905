import type { Express } from 'express';
import { createProxyMiddleware } from 'http-proxy-middleware';
import { GATEWAY_SECRET_HEADER, type Logger } from '@kizuna/runtime';
import { replaceForwardedHeaders, type ProxyTrust } from './client-address';

/**
 * The browser's side of sign-in flows (`/auth/*`: redirects to and back from sign-in providers,
 * which set identity's cookies) goes to identity as it is: headers, cookies and redirects pass
 * through untouched, with the browser's address and scheme (as the gateway determined them) in
 * X-Forwarded-For / -Proto.
 */
export function authProxy(app: Express, identityUrl: string, log: Logger, trust: ProxyTrust, gatewaySecret?: string): void {
  const proxy = createProxyMiddleware({
    target: new URL(identityUrl).origin,
    pathFilter: '/auth/',
    proxyTimeout: 30_000,
    logger: log.child({ component: 'auth-proxy' }),
    // The gateway's own credential, never one a client sent.
    headers: gatewaySecret ? { [GATEWAY_SECRET_HEADER]: gatewaySecret } : {},
    on: {
      proxyReq: replaceForwardedHeaders(trust),
      error: (error, _req, res) => {
        log.warn({ err: error }, 'identity did not answer an /auth request');
        if ('writeHead' in res && !res.headersSent) {
          res.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' });
          res.end('Sign-in is unavailable right now. Try again in a moment.');
        }
      },
    },
  });
  app.use(proxy);
}
