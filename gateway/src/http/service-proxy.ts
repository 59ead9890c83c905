import type { Express } from 'express';
import { createProxyMiddleware } from 'http-proxy-middleware';
import { GATEWAY_SECRET_HEADER, type Logger } from '@kizuna/runtime';
import { replaceForwardedHeaders, type ProxyTrust } from './client-address';

/**
 * Plain HTTP routes a service serves outside GraphQL (the directory's `/media/` for profile photos
 * and roster imports, content's post images and article files) go to it as they are: method,
 * headers (Authorization included), body and the response's caching headers pass through untouched.
 */
export function serviceRoutesProxy(
  app: Express,
  service: { name: string; url: string; pathPrefixes: string[] },
  log: Logger,
  trust: ProxyTrust,
  gatewaySecret?: string,
): void {
  const proxy = createProxyMiddleware({
    target: new URL(service.url).origin,
    pathFilter: service.pathPrefixes,
    proxyTimeout: 60_000,
    logger: log.child({ component: `${service.name}-proxy` }),
    // The gateway's own credential, never one a client sent.
    headers: gatewaySecret ? { [GATEWAY_SECRET_HEADER]: gatewaySecret } : {},
    on: {
      proxyReq: replaceForwardedHeaders(trust),
      error: (error, _req, res) => {
        log.warn({ err: error, service: service.name }, 'a service did not answer a proxied request');
        if ('writeHead' in res && !res.headersSent) {
          res.writeHead(502, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
          res.end('This part of Kizuna is unavailable right now. Try again in a moment.');
        }
      },
    },
  });
  app.use(proxy);
}
