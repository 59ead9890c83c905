import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import S3rver from 's3rver';
import sharp from 'sharp';
import { readBytes, S3Storage } from '@kizuna/storage';
import { claimsOf, memberEntities, startStack, type Stack } from '@kizuna/testing';

const PROFILE_FIELDS = 'memberId photoUrl thumbnailUrl';
const REMOVE = `mutation { removeMyPhoto { profile { ${PROFILE_FIELDS} } errors { code field } } }`;
const MY_PROFILE = `query { myProfile { ${PROFILE_FIELDS} } }`;
const DELETE_ACCOUNT = 'mutation($input: DeleteMyAccountInput!) { deleteMyAccount(input: $input) { deleted errors { code } } }';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type UploadAnswer = { status: number; profile: any; errors: { code: string; field: string; message: string }[] };

/** `POST /media/photos` with the file as the body, as the web client sends it (at the gateway, or at the directory itself). */
async function postPhoto(origin: string, token: string | undefined, bytes: Buffer, headers: Record<string, string> = {}): Promise<UploadAnswer> {
  const response = await fetch(new URL('/media/photos', origin), {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: new Uint8Array(bytes),
  });
  return { status: response.status, ...((await response.json()) as Omit<UploadAnswer, 'status'>) };
}

/** A landscape JPEG, red on the left and blue on the right, that a phone held upright would take: EXIF says "rotate 90°", plus a GPS position and a copyright. */
async function phoneJpeg(): Promise<Buffer> {
  const blue = await sharp({ create: { width: 600, height: 400, channels: 3, background: '#0000ff' } })
    .png()
    .toBuffer();
  const base = await sharp({ create: { width: 1200, height: 400, channels: 3, background: '#ff0000' } })
    .composite([{ input: blue, left: 600, top: 0 }])
    .jpeg()
    .toBuffer();
  return sharp(base)
    .withExif({
      IFD0: { Copyright: 'secret-camera-owner' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '35/1 41/1 22/1', GPSLongitudeRef: 'E', GPSLongitude: '139/1 41/1 30/1' },
    })
    .withMetadata({ orientation: 6 })
    .jpeg({ quality: 90 })
    .toBuffer();
}

/** A PNG declaring 30000 × 30000 pixels (900 megapixels) that compresses to a few hundred kilobytes: a decompression bomb. */
function pngBomb(): Buffer {
  const width = 30_000;
  const height = 30_000;
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 1; // bit depth 1
  header[9] = 0; // greyscale
  const row = Buffer.alloc(1 + width / 8);
  const rows = Buffer.alloc(row.length * height);
  return Buffer.concat([
    Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Every file under the storage folder, relative to it (side files and temporary files included). */
function storedFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (path: string) => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      const full = join(path, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.push(relative(dir, full));
    }
  };
  try {
    walk(dir);
  } catch {
    return [];
  }
  return files.sort();
}

describe('directory: profile photos', () => {
  let stack: Stack;
  let directory: string;
  let gateway: string;
  let origin: string;
  let storageDir: string;
  let taro: string;
  let hanako: string;
  let corpAdmin: string;
  let taroId: string;

  const upload = (token: string, bytes: Buffer) => postPhoto(origin, token, bytes);
  const photoKeyOf = async (memberId: string) =>
    (await stack.sql('SELECT photo_key FROM directory.profiles WHERE membership_id = $1', [memberId]))[0]?.photo_key ?? null;
  const fetchMedia = (path: string, headers: Record<string, string> = {}) => fetch(new URL(path, origin), { headers });

  beforeAll(async () => {
    // The services of the stack inherit this process's environment: the directory stores photos here.
    storageDir = mkdtempSync(join(tmpdir(), 'kizuna-photos-'));
    process.env.STORAGE_DIR = storageDir;
    stack = await startStack({ seed: 'demo' });
    directory = stack.serviceUrl('directory');
    gateway = stack.gatewayUrl!;
    origin = new URL(gateway).origin;
    taro = await stack.signIn('taro.yamada@demo.kizuna.dev', stack.demo.memberPassword);
    hanako = await stack.signIn('hanako.sato@demo.kizuna.dev', stack.demo.memberPassword);
    corpAdmin = await stack.signInAdmin('otherNetwork');
    taroId = claimsOf(taro).mid;
    await stack.waitFor(async () => (await stack.graphql(directory, MY_PROFILE, {}, taro)).data?.myProfile);
  }, 240_000);
  afterAll(async () => {
    await stack?.stop();
    delete process.env.STORAGE_DIR;
    if (storageDir) rmSync(storageDir, { recursive: true, force: true });
  });

  it('stores an upright, square WebP without any metadata, served through the gateway with long caching', async () => {
    const events = await stack.collectEvents('kizuna.directory.profile');
    const jpeg = await phoneJpeg();
    expect((await sharp(jpeg).metadata()).orientation).toBe(6);

    const result = await upload(taro, jpeg);
    expect(result.status).toBe(200);
    expect(result.errors).toEqual([]);
    const profile = result.profile;
    expect(profile.photoUrl).toMatch(new RegExp(`^/media/photos/${claimsOf(taro).nid}/${taroId}/[0-9a-f]{32}-512\\.webp$`));
    expect(profile.thumbnailUrl).toBe(profile.photoUrl.replace('-512.webp', '-128.webp'));
    expect(await photoKeyOf(taroId)).toBe(profile.photoUrl.slice('/media/'.length, -'-512.webp'.length));

    const response = await fetchMedia(profile.photoUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/webp');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const served = Buffer.from(await response.arrayBuffer());
    const metadata = await sharp(served).metadata();
    expect(metadata).toMatchObject({ format: 'webp', width: 512, height: 512 });
    expect(metadata.exif).toBeUndefined();
    expect(metadata.xmp).toBeUndefined();
    expect(metadata.icc).toBeUndefined();
    expect(metadata.orientation).toBeUndefined();
    for (const marker of ['EXIF', 'XMP ', 'ICCP', 'secret-camera-owner']) expect(served.includes(Buffer.from(marker, 'latin1'))).toBe(false);
    // Turned upright by its EXIF orientation: the left (red) half is now on top, the right (blue) at the bottom.
    const { data, info } = await sharp(served).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    const pixel = (x: number, y: number) => [...data.subarray((y * info.width + x) * 3, (y * info.width + x) * 3 + 3)];
    expect(pixel(256, 20)[0]).toBeGreaterThan(200);
    expect(pixel(256, 20)[2]).toBeLessThan(60);
    expect(pixel(256, 490)[2]).toBeGreaterThan(200);
    expect(pixel(256, 490)[0]).toBeLessThan(60);

    const thumbnail = await fetchMedia(profile.thumbnailUrl);
    expect(await sharp(Buffer.from(await thumbnail.arrayBuffer())).metadata()).toMatchObject({ format: 'webp', width: 128, height: 128 });
    // The key never changes meaning: a revalidation is answered without the body.
    expect((await fetchMedia(profile.photoUrl, { 'if-none-match': response.headers.get('etag')! })).status).toBe(304);

    const published = await stack.waitFor(async () =>
      events.events.find((event) => event.subject === taroId && (event.data as { changedFields: string[] }).changedFields.includes('photo')),
    );
    expect(published.data).toMatchObject({ membershipId: taroId, changedFields: ['photo'] });
  });

  it("shows the photo to members of the network as the photo field's visibility allows, and never to another network", async () => {
    const { photoUrl, thumbnailUrl } = (await stack.graphql(directory, MY_PROFILE, {}, taro)).data!.myProfile;
    expect(photoUrl).toBeTruthy();
    const seenBy = async (token: string) =>
      (await memberEntities(stack, directory, [taroId], 'profile { photoUrl thumbnailUrl }', token)).data?._entities[0]?.profile ?? null;
    expect(await seenBy(hanako)).toEqual({ photoUrl, thumbnailUrl });
    expect(await seenBy(corpAdmin)).toBeNull();

    const networkId = claimsOf(taro).nid;
    await stack.sql(
      `INSERT INTO directory.field_settings (network_id, field, visibility) VALUES ($1, 'photo', 'ADMINS') ON CONFLICT (network_id, field) DO UPDATE SET visibility = 'ADMINS'`,
      [networkId],
    );
    try {
      expect(await seenBy(hanako)).toEqual({ photoUrl: null, thumbnailUrl: null });
      expect(await seenBy(await stack.signInAdmin())).toEqual({ photoUrl, thumbnailUrl });
      expect((await stack.graphql(directory, MY_PROFILE, {}, taro)).data?.myProfile.photoUrl).toBe(photoUrl);
    } finally {
      await stack.sql(`DELETE FROM directory.field_settings WHERE network_id = $1 AND field = 'photo'`, [networkId]);
    }

    // Another network's member uploading changes only their own profile.
    const corpResult = await upload(corpAdmin, await phoneJpeg());
    expect(corpResult.errors).toEqual([]);
    expect(corpResult.profile.memberId).toBe(claimsOf(corpAdmin).mid);
    expect(corpResult.profile.photoUrl).toContain(`/photos/${claimsOf(corpAdmin).nid}/`);
    expect((await stack.graphql(directory, MY_PROFILE, {}, taro)).data?.myProfile.photoUrl).toBe(photoUrl);
  });

  it('replacing a photo removes the previous files: the old URLs answer 404', async () => {
    const before = (await stack.graphql(directory, MY_PROFILE, {}, taro)).data?.myProfile;
    const png = await sharp({ create: { width: 300, height: 300, channels: 4, background: '#00ff00' } })
      .png()
      .toBuffer();
    const result = await upload(taro, png);
    expect(result.errors).toEqual([]);
    const after = result.profile;
    expect(after.photoUrl).not.toBe(before.photoUrl);
    expect((await fetchMedia(after.photoUrl)).status).toBe(200);
    expect((await fetchMedia(before.photoUrl)).status).toBe(404);
    expect((await fetchMedia(before.thumbnailUrl)).status).toBe(404);
    const key = await photoKeyOf(taroId);
    expect(storedFiles(storageDir).filter((file) => file.startsWith(`photos/${claimsOf(taro).nid}/${taroId}/`))).toEqual([
      `${key}-128.webp`,
      `${key}-512.webp`,
    ]);
  });

  it('refuses files that are not images, too large, or decompression bombs, with typed errors, changing nothing', async () => {
    const keyBefore = await photoKeyOf(taroId);
    const filesBefore = storedFiles(storageDir);
    const codeOf = async (content: Buffer) => {
      const result = await upload(taro, content);
      expect(result.status).toBe(content.length > 8 * 1024 * 1024 ? 413 : 400);
      expect(result.profile).toBeNull();
      return result.errors.map((error) => [error.code, error.field]);
    };
    expect(await codeOf(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toEqual([['PHOTO_UNSUPPORTED', 'file']]);
    expect(await codeOf(Buffer.from('%PDF-1.7 not a photo'))).toEqual([['PHOTO_UNSUPPORTED', 'file']]);
    // An iPhone HEIC header: named as unsupported, not as damaged.
    expect(await codeOf(Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic', 'latin1'), Buffer.alloc(64)]))).toEqual([
      ['PHOTO_UNSUPPORTED', 'file'],
    ]);
    // The right magic bytes followed by garbage.
    expect(await codeOf(Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(2048, 7)]))).toEqual([['PHOTO_UNREADABLE', 'file']]);
    expect(await codeOf(pngBomb())).toEqual([['PHOTO_TOO_MANY_PIXELS', 'file']]);
    // 8 MB + 1 byte: refused from its length, before decoding.
    expect(await codeOf(Buffer.alloc(8 * 1024 * 1024 + 1, 1))).toEqual([['PHOTO_TOO_LARGE', 'file']]);
    expect(await codeOf(Buffer.alloc(0))).toEqual([['VALIDATION', 'file']]);
    // Nobody signed in, or a forged token: nothing is stored.
    const [anonymous, forged] = await Promise.all([postPhoto(origin, undefined, await phoneJpeg()), postPhoto(origin, `${taro}x`, await phoneJpeg())]);
    expect([anonymous.status, anonymous.errors[0].code, forged.status, forged.errors[0].code]).toEqual([401, 'UNAUTHENTICATED', 401, 'UNAUTHENTICATED']);

    expect(await photoKeyOf(taroId)).toBe(keyBefore);
    expect(storedFiles(storageDir)).toEqual(filesBefore);
  });

  it('accepts a large photo of almost 8 MB through the gateway', async () => {
    const noisy = await sharp({ create: { width: 1900, height: 1400, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 60 } } })
      .jpeg({ quality: 100, chromaSubsampling: '4:4:4' })
      .toBuffer();
    expect(noisy.length).toBeGreaterThan(4 * 1024 * 1024);
    expect(noisy.length).toBeLessThanOrEqual(8 * 1024 * 1024);
    const result = await upload(taro, noisy);
    expect(result.status).toBe(200);
    expect(result.errors).toEqual([]);
    expect((await fetchMedia(result.profile.photoUrl)).status).toBe(200);
  });

  it('removes a photo: no URL any more, the files gone', async () => {
    const { photoUrl, thumbnailUrl } = (await stack.graphql(directory, MY_PROFILE, {}, taro)).data!.myProfile;
    const result = await stack.graphql(gateway, REMOVE, {}, taro);
    expect(result.data?.removeMyPhoto).toEqual({ profile: { memberId: taroId, photoUrl: null, thumbnailUrl: null }, errors: [] });
    expect(await photoKeyOf(taroId)).toBeNull();
    expect((await fetchMedia(photoUrl)).status).toBe(404);
    expect((await fetchMedia(thumbnailUrl)).status).toBe(404);
    expect(storedFiles(storageDir).filter((file) => file.includes(taroId))).toEqual([]);
    // Removing again is no change.
    expect((await stack.graphql(gateway, REMOVE, {}, taro)).data?.removeMyPhoto.errors).toEqual([]);
  });

  it('takes no more than 1 MB in a GraphQL request, at the gateway and at the directory: photos have their own endpoint', async () => {
    const post = (url: string, megabytes: number) =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${taro}`, ...stack.gatewayHeaders },
        body: JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(megabytes * 1024 * 1024) } }),
      });
    for (const url of [gateway, directory, stack.serviceUrl('identity')]) {
      const response = await post(url, 2);
      expect(response.status).toBe(413);
      expect(await response.json()).toEqual({ errors: [{ message: 'The request body is too large.', extensions: { code: 'BAD_REQUEST' } }] });
    }
    expect((await post(gateway, 0.5)).status).toBe(200);
  });

  it('serves nothing but photo objects under /media', async () => {
    for (const path of ['/media/.meta/photos', '/media/photos/../../etc/passwd', '/media/photos/x.webp', '/media/exports/a.csv', '/media/']) {
      expect((await fetchMedia(path)).status).toBe(404);
    }
  });

  it('lets a pending applicant set their own photo, and erases it when the account is deleted', async () => {
    const applicant = await stack.register({ email: 'photo.applicant@example.jp', displayName: '写真 太郎' });
    expect(claimsOf(applicant.token).status).toBe('pending');
    await stack.waitFor(async () => (await stack.graphql(directory, MY_PROFILE, {}, applicant.token)).data?.myProfile);
    const result = await upload(applicant.token, await phoneJpeg());
    expect(result.errors).toEqual([]);
    const { photoUrl } = result.profile;
    expect((await fetchMedia(photoUrl)).status).toBe(200);
    expect(storedFiles(storageDir).filter((file) => file.includes(applicant.memberId))).toHaveLength(4); // two sizes, each with its side file

    const deleted = await stack.graphql(
      stack.serviceUrl('identity'),
      DELETE_ACCOUNT,
      { input: { password: 'correct-horse-battery', confirmation: 'DELETE' } },
      applicant.token,
    );
    expect(deleted.data?.deleteMyAccount).toEqual({ deleted: true, errors: [] });
    await stack.waitFor(async () => (await stack.sql('SELECT 1 FROM directory.profiles WHERE membership_id = $1', [applicant.memberId])).length === 0);
    expect(storedFiles(storageDir).filter((file) => file.includes(applicant.memberId))).toEqual([]);
    expect((await fetchMedia(photoUrl)).status).toBe(404);
    expect(statSync(storageDir).isDirectory()).toBe(true);
  });
});

describe('directory: profile photos in an S3-compatible store', () => {
  const bucket = 'kizuna-photos';
  const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
  const S3_SETTINGS = ['STORAGE_DRIVER', 'S3_ENDPOINT', 'S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'];
  let server: S3rver;
  let serverDir: string;
  let bucketReader: S3Storage;
  let stack: Stack;
  let directory: string;

  beforeAll(async () => {
    serverDir = mkdtempSync(join(tmpdir(), 'kizuna-s3-'));
    server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: serverDir, configureBuckets: [{ name: bucket, configs: [] }] });
    const { port } = await server.run();
    const endpoint = `http://127.0.0.1:${port}`;
    Object.assign(process.env, {
      STORAGE_DRIVER: 's3',
      S3_ENDPOINT: endpoint,
      S3_BUCKET: bucket,
      S3_ACCESS_KEY_ID: credentials.accessKeyId,
      S3_SECRET_ACCESS_KEY: credentials.secretAccessKey,
    });
    bucketReader = new S3Storage({ bucket, region: 'us-east-1', endpoint, credentials });
    stack = await startStack({ services: ['identity', 'directory'], gateway: false, seed: 'demo' });
    directory = stack.serviceUrl('directory');
  }, 240_000);
  afterAll(async () => {
    await stack?.stop();
    for (const name of S3_SETTINGS) delete process.env[name];
    bucketReader?.close();
    await server?.close();
    if (serverDir) rmSync(serverDir, { recursive: true, force: true });
  });

  it('stores the renditions in the bucket, serves them by a redirect to a signed URL, and deletes replaced and erased ones', async () => {
    const applicant = await stack.register({ email: 'photo.s3@example.jp', displayName: '写真 花子' });
    await stack.waitFor(async () => (await stack.graphql(directory, MY_PROFILE, {}, applicant.token)).data?.myProfile);
    // The directory's own endpoint, without a gateway in front.
    const upload = (bytes: Buffer) => postPhoto(new URL(directory).origin, applicant.token, bytes);

    const first = await upload(await phoneJpeg());
    expect(first.errors).toEqual([]);
    const { photoUrl } = first.profile;
    const objectKey = photoUrl.slice('/media/'.length);
    const stored = await bucketReader.get(objectKey);
    expect(stored?.contentType).toBe('image/webp');
    expect(await sharp(await readBytes(stored!)).metadata()).toMatchObject({ format: 'webp', width: 512, height: 512 });

    // No public URL configured: the service's /media route sends the browser to a signed URL of the store.
    const redirect = await fetch(new URL(photoUrl, directory), { redirect: 'manual' });
    expect(redirect.status).toBe(302);
    const signed = redirect.headers.get('location')!;
    expect(signed).toContain(`/${bucket}/${objectKey}?`);
    expect(signed).toContain('X-Amz-Signature=');
    const image = await fetch(signed);
    expect(image.headers.get('content-type')).toBe('image/webp');
    expect((await sharp(Buffer.from(await image.arrayBuffer())).metadata()).exif).toBeUndefined();

    const second = await upload(
      await sharp({ create: { width: 64, height: 64, channels: 3, background: '#123456' } })
        .png()
        .toBuffer(),
    );
    expect(second.errors).toEqual([]);
    expect(await bucketReader.get(objectKey)).toBeNull();
    expect(await bucketReader.get(objectKey.replace('-512.webp', '-128.webp'))).toBeNull();
    const currentKey = second.profile.photoUrl.slice('/media/'.length);
    expect(await bucketReader.get(currentKey)).not.toBeNull();

    const deleted = await stack.graphql(
      stack.serviceUrl('identity'),
      DELETE_ACCOUNT,
      { input: { password: 'correct-horse-battery', confirmation: 'DELETE' } },
      applicant.token,
    );
    expect(deleted.data?.deleteMyAccount).toEqual({ deleted: true, errors: [] });
    await stack.waitFor(async () => (await stack.sql('SELECT 1 FROM directory.profiles WHERE membership_id = $1', [applicant.memberId])).length === 0);
    expect(await bucketReader.get(currentKey)).toBeNull();
    expect(await bucketReader.get(currentKey.replace('-512.webp', '-128.webp'))).toBeNull();
  });
});
