// The feed, end to end in three browser profiles: Emily posts on the home page with a mention
// picked from the directory, a hashtag and a photo; Michael (in Japanese), reading his feed, is offered the
// new post live, likes and comments; Emily sees the counts change and the comment arrive without
// reloading, and the hashtag's page lists the post;
// Michael reports it, a moderator hides it from the moderation page, and it is gone from Michael's
// feed while Emily, its author, still sees it marked as hidden.
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { useBrowserStack } from './browser-stack';

const e2e = useBrowserStack();

const EMILY = 'emily.johnson@demo.kizuna.dev';
const MICHAEL = 'michael.brown@demo.kizuna.dev';
const ENGLISH = { email: 'E-mail', password: 'Password', submit: 'Sign in' };
const JAPANESE = { email: 'メールアドレス', password: 'パスワード', submit: 'ログイン' };

async function signIn(page: Page, email: string, password: string, labels = ENGLISH): Promise<void> {
  await page.goto(`/sign-in?network=${encodeURIComponent(e2e.stack.demo.networkSlug)}`);
  await page.getByLabel(labels.email, { exact: true }).fill(email);
  await page.getByLabel(labels.password, { exact: true }).fill(password);
  await page.getByRole('button', { name: labels.submit, exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/');
}

const postWith = (page: Page, feedName: string, text: string) =>
  page.getByRole('list', { name: feedName, exact: true }).getByRole('article').filter({ hasText: text });

/** 山田 太郎 fills in his reading (as he would in the editor), so members find him in the directory by it. */
async function taroHasAReading(): Promise<void> {
  const { stack } = e2e;
  const token = await stack.signIn('taro.yamada@demo.kizuna.dev', stack.demo.memberPassword);
  await stack.waitFor(async () => {
    const answer = await stack.graphql<{ updateMyProfile: { errors: { code: string }[] } }>(
      stack.serviceUrl('directory'),
      'mutation($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { errors { code field } } }',
      { input: { displayName: '山田 太郎', nameKana: 'やまだ たろう', nameRomaji: 'Taro Yamada' } },
      token,
    );
    const errors = answer.data?.updateMyProfile.errors ?? [{ code: 'NO_ANSWER' }];
    if (errors.some((error) => error.code !== 'NOT_READY')) throw new Error(JSON.stringify(answer));
    return errors.length === 0;
  });
}

test('a post with a mention and a hashtag is liked, commented, found by its tag, reported and hidden by a moderator', async () => {
  const text = `Reunion planning ${Date.now().toString(36)}`;
  await taroHasAReading();

  // Michael reads his feed.
  const michael = await (await e2e.newContext('ja-JP')).newPage();
  await signIn(michael, MICHAEL, e2e.stack.demo.memberPassword, JAPANESE);
  await michael.getByRole('list', { name: 'フィード', exact: true }).getByRole('article').first().waitFor();

  // Emily writes, mentioning 山田 太郎 found in the directory by his reading.
  const emily = await (await e2e.newContext('en-US')).newPage();
  await signIn(emily, EMILY, e2e.stack.demo.memberPassword);
  // While the picker is open the text box is a combobox (it controls the picker's list).
  const composer = emily.getByRole('textbox', { name: 'Post text', exact: true }).or(emily.getByRole('combobox', { name: 'Post text', exact: true }));
  await composer.fill(`${text} with `);
  await composer.pressSequentially('@やまだ');
  await emily.getByRole('listbox', { name: 'Members to mention' }).getByRole('option', { name: '山田 太郎' }).waitFor();
  await composer.press('Enter');
  expect(await composer.inputValue()).toBe(`${text} with @山田 太郎 `);
  await composer.pressSequentially('on Saturday #Reunion2026');
  // A photo, described for screen readers.
  const photo = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#3060c0' } })
    .jpeg()
    .toBuffer();
  await emily.locator('input[type="file"]').setInputFiles({ name: 'venue.jpg', mimeType: 'image/jpeg', buffer: photo });
  await emily.getByLabel('Description of photo 1', { exact: true }).fill('The reunion venue');
  await composer.press('Control+Enter');

  const ownPost = postWith(emily, 'Feed', text);
  await ownPost.getByRole('link', { name: '@山田 太郎' }).waitFor();
  expect(await composer.inputValue()).toBe('');
  await ownPost.getByRole('img', { name: 'The reunion venue' }).waitFor();
  expect(await emily.getByText('0 of 4 photos').count()).toBe(1);
  expect(await ownPost.getByRole('link', { name: '#Reunion2026' }).getAttribute('href')).toBe('/hashtags/reunion2026');

  // Michael is offered it above his feed, shows it, likes it and comments.
  const seen = postWith(michael, 'フィード', text);
  expect(await seen.count()).toBe(0);
  await michael.getByRole('button', { name: /^新しい投稿 \d+ 件$/ }).click();
  await seen.getByRole('img', { name: 'The reunion venue' }).waitFor();
  await seen.getByRole('link', { name: '@山田 太郎' }).waitFor();
  const like = seen.getByRole('button', { name: /^いいね/ });
  expect(await like.getAttribute('aria-pressed')).toBe('false');
  await like.click();
  await seen.getByRole('button', { name: 'いいね(1件)', exact: true }).and(seen.locator('[aria-pressed="true"]')).waitFor();
  await seen.getByRole('button', { name: 'コメント0件', exact: true }).click();
  const commentBox = seen.getByRole('textbox', { name: 'コメントを書く', exact: true });
  await commentBox.fill('参加します!');
  await seen.getByRole('button', { name: 'コメント', exact: true }).click();
  await seen.getByRole('list', { name: 'コメント' }).getByText('参加します!').waitFor();
  await seen.getByRole('button', { name: 'コメント1件', exact: true }).waitFor();

  // Emily sees the like and the comment as they happen; a second comment appears in her open thread.
  const liked = postWith(emily, 'Feed', text);
  await liked.getByRole('button', { name: 'Like (1 like)', exact: true }).waitFor();
  await liked.getByRole('button', { name: '1 comment', exact: true }).click();
  await liked.getByRole('list', { name: 'Comments' }).getByText('参加します!').waitFor();
  await commentBox.fill('駐車場はありますか?');
  await seen.getByRole('button', { name: 'コメント', exact: true }).click();
  await liked.getByRole('list', { name: 'Comments' }).getByText('駐車場はありますか?').waitFor();
  await liked.getByRole('button', { name: '2 comments', exact: true }).waitFor();

  // The hashtag's page lists it, with the composer ready to post under the tag.
  await liked.getByRole('link', { name: '#Reunion2026' }).click();
  await emily.waitForURL((url) => url.pathname === '/hashtags/reunion2026');
  await emily.getByRole('heading', { level: 1, name: '#reunion2026' }).waitFor();
  await postWith(emily, 'Posts with #reunion2026', text).waitFor();
  expect(await emily.getByRole('textbox', { name: 'Post text', exact: true }).inputValue()).toBe('#reunion2026 ');

  // Michael reports it with a reason.
  await seen.getByRole('button', { name: '投稿の操作' }).click();
  await michael.getByRole('menuitem', { name: '報告' }).click();
  const report = michael.getByRole('dialog', { name: 'この投稿を報告' });
  const reason = report.getByRole('textbox', { name: '報告の理由' });
  // The dialog puts the cursor in its field.
  await michael.waitForFunction(() => document.activeElement?.tagName === 'TEXTAREA' && document.activeElement.closest('[role="dialog"]') !== null);
  await reason.fill('個人の連絡先が書かれています');
  await report.getByRole('button', { name: '報告する' }).click();
  await seen.getByText('ご報告ありがとうございます。モデレーターが確認します。').waitFor();

  // A moderator hides it from the moderation page.
  const admin = await (await e2e.newContext('en-US')).newPage();
  await signIn(admin, e2e.stack.demo.admin.email, e2e.stack.demo.admin.password);
  await admin.goto('/admin/moderation');
  await admin.getByRole('heading', { level: 1, name: 'Moderation' }).waitFor();
  const reported = admin.getByRole('list', { name: 'Reported items' }).getByRole('article').filter({ hasText: text });
  await reported.getByText('個人の連絡先が書かれています').waitFor();
  await reported.getByText('1 open report').waitFor();
  await reported.getByRole('button', { name: 'Hide for everyone' }).click();
  await reported.getByText('Hidden by moderators').waitFor();
  await reported.getByRole('button', { name: 'Show again' }).waitFor();

  // Gone from Michael's feed; Emily still sees her post, marked as hidden.
  await michael.reload();
  await michael.getByRole('list', { name: 'フィード', exact: true }).getByRole('article').first().waitFor();
  expect(await postWith(michael, 'フィード', text).count()).toBe(0);
  await emily.goto('/');
  await postWith(emily, 'Feed', text).getByText('Hidden by moderators').waitFor();
});
