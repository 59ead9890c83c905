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

test('a templated bulk message reaches an open Messages window with the recipient\'s name, and the report follows delivery and opening', async () => {
  const sophie = await (await e2e.newContext('en-US')).newPage();
  await signIn(sophie, 'sophie.martin@demo.kizuna.dev', e2e.stack.demo.memberPassword);
  await sophie.goto('/messages');
  await sophie.getByRole('heading', { level: 1, name: 'Messages' }).waitFor();

  const admin = await (await e2e.newContext('en-US')).newPage();
  admin.on('dialog', (dialog) => void dialog.accept());
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
  await composer.getByRole('textbox', { name: 'Template' }).or(composer.getByRole('combobox', { name: 'Template' })).first().click();
  await admin.getByRole('option', { name: 'Reunion invitation' }).click();
  await composer.getByRole('button', { name: 'Send to 1 now' }).click();
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
