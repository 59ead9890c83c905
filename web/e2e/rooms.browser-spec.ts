// Talk rooms, end to end in two browser profiles: Emily creates an open room; Michael (in Japanese)
// finds it in the discovery list, joins, and the two talk live, with an @mention picked from the
// room's members and "read by N"; Emily, the room's owner, removes one of Michael's messages.
import type { Page } from 'playwright-core';
import { useBrowserStack } from './browser-stack';

const e2e = useBrowserStack();

async function signIn(page: Page, email: string, labels = { email: 'E-mail', password: 'Password', submit: 'Sign in' }): Promise<void> {
  await page.goto(`/sign-in?network=${encodeURIComponent(e2e.stack.demo.networkSlug)}`);
  await page.getByLabel(labels.email, { exact: true }).fill(email);
  await page.getByLabel(labels.password, { exact: true }).fill(e2e.stack.demo.memberPassword);
  await page.getByRole('button', { name: labels.submit, exact: true }).click();
  await page.waitForURL((url) => url.pathname !== '/sign-in');
}

const messageWith = (page: Page, list: string, text: string) =>
  page.getByRole('list', { name: list, exact: true }).getByRole('listitem').filter({ hasText: text });

test('a member creates a room, another discovers and joins it, and they talk live with a mention', async () => {
  const roomName = `Alumni runners ${Date.now().toString(36)}`;

  const emily = await (await e2e.newContext('en-US')).newPage();
  await signIn(emily, 'emily.johnson@demo.kizuna.dev');
  await emily.goto('/rooms');
  await emily.getByRole('button', { name: 'Create room' }).click();
  const dialog = emily.getByRole('dialog', { name: 'Create a talk room' });
  await dialog.getByLabel('Name').fill(roomName);
  await dialog.getByLabel('Description').fill('Weekend runs along the river.');
  await dialog.getByLabel('Topic tags').fill('running');
  await dialog.getByLabel('Topic tags').press('Enter');
  await dialog.getByRole('button', { name: 'Create room' }).click();
  await emily.waitForURL((url) => url.pathname.startsWith('/messages/'));
  const roomPath = new URL(emily.url()).pathname;
  await emily.getByRole('heading', { level: 1, name: roomName }).waitFor();

  // Michael finds it by its name and joins.
  const michael = await (await e2e.newContext('ja-JP')).newPage();
  await signIn(michael, 'michael.brown@demo.kizuna.dev', { email: 'メールアドレス', password: 'パスワード', submit: 'ログイン' });
  await michael.goto('/rooms');
  await michael.getByLabel('ルームを検索').fill(roomName);
  const card = michael.getByRole('article', { name: roomName });
  await card.getByText('Weekend runs along the river.').waitFor();
  await card.getByRole('button', { name: `${roomName}に参加する` }).click();
  await michael.waitForURL((url) => url.pathname === roomPath);
  await michael.getByRole('heading', { level: 1, name: roomName }).waitFor();
  await michael.getByRole('button', { name: 'メンバー(2)' }).waitFor();

  // Emily writes; Michael sees it live.
  const emilyComposer = emily.getByRole('textbox', { name: 'Message', exact: true });
  await emilyComposer.fill('Welcome! First run is Saturday 8:00.');
  await emilyComposer.press('Enter');
  await messageWith(michael, 'メッセージ', 'First run is Saturday').waitFor();
  // Michael has seen it.
  await messageWith(emily, 'Messages', 'First run is Saturday').getByText('Read by 1').waitFor();

  // Michael answers, mentioning Emily picked from the room's members.
  // While the mention picker is open the composer is a combobox (it controls the picker's list).
  const michaelComposer = michael
    .getByRole('textbox', { name: 'メッセージ', exact: true })
    .or(michael.getByRole('combobox', { name: 'メッセージ', exact: true }));
  await michaelComposer.pressSequentially('@Emi');
  await michael.getByRole('listbox', { name: 'メンションするメンバー' }).getByRole('option', { name: 'Emily Johnson' }).waitFor();
  await michaelComposer.press('Enter');
  expect(await michaelComposer.inputValue()).toBe('@Emily Johnson ');
  await michaelComposer.pressSequentially('参加します!');
  await michaelComposer.press('Enter');
  const answer = messageWith(emily, 'Messages', '参加します!');
  await answer.getByText('@Emily Johnson').waitFor();

  // The owner moderates: Michael's message is removed and he sees why.
  await answer.getByRole('button', { name: 'Message actions' }).click();
  await emily.getByRole('menuitem', { name: 'Delete' }).click();
  await emily.getByRole('dialog', { name: 'Delete this message?' }).getByRole('button', { name: 'Delete' }).click();
  await michael.getByText('このメッセージはモデレーターにより削除されました').waitFor();
  expect(await michael.getByText('参加します!').count()).toBe(0);
});
