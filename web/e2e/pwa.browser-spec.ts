// The installable app, end to end in the system Chromium against the production build as `npm start`
// and the tests serve it: the manifest and its icons answer, the service worker takes control of the
// page, Chromium finds the app installable, files arrive compressed (hashed ones cacheable for good,
// the shell, worker and manifest revalidated), and without network a page opens as the offline page
// in the user's language instead of the browser's error.
import type { BrowserContext, Page, Response } from 'playwright-core';
import { useBrowserStack } from './browser-stack';

// Unlike the other browser tests, these are about the service worker: let it run.
const e2e = useBrowserStack({ context: { serviceWorkers: 'allow' } });

/** Opens `path` and waits until the service worker controls the page (it claims open pages on activation). */
async function openControlled(context: BrowserContext, path = '/'): Promise<Page> {
  const page = await context.newPage();
  await page.goto(path);
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated');
  return page;
}

test('the manifest and its icons answer, the service worker controls the page and Chromium finds the app installable', async () => {
  const manifestResponse = await fetch(new URL('/manifest.webmanifest', e2e.webUrl));
  expect(manifestResponse.status).toBe(200);
  expect(manifestResponse.headers.get('content-type')).toMatch(/^application\/manifest\+json/);
  const manifest = (await manifestResponse.json()) as {
    name: string;
    start_url: string;
    display: string;
    icons: { src: string; sizes: string; type: string }[];
  };
  expect(manifest).toMatchObject({ name: '絆 Kizuna', start_url: '/', display: 'standalone' });
  expect(manifest.icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  for (const icon of manifest.icons) {
    const response = await fetch(new URL(icon.src, e2e.webUrl));
    expect({ src: icon.src, status: response.status, type: response.headers.get('content-type') }).toEqual({ src: icon.src, status: 200, type: icon.type });
  }

  const context = await e2e.newContext();
  const page = await openControlled(context);
  expect(await page.evaluate(() => document.querySelector('link[rel="manifest"]')?.getAttribute('href'))).toBe('/manifest.webmanifest');
  const devtools = await context.newCDPSession(page);
  const { installabilityErrors } = (await devtools.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
  // The test's browser contexts are incognito profiles, where Chromium never offers to install
  // (`in-incognito`); every other installability criterion must hold.
  expect(installabilityErrors.filter((error) => error.errorId !== 'in-incognito')).toEqual([]);
});

test('files arrive compressed; hashed assets are cacheable for a year, the page, worker and manifest are revalidated', async () => {
  const page = await e2e.newPage();
  const responses: Response[] = [];
  page.on('response', (response) => responses.push(response));
  await page.goto('/sign-in');
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();

  const assets = responses.filter((response) => new URL(response.url()).pathname.startsWith('/assets/'));
  expect(assets.some((response) => response.request().resourceType() === 'script')).toBe(true);
  for (const asset of assets) {
    const headers = await asset.allHeaders();
    expect({ url: asset.url(), cache: headers['cache-control'] }).toEqual({ url: asset.url(), cache: 'public, max-age=31536000, immutable' });
    // Below 1 KB compressing costs more than it saves.
    if ((await asset.body()).length >= 1024)
      expect({ url: asset.url(), encoding: headers['content-encoding'] }).toEqual({ url: asset.url(), encoding: expect.stringMatching(/^(br|gzip)$/) });
  }
  const documentHeaders = await responses.find((response) => response.request().resourceType() === 'document')!.allHeaders();
  expect(documentHeaders).toMatchObject({ 'content-encoding': expect.stringMatching(/^(br|gzip)$/), 'cache-control': 'no-cache' });
  for (const path of ['/sw.js', '/registerSW.js', '/manifest.webmanifest', '/offline.html']) {
    const response = await fetch(new URL(path, e2e.webUrl));
    expect({ path, cache: response.headers.get('cache-control') }).toEqual({ path, cache: 'no-cache' });
  }
});

test.each([
  ['ja-JP', 'オフラインです', 'You are offline', '再読み込み'],
  ['en-US', 'You are offline', 'オフラインです', 'Try again'],
])(
  'without network, in %s, a reload and a new page show the offline page in that language; back online, the app',
  async (locale, heading, otherHeading, retry) => {
    const context = await e2e.newContext(locale);
    const page = await openControlled(context, '/sign-in');

    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    expect(await page.getByRole('heading', { name: otherHeading }).isVisible()).toBe(false);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale.slice(0, 2));

    await page.goto('/directory');
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/directory');

    expect(await page.getByRole('link', { name: retry }).isVisible()).toBe(true);
    // Back online, the offline page reloads by itself: the app again, whose directory asks a
    // signed-out visitor to sign in.
    await context.setOffline(false);
    await page.waitForURL((url) => url.pathname === '/sign-in');
    expect(await page.getByRole('heading', { name: heading }).count()).toBe(0);
  },
);
