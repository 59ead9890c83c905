import { defineConfig, type ProxyOptions } from 'vite';
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
          globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
          navigateFallback: '/index.html',
          // The API is never served from the cache, and never answered with the app shell.
          navigateFallbackDenylist: [/^\/graphql/, /^\/auth\//, /^\/media\//],
          cleanupOutdatedCaches: true,
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
