// The web app's security headers, end to end in the system Chromium against the built client that
// `vite preview` serves: every page carries them, a page of another site that frames the app gets
// nothing, and the main pages, signed out and signed in as an admin, work under the policy without
// a single violation. The deploy's nginx sends the same headers (its file is compared here).
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { securityHeaders } from '../security-headers';
import { useBrowserStack } from './browser-stack';

const e2e = useBrowserStack();

/** Every CSP violation a page reports, by event and by console message. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const messages: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) messages.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return async () => [...messages, ...(await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []))];
}

test('every response of the app carries the security headers, the same as the deploy nginx sends', async () => {
  const expected = securityHeaders('production');
  for (const path of ['/', '/sign-in', '/admin/members', '/registerSW.js', '/manifest.webmanifest']) {
    const response = await fetch(new URL(path, e2e.webUrl));
    const actual = Object.fromEntries(Object.keys(expected).map((name) => [name, response.headers.get(name)]));
    expect({ path, ...actual }).toEqual({ path, ...expected });
  }
  expect(expected['Content-Security-Policy']).toMatch(/script-src 'self';/);

  const nginx = readFileSync(resolve(__dirname, '../../infra/deploy/security-headers.conf'), 'utf8');
  const fromNginx = Object.fromEntries([...nginx.matchAll(/^add_header (\S+) "([^"]*)" always;$/gm)].map((match) => [match[1], match[2]]));
  expect(fromNginx).toEqual(expected);
  const site = readFileSync(resolve(__dirname, '../../infra/deploy/nginx.conf'), 'utf8');
  // nginx drops the server's headers in a location that adds its own: each such location includes them.
  const locationsWithHeaders = site
    .split(/\n\s*location /)
    .slice(1)
    .filter((block) => /add_header/.test(block.split(/\n\s*}\n/)[0]));
  for (const block of locationsWithHeaders) expect(block).toContain('include /etc/nginx/snippets/security-headers.conf;');
});

test('a page of another site that frames the app gets nothing of it', async () => {
  const framing = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><title>Not Kizuna</title><iframe id="victim" src="${e2e.webUrl}/admin/members" width="800" height="600"></iframe>`);
  });
  await new Promise<void>((done) => framing.listen(0, '127.0.0.1', done));
  try {
    const page = await e2e.newPage();
    const refusals: string[] = [];
    page.on('console', (message) => {
      if (/frame-ancestors|Refused to (display|frame)/i.test(message.text())) refusals.push(message.text());
    });
    await page.goto(`http://127.0.0.1:${(framing.address() as AddressInfo).port}/`);
    await page.locator('#victim').waitFor();
    await e2e.stack.waitFor(async () => refusals.length > 0, 10_000);
    const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
    // The blocked frame holds the browser's error page, never the app's root or a sign-in form.
    const appRendered = frame ? await frame.evaluate(() => !!document.querySelector('#root')).catch(() => false) : false;
    expect(appRendered).toBe(false);
    expect(refusals.join('\n')).toMatch(/frame-ancestors 'none'/);
  } finally {
    await new Promise((done) => framing.close(done));
  }
});

test('the main pages, signed out and signed in as an admin, raise no CSP violation', async () => {
  const page = await e2e.newPage();
  const violations = await watchViolations(page);

  await page.goto(`/sign-in?network=${encodeURIComponent(e2e.stack.demo.networkSlug)}`);
  await page.getByLabel('E-mail', { exact: true }).fill(e2e.stack.demo.admin.email);
  await page.getByLabel('Password', { exact: true }).fill(e2e.stack.demo.admin.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL((url) => url.pathname !== '/sign-in');

  const visited: Record<string, string[]> = {};
  for (const path of [
    '/',
    '/directory',
    '/messages',
    '/rooms',
    '/profile',
    '/account',
    '/admin/approvals',
    '/admin/members',
    '/admin/import',
    '/admin/segments',
    '/admin/bulk-messages',
  ]) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    // The page rendered (signed in: not sent back to the sign-in page).
    await page.locator('#root main').first().waitFor();
    expect(new URL(page.url()).pathname).toBe(path);
    visited[path] = await violations();
  }
  expect(visited).toEqual(Object.fromEntries(Object.keys(visited).map((path) => [path, []])));
});
