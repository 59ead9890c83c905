import compression from 'compression';
import { defineConfig, type Connect, type Plugin, type ProxyOptions } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { securityHeaders } from './security-headers.ts';

// The web client talks to one origin only: /graphql (HTTP and WebSocket) is proxied to the gateway,
// both by the dev server and by `vite preview` (which the browser tests use).
const gatewayUrl = process.env.GATEWAY_URL ?? 'http://localhost:4000';
const proxy: Record<string, ProxyOptions> = {
  '/graphql': { target: gatewayUrl, changeOrigin: true, ws: true },
  // Sign-in through providers (LINE, …): the browser is sent here and back; identity sets cookies.
  '^/auth/': { target: gatewayUrl, changeOrigin: true },
  // Roster uploads and member exports: plain HTTP to the directory, through the gateway.
  '^/(imports|exports)/': { target: gatewayUrl, changeOrigin: true },
  // Profile photos, served by the directory through the gateway.
  '^/media/': { target: gatewayUrl, changeOrigin: true },
};
/** Vite's own rule for which requests a proxy entry takes: `^…` is a pattern, anything else a prefix. */
const isProxied = (url = ''): boolean =>
  Object.keys(proxy).some((context) => (context.startsWith('^') ? new RegExp(context).test(url) : url.startsWith(context)));

/**
 * `vite preview` serves the build as the deploy's nginx does (infra/deploy/nginx.conf), which is what
 * `npm start` and the browser tests use: compressed (brotli or gzip), hashed assets cached for good,
 * and everything else revalidated, or a deploy would never reach an installed app. Proxied API
 * responses are left as the gateway sends them (streamed exports, WebSocket upgrades).
 */
function productionServing(): Plugin {
  return {
    name: 'kizuna:production-serving',
    configurePreviewServer(server) {
      const compress = compression({ filter: (req, res) => !isProxied(req.url) && compression.filter(req, res) });
      // Plain Node middleware, though its types speak of Express.
      server.middlewares.use(compress as unknown as Connect.NextHandleFunction);
      server.middlewares.use((req, res, next) => {
        if (!isProxied(req.url)) res.setHeader('Cache-Control', req.url?.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
        next();
      });
    },
  };
}

const port = (fallback: number): number => {
  const value = Number(process.env.WEB_PORT);
  return Number.isInteger(value) && value > 0 ? value : fallback;
};
const host = process.env.WEB_HOST || undefined;

export default defineConfig(({ command }) => {
  // Jest runs with NODE_ENV=test and the test harness builds the client from inside it: a build
  // under test is still a production build (React's development build is slower and noisier).
  if (command === 'build' && process.env.NODE_ENV === 'test') process.env.NODE_ENV = 'production';

  return {
    plugins: [
      react(),
      productionServing(),
      VitePWA({
        registerType: 'autoUpdate',
        injectRegister: 'script-defer',
        includeAssets: ['favicon.svg', 'icons/apple-touch-icon.png'],
        manifest: {
          id: '/',
          name: '絆 Kizuna',
          short_name: 'Kizuna',
          description: 'Kizuna: the alumni network of your school or company',
          lang: 'ja',
          start_url: '/',
          scope: '/',
          display: 'standalone',
          orientation: 'any',
          background_color: '#ffffff',
          theme_color: '#364fc7',
          icons: [
            { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
            { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
            { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
            { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
          ],
        },
        workbox: {
          // Only what the offline page needs: the app itself needs the network anyway, and precaching
          // every chunk would download the admin screens to every member's phone.
          globPatterns: ['offline.{html,js}'],
          // Every page navigation goes to the network (started while the worker wakes up); without
          // one, the offline page in the user's language instead of the browser's error. Sign-in
          // redirects and files (/auth/, /media/, …) are left to the browser.
          navigateFallback: null,
          navigationPreload: true,
          runtimeCaching: [
            {
              urlPattern: ({ request, url }) => request.mode === 'navigate' && !/^\/(graphql|auth|media|imports|exports)(\/|$)/.test(url.pathname),
              handler: 'NetworkOnly',
              options: { precacheFallback: { fallbackURL: '/offline.html' } },
            },
          ],
          cleanupOutdatedCaches: true,
          // A new worker takes over at once, and the first visit is already controlled (offline page
          // included): it caches nothing a page could mix with the files of another version.
          skipWaiting: true,
          clientsClaim: true,
        },
      }),
    ],
    server: { host, port: port(5173), strictPort: true, proxy, headers: securityHeaders('dev') },
    preview: { host, port: port(4173), strictPort: true, proxy, headers: securityHeaders('production') },
    build: {
      sourcemap: true,
      rolldownOptions: {
        output: {
          // Libraries change less often than the app: cache them apart.
          codeSplitting: {
            groups: [
              { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/ },
              { name: 'mantine', test: /node_modules[\\/]@mantine[\\/]/ },
              { name: 'vendor', test: /node_modules[\\/]/ },
            ],
          },
        },
      },
    },
  };
});
