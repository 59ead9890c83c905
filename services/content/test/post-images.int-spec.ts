import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import sharp from 'sharp';
import { claimsOf, startStack, type Stack } from '@kizuna/testing';

const ERRORS = 'errors { code field message }';
const IMAGE_FIELDS = 'images { id alt width height url small: url(size: SMALL) }';
const CREATE = `mutation($input: CreatePostInput!) { createPost(input: $input) { post { id ${IMAGE_FIELDS} } ${ERRORS} } }`;
const EDIT = `mutation($input: EditPostInput!) { editPost(input: $input) { post { id body ${IMAGE_FIELDS} } ${ERRORS} } }`;
const ITEM = `query($id: ID!) { feedItem(id: $id) { id post { ${IMAGE_FIELDS} } } }`;
const PERSONAL_DATA = 'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on PersonalData { content } } }';
const DELETE_ACCOUNT = 'mutation($input: DeleteMyAccountInput!) { deleteMyAccount(input: $input) { deleted errors { code } } }';
const APPROVE = 'mutation($input: ApproveMembershipInput!) { approveMembership(input: $input) { errors { code } } }';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type UploadAnswer = { status: number; image: any; errors: { code: string; field: string; message: string }[] };

/** A landscape JPEG (red left, blue right) from a phone held upright: EXIF says "rotate 90°", with a GPS position and a copyright. */
async function phoneJpeg(): Promise<Buffer> {
  const blue = await sharp({ create: { width: 1000, height: 800, channels: 3, background: '#0000ff' } })
    .png()
    .toBuffer();
  const base = await sharp({ create: { width: 2000, height: 800, channels: 3, background: '#ff0000' } })
    .composite([{ input: blue, left: 1000, top: 0 }])
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

const smallPng = (colour: string) =>
  sharp({ create: { width: 300, height: 200, channels: 3, background: colour } })
    .png()
    .toBuffer();

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
  return files;
}

describe('content: images on posts', () => {
  let stack: Stack;
  let url: string;
  let origin: string;
  let storageDir: string;
  let hanako: string;
  let sho: string;
  let corpAdmin: string;

  const gql = (query: string, variables: Record<string, unknown>, token: string) => stack.graphql(url, query, variables, token);
  const upload = async (token: string | undefined, bytes: Buffer): Promise<UploadAnswer> => {
    const response = await fetch(new URL('/media/post-images', origin), {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: new Uint8Array(bytes),
    });
    return { status: response.status, ...((await response.json()) as Omit<UploadAnswer, 'status'>) };
  };
  const uploaded = async (token: string, bytes: Buffer) => {
    const answer = await upload(token, bytes);
    expect(answer.errors).toEqual([]);
    return answer.image as { id: string; url: string; width: number; height: number };
  };
  const fetchMedia = (path: string) => fetch(new URL(path, origin));
  const postCount = async () => Number((await stack.sql('SELECT count(*) FROM content.posts'))[0].count);

  beforeAll(async () => {
    // The services inherit this process's environment: content stores images here.
    storageDir = mkdtempSync(join(tmpdir(), 'kizuna-post-images-'));
    process.env.STORAGE_DIR = storageDir;
    // At content itself: the gateway proxies /media/post-images and /media/posts/ here as they are (gateway/README.md).
    stack = await startStack({ services: ['identity', 'content'], seed: 'demo' });
    url = stack.serviceUrl('content');
    origin = new URL(url).origin;
    hanako = await stack.signIn('hanako.sato@demo.kizuna.dev', stack.demo.memberPassword);
    sho = await stack.signIn('sho.watanabe@demo.kizuna.dev', stack.demo.memberPassword);
    corpAdmin = await stack.signInAdmin('otherNetwork');
    const ids = [hanako, sho, corpAdmin].map((t) => claimsOf(t).mid);
    await stack.waitFor(
      async () => (await stack.sql(`SELECT 1 FROM content.members WHERE status = 'approved' AND membership_id = ANY($1::uuid[])`, [ids])).length === ids.length,
    );
  }, 240_000);
  afterAll(async () => {
    await stack?.stop();
    delete process.env.STORAGE_DIR;
    if (storageDir) rmSync(storageDir, { recursive: true, force: true });
  });

  it('stores an upright WebP without metadata, attaches it with alt text, and serves it', async () => {
    const image = await uploaded(hanako, await phoneJpeg());
    // 2000 × 800 turned upright is 800 × 2000, fitted inside 1280.
    expect([image.width, image.height]).toEqual([512, 1280]);
    const created = (await gql(CREATE, { input: { body: '同窓会の写真です #なんでもOKデー', images: [{ imageId: image.id, alt: '  会場の様子  ' }] } }, hanako))
      .data?.createPost;
    expect(created.errors).toEqual([]);
    expect(created.post.images).toEqual([
      { id: image.id, alt: '会場の様子', width: 512, height: 1280, url: image.url, small: expect.stringMatching(/-400\.webp$/) },
    ]);

    const seen = (await gql(ITEM, { id: created.post.id }, sho)).data?.feedItem.post.images[0];
    const response = await fetchMedia(seen.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/webp');
    const stored = Buffer.from(await response.arrayBuffer());
    const metadata = await sharp(stored).metadata();
    expect([metadata.width, metadata.height, metadata.exif, metadata.xmp, metadata.icc]).toEqual([512, 1280, undefined, undefined, undefined]);
    expect(stored.includes(Buffer.from('secret-camera-owner'))).toBe(false);
    const { data } = await sharp(stored).extract({ left: 0, top: 0, width: 1, height: 1 }).raw().toBuffer({ resolveWithObject: true });
    expect(data[0]).toBeGreaterThan(200); // upright: the red half is on top
    expect((await sharp(Buffer.from(await (await fetchMedia(seen.small)).arrayBuffer())).metadata()).height).toBe(400);
  });

  it('refuses what is not a readable image of the allowed kinds and size, and anyone but an approved member', async () => {
    expect(await upload(hanako, Buffer.from('just text, not an image'))).toMatchObject({
      status: 400,
      image: null,
      errors: [{ code: 'IMAGE_UNSUPPORTED', field: 'file' }],
    });
    const heic = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic', 'latin1'), Buffer.alloc(64)]);
    expect(await upload(hanako, heic)).toMatchObject({ status: 400, errors: [{ code: 'IMAGE_UNSUPPORTED', message: expect.stringContaining('HEIC') }] });
    const gif = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#00ff00' } })
      .gif()
      .toBuffer();
    expect(await upload(hanako, gif)).toMatchObject({ status: 400, errors: [{ code: 'IMAGE_UNSUPPORTED' }] });
    expect(await upload(hanako, Buffer.alloc(11 * 1024 * 1024, 1))).toMatchObject({ status: 413, errors: [{ code: 'IMAGE_TOO_LARGE' }] });
    expect((await upload(undefined, await smallPng('#fff'))).status).toBe(401);
    const applicant = await stack.register({ email: 'image.applicant@example.jp', displayName: '画像 申請' });
    expect((await upload(applicant.token, await smallPng('#fff'))).status).toBe(403);
    expect(await stack.sql('SELECT 1 FROM content.post_images WHERE uploader_membership_id = $1', [applicant.memberId])).toEqual([]);
  });

  it("attaches only the uploader's own images of the network, at most four, and otherwise stores nothing", async () => {
    const hanakos = await uploaded(hanako, await smallPng('#123456'));
    const before = await postCount();
    expect((await gql(CREATE, { input: { body: '他人の画像', images: [{ imageId: hanakos.id }] } }, sho)).data?.createPost.errors).toEqual([
      expect.objectContaining({ code: 'NOT_FOUND', field: 'images.0.imageId' }),
    ]);
    expect((await gql(CREATE, { input: { body: 'other network', images: [{ imageId: hanakos.id }] } }, corpAdmin)).data?.createPost.errors).toEqual([
      expect.objectContaining({ code: 'NOT_FOUND', field: 'images.0.imageId' }),
    ]);
    const five: string[] = [];
    for (const colour of ['#111111', '#222222', '#333333', '#444444', '#555555']) five.push((await uploaded(hanako, await smallPng(colour))).id);
    expect((await gql(CREATE, { input: { body: '5枚', images: five.map((imageId) => ({ imageId })) } }, hanako)).data?.createPost.errors).toEqual([
      expect.objectContaining({ code: 'LIMIT_EXCEEDED', field: 'images' }),
    ]);
    expect((await gql(CREATE, { input: { body: '同じ画像', images: [{ imageId: five[0] }, { imageId: five[0] }] } }, hanako)).data?.createPost.errors).toEqual([
      expect.objectContaining({ code: 'VALIDATION', field: 'images.1.imageId' }),
    ]);
    expect(await postCount()).toBe(before);
    expect(await stack.sql('SELECT 1 FROM content.post_images WHERE post_id IS NOT NULL AND id = ANY($1::uuid[])', [[hanakos.id, ...five]])).toEqual([]);

    // Once on a post, an image cannot be put on another one, not even by its uploader.
    const first = (await gql(CREATE, { input: { body: '4枚', images: five.slice(0, 4).map((imageId) => ({ imageId })) } }, hanako)).data?.createPost;
    expect(first.post.images.map((image: { id: string }) => image.id)).toEqual(five.slice(0, 4));
    expect((await gql(CREATE, { input: { body: '再利用', images: [{ imageId: five[0] }] } }, hanako)).data?.createPost.errors).toEqual([
      expect.objectContaining({ code: 'NOT_FOUND', field: 'images.0.imageId' }),
    ]);
    // Another network sees neither the post nor its images.
    expect((await gql(ITEM, { id: first.post.id }, corpAdmin)).data?.feedItem).toBeNull();
  });

  it('lets the author remove images by editing; the removed files are gone', async () => {
    const [a, b] = [await uploaded(hanako, await smallPng('#aa0000')), await uploaded(hanako, await smallPng('#00aa00'))];
    const post = (await gql(CREATE, { input: { body: '2枚の写真', images: [{ imageId: a.id }, { imageId: b.id, alt: '緑' }] } }, hanako)).data?.createPost.post;
    expect((await gql(EDIT, { input: { postId: post.id, body: '2枚の写真', images: [{ imageId: b.id, alt: '緑' }] } }, sho)).data?.editPost.errors).toEqual([
      expect.objectContaining({ code: 'FORBIDDEN' }),
    ]);
    const edited = (await gql(EDIT, { input: { postId: post.id, body: '1枚にしました', images: [{ imageId: b.id, alt: '緑の写真' }] } }, hanako)).data
      ?.editPost;
    expect(edited.errors).toEqual([]);
    expect(edited.post.images).toEqual([expect.objectContaining({ id: b.id, alt: '緑の写真' })]);
    expect((await fetchMedia(a.url)).status).toBe(404);
    expect((await fetchMedia(b.url)).status).toBe(200);
    // Without `images` an edit leaves them as they are.
    expect((await gql(EDIT, { input: { postId: post.id, body: 'テキストだけ変更' } }, hanako)).data?.editPost.post.images).toHaveLength(1);
  });

  it("lists a member's images in their data download and deletes the files with their account", async () => {
    const leaver = await stack.register({ email: 'image.leaver@example.jp', displayName: '画像 退会' });
    const admin = await stack.signInAdmin();
    expect(
      (await stack.graphql(stack.serviceUrl('identity'), APPROVE, { input: { memberId: leaver.memberId } }, admin)).data?.approveMembership.errors,
    ).toEqual([]);
    await stack.waitFor(
      async () => (await stack.sql(`SELECT 1 FROM content.members WHERE membership_id = $1 AND status = 'approved'`, [leaver.memberId])).length === 1,
    );
    const token = await stack.signIn('image.leaver@example.jp', 'correct-horse-battery');
    const onPost = await uploaded(token, await smallPng('#0000aa'));
    const notYet = await uploaded(token, await smallPng('#aaaa00'));
    await gql(CREATE, { input: { body: '退会前の写真', images: [{ imageId: onPost.id, alt: '青' }] } }, token);

    const download = (await stack.graphql(url, PERSONAL_DATA, { reps: [{ __typename: 'PersonalData', accountId: claimsOf(token).sub }] }, token)).data
      ?._entities[0].content;
    expect(download.images.map((image: { id: string; alt: string | null }) => [image.id, image.alt])).toEqual([
      [onPost.id, '青'],
      [notYet.id, null],
    ]);
    expect(storedFiles(storageDir).filter((file) => file.includes(leaver.memberId)).length).toBeGreaterThanOrEqual(4);

    const deleted = await stack.graphql(
      stack.serviceUrl('identity'),
      DELETE_ACCOUNT,
      { input: { password: 'correct-horse-battery', confirmation: 'DELETE' } },
      token,
    );
    expect(deleted.data?.deleteMyAccount).toEqual({ deleted: true, errors: [] });
    await stack.waitFor(async () => (await stack.sql('SELECT 1 FROM content.post_images WHERE uploader_membership_id = $1', [leaver.memberId])).length === 0);
    expect(storedFiles(storageDir).filter((file) => file.includes(leaver.memberId))).toEqual([]);
    expect((await fetchMedia(onPost.url)).status).toBe(404);
  });
});
