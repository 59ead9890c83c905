// Bulk messages, end to end in two browser profiles against the whole stack: the admin writes a
// template with {{name}}, and sends it to a hand-picked member while that member has Messages open;
// the message arrives from the network without a reload, with the member's own name filled in, and
// the admin's report shows it delivered, then opened once the member reads it.
import type { Page } from 'playwright-core';
import { useBrowserStack } from './browser-stack';

const e2e = useBrowserStack();

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto(`/sign-in?network=${encodeURIComponent(e2e.stack.demo.networkSlug)}`);
  await page.getByLabel('E-mail', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL((url) => url.pathname !== '/sign-in');
}

test("a templated bulk message reaches an open Messages window with the recipient's name, and the report follows delivery and opening", async () => {
  const sophie = await (await e2e.newContext('en-US')).newPage();
  await signIn(sophie, 'sophie.martin@demo.kizuna.dev', e2e.stack.demo.memberPassword);
  await sophie.goto('/messages');
  await sophie.getByRole('heading', { level: 1, name: 'Messages' }).waitFor();

  const admin = await (await e2e.newContext('en-US')).newPage();
  await signIn(admin, e2e.stack.demo.admin.email, e2e.stack.demo.admin.password);
  await admin.goto('/admin/message-templates');
  await admin.getByRole('button', { name: 'New template' }).click();
  const form = admin.getByRole('form', { name: 'Template' });
  await form.getByRole('textbox', { name: 'Name' }).fill('Reunion invitation');
  await form.getByRole('textbox', { name: 'Text' }).fill('Dear {{name}}, join us at the reunion on 12 December.');
  // The preview renders the text for a chosen member.
  await form.getByLabel('Preview for a member').fill('Sophie');
  await form.getByRole('checkbox', { name: 'Sophie Martin' }).check();
  await form.getByTestId('template-preview').getByText('Dear Sophie Martin, join us at the reunion on 12 December.').waitFor();
  await form.getByRole('button', { name: 'Save template' }).click();
  await admin.getByRole('table', { name: 'Templates' }).getByText('Reunion invitation').waitFor();

  await admin.goto('/admin/bulk-messages');
  await admin.getByRole('button', { name: 'New bulk message' }).click();
  const composer = admin.getByRole('form', { name: 'Bulk message' });
  await composer.getByLabel('Find members').fill('Sophie');
  await composer.getByRole('group', { name: 'Matching members' }).getByRole('checkbox', { name: 'Sophie Martin' }).check();
  await composer
    .getByRole('textbox', { name: 'Template' })
    .or(composer.getByRole('combobox', { name: 'Template' }))
    .first()
    .click();
  await admin.getByRole('option', { name: 'Reunion invitation' }).click();
  // Sending asks first, in a dialog saying to how many it goes; cancelling sends nothing.
  const bulkMessages = async () => (await e2e.stack.sql<{ count: number }>('SELECT count(*)::int AS count FROM messaging.bulk_messages'))[0].count;
  const before = await bulkMessages();
  await composer.getByRole('button', { name: 'Send to 1 now' }).click();
  const confirmation = admin.getByRole('dialog', { name: 'Send the bulk message' });
  await confirmation.getByText('This message goes to 1 member now. It cannot be taken back once sent.').waitFor();
  await confirmation.getByRole('button', { name: 'Cancel' }).click();
  await confirmation.waitFor({ state: 'detached' });
  expect(await bulkMessages()).toBe(before);
  await composer.getByRole('button', { name: 'Send to 1 now' }).click();
  await confirmation.getByRole('button', { name: 'Send to 1' }).click();
  await admin.waitForURL((url) => /^\/admin\/bulk-messages\/[0-9a-f-]+$/.test(url.pathname));
  await admin.getByTestId('bulk-status').getByText('Sent').waitFor();
  await admin.getByText('1 delivered').waitFor();

  // Sophie's open list gains the network's conversation, unread, with her name in the text.
  const row = sophie.getByRole('list', { name: 'Conversations' }).getByRole('link').filter({ hasText: 'Dear Sophie Martin' });
  await row.getByText('1 unread').waitFor();
  await row.click();
  await sophie.getByRole('list', { name: 'Messages', exact: true }).getByText('Dear Sophie Martin, join us at the reunion on 12 December.').waitFor();

  // Reading it counts as opened in the admin's report.
  await admin.reload();
  await admin.getByText('1 opened').waitFor();
  await admin.getByText('Open rate 100%').waitFor();
});

test('the bulk message list shows each message with its placeholders marked and whole status badges, on a phone and on a desktop', async () => {
  const token = await e2e.stack.signInAdmin();
  const sophieId = (await e2e.stack.sql<{ id: string }>(`SELECT membership_id AS id FROM directory.profiles WHERE email = 'sophie.martin@demo.kizuna.dev'`))[0]
    .id;
  const sent = await e2e.stack.graphql(
    e2e.stack.gatewayUrl!,
    'mutation($input: SendBulkMessageInput!) { sendBulkMessage(input: $input) { bulkMessage { id } errors { code } } }',
    {
      input: {
        idempotencyKey: crypto.randomUUID(),
        body: 'こんにちは {{name}} さん、{{profile.employer | "皆さま"}}の近況を教えてください。',
        memberIds: [sophieId],
      },
    },
    token,
  );
  expect(sent.data?.sendBulkMessage.errors).toEqual([]);

  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1280, height: 800 },
  ]) {
    const page = await (await e2e.newContext('ja-JP', { viewport })).newPage();
    await page.goto(`/sign-in?network=${encodeURIComponent(e2e.stack.demo.networkSlug)}`);
    await page.getByLabel('メールアドレス', { exact: true }).fill(e2e.stack.demo.admin.email);
    await page.getByLabel('パスワード', { exact: true }).fill(e2e.stack.demo.admin.password);
    await page.getByRole('button', { name: 'ログイン', exact: true }).click();
    await page.waitForURL((url) => url.pathname !== '/sign-in');
    await page.goto('/admin/bulk-messages');
    const row = page.getByRole('table', { name: '送信した一斉メッセージ' }).getByRole('row').filter({ hasText: 'の近況を教えてください' });
    await row.getByRole('link', { name: 'こんにちは ［名前］ さん、［勤務先］の近況を教えてください。' }).waitFor();
    expect(await row.innerText()).not.toContain('{{');
    // The status reads in full: its badge is as wide as its text.
    const badge = row.locator('.mantine-Badge-label');
    expect(await badge.innerText()).toMatch(/^(送信中|送信済み)$/);
    expect(await badge.evaluate((label) => label.scrollWidth <= label.clientWidth)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  }
});
