import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * The gateway answers with JSON and redirects, never with pages of its own to frame or run:
 * nothing may load from its responses, frame them or post forms from them, and nothing is
 * sniffed as another type. HSTS comes from whatever ends TLS in front of the gateway (see the
 * deploy's nginx). Outside production, the GraphQL landing page (GET /graphql from a browser)
 * keeps the scripts it loads.
 */
export function securityHeaders(options: { production: boolean }): RequestHandler {
  const strict = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"] },
    },
    strictTransportSecurity: false,
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginResourcePolicy: { policy: 'same-origin' },
  });
  const landingPage = helmet({
    contentSecurityPolicy: false,
    strictTransportSecurity: false,
    xFrameOptions: { action: 'deny' },
    crossOriginEmbedderPolicy: false,
  });
  return (req, res, next) => {
    const landing = !options.production && req.method === 'GET' && req.path === '/graphql' && (req.headers.accept ?? '').includes('text/html');
    return (landing ? landingPage : strict)(req, res, next);
  };
}
