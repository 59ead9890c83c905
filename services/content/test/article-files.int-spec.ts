import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { claimsOf, startStack, tokenWithClaims, type Stack } from '@kizuna/testing';

const ERRORS = 'errors { code field message }';
const CREATE = `mutation($input: ArticleContentInput!) { createArticle(input: $input) { article { id body } ${ERRORS} } }`;
const EDIT = `mutation($input: EditArticleInput!) { editArticle(input: $input) { article { id body } ${ERRORS} } }`;
const PUBLISH = `mutation($input: PublishArticleInput!) { publishArticle(input: $input) { article { id status } ${ERRORS} } }`;
const DELETE = `mutation($input: ArticleInput!) { deleteArticle(input: $input) { deletedArticleId ${ERRORS} } }`;
const ARTICLE = `query($id: ID!) { article(id: $id) { id body revisions { body } } }`;
const PERSONAL_DATA = 'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on PersonalData { content } } }';

type Node = Record<string, unknown>;
type UploadedFile = { id: string; kind: string; url: string; name: string; size: number; contentType: string };
type UploadAnswer = { status: number; file: UploadedFile | null; errors: { code: string; field?: string; message: string }[] };

const box = (type: string, payload: Buffer) => {
  const size = Buffer.alloc(4);
  size.writeUInt32BE(8 + payload.length);
  return Buffer.concat([size, Buffer.from(type, 'latin1'), payload]);
};
/** An MP4's first boxes: `ftyp` (brand isom) and an empty `moov`; the service judges the bytes, never the name. */
const mp4 = (padding = 2000) =>
  Buffer.concat([box('ftyp', Buffer.from('isom\0\0\x02\0isomiso2mp41', 'latin1')), box('moov', Buffer.alloc(0)), box('free', Buffer.alloc(padding))]);
/** A WebM's EBML header (DocType "webm") and some bytes after it. */
const webm = () => Buffer.concat([Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x87, 0x42, 0x82, 0x84]), Buffer.from('webm'), Buffer.alloc(500, 0x11)]);
const pdf = (bytes = 0) => Buffer.concat([Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n'), Buffer.alloc(bytes, 0x20), Buffer.from('\n%%EOF\n')]);

const doc = (...content: Node[]) => ({ type: 'doc', content });
const paragraph = (value: string) => ({ type: 'paragraph', content: [{ type: 'text', text: value }] });
const videoFile = (fileId: string) => ({ type: 'videoFile', attrs: { fileId } });
const attachment = (fileId: string) => ({ type: 'attachment', attrs: { fileId } });
const codes = (errors: { code: string; field?: string }[]) => errors.map((error) => `${error.code} ${error.field}`).sort();

describe('content: videos and PDFs in articles', () => {
  let stack: Stack;
  let url: string;
  let origin: string;
  let storageDir: string;
  let admin: string;
  let hanako: string;
  let corpAdmin: string;
  let pending: string;

  const gql = (query: string, variables: Record<string, unknown>, token?: string) => stack.graphql(url, query, variables, token);
  const upload = async (token: string | undefined, bytes: Buffer, name?: string): Promise<UploadAnswer> => {
    const response = await fetch(new URL(`/media/article-files${name === undefined ? '' : `?name=${encodeURIComponent(name)}`}`, origin), {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: new Uint8Array(bytes),
    });
    return { status: response.status, ...((await response.json()) as Omit<UploadAnswer, 'status'>) };
  };
  const uploaded = async (bytes: Buffer, name?: string, token = admin) => {
    const answer = await upload(token, bytes, name);
    expect(answer.errors).toEqual([]);
    return answer.file!;
  };
  const fileRows = async () => Number((await stack.sql('SELECT count(*) FROM content.article_files'))[0].count);
  const articleRows = async () => Number((await stack.sql('SELECT count(*) FROM content.articles'))[0].count);
  const objectOf = (file: UploadedFile) => join(storageDir, new URL(file.url, origin).pathname.slice('/media/'.length));
  const fileExists = async (file: UploadedFile) => (await stack.sql('SELECT 1 FROM content.article_files WHERE id = $1', [file.id])).length === 1;
  const create = async (body: unknown, token = admin) =>
    (await gql(CREATE, { input: { title: '総会のお知らせ', body, audience: 'NETWORK' } }, token)).data?.createArticle;

  beforeAll(async () => {
    // The services inherit this process's environment: content stores the files here.
    storageDir = mkdtempSync(join(tmpdir(), 'kizuna-article-files-'));
    process.env.STORAGE_DIR = storageDir;
    stack = await startStack({ services: ['identity', 'content'], seed: 'demo' });
    url = stack.serviceUrl('content');
    origin = new URL(url).origin;
    admin = await stack.signInAdmin();
    hanako = await stack.signIn('hanako.sato@demo.kizuna.dev', stack.demo.memberPassword);
    corpAdmin = await stack.signInAdmin('otherNetwork');
    pending = (await stack.register({ email: 'file.applicant@example.jp', displayName: '申請 五郎' })).token;
    const ids = [admin, hanako, corpAdmin].map((t) => claimsOf(t).mid);
    await stack.waitFor(
      async () => (await stack.sql(`SELECT 1 FROM content.members WHERE status = 'approved' AND membership_id = ANY($1::uuid[])`, [ids])).length === ids.length,
    );
  }, 240_000);
  afterAll(async () => {
    await stack?.stop();
    delete process.env.STORAGE_DIR;
    if (storageDir) rmSync(storageDir, { recursive: true, force: true });
  });

  it('accepts MP4, WebM and PDF by their bytes, keeps a clean name, and serves them with byte ranges', async () => {
    const video = await uploaded(mp4(), 'C:\\動画\\卒業式.mov');
    expect(video).toMatchObject({ kind: 'video', contentType: 'video/mp4', name: '卒業式.mov.mp4', size: mp4().length });
    expect(video.url).toMatch(/^\/media\/articles\/[0-9a-f-]{36}\/[0-9a-f-]{36}\/[0-9a-f]{32}\.mp4$/);
    expect(await uploaded(webm(), 'clip.webm')).toMatchObject({ kind: 'video', contentType: 'video/webm', name: 'clip.webm' });
    const document = await uploaded(pdf(), `${'総会資料'.repeat(60)}.pdf`);
    expect(document).toMatchObject({ kind: 'pdf', contentType: 'application/pdf' });
    expect([...document.name].length).toBe(200);
    expect(document.name.endsWith('.pdf')).toBe(true);

    const whole = await fetch(new URL(video.url, origin));
    expect(whole.status).toBe(200);
    expect(whole.headers.get('accept-ranges')).toBe('bytes');
    expect(whole.headers.get('content-type')).toBe('video/mp4');
    expect(Buffer.from(await whole.arrayBuffer()).equals(mp4())).toBe(true);
    const first = await fetch(new URL(video.url, origin), { headers: { range: 'bytes=0-99' } });
    expect(first.status).toBe(206);
    expect(first.headers.get('content-range')).toBe(`bytes 0-99/${mp4().length}`);
    expect(Buffer.from(await first.arrayBuffer()).equals(mp4().subarray(0, 100))).toBe(true);
    const beyond = await fetch(new URL(video.url, origin), { headers: { range: `bytes=${mp4().length}-` } });
    expect(beyond.status).toBe(416);
    expect(beyond.headers.get('content-range')).toBe(`bytes */${mp4().length}`);
  });

  it('refuses other kinds, files over the limits, members without MANAGE_CONTENT, applicants and anonymous callers, storing nothing', async () => {
    const before = await fileRows();
    const html = await upload(admin, Buffer.from('<html><script>alert(1)</script></html>'), 'movie.mp4');
    expect([html.status, html.file, codes(html.errors)]).toEqual([400, null, ['VALIDATION file']]);
    expect(html.errors[0].message).toMatch(/MP4 and WebM videos and PDF/);
    const matroska = Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x8b, 0x42, 0x82, 0x88, ...Buffer.from('matroska'), 0, 0]);
    expect((await upload(admin, matroska, 'clip.mkv')).status).toBe(400);
    expect((await upload(admin, Buffer.alloc(0), 'empty.pdf')).status).toBe(400);
    const big = await upload(admin, pdf(20 * 1024 * 1024), 'big.pdf');
    expect([big.status, big.file, codes(big.errors)]).toEqual([413, null, ['FILE_TOO_LARGE file']]);
    expect(big.errors[0].message).toMatch(/20 MB/);

    // A video said to be over 200 MB is refused before any of it is read.
    const declared = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const request = httpRequest(
        new URL('/media/article-files?name=long.mp4', origin),
        { method: 'POST', headers: { authorization: `Bearer ${admin}`, 'content-length': String(300 * 1024 * 1024) } },
        (response) => {
          let text = '';
          response.on('data', (chunk: Buffer) => (text += chunk.toString()));
          response.on('end', () => resolve({ status: response.statusCode!, body: text }));
        },
      );
      request.on('error', reject);
      request.write(mp4());
    });
    expect(declared.status).toBe(413);
    expect(codes((JSON.parse(declared.body) as UploadAnswer).errors)).toEqual(['FILE_TOO_LARGE file']);

    const member = await upload(hanako, pdf(), 'a.pdf');
    expect([member.status, member.errors[0].code]).toEqual([403, 'FORBIDDEN']);
    const applicant = await upload(await tokenWithClaims(stack, pending, { perms: ['manage_content'] }), pdf(), 'a.pdf');
    expect([applicant.status, applicant.errors[0].code]).toEqual([403, 'FORBIDDEN']);
    const anonymous = await upload(undefined, pdf(), 'a.pdf');
    expect([anonymous.status, anonymous.errors[0].code]).toEqual([401, 'UNAUTHENTICATED']);
    expect(await fileRows()).toBe(before);
  });

  it('takes a member’s video or PDF while the network lets members write articles, and refuses it again once it does not', async () => {
    const allowMembers = async (on: boolean) =>
      expect(
        (
          await gql(
            `mutation($input: UpdateContentSettingsInput!) { updateContentSettings(input: $input) { settings { membersMayWriteArticles } errors { code } } }`,
            { input: { membersMayWriteArticles: on } },
            admin,
          )
        ).data?.updateContentSettings,
      ).toEqual({ settings: { membersMayWriteArticles: on }, errors: [] });
    const sho = await stack.signIn('sho.watanabe@demo.kizuna.dev', stack.demo.memberPassword);
    await allowMembers(true);
    try {
      const accepted = await upload(sho, pdf(), 'クラス会.pdf');
      expect([accepted.status, accepted.file?.kind]).toEqual([200, 'pdf']);
    } finally {
      await allowMembers(false);
    }
    const before = await fileRows();
    const refused = await upload(sho, pdf(), 'a.pdf');
    expect([refused.status, refused.errors[0].code]).toEqual([403, 'FORBIDDEN']);
    expect(await fileRows()).toBe(before);
  });

  it("refuses a body naming another network's file, a file of the wrong kind or an unknown one, storing nothing", async () => {
    const video = await uploaded(mp4(), 'ours.mp4');
    const document = await uploaded(pdf(), 'ours.pdf');
    const theirs = await uploaded(pdf(), 'theirs.pdf', corpAdmin);
    const before = { articles: await articleRows(), files: await fileRows() };
    const bad = async (body: unknown) => codes((await create(body)).errors);
    expect(await bad(doc(attachment(theirs.id)))).toEqual(['VALIDATION body']);
    expect(await bad(doc(videoFile(document.id)))).toEqual(['VALIDATION body']);
    expect(await bad(doc(attachment(video.id)))).toEqual(['VALIDATION body']);
    expect(await bad(doc(attachment('3f1e2d4c-5b6a-4789-8abc-def012345678')))).toEqual(['VALIDATION body']);
    expect(await bad(doc({ type: 'videoFile', attrs: { src: 'https://evil.example/x.mp4' } }))).toEqual(['VALIDATION body']);
    expect({ articles: await articleRows(), files: await fileRows() }).toEqual(before);
    // The other network sees nothing of ours either.
    expect(codes((await create(doc(videoFile(video.id)), corpAdmin)).errors)).toEqual(['VALIDATION body']);
  });

  it('shows readers the video and the PDF with their addresses, and removes files the article no longer shows', async () => {
    const video = await uploaded(mp4(), '式典.mp4');
    const document = await uploaded(pdf(100), '2026年度 総会資料.pdf');
    const spare = await uploaded(pdf(), 'spare.pdf');
    const created = await create(doc(paragraph('資料と動画です。'), videoFile(video.id), attachment(document.id)));
    expect(created.errors).toEqual([]);
    const id = created.article.id;
    expect((await gql(PUBLISH, { input: { articleId: id } }, admin)).data?.publishArticle.errors).toEqual([]);

    const read = (await gql(ARTICLE, { id }, hanako)).data?.article;
    expect(read.body.content.slice(1)).toEqual([
      { type: 'videoFile', attrs: { fileId: video.id, src: video.url } },
      { type: 'attachment', attrs: { fileId: document.id, src: document.url, name: '2026年度 総会資料.pdf', size: document.size } },
    ]);
    const seek = await fetch(new URL(read.body.content[1].attrs.src, origin), { headers: { range: 'bytes=0-99' } });
    expect(seek.status).toBe(206);
    // The other network's staff cannot open the article.
    expect((await gql(ARTICLE, { id }, corpAdmin)).data?.article).toBeNull();

    // Saved without the PDF: it goes, with its object; the video and the upload not yet in any article stay.
    const edited = (
      await gql(
        EDIT,
        { input: { articleId: id, article: { title: '総会のお知らせ', body: doc(paragraph('動画のみ。'), videoFile(video.id)), audience: 'NETWORK' } } },
        admin,
      )
    ).data?.editArticle;
    expect(edited.errors).toEqual([]);
    expect(await fileExists(document)).toBe(false);
    expect(existsSync(objectOf(document))).toBe(false);
    expect((await fetch(new URL(document.url, origin))).status).toBe(404);
    expect(await fileExists(video)).toBe(true);
    expect(existsSync(objectOf(video))).toBe(true);
    expect(await fileExists(spare)).toBe(true);
    // The earlier version keeps its text; the PDF it named is gone (staff see its id only).
    expect((await gql(ARTICLE, { id }, admin)).data?.article.revisions[0].body.content[2]).toEqual(attachment(document.id));

    // Deleted: the video goes too.
    expect((await gql(DELETE, { input: { articleId: id } }, admin)).data?.deleteArticle.errors).toEqual([]);
    expect(await fileExists(video)).toBe(false);
    expect(existsSync(objectOf(video))).toBe(false);

    // An upload no saved article showed for a day goes at the next upload; a fresh one stays.
    await stack.sql(`UPDATE content.article_files SET created_at = now() - interval '25 hours' WHERE id = $1`, [spare.id]);
    const fresh = await uploaded(pdf(), 'fresh.pdf');
    expect(await fileExists(spare)).toBe(false);
    expect(existsSync(objectOf(spare))).toBe(false);
    expect(await fileExists(fresh)).toBe(true);
  });

  it('keeps a file two articles show until neither does, and reads a missing file as a null src', async () => {
    const document = await uploaded(pdf(), 'shared.pdf');
    const first = (await create(doc(attachment(document.id)))).article;
    const second = (await create(doc(paragraph('同じ資料'), attachment(document.id)))).article;
    expect((await gql(DELETE, { input: { articleId: first.id } }, admin)).data?.deleteArticle.errors).toEqual([]);
    expect(await fileExists(document)).toBe(true);
    await stack.sql('DELETE FROM content.article_files WHERE id = $1', [document.id]);
    expect((await gql(ARTICLE, { id: second.id }, admin)).data?.article.body.content[1].attrs).toEqual({
      fileId: document.id,
      src: null,
      name: null,
      size: null,
    });
  });

  it('lists the uploader’s videos and PDFs in their data download', async () => {
    const document = await uploaded(pdf(), 'mine.pdf');
    const content = (await gql(PERSONAL_DATA, { reps: [{ __typename: 'PersonalData', accountId: claimsOf(admin).sub }] }, admin)).data?._entities[0].content;
    expect(content.articleFiles).toEqual(expect.arrayContaining([{ ...document, networkId: claimsOf(admin).nid, uploadedAt: expect.any(String) }]));
    const others = (await gql(PERSONAL_DATA, { reps: [{ __typename: 'PersonalData', accountId: claimsOf(hanako).sub }] }, hanako)).data?._entities[0].content;
    expect(others.articleFiles).toEqual([]);
  });
});
