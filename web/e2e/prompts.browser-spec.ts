// Posting prompts, end to end: the network's admin (in Tokyo) builds a prompt on the admin page —
// the form previews the next times from the server — with a rule whose first time is seconds away;
// on schedule it appears in a member's feed as a prompt card, the member answers with "Post under
// #tag", and the hashtag's page lists the answer.
import type { Page } from 'playwright-core';
import { useBrowserStack } from './browser-stack';

const e2e = useBrowserStack({ stack: () => ({ serviceEnv: { content: { CONTENT_PROMPT_TICK_MS: '500' } } }) });

const EMILY = 'emily.johnson@demo.kizuna.dev';

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto(`/sign-in?network=${encodeURIComponent(e2e.stack.demo.networkSlug)}`);
  await page.getByLabel('E-mail', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/');
}

test("a prompt built on the admin page appears in a member's feed on schedule, and the answer is listed under its hashtag", async () => {
  const tag = `OKデー${Date.now().toString(36)}`;
  const title = `#${tag}: share anything`;

  const admin = await (await e2e.newContext('en-US', { timezoneId: 'Asia/Tokyo' })).newPage();
  await signIn(admin, e2e.stack.demo.admin.email, e2e.stack.demo.admin.password);
  await admin.goto('/admin/prompts');
  await admin.getByRole('heading', { name: 'Posting prompts', level: 1 }).waitFor();
  await admin.getByRole('button', { name: 'New prompt' }).click();
  const form = admin.getByRole('form', { name: 'New posting prompt' });
  await form.getByLabel('Hashtag', { exact: false }).fill(`#${tag}`);
  await form.getByRole('textbox', { name: 'Title' }).fill(title);
  await form.getByRole('textbox', { name: 'Text (optional)' }).fill('What happened this week? Anything goes.');
  // The builder's default, every Friday at 12:00 in the browser's zone: the server previews three Fridays.
  expect(await form.getByLabel('Time zone', { exact: true }).first().inputValue()).toBe('Asia/Tokyo');
  const preview = form.getByTestId('prompt-preview').getByRole('listitem');
  await preview.nth(2).waitFor();
  for (const text of await preview.allInnerTexts()) expect(text).toMatch(/^Fri.*12:00/);

  // A rule the test controls: once an hour, at a minute and second about 20 s from now.
  const first = new Date(Math.ceil((Date.now() + 20_000) / 1000) * 1000);
  await form.getByLabel('Repeats', { exact: true }).first().click();
  await admin.getByRole('option', { name: 'Custom rule (RRULE)' }).click();
  await form.getByRole('textbox', { name: 'Recurrence rule' }).fill(`FREQ=HOURLY;BYMINUTE=${first.getUTCMinutes()};BYSECOND=${first.getUTCSeconds()}`);
  await form.getByTestId('prompt-preview').locator(`time[datetime="${first.toISOString()}"]`).waitFor();
  await form.getByRole('button', { name: 'Save' }).click();
  const card = admin.getByRole('list', { name: 'Posting prompts' }).getByRole('article', { name: title });
  await card.getByText('Active').waitFor();
  await card.locator(`time[datetime="${first.toISOString()}"]`).waitFor();

  // Emily's feed shows nothing yet; once the time has come, the prompt card.
  const emily = await (await e2e.newContext('en-US')).newPage();
  await signIn(emily, EMILY, e2e.stack.demo.memberPassword);
  const feed = emily.getByRole('list', { name: 'Feed', exact: true });
  await feed.getByRole('article').first().waitFor();
  const promptCard = feed.getByRole('article').filter({ hasText: title });
  expect(await promptCard.count()).toBe(0);
  const deadline = first.getTime() + 30_000;
  while ((await promptCard.count()) === 0) {
    if (Date.now() > deadline) throw new Error('The prompt did not appear in the feed');
    await emily.waitForTimeout(2_000);
    await emily.reload();
    await feed.getByRole('article').first().waitFor();
  }
  expect(Date.now()).toBeGreaterThanOrEqual(first.getTime());
  await promptCard.getByText('Posting prompt', { exact: true }).waitFor();
  await promptCard.getByText('What happened this week? Anything goes.').waitFor();

  // "Post under #tag" starts the composer with the tag; the answer is listed on the hashtag's page.
  await promptCard.getByRole('button', { name: `Post under #${tag}` }).click();
  const composer = emily.getByRole('textbox', { name: 'Post text', exact: true });
  expect(await composer.inputValue()).toBe(`#${tag} `);
  await composer.pressSequentially('We had a reunion in Kyoto!');
  await composer.press('Control+Enter');
  await feed.getByRole('article').filter({ hasText: 'We had a reunion in Kyoto!' }).waitFor();
  await promptCard.getByRole('link', { name: 'See the answers' }).click();
  await emily.waitForURL((url) => url.pathname.startsWith('/hashtags/'));
  await emily.getByRole('article').filter({ hasText: 'We had a reunion in Kyoto!' }).waitFor();
});
