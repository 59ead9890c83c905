// Onboarding, end to end in the system Chromium against the whole stack: a person applies on a
// network's registration page, an administrator approves them in another browser, and the
// applicant's open page follows live (badge, then home page) without a reload; administrators also
// reject applicants, the selected ones at once or one by one, with a message.
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { useBrowserStack } from './browser-stack';

const LIVE_TIMEOUT = 60_000;

const e2e = useBrowserStack();
const { newPage } = e2e;

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto(`/sign-in?network=${encodeURIComponent(e2e.stack.demo.networkSlug)}`);
  await page.getByLabel('E-mail', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

test('an applicant registers, is approved by an admin and reaches the home page live', async () => {
  const suffix = randomUUID().slice(0, 8);
  const displayName = `Aiko Applicant ${suffix}`;
  const email = `aiko.${suffix}@example.test`;

  // A: the applicant opens the network's registration page and applies.
  const applicant = await newPage('en-US');
  await applicant.goto(`/join/${e2e.stack.demo.networkSlug}`);
  await applicant.getByRole('heading', { level: 1, name: /^Join / }).waitFor();
  await applicant.getByLabel('Display name', { exact: true }).fill(displayName);
  await applicant.getByLabel('E-mail', { exact: true }).fill(email);
  await applicant.getByLabel('Password', { exact: true }).fill(`pw-${randomUUID()}`);
  await applicant.getByRole('button', { name: 'Apply to join' }).click();
  await e2e.openRegistrationLink(applicant, email);

  // A lands on the pending screen: their name, no unread notification, and a live subscription.
  await applicant.waitForURL((url) => url.pathname === '/pending');
  await applicant.getByRole('heading', { name: 'Waiting for approval' }).waitFor();
  await applicant.getByText(displayName).waitFor();
  const badge = applicant.getByTestId('notification-badge');
  await applicant.getByRole('button', { name: 'Notifications: 0', exact: true }).waitFor();
  expect(((await badge.textContent()) ?? '').trim()).toBe('');
  await applicant.locator('[data-testid="notification-badge"][data-live="true"]').waitFor({ timeout: LIVE_TIMEOUT });
  // Marks this document: a reload would lose it.
  await applicant.evaluate(() => {
    (window as unknown as { kizunaNoReload?: boolean }).kizunaNoReload = true;
  });

  // B: the administrator signs in and approves the applicant.
  const admin = await newPage('en-US');
  await signIn(admin, e2e.stack.demo.admin.email, e2e.stack.demo.admin.password);
  await admin.waitForURL((url) => url.pathname === '/');
  await admin.goto('/admin/approvals');
  await admin.getByRole('heading', { name: 'Approvals' }).waitFor();
  const approve = admin.getByRole('button', { name: `Approve ${displayName}` });
  await approve.click();
  const dialog = admin.getByRole('dialog', { name: `Approve ${displayName}?` });
  await dialog.getByRole('button', { name: 'Approve', exact: true }).click();
  await approve.waitFor({ state: 'detached' });
  await admin.getByText(`${displayName} was approved.`).waitFor();

  // A, without a reload: the badge counts the approval, then the home page greets the new member.
  await applicant.getByRole('button', { name: 'Notifications: 1', exact: true }).waitFor({ timeout: LIVE_TIMEOUT });
  await applicant.waitForURL((url) => url.pathname === '/', { timeout: LIVE_TIMEOUT });
  await applicant.getByRole('heading', { level: 1, name: `Welcome, ${displayName}` }).waitFor();
  await applicant.getByRole('button', { name: 'Notifications: 1', exact: true }).waitFor();
  expect(await applicant.evaluate(() => (window as unknown as { kizunaNoReload?: boolean }).kizunaNoReload)).toBe(true);

  // Opening the notification list shows the translated approval and marks it read.
  await badge.click();
  await applicant.getByRole('dialog').getByText('Your application was approved').waitFor();
  await applicant.getByRole('button', { name: 'Notifications: 0', exact: true }).waitFor();
});

test('an admin rejects two selected applicants at once with a message, then a third one by one', async () => {
  const suffix = randomUUID().slice(0, 8);
  const names = ['Bunta', 'Chika', 'Daichi'].map((name) => `${name} Applicant ${suffix}`);
  for (const [index, displayName] of names.entries()) {
    await e2e.stack.register({ email: `applicant${index}.${suffix}@example.test`, displayName });
  }
  const [first, second, third] = names as [string, string, string];

  const admin = await newPage('en-US');
  await signIn(admin, e2e.stack.demo.admin.email, e2e.stack.demo.admin.password);
  await admin.waitForURL((url) => url.pathname === '/');
  await admin.goto('/admin/approvals');
  await admin.getByRole('heading', { name: 'Approvals' }).waitFor();

  // Both selected with their own checkboxes, then rejected together with one message.
  const rejectSelected = admin.getByRole('button', { name: 'Reject selected' });
  expect(await rejectSelected.isDisabled()).toBe(true);
  await admin.getByRole('checkbox', { name: `Select ${first}`, exact: true }).check();
  await admin.getByRole('checkbox', { name: `Select ${second}`, exact: true }).check();
  await admin.getByText('2 selected', { exact: true }).waitFor();
  await rejectSelected.click();
  const bulkDialog = admin.getByRole('dialog', { name: 'Reject 2 applicants?' });
  await bulkDialog.getByLabel('Message to the applicant (optional)').fill('Thank you for applying; this network is full for now.');
  await bulkDialog.getByRole('button', { name: 'Reject', exact: true }).click();
  await bulkDialog.waitFor({ state: 'detached' });
  await admin.getByRole('button', { name: `Reject ${first}`, exact: true }).waitFor({ state: 'detached' });
  await admin.getByRole('button', { name: `Reject ${second}`, exact: true }).waitFor({ state: 'detached' });
  await admin.getByText('2 applicants were rejected.').waitFor();
  expect(await admin.getByText(first).count()).toBe(0);
  expect(await admin.getByText(second).count()).toBe(0);

  // The third, one by one with the row's own Reject button.
  const rejectThird = admin.getByRole('button', { name: `Reject ${third}`, exact: true });
  await rejectThird.click();
  const dialog = admin.getByRole('dialog', { name: `Reject ${third}?` });
  await dialog.getByLabel('Message to the applicant (optional)').fill('Please apply again with your work e-mail.');
  await dialog.getByRole('button', { name: 'Reject', exact: true }).click();
  await rejectThird.waitFor({ state: 'detached' });
  await admin.getByText(`${third} was rejected.`).waitFor();
  expect(await admin.getByRole('checkbox', { name: `Select ${third}`, exact: true }).count()).toBe(0);
});

test('a wrong password shows the translated invalid-credentials error', async () => {
  const page = await newPage('en-US');
  await signIn(page, e2e.stack.demo.admin.email, `${e2e.stack.demo.admin.password}-wrong`);
  await page.getByRole('alert').filter({ hasText: 'E-mail or password is incorrect.' }).waitFor();
  expect(new URL(page.url()).pathname).toBe('/sign-in');
  expect(await page.evaluate(() => localStorage.getItem('kizuna.accessToken'))).toBeNull();
});

test('a Japanese browser sees the Japanese interface', async () => {
  const page = await newPage('ja-JP');
  await page.goto(`/sign-in?network=${encodeURIComponent(e2e.stack.demo.networkSlug)}`);
  await page.getByRole('heading', { level: 1, name: 'ログイン' }).waitFor();
  await page.getByLabel('メールアドレス', { exact: true }).waitFor();
  await page.getByLabel('パスワード', { exact: true }).waitFor();
  await page.getByRole('button', { name: 'ログイン' }).waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('ja');

  await page.goto(`/join/${encodeURIComponent(e2e.stack.demo.networkSlug)}`);
  await page.getByRole('button', { name: '参加を申請する' }).waitFor();
  await page.getByLabel('表示名', { exact: true }).waitFor();
});
