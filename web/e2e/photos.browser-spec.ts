// Profile photos, end to end in the system Chromium against the whole stack: a member picks a file
// in the profile editor, sees it before sending, is told why a wrong file is refused, uploads a
// phone photo (turned upright, square, served through the gateway), another member sees it on the
// profile page, and the member removes it again.
import sharp from 'sharp';
import type { Page } from 'playwright-core';
import { claimsOf } from '@kizuna/testing';
import { useBrowserStack } from './browser-stack';

const e2e = useBrowserStack({ context: { viewport: { width: 1280, height: 900 } } });
const { newPage } = e2e;

async function signIn(page: Page, email: string, labels = { email: 'E-mail', password: 'Password', submit: 'Sign in' }): Promise<void> {
  await page.goto(`/sign-in?network=${encodeURIComponent(e2e.stack.demo.networkSlug)}`);
  await page.getByLabel(labels.email, { exact: true }).fill(email);
  await page.getByLabel(labels.password, { exact: true }).fill(e2e.stack.demo.memberPassword);
  await page.getByRole('button', { name: labels.submit, exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/');
}

/** A landscape JPEG a phone held upright would take (EXIF: rotate 90°), with a GPS position in it. */
async function phonePhoto(): Promise<Buffer> {
  const green = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#00a000' } })
    .png()
    .toBuffer();
  const base = await sharp({ create: { width: 800, height: 300, channels: 3, background: '#c00000' } })
    .composite([{ input: green, left: 400, top: 0 }])
    .jpeg()
    .toBuffer();
  return sharp(base)
    .withExif({ IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '35/1 41/1 22/1' } })
    .withMetadata({ orientation: 6 })
    .jpeg()
    .toBuffer();
}

/** The natural size of the image inside a Mantine avatar, once it has loaded (0 × 0 if it failed). */
async function loadedSize(page: Page, testId: string): Promise<{ src: string; width: number; height: number }> {
  const image = page.getByTestId(testId).locator('img');
  await image.waitFor();
  return image.evaluate(async (element: HTMLImageElement) => {
    if (!element.complete) await new Promise((resolve) => element.addEventListener('load', resolve, { once: true }));
    return { src: element.getAttribute('src') ?? '', width: element.naturalWidth, height: element.naturalHeight };
  });
}

const photoKeyOf = async (memberId: string) =>
  (await e2e.stack.sql('SELECT photo_key FROM directory.profiles WHERE membership_id = $1', [memberId]))[0]?.photo_key ?? null;

test('a member uploads a photo in the profile editor, another member sees it, and the member removes it', async () => {
  const email = 'misaki.takahashi@demo.kizuna.dev';
  const memberId = claimsOf(await e2e.stack.signIn(email, e2e.stack.demo.memberPassword)).mid;

  const page = await newPage('en-US');
  await signIn(page, email);
  await page.goto('/profile');
  const photo = page.getByRole('region', { name: 'Photo' });
  await photo.getByRole('button', { name: 'Choose a photo' }).waitFor();
  const picker = photo.locator('input[type="file"]');

  // A file that is not an image is refused before anything is sent.
  await picker.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
  await photo.getByRole('alert').getByText('Choose a JPEG, PNG, WebP or GIF image.', { exact: false }).waitFor();

  // A file that claims to be a JPEG but is not: the server refuses it, and the reason is shown.
  await picker.setInputFiles({
    name: 'broken.jpg',
    mimeType: 'image/jpeg',
    buffer: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(4096, 9)]),
  });
  await photo.getByRole('button', { name: 'Upload photo' }).click();
  await photo.getByRole('alert').getByText('The photo could not be read.', { exact: false }).waitFor();
  expect(await photoKeyOf(memberId)).toBeNull();

  // A real photo: previewed first, then uploaded.
  await picker.setInputFiles({ name: 'me.jpg', mimeType: 'image/jpeg', buffer: await phonePhoto() });
  await photo.getByTestId('photo-preview').waitFor();
  await photo.getByText('me.jpg', { exact: false }).waitFor();
  await photo.getByRole('button', { name: 'Upload photo' }).click();
  await photo.getByRole('status').getByText('Your photo has been updated.').waitFor();
  const uploaded = await loadedSize(page, 'photo-current');
  expect(uploaded.src).toMatch(/^\/media\/photos\/[0-9a-f-]+\/[0-9a-f-]+\/[0-9a-f]{32}-512\.webp$/);
  expect([uploaded.width, uploaded.height]).toEqual([512, 512]);
  expect(await photoKeyOf(memberId)).toBe(uploaded.src.slice('/media/'.length, -'-512.webp'.length));

  // What the browser fetched is upright (red half on top) and carries no metadata.
  const served = Buffer.from(await (await fetch(new URL(uploaded.src, e2e.webUrl))).arrayBuffer());
  expect((await sharp(served).metadata()).exif).toBeUndefined();
  const { data, info } = await sharp(served).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  expect(data[(20 * info.width + 256) * 3]).toBeGreaterThan(150);
  expect(data[(490 * info.width + 256) * 3 + 1]).toBeGreaterThan(100);

  // Another member of the network sees it on the profile page.
  const neighbour = await newPage('ja-JP');
  await signIn(neighbour, 'hanako.sato@demo.kizuna.dev', { email: 'メールアドレス', password: 'パスワード', submit: 'ログイン' });
  await neighbour.goto(`/members/${memberId}`);
  const shown = neighbour.locator(`img[src="${uploaded.src}"]`);
  await shown.waitFor();
  expect(await shown.evaluate((element: HTMLImageElement) => element.naturalWidth)).toBe(512);

  // The member removes it: the editor offers to choose one again, and the old address is gone.
  await photo.getByRole('button', { name: 'Remove photo' }).click();
  await photo.getByRole('status').getByText('Your photo has been removed.').waitFor();
  await photo.getByRole('button', { name: 'Choose a photo' }).waitFor();
  expect(await photoKeyOf(memberId)).toBeNull();
  expect((await fetch(new URL(uploaded.src, e2e.webUrl))).status).toBe(404);
});

test('the photo section speaks Japanese', async () => {
  const page = await newPage('ja-JP');
  await signIn(page, 'kenta.tanaka@demo.kizuna.dev', { email: 'メールアドレス', password: 'パスワード', submit: 'ログイン' });
  await page.goto('/profile');
  const photo = page.getByRole('region', { name: '写真' });
  await photo.getByRole('button', { name: '写真を選ぶ' }).waitFor();
  await photo.locator('input[type="file"]').setInputFiles({ name: 'big.png', mimeType: 'image/png', buffer: Buffer.alloc(8 * 1024 * 1024 + 1) });
  await photo.getByRole('alert').getByText('写真が 8 MB を超えています。', { exact: false }).waitFor();
});
