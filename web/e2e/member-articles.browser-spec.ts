// Members' articles, end to end in the system Chromium against the whole stack: the admin lets members
// write; 花子 (on a phone) writes an article and submits it for review; the admin approves it from the
// review queue on /admin/content and 翔 finds it in his feed; a second submission is sent back with a
// reason, which 花子 reads in "My articles".
import type { BrowserContextOptions, Page } from 'playwright-core';
import { useBrowserStack } from './browser-stack';

const e2e = useBrowserStack();

const HANAKO = 'hanako.sato@demo.kizuna.dev';
const SHO = 'sho.watanabe@demo.kizuna.dev';
const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto(`/sign-in?network=${encodeURIComponent(e2e.stack.demo.networkSlug)}`);
  await page.getByLabel('E-mail', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/');
}

/** Writes an article in the member's editor and submits it; lands on "My articles". */
async function writeAndSubmit(page: Page, title: string, text: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill(title);
  await page.getByRole('textbox', { name: 'Article', exact: true }).click();
  await page.keyboard.type(text);
  await page.getByRole('button', { name: 'Submit for review', exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/articles/mine');
}

test('a member writes an article, the office approves it into the feed, and a second one comes back with a reason', async () => {
  const suffix = Date.now().toString(36);
  const first = `同期会のご報告 ${suffix}`;
  const second = `写真のない記事 ${suffix}`;

  // The admin lets members write.
  const admin = await (await e2e.newContext('en-US')).newPage();
  await signIn(admin, e2e.stack.demo.admin.email, e2e.stack.demo.admin.password);
  await admin.goto('/admin/content');
  const setting = admin.getByRole('switch', { name: 'Members may write articles' });
  // Enabled once the current setting has arrived.
  await admin.waitForFunction(() => (document.querySelector('input[role="switch"]') as HTMLInputElement | null)?.disabled === false);
  expect(await setting.isChecked()).toBe(false);
  // The switch follows the saved setting, so it turns on once the server answered.
  await setting.click({ force: true });
  await admin.waitForFunction(() => (document.querySelector('input[role="switch"]') as HTMLInputElement | null)?.checked === true);
  // Kept: on again after a reload.
  await admin.reload();
  await admin.waitForFunction(() => (document.querySelector('input[role="switch"]') as HTMLInputElement | null)?.checked === true);

  // 花子, on her phone, writes from the home page and submits.
  const hanako = await (await e2e.newContext('en-US', PHONE)).newPage();
  await signIn(hanako, HANAKO, e2e.stack.demo.memberPassword);
  await hanako.getByRole('link', { name: 'Write an article', exact: true }).click();
  await hanako.waitForURL((url) => url.pathname === '/articles/new');
  // The member's editor has no staff-only fields.
  await hanako.getByRole('textbox', { name: 'Title', exact: true }).waitFor();
  expect(await hanako.getByText('Who may read it').count()).toBe(0);
  expect(await hanako.getByRole('button', { name: 'Publish now' }).count()).toBe(0);
  await writeAndSubmit(hanako, first, '十年ぶりに同期で集まりました。');
  await hanako.getByRole('listitem', { name: first }).getByText('Awaiting review').waitFor();

  // The admin approves it from the queue.
  await admin.goto('/admin/content');
  const queue = admin.getByRole('region', { name: 'Awaiting review' });
  await queue.getByText('1 article awaiting review').waitFor();
  await queue.getByRole('article', { name: first }).getByRole('button', { name: 'Approve and publish' }).click();
  await queue.getByText('No articles are waiting for review.').waitFor();

  // 翔 finds it in his feed, by 花子.
  const sho = await (await e2e.newContext('en-US')).newPage();
  await signIn(sho, SHO, e2e.stack.demo.memberPassword);
  const card = sho.getByRole('list', { name: 'Feed', exact: true }).getByRole('article').filter({ hasText: first });
  await card.waitFor();
  await card.getByRole('link', { name: `Read “${first}”` }).click();
  await sho.getByRole('heading', { level: 1, name: first }).waitFor();
  await sho.getByText('十年ぶりに同期で集まりました。').waitFor();

  // A second one is sent back with a reason 花子 reads.
  await hanako.getByRole('link', { name: 'Write an article', exact: true }).click();
  await writeAndSubmit(hanako, second, '当日の様子です。');
  await hanako.getByRole('listitem', { name: first }).getByText('Published').waitFor();
  await admin.reload();
  await queue.getByRole('article', { name: second }).getByRole('button', { name: 'Send back' }).click();
  const dialog = admin.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Reason for the author' }).fill('写真を一枚添えてください。');
  await dialog.getByRole('button', { name: 'Send back', exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
  await queue.getByText('No articles are waiting for review.').waitFor();

  await hanako.reload();
  const sentBack = hanako.getByRole('listitem', { name: second });
  await sentBack.getByText('Sent back', { exact: true }).waitFor();
  await sentBack.getByText('写真を一枚添えてください。').waitFor();
  // 翔 never sees it.
  await sho.goto('/');
  await sho.getByRole('list', { name: 'Feed', exact: true }).getByRole('article').first().waitFor();
  expect(await sho.getByRole('list', { name: 'Feed', exact: true }).getByRole('article').filter({ hasText: second }).count()).toBe(0);
});
