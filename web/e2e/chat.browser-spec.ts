// Direct messages, end to end in two browser profiles against the whole stack: Emily opens a
// conversation with Michael from his profile and writes; Michael, already on his message list, sees
// it arrive with an unread badge, reads it (Emily sees "Read"), sees Emily typing, edits and
// deletes his own message while Emily watches, and they react to each other. A message over the
// size limit is refused with the limit named, and a member of another network cannot open the chat.
import type { Page } from 'playwright-core';
import { claimsOf } from '@kizuna/testing';
import { useBrowserStack } from './browser-stack';

const e2e = useBrowserStack();

const EMILY = 'emily.johnson@demo.kizuna.dev';
const MICHAEL = 'michael.brown@demo.kizuna.dev';

async function signIn(page: Page, email: string, networkSlug: string = e2e.stack.demo.networkSlug): Promise<void> {
  await page.goto(`/sign-in?network=${encodeURIComponent(networkSlug)}`);
  await page.getByLabel('E-mail', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(e2e.stack.demo.memberPassword);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL((url) => url.pathname !== '/sign-in');
}

async function memberIdOf(email: string): Promise<string> {
  return claimsOf(await e2e.stack.signIn(email, e2e.stack.demo.memberPassword)).mid;
}

const history = (page: Page) => page.getByRole('list', { name: 'Messages', exact: true });
const messageWith = (page: Page, text: string) => history(page).getByRole('listitem').filter({ hasText: text });

test('two members chat live: a new conversation with an unread badge, read receipt, typing, edit, delete and reactions', async () => {
  const michaelId = await memberIdOf(MICHAEL);

  const michael = await (await e2e.newContext('en-US')).newPage();
  await signIn(michael, MICHAEL);
  await michael.goto('/messages');
  await michael.getByRole('heading', { level: 1, name: 'Messages' }).waitFor();
  await michael.getByTestId('conversations-empty').first().waitFor();

  const emily = await (await e2e.newContext('en-US')).newPage();
  await signIn(emily, EMILY);
  await emily.goto(`/members/${michaelId}`);
  await emily.getByRole('button', { name: 'Message', exact: true }).click();
  await emily.waitForURL((url) => url.pathname.startsWith('/messages/'));
  const conversationPath = new URL(emily.url()).pathname;
  await emily.getByRole('heading', { level: 1, name: 'Michael Brown' }).waitFor();
  const composer = emily.getByRole('textbox', { name: 'Message', exact: true });
  await composer.fill('Hello Michael! The reunion photos are at https://example.com/reunion.');
  await composer.press('Enter');
  await messageWith(emily, 'Hello Michael!').waitFor();
  expect(await composer.inputValue()).toBe('');

  // Michael's list gains the conversation, unread, without a reload; the header counts it too.
  const row = michael.getByRole('list', { name: 'Conversations' }).getByRole('link').filter({ hasText: 'Emily Johnson' });
  await row.getByText('1 unread').waitFor();
  await row.getByText('Hello Michael!').waitFor();
  await michael.getByRole('link', { name: 'Messages: 1 unread' }).waitFor();

  await row.click();
  await michael.waitForURL((url) => url.pathname === conversationPath);
  const received = messageWith(michael, 'Hello Michael!');
  await received.waitFor();
  const link = received.getByRole('link', { name: 'https://example.com/reunion' });
  expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
  expect(await link.getAttribute('target')).toBe('_blank');
  // Reading it clears the badge and tells Emily.
  await michael.getByRole('link', { name: 'Messages', exact: true }).waitFor();
  await messageWith(emily, 'Hello Michael!').getByText('Read', { exact: true }).waitFor();

  // Emily typing shows on Michael's side.
  await composer.pressSequentially('Are you com', { delay: 30 });
  await michael.getByTestId('typing-indicator').getByText('Emily Johnson is typing…').waitFor();
  await composer.fill('');

  // Michael writes, edits and deletes; Emily sees each change live.
  const reply = michael.getByRole('textbox', { name: 'Message', exact: true });
  await reply.fill('Thanks, see you on Saturday');
  await reply.press('Enter');
  await messageWith(emily, 'see you on Saturday').waitFor();

  const mine = messageWith(michael, 'see you on Saturday');
  await mine.getByRole('button', { name: 'Message actions' }).click();
  await michael.getByRole('menuitem', { name: 'Edit' }).click();
  const editor = history(michael).getByRole('textbox', { name: 'Edit message' });
  await editor.fill('Thanks, see you on Sunday');
  await editor.press('Enter');
  const edited = messageWith(emily, 'see you on Sunday');
  await edited.getByText('edited').waitFor();
  await messageWith(emily, 'see you on Saturday').waitFor({ state: 'detached' });

  await messageWith(michael, 'see you on Sunday').getByRole('button', { name: 'Message actions' }).click();
  await michael.getByRole('menuitem', { name: 'Delete' }).click();
  await michael.getByRole('dialog', { name: 'Delete this message?' }).getByRole('button', { name: 'Delete' }).click();
  await history(emily).getByText('This message was deleted').waitFor();
  await messageWith(emily, 'see you on Sunday').waitFor({ state: 'detached' });

  // Michael reacts to Emily's message; she sees the count and adds hers.
  await received.getByRole('button', { name: 'Add reaction' }).click();
  await michael.getByRole('button', { name: 'React with 👍' }).click();
  const thumbs = messageWith(emily, 'Hello Michael!').getByRole('button', { name: '👍 1' });
  await thumbs.waitFor();
  expect(await thumbs.getAttribute('aria-pressed')).toBe('false');
  await thumbs.click();
  await received.getByRole('button', { name: '👍 2' }).waitFor();
  await messageWith(emily, 'Hello Michael!').getByRole('button', { name: '👍 2' }).click();
  await received.getByRole('button', { name: '👍 1' }).waitFor();
});

test('a message over the size limit is refused with the limit named, and nothing is posted', async () => {
  const emily = await (await e2e.newContext('en-US')).newPage();
  await signIn(emily, EMILY);
  await emily.goto(`/members/${await memberIdOf('sophie.martin@demo.kizuna.dev')}`);
  await emily.getByRole('button', { name: 'Message', exact: true }).click();
  await emily.waitForURL((url) => url.pathname.startsWith('/messages/'));
  const conversationId = new URL(emily.url()).pathname.split('/').pop()!;

  const composer = emily.getByRole('textbox', { name: 'Message', exact: true });
  await composer.fill('あ'.repeat(4001));
  await composer.press('Enter');
  await emily.getByRole('alert').filter({ hasText: 'Limit reached' }).getByText(/4000/).waitFor();
  // The text stays for the member to shorten.
  expect(await composer.inputValue()).toBe('あ'.repeat(4001));
  const [{ count }] = await e2e.stack.sql<{ count: number }>('SELECT count(*)::int AS count FROM messaging.messages WHERE conversation_id = $1', [
    conversationId,
  ]);
  expect(count).toBe(0);
});

test('a member of another network cannot open a conversation of this one', async () => {
  const emily = await (await e2e.newContext('en-US')).newPage();
  await signIn(emily, EMILY);
  await emily.goto(`/members/${await memberIdOf('david.chen@demo.kizuna.dev')}`);
  await emily.getByRole('button', { name: 'Message', exact: true }).click();
  await emily.waitForURL((url) => url.pathname.startsWith('/messages/'));
  const composer = emily.getByRole('textbox', { name: 'Message', exact: true });
  await composer.fill('Only for David');
  await composer.press('Enter');
  await messageWith(emily, 'Only for David').waitFor();
  const conversationPath = new URL(emily.url()).pathname;

  const outsider = await (await e2e.newContext('en-US')).newPage();
  await signIn(outsider, e2e.stack.demo.otherNetwork.admin.email, e2e.stack.demo.otherNetwork.networkSlug);
  await outsider.goto(conversationPath);
  await outsider.getByText('This conversation does not exist or you cannot see it.').waitFor();
  expect(await outsider.getByText('Only for David').count()).toBe(0);
});

/** Elements HTML does not allow inside a <p> (React warns about them; browsers break the paragraph). */
const BLOCKS_IN_P = [
  'address',
  'article',
  'aside',
  'blockquote',
  'div',
  'dl',
  'fieldset',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'ul',
]
  .map((tag) => `p ${tag}`)
  .join(', ');

test('the messages list and an open conversation are valid markup and leave nothing in the console', async () => {
  const page = await (await e2e.newContext('en-US')).newPage();
  const complaints: string[] = [];
  page.on('console', (message) => {
    // The test browser blocks the service worker and says so; that is no complaint about the page.
    if (message.text().includes('blocked by Playwright')) return;
    if (message.type() === 'error' || message.type() === 'warning') complaints.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => complaints.push(`pageerror: ${error.message}`));
  const blocksInParagraphs = () =>
    page.evaluate(
      (selector) =>
        [...document.querySelectorAll(selector)].map((element) => `<${element.tagName.toLowerCase()}> in <p>: ${element.closest('p')!.textContent}`),
      BLOCKS_IN_P,
    );

  // A conversation with the office: its row carries the "Office" badge beside the title.
  await signIn(page, 'priya.patel@demo.kizuna.dev');
  await page.goto('/messages');
  await page.getByRole('button', { name: 'Contact the office' }).click();
  await page.waitForURL((url) => url.pathname.startsWith('/messages/'));
  const composer = page.getByRole('textbox', { name: 'Message', exact: true });
  await composer.fill('Could you update my graduation year?');
  await composer.press('Enter');
  await messageWith(page, 'Could you update my graduation year?').waitFor();
  expect(await blocksInParagraphs()).toEqual([]);

  await page.goto('/messages');
  const row = page.getByRole('list', { name: 'Conversations' }).getByRole('link').filter({ hasText: 'Could you update my graduation year?' });
  await row.getByText('Office', { exact: true }).waitFor();
  expect(await blocksInParagraphs()).toEqual([]);
  expect(complaints).toEqual([]);
});
