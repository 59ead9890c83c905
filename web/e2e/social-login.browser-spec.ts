// Sign-in through LINE (and Google), end to end in the system Chromium against a local OpenID
// Connect provider playing them: a member of two networks links LINE, then continues with LINE on
// another device without naming a network (the buttons reached by keyboard) and chooses the network;
// a newcomer signs up with LINE, fills in the network's question on the join page and waits for
// approval, then signs in with LINE on another device, where LINE, their only way to sign in, cannot
// be unlinked; someone who declines at LINE is told what happened; a member links Google in account
// settings and unlinks it again. No request leaves the machine.
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { startLocalOidcProvider, type LocalOidcProvider } from '@kizuna/testing';
import { useBrowserStack } from './browser-stack';

let oidc: LocalOidcProvider;

beforeAll(async () => {
  oidc = await startLocalOidcProvider({ logFile: resolve(__dirname, '../../.kizuna/test-logs/oidc-provider-social-browser.log') });
}, 60_000);

afterAll(async () => {
  await oidc?.stop();
});

const e2e = useBrowserStack({ stack: () => ({ oidcProviders: oidc.providersSetting() }), onlyThisMachine: true });
const { newPage } = e2e;

/** The local provider's development login form (any login id works), then its consent screen. */
async function signInAtProvider(page: Page, login: string): Promise<void> {
  await page.waitForURL((url) => url.origin === oidc.url);
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('any password');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
}

/** Presses Tab until the link or button named `name` has the focus (at most 20 times); fails otherwise. */
async function tabTo(page: Page, name: string): Promise<void> {
  for (let presses = 0; presses < 20; presses += 1) {
    await page.keyboard.press('Tab');
    // The provider's mark sits inside the button beside its words.
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    if (focused.endsWith(name)) return;
  }
  throw new Error(`${name} cannot be reached with the keyboard`);
}

// First in this file: the registrations here answer no registration question (a later test adds one).
test('a member of two networks continues with LINE, reached by keyboard, without naming a network, and chooses the network', async () => {
  const suffix = randomUUID().slice(0, 8);
  const email = `sora.${suffix}@example.test`;
  const password = `Lantern-${randomUUID()}`;
  const displayName = `Sora Kimura ${suffix}`;
  const { demo } = e2e.stack;
  const corpName = (await e2e.stack.sql<{ name: string }>('SELECT name FROM identity.networks WHERE slug = $1', [demo.otherNetwork.networkSlug]))[0].name;
  for (const network of ['demo', 'otherNetwork'] as const) {
    const { memberId } = await e2e.stack.register({
      email,
      password,
      displayName,
      networkSlug: network === 'demo' ? demo.networkSlug : demo.otherNetwork.networkSlug,
    });
    const approved = await e2e.stack.graphql(
      e2e.stack.serviceUrl('identity'),
      'mutation($input: ApproveMembershipInput!) { approveMembership(input: $input) { errors { code } } }',
      { input: { memberId } },
      await e2e.stack.signInAdmin(network),
    );
    expect(approved.data?.approveMembership.errors).toEqual([]);
  }
  const login = `sora-${suffix}`;
  await oidc.setAccount('line', login, { name: displayName, email: `sora.${suffix}@line.example` });

  // Signed in with the password, the member links LINE in account settings.
  const page = await newPage('en-US');
  await page.goto(`/sign-in?network=${demo.networkSlug}`);
  await page.getByLabel('E-mail', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/');
  await page.goto('/account');
  await page.getByTestId('linked-login-line').getByRole('button', { name: 'Link LINE' }).click();
  await signInAtProvider(page, login);
  await page.getByText('LINE is now linked. You can sign in with it from now on.').waitFor();

  // Another device: the sign-in page, LINE reached with the keyboard alone, then the network by name.
  const later = await newPage('en-US');
  await later.goto('/sign-in');
  await later.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  await tabTo(later, 'Continue with LINE');
  await later.keyboard.press('Enter');
  await signInAtProvider(later, login);
  await later.waitForURL((url) => url.pathname === '/sign-in' && url.searchParams.has('choice'));
  await later.getByRole('heading', { level: 1, name: 'Choose a network' }).waitFor();
  await later.getByRole('list', { name: 'Your networks' }).getByRole('button', { name: corpName }).click();
  await later.waitForURL((url) => url.pathname === '/');
  await later.getByRole('button', { name: `Network: ${corpName}` }).waitFor();
  const [session] = await e2e.stack.sql<{ slug: string }>(
    `SELECT n.slug FROM identity.sessions s JOIN identity.networks n ON n.id = s.network_id JOIN identity.accounts a ON a.id = s.account_id
     WHERE a.email = $1 AND s.revoked_at IS NULL ORDER BY s.created_at DESC LIMIT 1`,
    [email],
  );
  expect(session.slug).toBe(demo.otherNetwork.networkSlug);
});

test('a newcomer signs up with LINE: name and e-mail come prefilled, the network question is asked, and they wait for approval', async () => {
  const suffix = randomUUID().slice(0, 8);
  const login = `kaito-${suffix}`;
  const email = `kaito.${suffix}@line.example`;
  await oidc.setAccount('line', login, { name: `Kaito Nakamura ${suffix}`, email });
  const admin = await e2e.stack.signInAdmin();
  const question = await e2e.stack.graphql(
    e2e.stack.gatewayUrl!,
    'mutation($input: CreateRegistrationQuestionInput!) { createRegistrationQuestion(input: $input) { errors { code message } } }',
    { input: { kind: 'FREE_TEXT', label: `Seminar you belonged to ${suffix}`, required: true } },
    admin,
  );
  expect(question.data?.createRegistrationQuestion.errors).toEqual([]);

  const page = await newPage('en-US');
  await page.goto(`/join/${e2e.stack.demo.networkSlug}`);
  await page.getByRole('link', { name: 'Continue with LINE' }).click();
  await signInAtProvider(page, login);

  await page.waitForURL((url) => url.pathname === '/join/demo' && url.searchParams.has('signup'));
  await page.getByTestId('social-signup').getByText('Signing up with LINE').waitFor();
  expect(await page.getByLabel('Display name', { exact: true }).inputValue()).toBe(`Kaito Nakamura ${suffix}`);
  expect(await page.getByLabel('E-mail', { exact: true }).inputValue()).toBe(email);
  await page.getByText('Verified by LINE').waitFor();
  expect(await page.getByLabel('Password', { exact: true }).count()).toBe(0);

  // The network's own question is still asked: unanswered, it is refused next to the question.
  await page.getByRole('button', { name: 'Apply to join' }).click();
  expect(await e2e.stack.sql('SELECT 1 FROM identity.accounts WHERE email = $1', [email])).toHaveLength(0);
  await page.getByLabel(`Seminar you belonged to ${suffix}`).fill('Prof. Suzuki, information science');
  await page.getByRole('button', { name: 'Apply to join' }).click();
  await page.waitForURL((url) => url.pathname === '/pending');
  await page.getByRole('heading', { name: 'Waiting for approval' }).waitFor();

  const [account] = await e2e.stack.sql(
    `SELECT a.password_hash, l.provider FROM identity.accounts a JOIN identity.linked_logins l ON l.account_id = a.id WHERE a.email = $1`,
    [email],
  );
  expect(account).toEqual({ password_hash: null, provider: 'line' });

  // Later, on another device: "Continue with LINE" on the sign-in page signs them straight in to
  // their only network, no network named.
  const later = await newPage('en-US');
  await later.goto('/sign-in');
  await later.getByRole('link', { name: 'Continue with LINE' }).click();
  await signInAtProvider(later, login);
  await later.waitForURL((url) => url.pathname === '/pending');
  await later.getByRole('heading', { name: 'Waiting for approval' }).waitFor();

  // LINE is their only way to sign in: account settings will not unlink it.
  await later.goto('/account');
  const lineRow = later.getByTestId('linked-login-line');
  await lineRow.getByText(/^Linked on /).waitFor();
  await lineRow.getByRole('button', { name: 'Unlink' }).click();
  await lineRow.getByRole('button', { name: 'Unlink' }).click();
  await later.getByText('LINE is your only way to sign in. Link another service before unlinking it.').waitFor();
  await lineRow.getByText(/^Linked on /).waitFor();
});

test('someone who cancels at LINE is told nothing was shared, in Japanese', async () => {
  const page = await newPage('ja-JP');
  await page.goto(`/sign-in?network=${e2e.stack.demo.networkSlug}`);
  await page.getByRole('link', { name: 'LINEで続ける' }).click();
  await page.waitForURL((url) => url.origin === oidc.url);
  await page.getByRole('link', { name: /Cancel/ }).click();
  await page.waitForURL((url) => url.pathname === '/social-login/error');
  await page.getByText('LINEでキャンセルされたため、絆には何も共有されていません。').waitFor();
  await page.getByRole('link', { name: 'ログイン画面に戻る' }).click();
  await page.waitForURL((url) => url.pathname === '/sign-in');
});

test('a member links Google in account settings, sees it linked, and unlinks it', async () => {
  const suffix = randomUUID().slice(0, 8);
  const page = await newPage('en-US');
  await page.goto(`/sign-in?network=${e2e.stack.demo.networkSlug}`);
  await page.getByLabel('E-mail', { exact: true }).fill('emily.johnson@demo.kizuna.dev');
  await page.getByLabel('Password', { exact: true }).fill(e2e.stack.demo.memberPassword);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/');

  await page.goto('/account');
  const google = page.getByTestId('linked-login-google');
  await google.getByText('Not linked').waitFor();
  await google.getByRole('button', { name: 'Link Google' }).click();
  await signInAtProvider(page, `emily-${suffix}`);

  await page.waitForURL((url) => url.pathname === '/account' && !url.searchParams.has('linkTicket'));
  await page.getByText('Google is now linked. You can sign in with it from now on.').waitFor();
  await google.getByText(/^Linked on /).waitFor();

  await google.getByRole('button', { name: 'Unlink' }).click();
  await google.getByText('Unlink Google? You will no longer be able to sign in with it.').waitFor();
  await google.getByRole('button', { name: 'Unlink' }).click();
  await page.getByText('Google was unlinked.').waitFor();
  await google.getByText('Not linked').waitFor();
});
