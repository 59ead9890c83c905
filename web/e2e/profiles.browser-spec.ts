// Profiles end to end in the system Chromium against the whole stack: an admin adds a custom
// field, a member fills in their profile in Japanese (with a mistake the server refuses), and
// another member sees on the profile page exactly what they may see.
import sharp from 'sharp';
import type { Page } from 'playwright-core';
import { claimsOf } from '@kizuna/testing';
import { useBrowserStack } from './browser-stack';

const e2e = useBrowserStack({ context: { viewport: { width: 1280, height: 1000 } } });
const { newPage } = e2e;

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto(`/sign-in?network=${encodeURIComponent(e2e.stack.demo.networkSlug)}`);
  await page.getByLabel('メールアドレス', { exact: true }).fill(email);
  await page.getByLabel('パスワード', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'ログイン', exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/');
}

/** A small square PNG, as a photo to choose. */
const squarePng = () =>
  sharp({ create: { width: 64, height: 64, channels: 3, background: '#3050c0' } })
    .png()
    .toBuffer();

test('a member edits their profile in Japanese and another member sees it on the profile page', async () => {
  const { stack } = e2e;
  // An admin adds a club field, shown to members.
  const admin = await newPage('ja-JP');
  await signIn(admin, stack.demo.admin.email, stack.demo.admin.password);
  await admin.goto('/admin/fields');
  await admin.getByRole('heading', { level: 1, name: 'プロフィール項目' }).waitFor();
  await admin.getByRole('button', { name: '項目を追加' }).click();
  const form = admin.getByRole('form', { name: '新しいカスタム項目' });
  await form.getByLabel('項目名').fill('サークル');
  await form.getByLabel('キー').fill('club');
  await form.getByLabel('種類', { exact: true }).first().click();
  await admin.getByRole('option', { name: '単一選択' }).click();
  await form.getByLabel('選択肢 1').fill('テニス部');
  await form.getByLabel('選択肢 2').fill('軽音楽部');
  await form.getByRole('button', { name: '保存' }).click();
  await admin.getByTestId('custom-field-club').getByText('サークル').waitFor();

  // Taro fills in his profile.
  const taroEmail = 'taro.yamada@demo.kizuna.dev';
  const taroId = claimsOf(await stack.signIn(taroEmail, stack.demo.memberPassword)).mid;
  const taro = await newPage('ja-JP');
  await signIn(taro, taroEmail, stack.demo.memberPassword);
  await taro.getByRole('link', { name: 'マイプロフィール' }).click();
  await taro.getByRole('heading', { level: 1, name: 'マイプロフィール' }).waitFor();
  await taro.getByLabel('よみがな').fill('Yamada');
  await taro.getByLabel('勤務先').fill('絆テック株式会社');
  await taro.getByLabel('学部・学科・部署').fill('工学部 情報工学科');
  await taro.getByLabel('卒業年・入社年').fill('2012');
  await taro.getByRole('combobox', { name: 'スキル' }).fill('機械学習');
  await taro.getByRole('combobox', { name: 'スキル' }).press('Enter');
  await taro.getByLabel('連絡先メール', { exact: true }).fill('taro@example.jp');
  await taro.getByLabel('連絡先メール: 公開範囲', { exact: true }).first().click();
  await taro.getByRole('option', { name: 'ネットワークのメンバー' }).click();
  await taro.getByLabel('電話番号', { exact: true }).fill('06-1234-5678');
  await taro.getByLabel('サークル', { exact: true }).first().click();
  await taro.getByRole('option', { name: 'テニス部' }).click();
  await taro.getByRole('button', { name: 'プロフィールを保存' }).click();

  // The reading must be kana: the server refuses it, in Japanese, and keeps nothing.
  await taro.getByText('よみがなはひらがなかカタカナで入力してください（100文字まで）。').waitFor();
  expect((await stack.sql('SELECT employer FROM directory.profiles WHERE membership_id = $1', [taroId]))[0].employer).toBeNull();
  await taro.getByLabel('よみがな').fill('やまだ たろう');
  await taro.getByRole('button', { name: 'プロフィールを保存' }).click();
  await taro.getByText('プロフィールを保存しました。').waitFor();

  // Hanako sees what members may see: not the phone, which stays with admins.
  const hanako = await newPage('ja-JP');
  await signIn(hanako, 'hanako.sato@demo.kizuna.dev', stack.demo.memberPassword);
  await hanako.goto(`/members/${taroId}`);
  await hanako.getByTestId('profile-name').getByText('山田 太郎').waitFor();
  await hanako.getByText('やまだ たろう').waitFor();
  await hanako.getByText('絆テック株式会社').waitFor();
  await hanako.getByText('工学部 情報工学科').waitFor();
  await hanako.getByText('2012年卒・入社').waitFor();
  await hanako.getByText('機械学習').waitFor();
  await hanako.getByText('テニス部').waitFor();
  await hanako.getByRole('link', { name: 'taro@example.jp' }).waitFor();
  expect(await hanako.getByText('06-1234-5678').count()).toBe(0);
  expect(await hanako.getByRole('button', { name: 'プロフィールを編集' }).count()).toBe(0);
  expect(await hanako.getByRole('link', { name: 'プロフィールを編集' }).count()).toBe(0);

  // The admin sees the phone too.
  await admin.goto(`/members/${taroId}`);
  await admin.getByText('06-1234-5678').waitFor();
});

test('a profile with nothing filled in shows no stray 0, holds no block inside a paragraph, and the console stays quiet', async () => {
  const { stack } = e2e;
  const kentaId = claimsOf(await stack.signIn('kenta.tanaka@demo.kizuna.dev', stack.demo.memberPassword)).mid;
  const page = await newPage('ja-JP');
  const complaints: string[] = [];
  page.on('console', (message) => {
    // The test browser blocks the service worker (browser-stack.ts) and says so; that is no complaint about the page.
    if (message.text().includes('blocked by Playwright')) return;
    if (message.type() === 'error' || message.type() === 'warning') complaints.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => complaints.push(`pageerror: ${error.message}`));
  await signIn(page, 'hanako.sato@demo.kizuna.dev', stack.demo.memberPassword);

  // Someone else's empty profile (the message button under the heading), then one's own (the edit link).
  for (const memberId of [kentaId, claimsOf(await stack.signIn('hanako.sato@demo.kizuna.dev', stack.demo.memberPassword)).mid]) {
    await page.goto(`/members/${memberId}`);
    await page.getByTestId('profile-name').waitFor();
    await page
      .getByRole('button', { name: 'メッセージ', exact: true })
      .or(page.getByRole('link', { name: 'プロフィールを編集' }))
      .waitFor();
    const main = page.locator('main');
    expect(await main.getByText('0', { exact: true }).count()).toBe(0);
    expect(await main.locator('p div, p p, p section, p ul').count()).toBe(0);
  }
  expect(complaints).toEqual([]);
});

test('saving the profile uploads the chosen photo, and leaving with unsaved changes asks first', async () => {
  const { stack } = e2e;
  const email = 'ichiro.suzuki@demo.kizuna.dev';
  const memberId = claimsOf(await stack.signIn(email, stack.demo.memberPassword)).mid;
  const photoKey = async () => (await stack.sql('SELECT photo_key FROM directory.profiles WHERE membership_id = $1', [memberId]))[0]?.photo_key ?? null;
  const page = await newPage('ja-JP');
  await signIn(page, email, stack.demo.memberPassword);
  await page.goto('/profile');
  const photo = page.getByRole('region', { name: '写真' });
  await photo.getByRole('button', { name: '写真を選ぶ' }).waitFor();

  // A chosen photo, then a link away: the page asks, and staying keeps the photo chosen.
  await photo.locator('input[type="file"]').setInputFiles({ name: 'me.png', mimeType: 'image/png', buffer: await squarePng() });
  await photo.getByText('選んだ写真は「プロフィールを保存」で一緒に保存されます。').waitFor();
  await page.getByRole('link', { name: '自分のプロフィールを見る' }).click();
  const dialog = page.getByRole('dialog', { name: '保存していない変更があります' });
  await dialog.waitFor();
  await dialog.getByRole('button', { name: 'このページに残る' }).click();
  await dialog.waitFor({ state: 'hidden' });
  expect(new URL(page.url()).pathname).toBe('/profile');
  await photo.getByTestId('photo-preview').waitFor();

  // Saving the profile saves the photo with it.
  await page.getByLabel('勤務先').fill('絆ロボティクス');
  await page.getByRole('button', { name: 'プロフィールを保存' }).click();
  await page.getByText('プロフィールを保存しました。').waitFor();
  await photo.getByTestId('photo-current').locator('img').waitFor();
  expect(await photoKey()).not.toBeNull();
  expect((await stack.sql('SELECT employer FROM directory.profiles WHERE membership_id = $1', [memberId]))[0].employer).toBe('絆ロボティクス');

  // Nothing left unsaved: the link leaves without a question.
  await page.getByRole('link', { name: '自分のプロフィールを見る' }).click();
  await page.waitForURL((url) => url.pathname === `/members/${memberId}`);

  // A changed field, then a link away: leaving without saving drops the change, as the dialog says.
  await page.goto('/profile');
  await page.getByLabel('勤務先').fill('別の会社');
  await page.getByRole('link', { name: '自分のプロフィールを見る' }).click();
  await page.getByRole('dialog', { name: '保存していない変更があります' }).getByRole('button', { name: '保存せずに移動' }).click();
  await page.waitForURL((url) => url.pathname === `/members/${memberId}`);
  expect((await stack.sql('SELECT employer FROM directory.profiles WHERE membership_id = $1', [memberId]))[0].employer).toBe('絆ロボティクス');

  // Closing or reloading the tab with unsaved changes asks the browser's own question.
  await page.goto('/profile');
  await page.getByLabel('勤務先').fill('また別の会社');
  const asked = page.waitForEvent('dialog');
  void page.reload().catch(() => undefined);
  const question = await asked;
  expect(question.type()).toBe('beforeunload');
  await question.dismiss();
});
