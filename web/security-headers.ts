// The web app's security headers: one definition for the Vite dev server, `vite preview` and the
// deploy's nginx (infra/deploy/security-headers.conf, which web/e2e/security-headers.browser-spec.ts
// checks against this file).

/** `dev`: the Vite dev server (hot reload); `production`: the built client (`vite preview`, nginx). */
export type WebServing = 'dev' | 'production';

/** Sent only over TLS (nginx's TLS server block): a browser remembers it for a year. */
export const STRICT_TRANSPORT_SECURITY = 'max-age=31536000; includeSubDomains';

export function contentSecurityPolicy(serving: WebServing): string {
  const directives: [string, string[]][] = [
    ['default-src', ["'self'"]],
    // The built client runs its own files only; the dev server's React refresh preamble is an inline script.
    ['script-src', serving === 'dev' ? ["'self'", "'unsafe-inline'"] : ["'self'"]],
    // Mantine writes style props as style attributes and its theme's variables into a <style> element.
    ['style-src', ["'self'", "'unsafe-inline'"]],
    // data: for small inlined assets, blob: for the preview of a photo before it is uploaded.
    ['img-src', ["'self'", 'data:', 'blob:']],
    ['font-src', ["'self'", 'data:']],
    // The API, its WebSocket (graphql-ws at /graphql) and, in dev, Vite's hot reload socket are all on
    // this origin: 'self' covers ws:/wss: to the same host.
    ['connect-src', ["'self'"]],
    ['worker-src', ["'self'"]],
    ['manifest-src', ["'self'"]],
    // Videos in articles: the providers' privacy-friendly players only (youtube-nocookie, Vimeo with dnt=1).
    ['frame-src', ['https://www.youtube-nocookie.com', 'https://player.vimeo.com']],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    // Forms are submitted by script; sign-in with a provider is a navigation to /auth/, not a form post.
    ['form-action', ["'self'"]],
    ['frame-ancestors', ["'none'"]],
  ];
  return directives.map(([name, values]) => `${name} ${values.join(' ')}`).join('; ');
}

/** Headers on every response of the web app (HSTS apart: see STRICT_TRANSPORT_SECURITY). */
export function securityHeaders(serving: WebServing): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(serving),
    // For browsers that predate frame-ancestors.
    'X-Frame-Options': 'DENY',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}
