import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { brotliCompressSync, constants as zlib } from 'node:zlib';
import compression from 'compression';
import { defineConfig, type Connect, type Plugin, type ProxyOptions } from 'vite';
import react from '@vitejs/plugin-react';
import babel from '@rolldown/plugin-babel';
import { babelOptimizerPlugin } from '@graphql-codegen/client-preset';
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

/** Hashed build output worth compressing ahead, with its content type. */
const PRECOMPRESSED_TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };
const precompressedType = (file: string): string | undefined => PRECOMPRESSED_TYPES[file.slice(file.lastIndexOf('.'))];

/**
 * Writes a `.br` beside every script, stylesheet and image of the build, at brotli's highest level:
 * too slow to do per request, done once per build, and about a sixth smaller than gzip.
 */
function precompressedAssets(): Plugin {
  let assetsDir = '';
  return {
    name: 'kizuna:precompressed-assets',
    apply: 'build',
    configResolved(config) {
      assetsDir = resolve(config.root, config.build.outDir, config.build.assetsDir);
    },
    closeBundle() {
      for (const file of readdirSync(assetsDir).filter((name) => precompressedType(name))) {
        const content = readFileSync(join(assetsDir, file));
        const compressed = brotliCompressSync(content, {
          params: { [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY, [zlib.BROTLI_PARAM_SIZE_HINT]: content.length },
        });
        writeFileSync(join(assetsDir, `${file}.br`), compressed);
      }
    },
  };
}

/**
 * `vite preview` serves the build as a production server should, which is what `npm start` and the
 * browser tests use: hashed assets cached for good (their `.br` when the browser takes brotli),
 * everything else revalidated, or a deploy would never reach an installed app, and compressed on the
 * fly (brotli or gzip) where nothing was compressed ahead. Proxied API responses are left as the
 * gateway sends them (streamed exports, WebSocket upgrades).
 */
function productionServing(): Plugin {
  let assetsDir = '';
  return {
    name: 'kizuna:production-serving',
    configResolved(config) {
      assetsDir = resolve(config.root, config.build.outDir, config.build.assetsDir);
    },
    configurePreviewServer(server) {
      const compress = compression({ filter: (req, res) => !isProxied(req.url) && compression.filter(req, res) });
      // Plain Node middleware, though its types speak of Express.
      server.middlewares.use(compress as unknown as Connect.NextHandleFunction);
      server.middlewares.use((req, res, next) => {
        if (isProxied(req.url)) return next();
        const path = (req.url ?? '').split('?')[0]!;
        if (!path.startsWith('/assets/')) {
          res.setHeader('Cache-Control', 'no-cache');
          return next();
        }
        res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
        const type = precompressedType(path);
        if (type && /\bbr\b/.test(String(req.headers['accept-encoding'] ?? '')) && existsSync(join(assetsDir, `${basename(path)}.br`))) {
          res.setHeader('Content-Type', type);
          res.setHeader('Content-Encoding', 'br');
          res.setHeader('Vary', [res.getHeader('Vary'), 'Accept-Encoding'].filter(Boolean).join(', '));
          req.url = `${path}.br`;
        }
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
      // Each graphql(`…`) call becomes an import of its generated document, so a page's chunk holds
      // only the documents it uses (the generated lookup table holds every document of the app).
      babel({
        include: /[\\/]src[\\/].*\.tsx?$/,
        exclude: /[\\/](node_modules|graphql)[\\/]/,
        sourceMap: true,
        plugins: [[babelOptimizerPlugin, { artifactDirectory: resolve(import.meta.dirname, 'src/graphql'), gqlTagName: 'graphql' }]],
      }),
      precompressedAssets(),
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
          // React changes less often than the app and every page needs it: cached apart. Every other
          // library is split with the pages that use it (a group for all of them would put the admin
          // screens' components into every member's first load).
          codeSplitting: {
            groups: [{ name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/ }],
          },
        },
      },
    },
  };
});
