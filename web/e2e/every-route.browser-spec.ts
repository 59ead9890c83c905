// Every route of the web client (App.tsx), signed out, as a member and as the owner, on a phone
// (390×844, touch) and on a laptop (1280×800): no page scrolls sideways, every page has a heading,
// and axe finds no serious or critical WCAG 2.2 AA violation. On the phone the menu reaches every
// section the member may use, and the owner reaches every admin section through the admin menu.
// Member pages never request the administration area's code (its chunk, `adminPages-*.js`).
import { randomUUID } from 'node:crypto';
import { AxeBuilder } from '@axe-core/playwright';
import type { BrowserContextOptions, Locator, Page } from 'playwright-core';
import { claimsOf } from '@kizuna/testing';
import { useBrowserStack } from './browser-stack';

const e2e = useBrowserStack();
// Each test visits up to 19 pages and runs axe on each.
jest.setTimeout(600_000);

const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const LAPTOP: BrowserContextOptions = { viewport: { width: 1280, height: 800 } };
const SIZES = [
  ['phone', PHONE],
  ['laptop', LAPTOP],
] as const;

const TARO = 'taro.yamada@demo.kizuna.dev';
/** A member without staff permissions. */
const HANAKO = 'hanako.sato@demo.kizuna.dev';
const ADMIN_CHUNK = /\/adminPages-[\w-]+\.js$/;

/** The ids the routes need: demo members, a conversation between two of them, a bulk message and a post. */
interface Ids {
  hanako: string;
  taro: string;
  conversation: string;
  bulkMessage: string;
  post: string;
  survey: string;
}
let ids: Ids;

beforeAll(async () => {
  const { stack } = e2e;
  const taro = claimsOf(await stack.signIn(TARO, stack.demo.memberPassword)).mid;
  const hanakoToken = await stack.signIn(HANAKO, stack.demo.memberPassword);
  const hanako = claimsOf(hanakoToken).mid;
  // 佐藤 花子 writes to 山田 太郎 (once the members have reached messaging).
  const conversation = await stack.waitFor(async () => {
    const started = await stack.graphql<{ startDirectConversation: { conversation: { id: string } | null } }>(
      stack.gatewayUrl!,
      'mutation($input: StartDirectConversationInput!) { startDirectConversation(input: $input) { conversation { id } } }',
      { input: { memberId: taro } },
      hanakoToken,
    );
    return started.data?.startDirectConversation.conversation?.id;
  }, 60_000);
  await stack.graphql(
    stack.gatewayUrl!,
    'mutation($input: SendMessageInput!) { sendMessage(input: $input) { errors { code } } }',
    { input: { conversationId: conversation, body: 'Could you share the slides from the study group?' } },
    hanakoToken,
  );
  const admin = await stack.signInAdmin();
  const sent = await stack.graphql<{ sendBulkMessage: { bulkMessage: { id: string } | null; errors: unknown[] } }>(
    stack.gatewayUrl!,
    'mutation($input: SendBulkMessageInput!) { sendBulkMessage(input: $input) { bulkMessage { id } errors { code message } } }',
    { input: { idempotencyKey: randomUUID(), body: 'Reunion on Saturday, {{name}}!', memberIds: [taro, hanako] } },
    admin,
  );
  const bulkMessage = sent.data?.sendBulkMessage.bulkMessage?.id;
  if (!bulkMessage) throw new Error(`No bulk message: ${JSON.stringify(sent)}`);
  // 花子 posts in the feed, mentioning 太郎, with a hashtag and a link; the owner reports it, so the moderation page has a case to show.
  const posted = await stack.waitFor(async () => {
    const created = await stack.graphql<{ createPost: { post: { id: string } | null } }>(
      stack.gatewayUrl!,
      'mutation($input: CreatePostInput!) { createPost(input: $input) { post { id } } }',
      { input: { body: `Study group slides are up, thanks <@${taro}>! #勉強会 https://example.com/slides` } },
      hanakoToken,
    );
    return created.data?.createPost.post?.id;
  }, 60_000);
  // 太郎 answers and 花子 replies, so the item's page shows a thread.
  const comment = await stack.graphql<{ addComment: { comment: { id: string } | null } }>(
    stack.gatewayUrl!,
    'mutation($input: AddCommentInput!) { addComment(input: $input) { comment { id } } }',
    { input: { feedItemId: posted, body: 'Thank you, see you next week!' } },
    await stack.signIn(TARO, stack.demo.memberPassword),
  );
  await stack.graphql(
    stack.gatewayUrl!,
    'mutation($input: AddCommentInput!) { addComment(input: $input) { comment { id } } }',
    { input: { feedItemId: posted, body: 'See you there.', replyToCommentId: comment.data?.addComment.comment?.id } },
    hanakoToken,
  );
  await stack.graphql(
    stack.gatewayUrl!,
    'mutation($input: ReportContentInput!) { reportContent(input: $input) { errors { code } } }',
    { input: { feedItemId: posted, reason: 'Checking the moderation page.' } },
    admin,
  );
  // A posting prompt, so the prompts page lists one.
  await stack.graphql(
    stack.gatewayUrl!,
    'mutation($input: CreatePostingPromptInput!) { createPostingPrompt(input: $input) { errors { code } } }',
    {
      input: {
        hashtag: '#なんでもOKデー',
        title: 'なんでもOKデー: share anything',
        rrule: 'FREQ=WEEKLY;BYDAY=FR;BYHOUR=12;BYMINUTE=0',
        timeZone: 'Asia/Tokyo',
      },
    },
    admin,
  );
  // A survey, so its page has questions to show.
  const survey = await stack.graphql<{ createSurvey: { survey: { id: string } | null } }>(
    stack.gatewayUrl!,
    'mutation($input: CreateSurveyInput!) { createSurvey(input: $input) { survey { id } } }',
    {
      input: {
        title: 'Reunion planning',
        questions: [
          { kind: 'SINGLE_CHOICE', prompt: 'Which day suits you?', options: ['Saturday', 'Sunday'] },
          { kind: 'SCALE', prompt: 'How likely are you to come?', lowLabel: 'Unlikely', highLabel: 'Certainly' },
          { kind: 'FREE_TEXT', prompt: 'Anything else?', required: false },
        ],
      },
    },
    admin,
  );
  const surveyId = survey.data?.createSurvey.survey?.id;
  if (!surveyId) throw new Error(`No survey: ${JSON.stringify(survey)}`);
  ids = { hanako, taro, conversation, bulkMessage, post: posted, survey: surveyId };
}, 120_000);

const publicRoutes = () => [
  `/sign-in?network=${e2e.stack.demo.networkSlug}`,
  `/join/${e2e.stack.demo.networkSlug}`,
  '/invitations/not-a-real-invitation',
  '/social-login/error?code=ACCESS_DENIED',
  '/verify-email?token=not-a-real-token',
  '/confirm-email?token=not-a-real-token',
  '/forgot-password',
  '/reset-password?token=not-a-real-token',
  '/account-deleted',
  '/no-such-page',
];
// /pending is the applicants' page: an approved member opening it is sent on to the home page.
const memberRoutes = () => [
  '/',
  '/directory',
  '/companies',
  `/members/${ids.taro}`,
  '/messages',
  `/messages/${ids.conversation}`,
  '/rooms',
  '/profile',
  '/account',
  `/posts/${ids.post}`,
  `/hashtags/${encodeURIComponent('勉強会')}`,
  `/surveys/${ids.survey}`,
  '/articles/mine',
];
const adminRoutes = () => [
  '/admin/approvals',
  '/admin/questions',
  '/admin/auto-approval',
  '/admin/settings',
  '/admin/roles',
  '/admin/staff',
  '/admin/invitations',
  '/admin/audit',
  '/admin/members',
  `/admin/members/${ids.hanako}`,
  '/admin/tags',
  '/admin/segments',
  '/admin/fields',
  '/admin/import',
  '/admin/bulk-messages',
  `/admin/bulk-messages/${ids.bulkMessage}`,
  '/admin/message-templates',
  '/admin/auto-replies',
  '/admin/moderation',
  '/admin/prompts',
  '/admin/content',
  '/surveys/new',
  '/articles/new',
];

/** A fresh browser profile of that size; every script it requests is noted in `scripts`. */
async function open(options: BrowserContextOptions): Promise<{ page: Page; scripts: string[] }> {
  const context = await e2e.newContext('en-US', options);
  const page = await context.newPage();
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  return { page, scripts };
}

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto(`/sign-in?network=${encodeURIComponent(e2e.stack.demo.networkSlug)}`);
  await page.getByLabel('E-mail', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/');
}

/** Waits for the page's heading and for its data to arrive. */
async function settled(page: Page): Promise<void> {
  await page.locator('h1:not([data-left])').first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => ![...document.querySelectorAll('[role="status"]')].some((status) => status.textContent?.includes('Loading…')));
}

/**
 * What is wrong with the page on screen: sideways scrolling, no heading, and axe's serious or
 * critical WCAG 2.2 AA violations (each with the elements at fault). Empty when nothing is.
 */
async function problems(page: Page): Promise<string[]> {
  const found: string[] = [];
  const where = new URL(page.url()).pathname;
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  if (scrollWidth > clientWidth) found.push(`${where}: scrolls sideways (${scrollWidth} > ${clientWidth})`);
  if ((await page.locator('h1').count()) === 0) found.push(`${where}: no h1`);
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  for (const violation of axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')) {
    const nodes = violation.nodes.map((node) => `${node.target.join(' ')} ${node.failureSummary?.split('\n')[1]?.trim() ?? ''}`);
    found.push(`${where}: ${violation.id} (${violation.impact}) at ${nodes.join('; ')}`);
  }
  return found;
}

/**
 * Opens `route` as a link inside the app would (the router follows the address), which spares
 * reloading the whole client for each page; headings of the page left are marked to be told apart.
 */
async function navigate(page: Page, route: string): Promise<void> {
  await page.evaluate((to) => {
    for (const heading of document.querySelectorAll('h1')) heading.dataset.left = '';
    history.pushState(null, '', to);
    dispatchEvent(new PopStateEvent('popstate'));
  }, route);
}

async function sweep(page: Page, routes: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const [index, route] of routes.entries()) {
    if (index === 0) await page.goto(route);
    else await navigate(page, route);
    try {
      await settled(page);
    } catch (error) {
      found.push(`${route}: ${String(error).split('\n')[0]}`);
      continue;
    }
    found.push(...(await problems(page)));
  }
  return found;
}

describe.each(SIZES)('on a %s', (_size, options) => {
  test('every public page fits, has a heading and passes axe', async () => {
    const { page } = await open(options);
    expect(await sweep(page, publicRoutes())).toEqual([]);
  });

  test('every member page fits, has a heading and passes axe, and none loads the administration code', async () => {
    const { page, scripts } = await open(options);
    await signIn(page, HANAKO, e2e.stack.demo.memberPassword);
    expect(await sweep(page, memberRoutes())).toEqual([]);
    // The pages came in chunks of their own, none of them the administration area's.
    expect(scripts).toEqual(expect.arrayContaining([expect.stringMatching(/\/DirectoryPage-[\w-]+\.js$/)]));
    expect(scripts.filter((script) => ADMIN_CHUNK.test(script))).toEqual([]);
  });

  test('every admin page fits, has a heading and passes axe', async () => {
    const { page, scripts } = await open(options);
    await signIn(page, e2e.stack.demo.admin.email, e2e.stack.demo.admin.password);
    expect(await sweep(page, adminRoutes())).toEqual([]);
    expect(scripts.filter((script) => ADMIN_CHUNK.test(script))).toHaveLength(1);
  });
});

/** Waits until the menu button says it is open (or closed). */
const expanded = (button: Locator, value: boolean) => button.and(button.page().locator(`[aria-expanded="${value}"]`)).waitFor();

test('on a phone, the menu reaches every section a member may use, and opening a conversation puts the cursor in its message box', async () => {
  const { page } = await open(PHONE);
  await signIn(page, HANAKO, e2e.stack.demo.memberPassword);
  const burger = page.getByRole('button', { name: 'Menu', exact: true });
  const menu = page.getByRole('navigation', { name: 'Menu' });
  // Closed, the menu's links are out of reach.
  await expanded(burger, false);
  expect(await page.getByRole('link', { name: 'Directory' }).count()).toBe(0);
  await burger.click();
  await expanded(burger, true);
  expect(await menu.getByRole('link').allInnerTexts()).toEqual(['Home', 'Directory', 'Companies', 'Messages', 'Talk rooms', 'My profile', 'Account']);
  await menu.getByRole('button', { name: /^Language/ }).waitFor();
  await menu.getByRole('button', { name: 'Sign out' }).waitFor();

  const sections: [string, string, string?][] = [
    ['Directory', '/directory', 'Directory'],
    ['Companies', '/companies', 'Alumni companies'],
    ['Messages', '/messages', 'Messages'],
    ['Talk rooms', '/rooms', 'Talk rooms'],
    ['My profile', '/profile'],
    ['Account', '/account'],
    ['Home', '/'],
  ];
  for (const [label, path, heading] of sections) {
    if (!(await menu.isVisible())) await burger.click();
    await menu.getByRole('link', { name: label, exact: true }).click();
    await page.waitForURL((url) => url.pathname === path);
    await page
      .getByRole('heading', { level: 1, ...(heading ? { name: heading } : {}) })
      .first()
      .waitFor();
    // Choosing a section closes the menu.
    await expanded(burger, false);
  }

  await page.goto(`/messages/${ids.conversation}`);
  await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Message');

  await burger.click();
  await menu.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL((url) => url.pathname === '/sign-in');
});

test('on a phone, the owner reaches every admin section through the folded admin menu', async () => {
  const { page } = await open(PHONE);
  await signIn(page, e2e.stack.demo.admin.email, e2e.stack.demo.admin.password);
  await page.getByRole('button', { name: 'Menu', exact: true }).click();
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Administration' }).click();
  await page.waitForURL((url) => url.pathname === '/admin/approvals');

  // Folded by default, naming the current section.
  const adminMenu = page.getByRole('navigation', { name: 'Administration' });
  const toggle = adminMenu.getByRole('button', { name: /^Administration menu: / });
  await adminMenu.getByRole('button', { name: 'Administration menu: Approvals', exact: true }).waitFor();
  await expanded(toggle, false);
  expect(await adminMenu.getByRole('link').count()).toBe(0);
  await toggle.click();
  await expanded(toggle, true);
  const sections = await adminMenu.getByRole('link').evaluateAll((links) => links.map((link) => [link.textContent ?? '', link.getAttribute('href') ?? '']));
  expect(sections.map(([, href]) => href)).toEqual(
    adminRoutes().filter((route) => route.startsWith('/admin/') && !route.endsWith(ids.hanako) && !route.endsWith(ids.bulkMessage)),
  );
  await toggle.click();

  for (const [label, href] of sections) {
    await toggle.click();
    await adminMenu.getByRole('link', { name: label, exact: true }).click();
    await page.waitForURL((url) => url.pathname === href);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await expanded(toggle, false);
    await adminMenu.getByRole('button', { name: `Administration menu: ${label}`, exact: true }).waitFor();
  }
});
