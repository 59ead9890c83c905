// The member directory, end to end in the system Chromium against the whole stack: a member finds
// 山田 太郎 by his reading in hiragana, narrows by region (関西 means its prefectures), is offered the
// closest name for a typo, opens a profile from the results; the whole directory scrolls in page
// by page with its total; applicants still waiting for approval are kept out.
import type { Page } from 'playwright-core';
import { claimsOf } from '@kizuna/testing';
import { useBrowserStack } from './browser-stack';

const e2e = useBrowserStack({ context: { viewport: { width: 1280, height: 900 } } });
const { newPage } = e2e;

const ENGLISH = { email: 'E-mail', password: 'Password', submit: 'Sign in' };
const JAPANESE = { email: 'メールアドレス', password: 'パスワード', submit: 'ログイン' };
const UPDATE = 'mutation($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { errors { code field } } }';

async function signIn(page: Page, email: string, labels = ENGLISH): Promise<void> {
  await page.goto(`/sign-in?network=${encodeURIComponent(e2e.stack.demo.networkSlug)}`);
  await page.getByLabel(labels.email, { exact: true }).fill(email);
  await page.getByLabel(labels.password, { exact: true }).fill(e2e.stack.demo.memberPassword);
  await page.getByRole('button', { name: labels.submit, exact: true }).click();
  await page.waitForURL((url) => url.pathname !== '/sign-in');
}

/** Fills a demo member's profile through the API (as they would in the editor); returns their member id. */
async function setProfile(email: string, profile: Record<string, unknown>): Promise<string> {
  const token = await e2e.stack.signIn(email, e2e.stack.demo.memberPassword);
  await e2e.stack.waitFor(async () => {
    const answer = await e2e.stack.graphql(e2e.stack.serviceUrl('directory'), UPDATE, { input: profile }, token);
    const errors: { code: string }[] = answer.data?.updateMyProfile.errors ?? [{ code: 'NO_ANSWER' }];
    if (errors.some((error) => error.code !== 'NOT_READY')) throw new Error(JSON.stringify(answer));
    return errors.length === 0;
  });
  return claimsOf(token).mid;
}

test('a member finds 山田 太郎 by his reading, narrows by region, gets the closest name for a typo, and opens his profile', async () => {
  const taroId = await setProfile('taro.yamada@demo.kizuna.dev', {
    displayName: '山田 太郎',
    nameKana: 'やまだ たろう',
    nameRomaji: 'Taro Yamada',
    entryYear: 2008,
    department: '工学部 情報工学科',
    employer: '絆テスト商事',
    jobTitle: 'エンジニア',
    location: '大阪府大阪市',
    skills: ['TypeScript'],
  });
  await setProfile('kenta.tanaka@demo.kizuna.dev', { nameKana: 'たなか けんた', nameRomaji: 'Kenta Tanaka', entryYear: 2015, location: '東京都港区' });

  const page = await newPage('ja-JP');
  await signIn(page, 'hanako.sato@demo.kizuna.dev', JAPANESE);
  await page.getByRole('link', { name: '名簿', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: '名簿' }).waitFor();

  const results = page.getByRole('list', { name: 'メンバー' });
  await page.getByLabel('名簿を検索').fill('やまだ');
  const taro = results.getByRole('listitem').filter({ hasText: '山田 太郎' });
  await taro.getByText('絆テスト商事').waitFor();
  await taro.getByText('2008年度').waitFor();
  await results.getByRole('listitem').filter({ hasText: '田中 健太' }).waitFor({ state: 'detached' });

  // 関西地方 stands for its prefectures: 大阪府大阪市 is in it, 東京都 is not.
  await page.getByRole('button', { name: '絞り込み', exact: true }).click();
  await page.getByRole('combobox', { name: '居住地' }).click();
  await page.getByRole('option', { name: '関西地方' }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: '絞り込み(1)', exact: true }).waitFor();
  await taro.waitFor();
  await page.getByLabel('名簿を検索').fill('たなか');
  await page.getByTestId('directory-empty').getByText('該当するメンバーはいません。').waitFor();
  await page.getByRole('button', { name: '絞り込みを解除' }).click();
  await results.getByRole('listitem').filter({ hasText: '田中 健太' }).waitFor();

  // A typo in the romaji still finds him, with a note saying so.
  await page.getByLabel('名簿を検索').fill('taro yamda');
  await page.getByTestId('directory-fuzzy').getByText('「taro yamda」に完全に一致するメンバーはいません。近い名前を表示しています。').waitFor();
  await taro.getByRole('link', { name: '山田 太郎' }).click();
  await page.waitForURL((url) => url.pathname === `/members/${taroId}`);
});

test('the whole directory scrolls in page by page with its total, and applicants are kept out', async () => {
  const [{ count }] = await e2e.stack.sql<{ count: number }>(
    `SELECT count(*)::int AS count FROM directory.profiles WHERE network_id = $1 AND status = 'approved'`,
    [claimsOf(await e2e.stack.signInAdmin()).nid],
  );
  expect(count).toBeGreaterThan(20);

  const page = await newPage('en-US');
  await signIn(page, 'hanako.sato@demo.kizuna.dev');
  await page.goto('/directory');
  await page.getByTestId('directory-count').getByText(`${count} members`).waitFor();
  const items = page.getByRole('list', { name: 'Members' }).getByRole('listitem');
  await items.nth(19).waitFor();
  expect(await items.count()).toBe(20);
  // Scrolling to the end loads the rest, once each.
  await page.getByTestId('directory-more').scrollIntoViewIfNeeded();
  await page.getByTestId('directory-more').waitFor({ state: 'detached' });
  expect(await items.count()).toBe(count);
  const names = await items.getByRole('link').allTextContents();
  expect(new Set(names).size).toBe(names.length);

  const applicant = await newPage('en-US');
  await signIn(applicant, 'yuma.maeda@demo.kizuna.dev');
  await applicant.goto('/directory');
  await applicant.waitForURL((url) => url.pathname === '/pending');
  expect(await applicant.getByRole('link', { name: 'Directory', exact: true }).count()).toBe(0);
});
