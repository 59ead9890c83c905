// A person's data download and account deletion, end to end in the system Chromium against the
// whole stack: an applicant (pending in one network, a member of another) saves one JSON file with
// every service's part of their data, then deletes their account with a typed confirmation and is
// signed out; every service erases what it held; the only owner of a network is told to hand over first.
import { readFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { claimsOf } from '@kizuna/testing';
import { useBrowserStack } from './browser-stack';

const PASSWORD = `Paper-lantern-${randomUUID()}`;

const e2e = useBrowserStack({ context: { viewport: { width: 1280, height: 900 }, acceptDownloads: true } });
const { newPage } = e2e;

async function signIn(page: Page, email: string, password: string, labels = { email: 'E-mail', password: 'Password', submit: 'Sign in' }) {
  await page.goto(`/sign-in?network=${encodeURIComponent(e2e.stack.demo.networkSlug)}`);
  await page.getByLabel(labels.email, { exact: true }).fill(email);
  await page.getByLabel(labels.password, { exact: true }).fill(password);
  await page.getByRole('button', { name: labels.submit }).click();
  await page.waitForURL((url) => url.pathname !== '/sign-in');
}

test('an applicant downloads their data from every service, then deletes their account and is signed out', async () => {
  const email = `sakura.${randomUUID().slice(0, 8)}@example.test`;
  const demo = await e2e.stack.register({ email, password: PASSWORD, displayName: '桜井 さくら' });
  const corp = await e2e.stack.register({ email, password: PASSWORD, displayName: 'Sakura Sakurai', networkSlug: e2e.stack.demo.otherNetwork.networkSlug });
  const approved = await e2e.stack.graphql(
    e2e.stack.serviceUrl('identity'),
    'mutation($input: ApproveMembershipInput!) { approveMembership(input: $input) { errors { code } } }',
    { input: { memberId: corp.memberId, message: 'Welcome aboard' } },
    await e2e.stack.signInAdmin('otherNetwork'),
  );
  expect(approved.data?.approveMembership.errors).toEqual([]);
  const memberIds = [demo.memberId, corp.memberId];
  const profiles = () => e2e.stack.sql('SELECT membership_id FROM directory.profiles WHERE membership_id = ANY($1::uuid[])', [memberIds]);
  const notifications = () => e2e.stack.sql('SELECT id FROM notification.notifications WHERE recipient_membership_id = ANY($1::uuid[])', [memberIds]);
  await e2e.stack.waitFor(async () => (await profiles()).length === 2 && (await notifications()).length === 1);

  const page = await newPage();
  await signIn(page, email, PASSWORD);
  // Pending in demo: the applicant's screen still leads to their account settings.
  await page.waitForURL((url) => url.pathname === '/pending');
  await page.getByRole('link', { name: 'Account', exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/account');
  const section = page.getByRole('region', { name: 'Your data' });

  const [download] = await Promise.all([page.waitForEvent('download'), section.getByRole('button', { name: 'Download my data' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^kizuna-my-data-\d{4}-\d{2}-\d{2}\.json$/);
  const file = JSON.parse(await readFile((await download.path())!, 'utf8'));
  expect(file).toMatchObject({ format: 'kizuna-personal-data/1', accountId: claimsOf(demo.token).sub });
  expect(file.identity.account.email).toBe(email);
  expect(file.identity.memberships.map((m: { network: { slug: string }; status: string }) => [m.network.slug, m.status])).toEqual([
    ['demo', 'pending'],
    ['kizuna-corp', 'approved'],
  ]);
  expect(file.directory.profiles.map((p: { displayName: string }) => p.displayName).sort()).toEqual(['Sakura Sakurai', '桜井 さくら']);
  expect(file.notification.notifications.map((n: { body: string }) => n.body)).toEqual(['Welcome aboard']);
  for (const part of ['messaging', 'content', 'recruitment']) expect(file[part]).toEqual(expect.any(Object));
  expect(JSON.stringify(file)).not.toMatch(/\$argon2|password_hash|token_hash/);
  await section.getByRole('status').filter({ hasText: download.suggestedFilename() }).waitFor();

  // Deleting asks for the password and the typed word; a wrong password is said so and deletes nothing.
  await section.getByRole('button', { name: 'Delete my account…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete your account?' });
  const confirm = dialog.getByRole('button', { name: 'Delete my account for good' });
  await dialog.getByLabel('Your password').fill('not my password');
  await dialog.getByLabel('Type DELETE to confirm').fill('delete');
  expect(await confirm.isDisabled()).toBe(true);
  await dialog.getByLabel('Type DELETE to confirm').fill('DELETE');
  await confirm.click();
  await dialog.getByText('The password is not correct.').waitFor();
  expect(await profiles()).toHaveLength(2);

  await dialog.getByLabel('Your password').fill(PASSWORD);
  await confirm.click();
  await page.waitForURL((url) => url.pathname === '/account-deleted');
  await page.getByRole('heading', { name: 'Your account has been deleted' }).waitFor();

  // Signed out here, and for good: the account pages send to sign-in, and the password opens nothing.
  await page.goto('/account');
  await page.waitForURL((url) => url.pathname === '/sign-in');
  await page.getByLabel('E-mail', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('alert').waitFor();
  expect(new URL(page.url()).pathname).toBe('/sign-in');

  // Every service forgot them.
  await e2e.stack.waitFor(async () => (await profiles()).length === 0 && (await notifications()).length === 0);
  expect(await e2e.stack.sql('SELECT id FROM identity.accounts WHERE email = $1', [email])).toEqual([]);
});

test('the only owner of a network is told, in Japanese, to hand over ownership before deleting', async () => {
  const page = await newPage('ja-JP');
  await signIn(page, e2e.stack.demo.admin.email, e2e.stack.demo.admin.password, { email: 'メールアドレス', password: 'パスワード', submit: 'ログイン' });
  await page.goto('/account');
  const section = page.getByRole('region', { name: 'あなたのデータ' });
  await section.getByRole('button', { name: 'アカウントを削除…' }).click();
  const dialog = page.getByRole('dialog', { name: 'アカウントを削除しますか？' });
  await dialog.getByLabel('パスワード').fill(e2e.stack.demo.admin.password);
  await dialog.getByLabel('確認のため DELETE と入力してください').fill('DELETE');
  await dialog.getByRole('button', { name: 'アカウントを完全に削除' }).click();
  await dialog.getByRole('alert').filter({ hasText: '唯一のオーナー' }).waitFor();
  await dialog.getByRole('button', { name: '削除しない' }).click();
  expect(new URL(page.url()).pathname).toBe('/account');
  expect(await e2e.stack.sql('SELECT id FROM identity.accounts WHERE email = $1', [e2e.stack.demo.admin.email])).toHaveLength(1);
});
