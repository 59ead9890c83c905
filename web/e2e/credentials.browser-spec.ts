// E-mail and password, end to end in the system Chromium: a person registers, is asked to check
// their inbox, opens the link from the mail (read from the stack's local SMTP server) and is verified
// and signed in; someone who forgot their password asks for a link from the sign-in page, is told
// which rules a new password breaks, sets a good one and signs in with it.
import { randomUUID } from 'node:crypto';
import { useBrowserStack } from './browser-stack';

const e2e = useBrowserStack();
const { newPage } = e2e;

/** The link in a mail, opened on the web client under test (the mail's origin is PUBLIC_WEB_URL). */
function pathOf(link: string): string {
  const url = new URL(link);
  expect(url.origin).toBe(new URL(e2e.webUrl).origin);
  return `${url.pathname}${url.search}`;
}

test('a new member registers, is asked to check their inbox, and the link from the mail verifies the address and signs them in', async () => {
  const suffix = randomUUID().slice(0, 8);
  const email = `verify.${suffix}@example.test`;
  const page = await newPage('en-US');

  await page.goto(`/join/${e2e.stack.demo.networkSlug}`);
  await page.getByLabel('Display name', { exact: true }).fill(`Vera Verify ${suffix}`);
  await page.getByLabel('E-mail', { exact: true }).fill(email);
  // A common password is refused with the rule it breaks; nothing is registered.
  await page.getByLabel('Password', { exact: true }).fill('password123');
  await page.getByRole('button', { name: 'Apply to join' }).click();
  await page.getByText('This password is on lists of commonly used and leaked passwords. Choose another one.').waitFor();
  expect(await e2e.stack.sql('SELECT 1 FROM identity.accounts WHERE email = $1', [email])).toHaveLength(0);

  await page.getByLabel('Password', { exact: true }).fill(`Lantern-${randomUUID()}`);
  await page.getByRole('button', { name: 'Apply to join' }).click();
  const inbox = page.getByTestId('join-check-inbox');
  await inbox.getByRole('heading', { name: 'Check your inbox' }).waitFor();
  await inbox.getByText(`We have sent a message to ${email}.`, { exact: false }).waitFor();
  expect(new URL(page.url()).pathname).toBe(`/join/${e2e.stack.demo.networkSlug}`);

  const mail = await e2e.stack.mailbox.waitForMail({ to: email, subject: 'メールアドレスの確認' }, 20_000);
  await page.goto(pathOf(mail.links[0]));
  await page.waitForURL((url) => url.pathname === '/pending');
  await page.getByRole('heading', { name: 'Waiting for approval' }).waitFor();
  // Verified already: no reminder to verify.
  await page.getByTestId('verify-email-notice').waitFor({ state: 'detached' });

  // The same link a second time: already used, and nothing more to do.
  await page.goto(pathOf(mail.links[0]));
  await page.getByRole('heading', { name: 'This link has already been used' }).waitFor();
});

test('a member who forgot their password resets it from the sign-in page and signs in with the new one', async () => {
  const suffix = randomUUID().slice(0, 8);
  const email = `forgot.${suffix}@example.test`;
  const oldPassword = `Original-${randomUUID()}`;
  await e2e.stack.register({ email, password: oldPassword, displayName: `忘れ 太郎 ${suffix}` });
  const page = await newPage('ja-JP');

  await page.goto(`/sign-in?network=${e2e.stack.demo.networkSlug}`);
  await page.getByLabel('メールアドレス', { exact: true }).fill(email);
  await page.getByRole('link', { name: 'パスワードをお忘れの方' }).click();
  await page.waitForURL((url) => url.pathname === '/forgot-password');
  // What was typed on the sign-in page is carried over.
  expect(await page.getByLabel('メールアドレス', { exact: true }).inputValue()).toBe(email);
  await page.getByRole('button', { name: '再設定リンクを送信' }).click();
  await page.getByRole('heading', { name: '受信トレイをご確認ください' }).waitFor();

  const mail = await e2e.stack.mailbox.waitForMail({ to: email, subject: 'パスワードの再設定' }, 20_000);
  await page.goto(pathOf(mail.links[0]));
  await page.getByRole('heading', { name: '新しいパスワードを設定' }).waitFor();

  // Short and common: both rules are named, in Japanese.
  await page.getByLabel('新しいパスワード', { exact: true }).fill('12345');
  await page.getByLabel('新しいパスワード（確認）', { exact: true }).fill('12345');
  await page.getByRole('button', { name: '新しいパスワードを保存' }).click();
  await page.getByText('10文字以上にしてください。').waitFor();
  await page.getByText('よく使われている、または流出したことのあるパスワードです。別のパスワードにしてください。').waitFor();
  // Containing the e-mail's local part.
  await page.getByLabel('新しいパスワード', { exact: true }).fill(`Forgot.${suffix}-extra`);
  await page.getByLabel('新しいパスワード（確認）', { exact: true }).fill(`Forgot.${suffix}-extra`);
  await page.getByRole('button', { name: '新しいパスワードを保存' }).click();
  await page.getByText('パスワードにメールアドレスを含めないでください。').waitFor();

  const newPassword = `Renewed-${randomUUID()}`;
  await page.getByLabel('新しいパスワード', { exact: true }).fill(newPassword);
  await page.getByLabel('新しいパスワード（確認）', { exact: true }).fill(`${newPassword}x`);
  await page.getByRole('button', { name: '新しいパスワードを保存' }).click();
  await page.getByText('2つのパスワードが一致しません。').waitFor();
  await page.getByLabel('新しいパスワード（確認）', { exact: true }).fill(newPassword);
  await page.getByRole('button', { name: '新しいパスワードを保存' }).click();
  await page.getByRole('heading', { name: 'パスワードを変更しました' }).waitFor();

  await page.getByRole('link', { name: 'ログイン' }).click();
  await page.waitForURL((url) => url.pathname === '/sign-in');
  expect(new URL(page.url()).searchParams.get('network')).toBe(e2e.stack.demo.networkSlug);
  await page.getByLabel('メールアドレス', { exact: true }).fill(email);
  await page.getByLabel('パスワード', { exact: true }).fill(oldPassword);
  await page.getByRole('button', { name: 'ログイン' }).click();
  await page.getByText('メールアドレスまたはパスワードが正しくありません。').waitFor();
  await page.getByLabel('パスワード', { exact: true }).fill(newPassword);
  await page.getByRole('button', { name: 'ログイン' }).click();
  await page.waitForURL((url) => url.pathname === '/pending');
});

test('a member changes their e-mail address and password in account settings', async () => {
  const suffix = randomUUID().slice(0, 8);
  const email = `settings.${suffix}@example.test`;
  const newEmail = `moved.${suffix}@example.test`;
  const password = `Settings-${randomUUID()}`;
  await e2e.stack.register({ email, password, displayName: `Sam Settings ${suffix}`, verifyEmail: false });
  const page = await newPage('en-US');
  await page.goto(`/sign-in?network=${e2e.stack.demo.networkSlug}`);
  await page.getByLabel('E-mail', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname === '/pending');

  await page.goto('/account');
  const emailSection = page.getByRole('region', { name: 'E-mail address', exact: true });
  await emailSection.getByTestId('account-email').getByText(email).waitFor();
  await emailSection.getByText('Not verified').waitFor();

  // A wrong current password changes nothing.
  await emailSection.getByRole('button', { name: 'Change e-mail address' }).click();
  await emailSection.getByLabel('New e-mail address').fill(newEmail);
  await emailSection.getByLabel('Current password').fill('not-my-password');
  await emailSection.getByRole('button', { name: 'Send confirmation link' }).click();
  await emailSection.getByText('Your current password is not correct.').waitFor();

  await emailSection.getByLabel('Current password').fill(password);
  await emailSection.getByRole('button', { name: 'Send confirmation link' }).click();
  await emailSection.getByText(`Waiting for confirmation: ${newEmail}`).waitFor();
  await e2e.stack.mailbox.waitForMail({ to: email, subject: 'メールアドレス変更のお知らせ' }, 20_000);
  const confirmation = await e2e.stack.mailbox.waitForMail({ to: newEmail, subject: '新しいメールアドレスの確認' }, 20_000);

  await page.goto(pathOf(confirmation.links[0]));
  await page.getByRole('heading', { name: 'E-mail address changed' }).waitFor();
  await page.getByText(`Your account now uses ${newEmail}.`).waitFor();
  await page.getByRole('link', { name: 'Continue' }).click();
  await page.waitForURL((url) => url.pathname === '/account');
  await emailSection.getByTestId('account-email').getByText(newEmail).waitFor();
  await emailSection.getByText('Verified', { exact: true }).waitFor();

  // The password: every broken rule is listed under the field.
  const passwordSection = page.getByRole('region', { name: 'Password', exact: true });
  await passwordSection.getByRole('button', { name: 'Change password' }).click();
  await passwordSection.getByLabel('Current password').fill(password);
  await passwordSection.getByLabel('New password', { exact: true }).fill('12345');
  await passwordSection.getByLabel('New password again').fill('12345');
  await passwordSection.getByRole('button', { name: 'Save new password' }).click();
  await passwordSection.getByText('Use at least 10 characters.').waitFor();
  await passwordSection.getByText('This password is on lists of commonly used and leaked passwords. Choose another one.').waitFor();

  const newPassword = `Changed-${randomUUID()}`;
  await passwordSection.getByLabel('New password', { exact: true }).fill(newPassword);
  await passwordSection.getByLabel('New password again').fill(newPassword);
  await passwordSection.getByRole('button', { name: 'Save new password' }).click();
  await passwordSection.getByText('Your password was changed. Your other devices were signed out.').waitFor();
  const signIn = await e2e.stack.graphql<{ signIn: { accessToken: string | null } }>(
    e2e.stack.serviceUrl('identity'),
    'mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }',
    { input: { email: newEmail, password: newPassword, networkSlug: e2e.stack.demo.networkSlug } },
  );
  expect(signIn.data?.signIn.accessToken).toBeTruthy();
});
