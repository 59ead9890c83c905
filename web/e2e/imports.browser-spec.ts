// Roster import and member export, end to end in the system Chromium against the whole stack: an
// admin uploads a Japanese roster, checks the suggested columns, sees the rows with errors before
// anything is stored, runs the import and reads its report; then downloads the member list as CSV.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { useBrowserStack } from './browser-stack';

const e2e = useBrowserStack({ context: { viewport: { width: 1280, height: 900 } } });
const { newPage } = e2e;

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto(`/sign-in?network=${encodeURIComponent(e2e.stack.demo.networkSlug)}`);
  await page.getByLabel('E-mail', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/');
}

const ROSTER = [
  '氏名,ふりがな,メールアドレス,卒業年,勤務先,タグ',
  '中田 遥,なかた はるか,haruka.nakata@example.jp,2014,絆ロジスティクス,2014年卒',
  '西川 蓮,にしかわ れん,not-an-email,2015,,',
  'Emma Clark,,emma.clark@example.jp,2019,Kizuna Labs,2019年卒',
].join('\r\n');

test('an admin imports a roster through the wizard, sees the errors and the report, and exports the members', async () => {
  const { admin } = e2e.stack.demo;
  const page = await newPage('en-US');
  await signIn(page, admin.email, admin.password);
  await page.goto('/admin/import');
  await page.getByRole('heading', { level: 1, name: 'Roster import' }).waitFor();

  await page.locator('input[type=file]').setInputFiles({ name: '名簿.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${ROSTER}\r\n`) });
  await page.getByRole('button', { name: 'Upload', exact: true }).click();

  // Suggested from the Japanese headers.
  await page.getByText('名簿.csv: 3 rows').waitFor();
  expect(await page.getByRole('combobox', { name: 'Import column ふりがな into' }).inputValue()).toBe('Name reading (kana)');
  expect(await page.getByRole('combobox', { name: 'Import column 勤務先 into' }).inputValue()).toBe('Employer');
  expect(await page.getByRole('combobox', { name: 'Import column タグ into' }).inputValue()).toBe('Tags');

  await page.getByRole('button', { name: 'Check the rows' }).click();
  await page.getByText('To add').waitFor();
  expect(await page.locator('[data-figure="To add"]').textContent()).toBe('2');
  expect(await page.locator('[data-figure="Rows with errors"]').textContent()).toBe('1');
  const errors = page.getByRole('table', { name: '1 row with errors' });
  await errors.getByRole('row').filter({ hasText: '“not-an-email” is not an e-mail address.' }).getByRole('cell', { name: '3', exact: true }).waitFor();
  // Nothing is stored by the preview.
  expect(await e2e.stack.sql(`SELECT 1 FROM directory.profiles WHERE email = 'haruka.nakata@example.jp'`)).toEqual([]);

  await page.getByRole('button', { name: 'Start import' }).click();
  await page.getByText('名簿.csv has been imported.').waitFor();
  const report = page.getByLabel('Import report');
  expect(await report.locator('[data-figure="Added"]').textContent()).toBe('2');
  expect(await report.locator('[data-figure="Left out"]').textContent()).toBe('1');
  expect(await page.locator('[role="progressbar"]').first().getAttribute('aria-valuenow')).toBe('100');
  expect(await e2e.stack.sql(`SELECT display_name, status, employer FROM directory.profiles WHERE email = 'haruka.nakata@example.jp'`)).toEqual([
    { display_name: '中田 遥', status: 'unregistered', employer: '絆ロジスティクス' },
  ]);

  // The member list as CSV: a file for Excel (UTF-8 with BOM) holding the network's members.
  await page.getByRole('button', { name: 'Export members (CSV)' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'In English' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^members-\d{8}\.csv$/);
  const bytes = await readFile((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8');
  expect(text.split('\r\n')[0]).toContain('displayName');
  expect(text).toContain('taro.yamada@demo.kizuna.dev');
  // Roster rows of people who have not joined are not members yet.
  expect(text).not.toContain('haruka.nakata@example.jp');
});

test('in Japanese, the preview words every row error in Japanese and counts the rows with errors the same way everywhere', async () => {
  const { admin } = e2e.stack.demo;
  const page = await newPage('ja-JP');
  await page.goto(`/sign-in?network=${encodeURIComponent(e2e.stack.demo.networkSlug)}`);
  await page.getByLabel('メールアドレス', { exact: true }).fill(admin.email);
  await page.getByLabel('パスワード', { exact: true }).fill(admin.password);
  await page.getByRole('button', { name: 'ログイン', exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/');
  await page.goto('/admin/import');
  await page.getByRole('heading', { level: 1, name: '名簿のインポート' }).waitFor();

  // Row 3 has two bad cells, row 4 repeats row 2's address: two rows with errors, three errors.
  const roster = [
    '氏名,メールアドレス,卒業年',
    '中田 遥,haruka.preview@example.jp,2014',
    '西川 蓮,not-an-email,1800',
    '東 結衣,haruka.preview@example.jp,2019',
  ].join('\r\n');
  await page.locator('input[type=file]').setInputFiles({ name: '名簿.csv', mimeType: 'text/csv', buffer: Buffer.from(roster) });
  await page.getByRole('button', { name: 'アップロード', exact: true }).click();
  await page.getByRole('button', { name: '行をチェック' }).click();

  expect(await page.locator('[data-figure="エラーのある行"]').textContent()).toBe('2');
  await page.getByRole('heading', { level: 3, name: 'エラーのある行：2行' }).waitFor();
  const errors = page.getByRole('table', { name: 'エラーのある行：2行' });
  const rows = errors.locator('tbody tr');
  expect(await rows.count()).toBe(2);
  const latestYear = new Date().getFullYear() + 10;
  expect(await rows.nth(0).getByRole('cell').allInnerTexts()).toEqual([
    '3',
    `メールアドレス：「not-an-email」はメールアドレスではありません。\n卒業年：1900年から${latestYear}年までの年を入力してください。`,
  ]);
  expect(await rows.nth(1).getByRole('cell').allInnerTexts()).toEqual(['4', 'メールアドレス：2行目とメールアドレスが同じです。']);
  // Nothing of the server's English wording is left on the page.
  expect(await page.locator('main').innerText()).not.toMatch(/ is not |Enter a year|same e-mail/);
});

test('members cannot open the import page or export', async () => {
  const page = await newPage('ja-JP');
  await page.goto(`/sign-in?network=${encodeURIComponent(e2e.stack.demo.networkSlug)}`);
  await page.getByLabel('メールアドレス', { exact: true }).fill('hanako.sato@demo.kizuna.dev');
  await page.getByLabel('パスワード', { exact: true }).fill(e2e.stack.demo.memberPassword);
  await page.getByRole('button', { name: 'ログイン', exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/');
  const token = await e2e.stack.signIn('hanako.sato@demo.kizuna.dev', e2e.stack.demo.memberPassword);
  // Through the web client's origin, as its export button would ask.
  const response = await page.request.get('/exports/members.csv', { headers: { authorization: `Bearer ${token}` } });
  expect(response.status()).toBe(403);
  // The admin area has nothing for a member: they are sent home.
  await page.goto('/admin/import');
  await page.waitForURL((url) => url.pathname === '/');
  expect(await page.getByRole('heading', { level: 1, name: '名簿のインポート' }).count()).toBe(0);
});
