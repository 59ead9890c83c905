// Articles, end to end in the system Chromium against the whole stack: an admin writes an article
// in the editor (a heading, bold text and a link) and publishes it to a directory segment; a member
// of that segment finds it in the feed and reads it, rendered from the stored document; a member
// outside the segment sees it neither in the feed nor at its address. Staff upload a video and a PDF
// into an article; a member plays the one (the browser seeks through byte ranges) and downloads the other.
import type { Page } from 'playwright-core';
import { useBrowserStack } from './browser-stack';
import { tinyMp4, tinyPdf } from './fixtures/article-files';

// Segment membership is asked of the directory on every request here, so the test need not wait out a cache.
const e2e = useBrowserStack({ stack: () => ({ serviceEnv: { content: { SEGMENT_CACHE_SECONDS: '0' } } }) });

const HANAKO = 'hanako.sato@demo.kizuna.dev';
const SHO = 'sho.watanabe@demo.kizuna.dev';
const EMPLOYER = '絆記事テスト商事';

async function choose(page: Page, label: string, option: string): Promise<void> {
  await page
    .getByRole('textbox', { name: label, exact: true })
    .or(page.getByRole('combobox', { name: label, exact: true }))
    .first()
    .click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto(`/sign-in?network=${encodeURIComponent(e2e.stack.demo.networkSlug)}`);
  await page.getByLabel('E-mail', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/');
}

/** 花子 works at the segment's employer, 翔 elsewhere; the admin saves the segment of that employer's alumni. */
async function segmentOfOneEmployer(): Promise<string> {
  const { stack } = e2e;
  const directory = stack.serviceUrl('directory');
  for (const [email, employer] of [
    [HANAKO, EMPLOYER],
    [SHO, '別の会社'],
  ]) {
    const token = await stack.signIn(email, stack.demo.memberPassword);
    await stack.waitFor(async () => {
      const answer = await stack.graphql<{ updateMyProfile: { errors: { code: string }[] } }>(
        directory,
        'mutation($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { errors { code } } }',
        { input: { employer } },
        token,
      );
      return answer.data?.updateMyProfile.errors.length === 0;
    }, 60_000);
  }
  const created = await e2e.stack.graphql<{ createSegment: { segment: { id: string } | null } }>(
    directory,
    'mutation($input: CreateSegmentInput!) { createSegment(input: $input) { segment { id } errors { code } } }',
    { input: { name: '絆記事テスト商事の皆さん', filter: { employers: [EMPLOYER] } } },
    await stack.signInAdmin(),
  );
  const id = created.data?.createSegment.segment?.id;
  if (!id) throw new Error(`No segment: ${JSON.stringify(created)}`);
  return id;
}

test('an admin publishes an article to a segment; a member of it reads it from the feed, a member outside it never sees it', async () => {
  const title = `卒業生インタビュー ${Date.now().toString(36)}`;
  await segmentOfOneEmployer();

  // The admin writes the article in the editor.
  const admin = await (await e2e.newContext('en-US')).newPage();
  await signIn(admin, e2e.stack.demo.admin.email, e2e.stack.demo.admin.password);
  await admin.goto('/articles/new');
  await admin.getByRole('textbox', { name: 'Title', exact: true }).fill(title);
  await choose(admin, 'Who may read it', 'A segment');
  await choose(admin, 'Segment', '絆記事テスト商事の皆さん');

  const body = admin.getByRole('textbox', { name: 'Article', exact: true });
  const toolbar = admin.getByRole('toolbar', { name: 'Formatting' });
  await body.click();
  await toolbar.getByRole('button', { name: 'Heading', exact: true }).click();
  await admin.keyboard.type('佐藤さんに聞く');
  await admin.keyboard.press('Enter');
  await admin.keyboard.type('Today we talk with ');
  await toolbar.getByRole('button', { name: 'Bold', exact: true }).click();
  await admin.keyboard.type('an alumna');
  await toolbar.getByRole('button', { name: 'Bold', exact: true }).click();
  await admin.keyboard.type('. More on our site');
  // Select "our site" and make it a link.
  await admin.keyboard.down('Shift');
  for (let i = 0; i < 'our site'.length; i++) await admin.keyboard.press('ArrowLeft');
  await admin.keyboard.up('Shift');
  await toolbar.getByRole('button', { name: 'Link', exact: true }).click();
  await admin.getByRole('textbox', { name: 'Link address', exact: true }).fill('https://kizuna.dev/alumni');
  await admin.getByRole('button', { name: 'Apply', exact: true }).click();
  await body.locator('a[href="https://kizuna.dev/alumni"]').waitFor();

  await admin.getByRole('button', { name: 'Publish now', exact: true }).click();
  await admin.waitForURL((url) => /^\/articles\/[0-9a-f-]{36}$/.test(url.pathname));
  const articlePath = new URL(admin.url()).pathname;
  await admin.getByRole('heading', { level: 1, name: title }).waitFor();

  // 花子, in the segment, finds it in her feed and reads it.
  const hanako = await (await e2e.newContext('en-US')).newPage();
  await signIn(hanako, HANAKO, e2e.stack.demo.memberPassword);
  const card = hanako.getByRole('list', { name: 'Feed', exact: true }).getByRole('article').filter({ hasText: title });
  await card.waitFor();
  await card.getByRole('link', { name: `Read “${title}”` }).click();
  await hanako.waitForURL((url) => url.pathname === articlePath);
  await hanako.getByRole('heading', { level: 1, name: title }).waitFor();
  await hanako.getByRole('heading', { level: 2, name: '佐藤さんに聞く' }).waitFor();
  expect(await hanako.locator('strong', { hasText: 'an alumna' }).count()).toBe(1);
  const link = hanako.getByRole('link', { name: 'our site', exact: true });
  expect(await link.getAttribute('href')).toBe('https://kizuna.dev/alumni');
  expect(await link.getAttribute('rel')).toContain('noopener');
  // Read-only: the reader is no editor.
  expect(await hanako.locator('[contenteditable="true"]').count()).toBe(0);

  // 翔, outside the segment: not in his feed, and not at its address either.
  const sho = await (await e2e.newContext('en-US')).newPage();
  await signIn(sho, SHO, e2e.stack.demo.memberPassword);
  await sho.getByRole('list', { name: 'Feed', exact: true }).getByRole('article').first().waitFor();
  expect(await sho.getByRole('list', { name: 'Feed', exact: true }).getByRole('article').filter({ hasText: title }).count()).toBe(0);
  await sho.goto(articlePath);
  await sho.getByText('This article is not available.').waitFor();

  // The office sees the reads: the admin's own look after publishing and 花子's.
  await admin.goto('/admin/content');
  await admin.getByRole('row').filter({ hasText: title }).getByText('2 reads · 2 readers').waitFor();
});

test('staff add an uploaded video and a PDF to an article; a member on a phone sees the player and the download card', async () => {
  const title = `総会のお知らせ ${Date.now().toString(36)}`;
  const admin = await (await e2e.newContext('en-US')).newPage();
  await signIn(admin, e2e.stack.demo.admin.email, e2e.stack.demo.admin.password);
  await admin.goto('/articles/new');
  await admin.getByRole('textbox', { name: 'Title', exact: true }).fill(title);
  const body = admin.getByRole('textbox', { name: 'Article', exact: true });
  await body.click();
  await admin.keyboard.type('The meeting in pictures, and the minutes.');

  await admin.locator('input[type="file"][accept="video/mp4,video/webm"]').setInputFiles({ name: '総会.mp4', mimeType: 'video/mp4', buffer: tinyMp4() });
  await body.locator('video').waitFor({ state: 'attached' });
  await admin
    .locator('input[type="file"][accept="application/pdf"]')
    .setInputFiles({ name: '2026年度 総会資料.pdf', mimeType: 'application/pdf', buffer: tinyPdf() });
  await body.getByRole('link', { name: /2026年度 総会資料\.pdf/ }).waitFor();
  // Something that is neither: refused with a clear word, nothing inserted.
  await admin
    .locator('input[type="file"][accept="application/pdf"]')
    .setInputFiles({ name: 'notes.pdf', mimeType: 'application/pdf', buffer: Buffer.from('just text') });
  await admin.getByRole('alert').filter({ hasText: 'Choose a PDF document.' }).waitFor();
  expect(await body.locator('.article-attachment').count()).toBe(1);

  await admin.getByRole('button', { name: 'Publish now', exact: true }).click();
  await admin.waitForURL((url) => /^\/articles\/[0-9a-f-]{36}$/.test(url.pathname));
  const articlePath = new URL(admin.url()).pathname;

  // 花子 reads it on her phone.
  const hanako = await (await e2e.newContext('en-US', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })).newPage();
  await signIn(hanako, HANAKO, e2e.stack.demo.memberPassword);
  await hanako.goto(articlePath);
  await hanako.getByRole('heading', { level: 1, name: title }).waitFor();
  const video = hanako.locator('video');
  await video.waitFor({ state: 'attached' });
  expect(await video.getAttribute('controls')).not.toBeNull();
  expect(await video.getAttribute('preload')).toBe('metadata');
  const src = (await video.getAttribute('src'))!;
  expect(src).toMatch(/^\/media\/articles\/.+\.mp4$/);
  const box = (await video.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(390);

  const download = hanako.getByRole('link', { name: /2026年度 総会資料\.pdf/ });
  expect(await download.getAttribute('download')).toBe('2026年度 総会資料.pdf');
  expect(await download.textContent()).toMatch(/\d\s?kB/i);
  const pdfUrl = (await download.getAttribute('href'))!;

  // The browser's player seeks with byte ranges: the gateway passes them to content, which answers 206.
  const answers = await hanako.evaluate(
    async ([videoUrl, documentUrl]) => {
      const ranged = await fetch(videoUrl, { headers: { Range: 'bytes=0-99' } });
      const whole = await fetch(documentUrl);
      return {
        ranged: [ranged.status, ranged.headers.get('content-range'), (await ranged.arrayBuffer()).byteLength],
        whole: [whole.status, whole.headers.get('content-type'), new TextDecoder().decode((await whole.arrayBuffer()).slice(0, 5))],
      };
    },
    [src, pdfUrl],
  );
  expect(answers.ranged).toEqual([206, `bytes 0-99/${tinyMp4().length}`, 100]);
  expect(answers.whole).toEqual([200, 'application/pdf', '%PDF-']);
});
