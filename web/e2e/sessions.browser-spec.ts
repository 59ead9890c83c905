// Sessions, end to end in the system Chromium against the whole stack: a member stays signed in
// across reloads through the httpOnly refresh cookie (the access token is kept in memory only),
// two tabs reloading at once do not trip the reuse detection, signing out everywhere from a second
// browser ends the first one, and a member of two networks switches between them in the header.
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { useBrowserStack } from './browser-stack';

const PASSWORD = `Lantern-${randomUUID()}`;

const e2e = useBrowserStack();
const { newContext } = e2e;

/** An approved member of a network, registered and approved through the API. */
async function approvedMember(
  name: string,
  email = `${name.toLowerCase().replace(/\W+/g, '.')}.${randomUUID().slice(0, 8)}@example.test`,
  network: 'demo' | 'otherNetwork' = 'demo',
) {
  const networkSlug = network === 'demo' ? e2e.stack.demo.networkSlug : e2e.stack.demo.otherNetwork.networkSlug;
  const { memberId } = await e2e.stack.register({ email, password: PASSWORD, displayName: name, networkSlug });
  const approved = await e2e.stack.graphql(
    e2e.stack.serviceUrl('identity'),
    'mutation($input: ApproveMembershipInput!) { approveMembership(input: $input) { errors { code } } }',
    { input: { memberId } },
    await e2e.stack.signInAdmin(network),
  );
  expect(approved.data?.approveMembership.errors).toEqual([]);
  return { email, displayName: name };
}

async function signIn(page: Page, email: string, networkSlug = e2e.stack.demo.networkSlug): Promise<void> {
  await page.goto(`/sign-in?network=${encodeURIComponent(networkSlug)}`);
  await page.getByLabel('E-mail', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname === '/');
}

test('a member stays signed in across reloads through the httpOnly cookie, with no token in storage', async () => {
  const suffix = randomUUID().slice(0, 8);
  const member = await approvedMember(`Reiko Reload ${suffix}`);
  const context = await newContext();
  // A clock of our own: later the test moves both tabs to the moment their tokens are due for renewal.
  await context.clock.install();
  const page = await context.newPage();
  await signIn(page, member.email);
  await page.getByRole('heading', { level: 1, name: `Welcome, ${member.displayName}` }).waitFor();

  const [cookie] = (await context.cookies()).filter((c) => c.name === 'kizuna_refresh');
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/graphql' });
  expect(await page.evaluate(() => document.cookie)).not.toContain('kizuna_refresh');
  expect(await page.evaluate(() => JSON.stringify({ ...localStorage }))).not.toMatch(/eyJ/);

  await page.reload();
  await page.getByRole('heading', { level: 1, name: `Welcome, ${member.displayName}` }).waitFor();
  // The reload rotated the refresh token.
  const [rotated] = (await context.cookies()).filter((c) => c.name === 'kizuna_refresh');
  expect(rotated.value).not.toBe(cookie.value);

  // Two tabs whose access tokens are due for renewal at the same moment take turns: neither presents
  // a refresh token the other already used (which would end the session), and both stay signed in.
  const second = await context.newPage();
  await second.goto('/');
  await second.getByRole('heading', { level: 1, name: `Welcome, ${member.displayName}` }).waitFor();
  const refreshes: string[] = [];
  context.on('request', (request) => {
    if (request.url().endsWith('/graphql') && request.postData()?.includes('refreshSession')) refreshes.push(request.url());
  });
  await Promise.all([page.clock.fastForward('14:30'), second.clock.fastForward('14:30')]);
  await e2e.stack.waitFor(async () => refreshes.length >= 2);
  await page.waitForTimeout(1000);
  const ended = await e2e.stack.sql(
    "SELECT revoked_reason FROM identity.sessions s JOIN identity.accounts a ON a.id = s.account_id WHERE a.email = $1 AND s.revoked_at IS NOT NULL AND s.revoked_reason <> 'signed-out'",
    [member.email],
  );
  expect(ended).toEqual([]);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: `Welcome, ${member.displayName}` }).waitFor();
  await second.getByRole('heading', { level: 1, name: `Welcome, ${member.displayName}` }).waitFor();

  // Signing out in one tab signs the other out too, and the cookie is gone.
  await second.getByRole('button', { name: 'Sign out' }).click();
  await second.waitForURL((url) => url.pathname === '/sign-in');
  await page.waitForURL((url) => url.pathname === '/sign-in');
  await page.reload();
  await page.getByRole('button', { name: 'Sign in' }).waitFor();
  expect((await context.cookies()).filter((c) => c.name === 'kizuna_refresh')).toEqual([]);
});

test('signing out of all other devices from a second browser ends the first one', async () => {
  const suffix = randomUUID().slice(0, 8);
  const member = await approvedMember(`Ken Kitchen ${suffix}`);
  const laptop = await (await newContext()).newPage();
  await signIn(laptop, member.email);
  const phoneContext = await newContext('ja-JP', {
    viewport: { width: 390, height: 844 },
    userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  });
  const phone = await phoneContext.newPage();
  await phone.goto(`/sign-in?network=${encodeURIComponent(e2e.stack.demo.networkSlug)}`);
  await phone.getByLabel('メールアドレス', { exact: true }).fill(member.email);
  await phone.getByLabel('パスワード', { exact: true }).fill(PASSWORD);
  await phone.getByRole('button', { name: 'ログイン' }).click();
  await phone.waitForURL((url) => url.pathname === '/');

  // The phone lists every device (the registration's too), itself marked, in Japanese.
  await phone.goto('/account');
  const devices = phone.getByRole('list', { name: 'ログイン中のデバイス' });
  await devices.getByText('iOS の Safari 17').waitFor();
  await devices.locator('[data-current="true"]').getByText('このデバイス', { exact: true }).waitFor();
  expect(await devices.getByRole('listitem').count()).toBe(3);

  await phone.getByRole('button', { name: '他のすべてのデバイスからログアウト' }).click();
  const dialog = phone.getByRole('dialog', { name: '他のすべてのデバイスからログアウトしますか?' });
  await dialog.getByRole('button', { name: '他のデバイスからログアウト' }).click();
  await phone.getByText('他の 2 台のデバイスをログアウトしました。').waitFor();
  await devices.getByRole('listitem').nth(1).waitFor({ state: 'detached' });
  expect(await devices.getByRole('listitem').count()).toBe(1);
  await phone.getByText('ログインしているのはこのデバイスだけです。').waitFor();

  // The laptop's refresh is refused: on its next load it is signed out; the phone is not.
  await laptop.reload();
  await laptop.waitForURL((url) => url.pathname === '/sign-in');
  await laptop.getByRole('button', { name: 'Sign in' }).waitFor();
  await phone.reload();
  await phone.getByRole('list', { name: 'ログイン中のデバイス' }).waitFor();
});

test('a member of two networks switches network in the header, and a reload stays there', async () => {
  const suffix = randomUUID().slice(0, 8);
  const member = await approvedMember(`Nao Networks ${suffix}`);
  await approvedMember(`Nao Networks ${suffix}`, member.email, 'otherNetwork');
  const [demoName, corpName] = await Promise.all(
    [e2e.stack.demo.networkSlug, e2e.stack.demo.otherNetwork.networkSlug].map(
      async (slug) => (await e2e.stack.sql<{ name: string }>('SELECT name FROM identity.networks WHERE slug = $1', [slug]))[0].name,
    ),
  );

  const page = await (await newContext()).newPage();
  await signIn(page, member.email);
  const switcher = page.getByRole('button', { name: `Network: ${demoName}` });
  await switcher.click();
  await page.getByRole('menuitem', { name: corpName }).click();
  await page.getByRole('button', { name: `Network: ${corpName}` }).waitFor();

  await page.reload();
  await page.getByRole('button', { name: `Network: ${corpName}` }).waitFor();
  await page.goto('/account');
  const networks = page.getByRole('list', { name: 'Your networks' });
  await networks.getByRole('listitem').filter({ hasText: corpName }).getByText('Current').waitFor();
  await networks.getByRole('button', { name: `Switch to ${demoName}` }).click();
  await page.waitForURL((url) => url.pathname === '/');
  await page.getByRole('button', { name: `Network: ${demoName}` }).waitFor();
});

/** The name of a network, as its members see it. */
async function networkName(slug: string): Promise<string> {
  return (await e2e.stack.sql<{ name: string }>('SELECT name FROM identity.networks WHERE slug = $1', [slug]))[0].name;
}

async function fillSignIn(page: Page, email: string): Promise<void> {
  await page.getByLabel('E-mail', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

test('a member of one network signs in with e-mail and password alone, without knowing any network id', async () => {
  const suffix = randomUUID().slice(0, 8);
  const member = await approvedMember(`Ichika Only ${suffix}`);
  const page = await (await newContext()).newPage();
  await page.goto('/sign-in');
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  // Nothing to type but the e-mail address and the password.
  expect(await page.locator('form label').allTextContents()).toEqual(['E-mail', 'Password']);
  await fillSignIn(page, member.email);
  await page.waitForURL((url) => url.pathname === '/');
  await page.getByRole('heading', { level: 1, name: `Welcome, ${member.displayName}` }).waitFor();
});

/** Waits for `text`; when it does not come, fails with what the page shows instead and the network this device remembers. */
async function showsText(page: Page, text: string): Promise<void> {
  try {
    await page.getByText(text).waitFor();
  } catch (error) {
    const shown = await page
      .locator('main')
      .innerText()
      .catch(() => '(no main)');
    const remembered = await page.evaluate(() => localStorage.getItem('kizuna.networkSlug')).catch(() => '(unreadable)');
    throw new Error(`"${text}" never showed at ${page.url()} (remembered network: ${remembered}); the page showed: ${shown.slice(0, 600)}`, { cause: error });
  }
}

test('a member of two networks chooses one by name; this device then goes there directly, and another can be chosen', async () => {
  const suffix = randomUUID().slice(0, 8);
  const member = await approvedMember(`Futaba Both ${suffix}`);
  await approvedMember(`Futaba Both ${suffix}`, member.email, 'otherNetwork');
  const [demoName, corpName] = await Promise.all([networkName(e2e.stack.demo.networkSlug), networkName(e2e.stack.demo.otherNetwork.networkSlug)]);
  const context = await newContext();
  const page = await context.newPage();

  await page.goto('/sign-in');
  await fillSignIn(page, member.email);
  await page.getByRole('heading', { level: 1, name: 'Choose a network' }).waitFor();
  const choices = page.getByRole('list', { name: 'Your networks' });
  expect(await choices.getByRole('button').allTextContents()).toEqual([`${corpName}Member`, `${demoName}Member`].sort());
  await choices.getByRole('button', { name: corpName }).click();
  await page.waitForURL((url) => url.pathname === '/');
  await page.getByRole('button', { name: `Network: ${corpName}` }).waitFor();

  // Signed out, the next sign-in on this device goes to that network without asking, and says so.
  const signedOut = page.waitForResponse((response) => response.request().postData()?.includes('mutation SignOut') ?? false);
  await page.getByRole('button', { name: 'Sign out' }).first().click();
  await page.waitForURL((url) => url.pathname === '/sign-in');
  // The server has ended the session before this device opens the sign-in page afresh.
  await signedOut;
  await page.goto('/sign-in');
  await showsText(page, `You will sign in to ${corpName}, the network you used last on this device.`);
  await fillSignIn(page, member.email);
  await page.waitForURL((url) => url.pathname === '/');
  await page.getByRole('button', { name: `Network: ${corpName}` }).waitFor();

  // "Choose another network" asks again, with the last one marked.
  const signedOutAgain = page.waitForResponse((response) => response.request().postData()?.includes('mutation SignOut') ?? false);
  await page.getByRole('button', { name: 'Sign out' }).first().click();
  await page.waitForURL((url) => url.pathname === '/sign-in');
  await signedOutAgain;
  await page.goto('/sign-in');
  await showsText(page, `You will sign in to ${corpName}, the network you used last on this device.`);
  await page.getByRole('button', { name: 'Choose another network' }).click();
  await fillSignIn(page, member.email);
  await page.getByRole('heading', { level: 1, name: 'Choose a network' }).waitFor();
  await page.getByRole('button', { name: demoName }).click();
  await page.waitForURL((url) => url.pathname === '/');
  await page.getByRole('button', { name: `Network: ${demoName}` }).waitFor();
});

test('signing in from a network’s join page keeps that network, even for a member of several', async () => {
  const suffix = randomUUID().slice(0, 8);
  const member = await approvedMember(`Mio Joinlink ${suffix}`);
  await approvedMember(`Mio Joinlink ${suffix}`, member.email, 'otherNetwork');
  const corpName = await networkName(e2e.stack.demo.otherNetwork.networkSlug);
  const page = await (await newContext()).newPage();
  await page.goto(`/join/${e2e.stack.demo.otherNetwork.networkSlug}`);
  await page.getByRole('link', { name: 'Sign in' }).first().click();
  await page.waitForURL((url) => url.pathname === '/sign-in' && url.searchParams.get('network') === e2e.stack.demo.otherNetwork.networkSlug);
  await page.getByText(`Signing in to ${corpName}`).waitFor();
  await fillSignIn(page, member.email);
  await page.waitForURL((url) => url.pathname === '/');
  await page.getByRole('button', { name: `Network: ${corpName}` }).waitFor();
});
