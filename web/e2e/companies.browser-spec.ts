// Alumni companies and "people you may know", end to end in the system Chromium against the whole
// stack: a member lists the company they founded and edits it, another member finds it with a
// Japanese search (reached from the header), cannot change it, and sees it on the founder's profile;
// the founder removes it; the home page suggests members with
// something in common, links to their profiles, and forgets someone dismissed.
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { claimsOf } from '@kizuna/testing';
import { useBrowserStack } from './browser-stack';

const e2e = useBrowserStack({ context: { viewport: { width: 1280, height: 900 } } });
const { newPage } = e2e;

const ENGLISH = { email: 'E-mail', password: 'Password', submit: 'Sign in' };
const JAPANESE = { email: 'メールアドレス', password: 'パスワード', submit: 'ログイン' };

async function signIn(page: Page, email: string, labels = ENGLISH): Promise<void> {
  await page.goto(`/sign-in?network=${encodeURIComponent(e2e.stack.demo.networkSlug)}`);
  await page.getByLabel(labels.email, { exact: true }).fill(email);
  await page.getByLabel(labels.password, { exact: true }).fill(e2e.stack.demo.memberPassword);
  await page.getByRole('button', { name: labels.submit, exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/');
}

const memberIdOf = async (email: string) => claimsOf(await e2e.stack.signIn(email, e2e.stack.demo.memberPassword)).mid;

test('a member lists their company and edits it; another finds it in Japanese but cannot change it; the founder removes it', async () => {
  const suffix = randomUUID().slice(0, 6);
  const name = `キズナ・ロボティクス ${suffix}`;
  const taroId = await memberIdOf('taro.yamada@demo.kizuna.dev');

  const founder = await newPage('en-US');
  await signIn(founder, 'taro.yamada@demo.kizuna.dev');
  await founder.getByRole('link', { name: 'Browse companies' }).click();
  await founder.getByRole('heading', { level: 1, name: 'Alumni companies' }).waitFor();
  await founder.getByRole('button', { name: 'Add my company' }).click();
  const form = founder.getByRole('form', { name: 'Add a company you founded' });
  await form.getByLabel('Company name').fill(name);
  await form.getByLabel('Industry').fill('Robotics');
  await form.getByLabel('Website').fill('robotics.example.jp');
  await form.getByRole('button', { name: 'Add company' }).click();
  // The server refuses an address without http(s), next to the field, and stores nothing.
  await form.getByText('Enter a web address starting with http:// or https://.').waitFor();
  expect(await e2e.stack.sql('SELECT 1 FROM directory.companies WHERE name = $1', [name])).toEqual([]);
  await form.getByLabel('Website').fill('https://robotics.example.jp');
  await form.getByLabel('Year founded').fill('2021');
  await form.getByRole('button', { name: 'Add company' }).click();
  await founder.getByText('Company added.').waitFor();

  const list = founder.getByRole('list', { name: 'Alumni companies' });
  const item = list.getByRole('listitem').filter({ hasText: name });
  await item.getByText('Founded 2021').waitFor();
  await item.getByRole('button', { name: `Edit ${name}` }).click();
  const dialog = founder.getByRole('dialog');
  await dialog.getByLabel('Stage', { exact: true }).first().click();
  await founder.getByRole('option', { name: 'Series A', exact: true }).click();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await founder.getByText('Company saved.').waitFor();
  await item.getByText('Series A', { exact: true }).waitFor();
  expect((await e2e.stack.sql('SELECT stage, url FROM directory.companies WHERE name = $1', [name]))[0]).toEqual({
    stage: 'SERIES_A',
    url: 'https://robotics.example.jp',
  });

  // Another member, in Japanese, finds it by its reading in hiragana and sees who founded it.
  const other = await newPage('ja-JP');
  await signIn(other, 'hanako.sato@demo.kizuna.dev', JAPANESE);
  await other.getByRole('banner').getByRole('link', { name: '卒業生の会社', exact: true }).click();
  await other.getByRole('heading', { level: 1, name: '卒業生の会社' }).waitFor();
  await other.getByLabel('会社を検索').fill(`きずな ${suffix}`);
  const found = other.getByRole('list', { name: '卒業生の会社' }).getByRole('listitem');
  await other.getByTestId('company-count').getByText('1社').waitFor();
  await found.filter({ hasText: name }).getByText('シリーズA').waitFor();
  expect(await found.getByRole('button').count()).toBe(0);
  await found.getByRole('link', { name: '山田 太郎' }).click();
  await other.waitForURL((url) => url.pathname === `/members/${taroId}`);
  // The founder's profile lists the companies they founded.
  const founded = other.getByRole('list', { name: '山田 太郎 さんが創業した会社' }).getByRole('listitem').filter({ hasText: name });
  await founded.getByText('シリーズA').waitFor();
  await founded.getByText('Robotics').waitFor();

  // The founder removes it; it is gone for everyone.
  await item.getByRole('button', { name: `Remove ${name}` }).click();
  await founder.getByRole('dialog').getByRole('button', { name: 'Remove', exact: true }).click();
  await founder.getByText('Company removed.').waitFor();
  await list.getByRole('listitem').filter({ hasText: name }).waitFor({ state: 'detached' });
  expect(await e2e.stack.sql('SELECT 1 FROM directory.companies WHERE name = $1', [name])).toEqual([]);
});

test('the home page suggests people with something in common, links to them, and forgets someone dismissed', async () => {
  const [hanako, taro, ichiro, misaki] = await Promise.all(
    ['hanako.sato', 'taro.yamada', 'ichiro.suzuki', 'misaki.takahashi'].map((handle) => memberIdOf(`${handle}@demo.kizuna.dev`)),
  );
  // The demo profiles arrive by event; then a year and an interest no demo profile has: only these people have anything in common with Hanako.
  const set = (id: string, year: number | null, interests: string[]) =>
    e2e.stack.sql(`UPDATE directory.profiles SET entry_year = $2, department = NULL, employer = NULL, skills = '{}', interests = $3 WHERE membership_id = $1`, [
      id,
      year,
      interests,
    ]);
  await e2e.stack.waitFor(
    async () => (await e2e.stack.sql('SELECT 1 FROM directory.profiles WHERE membership_id = ANY($1)', [[hanako, taro, ichiro, misaki]])).length === 4,
    60_000,
  );
  await set(hanako, 1931, ['Bonsai Grafting']);
  await set(taro, 1931, ['bonsai grafting']);
  await set(ichiro, 1932, []);
  await set(misaki, 1931, []);

  const page = await newPage('en-US');
  await signIn(page, 'hanako.sato@demo.kizuna.dev');
  const suggestions = page.getByRole('list', { name: 'People you may know' });
  const items = suggestions.getByRole('listitem');
  await items.first().waitFor();
  expect(await items.getByRole('link').allTextContents()).toEqual(['山田 太郎', '高橋 美咲', '鈴木 一郎']);
  const first = items.filter({ hasText: '山田 太郎' });
  await first.getByText('Same year (1931)').waitFor();
  await first.getByText('Interests: bonsai grafting').waitFor();
  await items.filter({ hasText: '鈴木 一郎' }).getByText('Year 1932').waitFor();

  await page.getByRole('button', { name: 'Stop suggesting 高橋 美咲' }).click();
  await items.filter({ hasText: '高橋 美咲' }).waitFor({ state: 'detached' });
  await page.reload();
  await items.first().waitFor();
  expect(await items.getByRole('link').allTextContents()).toEqual(['山田 太郎', '鈴木 一郎']);

  await first.getByRole('link', { name: '山田 太郎' }).click();
  await page.waitForURL((url) => url.pathname === `/members/${taro}`);
});
