// Sign-in buttons for every configured provider, and a sign-up with Apple end to end in the system
// Chromium against the local OpenID Connect provider: Apple answers with a POST from its own page
// (form_post) carrying the name beside the code, and the join page comes prefilled from it. No
// request leaves the machine.
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { startLocalOidcProvider, type LocalOidcProvider } from '@kizuna/testing';
import { useBrowserStack } from './browser-stack';

let oidc: LocalOidcProvider;

beforeAll(async () => {
  oidc = await startLocalOidcProvider({ logFile: resolve(__dirname, '../../.kizuna/test-logs/oidc-provider-social-providers-browser.log') });
}, 60_000);

afterAll(async () => {
  await oidc?.stop();
});

const e2e = useBrowserStack({
  stack: () => ({ oidcProviders: oidc.providersSetting(['line', 'google', 'microsoft', 'apple', 'facebook']) }),
  onlyThisMachine: true,
});
const { newPage } = e2e;

test('the sign-in page offers every configured provider, in English and Japanese', async () => {
  const page = await newPage('en-US');
  await page.goto(`/sign-in?network=${e2e.stack.demo.networkSlug}`);
  for (const [id, name] of [
    ['line', 'LINE'],
    ['google', 'Google'],
    ['microsoft', 'Microsoft'],
    ['apple', 'Apple'],
    ['facebook', 'Facebook'],
  ]) {
    const button = page.getByRole('link', { name: `Continue with ${name}` });
    expect(await button.getAttribute('href')).toBe(`/auth/oidc/${id}/start?network=${e2e.stack.demo.networkSlug}&intent=sign-in`);
    // Each carries its provider's mark.
    expect(await button.locator('svg').count()).toBe(1);
  }

  const japanese = await newPage('ja-JP');
  await japanese.goto(`/sign-in?network=${e2e.stack.demo.networkSlug}`);
  await japanese.getByRole('link', { name: 'Appleで続ける' }).waitFor();
  await japanese.getByRole('link', { name: 'Facebookで続ける' }).waitFor();
});

test('a newcomer signs up with Apple: the answer is POSTed back, name and verified e-mail come prefilled, and they wait for approval', async () => {
  const suffix = randomUUID().slice(0, 8);
  const login = `kumi-${suffix}`;
  const email = `kumi.${suffix}@privaterelay.apple.example`;
  await oidc.setAccount('apple', login, { name: `Kumi Abe${suffix}`, email, email_verified: true });

  const page = await newPage('en-US');
  await page.goto(`/join/${e2e.stack.demo.networkSlug}`);
  const callbacks: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/auth/oidc/apple/callback')) callbacks.push(request.method());
  });
  await page.getByRole('link', { name: 'Continue with Apple' }).click();
  await page.waitForURL((url) => url.origin === oidc.url);
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('any password');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();

  await page.waitForURL((url) => url.pathname === '/join/demo' && url.searchParams.has('signup'));
  expect(callbacks).toEqual(['POST']);
  await page.getByTestId('social-signup').getByText('Signing up with Apple').waitFor();
  expect(await page.getByLabel('Display name', { exact: true }).inputValue()).toBe(`Kumi Abe${suffix}`);
  expect(await page.getByLabel('E-mail', { exact: true }).inputValue()).toBe(email);
  await page.getByText('Verified by Apple').waitFor();
  await page.getByRole('button', { name: 'Apply to join' }).click();
  await page.waitForURL((url) => url.pathname === '/pending');
  await page.getByRole('heading', { name: 'Waiting for approval' }).waitFor();

  const [account] = await e2e.stack.sql(
    `SELECT a.password_hash, a.email_verified_at IS NOT NULL AS verified, l.provider FROM identity.accounts a JOIN identity.linked_logins l ON l.account_id = a.id WHERE a.email = $1`,
    [email],
  );
  expect(account).toEqual({ password_hash: null, verified: true, provider: 'apple' });
});
