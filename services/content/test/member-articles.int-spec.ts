import sharp from 'sharp';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { claimsOf, startStack, type EventCollector, type Stack } from '@kizuna/testing';

const ERRORS = 'errors { code field message }';
const ARTICLE_FIELDS = 'id title status audience publishedAt submittedAt rejectionReason author { id } coverImage { id }';
const SETTINGS = '{ contentSettings { membersMayWriteArticles } }';
const UPDATE_SETTINGS = `mutation($input: UpdateContentSettingsInput!) { updateContentSettings(input: $input) { settings { membersMayWriteArticles } ${ERRORS} } }`;
const CREATE = `mutation($input: ArticleContentInput!) { createArticle(input: $input) { article { ${ARTICLE_FIELDS} } ${ERRORS} } }`;
const EDIT = `mutation($input: EditArticleInput!) { editArticle(input: $input) { article { ${ARTICLE_FIELDS} } ${ERRORS} } }`;
const SUBMIT = `mutation($input: ArticleInput!) { submitArticle(input: $input) { article { ${ARTICLE_FIELDS} } ${ERRORS} } }`;
const WITHDRAW = `mutation($input: ArticleInput!) { withdrawArticleSubmission(input: $input) { article { ${ARTICLE_FIELDS} } ${ERRORS} } }`;
const APPROVE = `mutation($input: PublishArticleInput!) { approveArticle(input: $input) { article { ${ARTICLE_FIELDS} } ${ERRORS} } }`;
const REJECT = `mutation($input: RejectArticleInput!) { rejectArticle(input: $input) { article { ${ARTICLE_FIELDS} } ${ERRORS} } }`;
const PUBLISH = `mutation($input: PublishArticleInput!) { publishArticle(input: $input) { article { id status } ${ERRORS} } }`;
const ARTICLE = `query($id: ID!) { article(id: $id) { ${ARTICLE_FIELDS} } }`;
const MINE = `{ myArticles(first: 50) { edges { node { ${ARTICLE_FIELDS} } } } }`;
const QUEUE = `{ articleReviewQueue(first: 50) { edges { node { id title submittedAt author { id } } } } articleReviewQueueCount }`;
const ARTICLES = `{ articles(first: 50) { edges { node { id } } } }`;
const FEED = `{ feed(first: 50) { edges { node { id kind title actor { id } article { id author { id } } } } } }`;
const PERSONAL_DATA = 'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on PersonalData { content } } }';

type Node = Record<string, unknown>;
type ArticleNode = { id: string } & Node;
const body = (words: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: words }] }] });
const article = (overrides: Record<string, unknown> = {}) => ({
  title: '同期会のご報告',
  body: body('十年ぶりに集まりました。'),
  audience: 'NETWORK',
  ...overrides,
});
const codes = (errors: { code: string; field: string | null }[]) => errors.map((error) => `${error.code} ${error.field}`).sort();

describe('content: articles written by members, through the review queue', () => {
  let stack: Stack;
  let url: string;
  let origin: string;
  let admin: string;
  let hanako: string;
  let sho: string;
  let corpAdmin: string;
  let pending: string;
  let events: EventCollector;

  const gql = (query: string, variables: Record<string, unknown>, token: string) => stack.graphql(url, query, variables, token);
  const payload = async (query: string, input: Record<string, unknown>, token: string) => {
    const result = await gql(query, { input }, token);
    return Object.values(result.data ?? {})[0] as { article: ArticleNode | null; errors: { code: string; field: string | null; message: string }[] };
  };
  const topLevel = async (query: string, input: Record<string, unknown>, token: string) => (await gql(query, { input }, token)).errors?.[0];
  const allowMembers = async (on: boolean) =>
    expect((await gql(UPDATE_SETTINGS, { input: { membersMayWriteArticles: on } }, admin)).data?.updateContentSettings).toEqual({
      settings: { membersMayWriteArticles: on },
      errors: [],
    });
  const ids = (edges: { node: { id: string } }[] | undefined) => (edges ?? []).map((edge) => edge.node.id);
  const mine = async (token: string): Promise<ArticleNode[]> =>
    ((await gql(MINE, {}, token)).data?.myArticles.edges ?? []).map((edge: { node: ArticleNode }) => edge.node);
  const queue = async () => (await gql(QUEUE, {}, admin)).data!;
  const feedArticle = async (token: string, id: string) =>
    ((await gql(FEED, {}, token)).data?.feed.edges ?? []).map((edge: { node: Node }) => edge.node).find((node: Node) => node.id === id);
  const articleCount = async () => Number((await stack.sql('SELECT count(*) FROM content.articles'))[0].count);
  const upload = async (token: string) => {
    const bytes = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#aa5522' } })
      .jpeg()
      .toBuffer();
    const response = await fetch(new URL('/media/post-images?purpose=article', origin), {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', authorization: `Bearer ${token}` },
      body: new Uint8Array(bytes),
    });
    return { status: response.status, body: (await response.json()) as { image: { id: string } | null; errors: { code: string; message: string }[] } };
  };
  const eventOf = (type: string, articleId: string, count = 1) =>
    stack.waitFor(async () => {
      const found = events.events.filter((e) => e.type === `kizuna.content.article.${type}.v1` && e.subject === articleId);
      return found.length >= count && found;
    });

  beforeAll(async () => {
    process.env.STORAGE_DIR = mkdtempSync(join(tmpdir(), 'kizuna-member-articles-'));
    stack = await startStack({ services: ['identity', 'content'], seed: 'demo', serviceEnv: { content: { ARTICLE_PUBLISH_CHECK_MS: '200' } } });
    url = stack.serviceUrl('content');
    origin = new URL(url).origin;
    admin = await stack.signInAdmin();
    hanako = await stack.signIn('hanako.sato@demo.kizuna.dev', stack.demo.memberPassword);
    sho = await stack.signIn('sho.watanabe@demo.kizuna.dev', stack.demo.memberPassword);
    corpAdmin = await stack.signInAdmin('otherNetwork');
    pending = (await stack.register({ email: 'member.articles@example.jp', displayName: '申請 五郎' })).token;
    events = await stack.collectEvents('kizuna.content.article');
  });
  afterAll(() => stack?.stop());

  it('keeps writing to staff until the office lets members write, a setting of each network', async () => {
    expect((await gql(SETTINGS, {}, hanako)).data?.contentSettings).toEqual({ membersMayWriteArticles: false });
    const before = await articleCount();
    const refused = await topLevel(CREATE, article(), hanako);
    expect(refused).toMatchObject({ message: 'Your network does not let members write articles.', extensions: { code: 'FORBIDDEN' } });
    expect((await upload(hanako)).status).toBe(403);
    expect((await topLevel(UPDATE_SETTINGS, { membersMayWriteArticles: true }, hanako))?.extensions?.code).toBe('FORBIDDEN');
    expect((await gql(SETTINGS, {}, pending)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await articleCount()).toBe(before);

    await allowMembers(true);
    expect((await gql(SETTINGS, {}, hanako)).data?.contentSettings).toEqual({ membersMayWriteArticles: true });
    // Another network's choice is its own.
    expect((await gql(SETTINGS, {}, corpAdmin)).data?.contentSettings).toEqual({ membersMayWriteArticles: false });
    // Leaving the field out changes nothing.
    expect((await gql(UPDATE_SETTINGS, { input: {} }, admin)).data?.updateContentSettings.settings).toEqual({ membersMayWriteArticles: true });
  });

  it('lets a member write drafts for the whole network only, and shows them to nobody but the author and staff', async () => {
    const before = await articleCount();
    expect(codes((await payload(CREATE, article({ audience: 'STAFF' }), hanako)).errors)).toEqual(['FORBIDDEN audience']);
    expect(codes((await payload(CREATE, article({ audience: 'SEGMENT' }), hanako)).errors)).toEqual(['FORBIDDEN audience', 'VALIDATION segmentId']);
    expect(codes((await payload(CREATE, article({ body: { type: 'doc', content: [{ type: 'iframe' }] } }), hanako)).errors)).toEqual(['VALIDATION body']);
    expect(await articleCount()).toBe(before);

    const cover = await upload(hanako);
    expect(cover.status).toBe(200);
    const created = await payload(CREATE, article({ coverImageId: cover.body.image!.id }), hanako);
    expect(created.errors).toEqual([]);
    const draft = created.article!;
    expect(draft).toMatchObject({ status: 'DRAFT', author: { id: claimsOf(hanako).mid }, coverImage: { id: cover.body.image!.id }, submittedAt: null });
    expect(await gql(ARTICLE, { id: draft.id }, hanako)).toMatchObject({ data: { article: { id: draft.id, status: 'DRAFT' } } });
    expect((await mine(hanako)).map((node: Node) => node.id)).toContain(draft.id);
    // Their own drafts are theirs, not among the network's articles.
    expect(ids((await gql(ARTICLES, {}, hanako)).data?.articles.edges)).not.toContain(draft.id);
    expect((await gql(ARTICLE, { id: draft.id }, admin)).data?.article).toMatchObject({ id: draft.id });

    // Another member: as if it did not exist.
    expect((await gql(ARTICLE, { id: draft.id }, sho)).data?.article).toBeNull();
    expect((await mine(sho)).map((node: Node) => node.id)).not.toContain(draft.id);
    expect(codes((await payload(EDIT, { articleId: draft.id, article: article({ title: '乗っ取り' }) }, sho)).errors)).toEqual(['NOT_FOUND articleId']);
    expect(codes((await payload(SUBMIT, { articleId: draft.id }, sho)).errors)).toEqual(['NOT_FOUND articleId']);
    expect(codes((await payload(WITHDRAW, { articleId: draft.id }, sho)).errors)).toEqual(['NOT_FOUND articleId']);
    // Another network's staff: unknown.
    expect((await gql(ARTICLE, { id: draft.id }, corpAdmin)).data?.article).toBeNull();
    expect(codes((await payload(EDIT, { articleId: draft.id, article: article() }, corpAdmin)).errors)).toEqual(['NOT_FOUND articleId']);
    expect(codes((await payload(APPROVE, { articleId: draft.id }, corpAdmin)).errors)).toEqual(['NOT_FOUND articleId']);
    expect(codes((await payload(REJECT, { articleId: draft.id, reason: 'x' }, corpAdmin)).errors)).toEqual(['NOT_FOUND articleId']);
    // Applicants: nothing at all.
    expect((await gql(MINE, {}, pending)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await topLevel(SUBMIT, { articleId: draft.id }, pending))?.extensions?.code).toBe('FORBIDDEN');
    // Publishing, approving and the queue stay staff's.
    for (const query of [PUBLISH, APPROVE]) expect((await topLevel(query, { articleId: draft.id }, hanako))?.extensions?.code).toBe('FORBIDDEN');
    expect((await gql(QUEUE, {}, hanako)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await gql(ARTICLE, { id: draft.id }, hanako)).data?.article.title).toBe('同期会のご報告');
  });

  it('submits a draft for review, lets the author take it back, and publishes it on approval with its author in the feed', async () => {
    const draft = (await payload(CREATE, article({ title: 'ホームカミングデーの記録' }), hanako)).article!;
    const submitted = await payload(SUBMIT, { articleId: draft.id }, hanako);
    expect(submitted).toMatchObject({ article: { status: 'SUBMITTED', submittedAt: expect.any(String) }, errors: [] });
    expect(codes((await payload(SUBMIT, { articleId: draft.id }, hanako)).errors)).toEqual(['NOT_DRAFT articleId']);
    const [event] = await eventOf('submitted', draft.id);
    expect(event.data).toMatchObject({ articleId: draft.id, authorMembershipId: claimsOf(hanako).mid, title: 'ホームカミングデーの記録' });
    expect((await queue()).articleReviewQueue.edges.map((edge: { node: Node }) => edge.node.id)).toContain(draft.id);

    // Changing a submission takes it out of the queue: a draft again.
    const edited = await payload(EDIT, { articleId: draft.id, article: article({ title: 'ホームカミングデー記録' }) }, hanako);
    expect(edited).toMatchObject({ article: { status: 'DRAFT', submittedAt: null }, errors: [] });
    expect((await queue()).articleReviewQueue.edges.map((edge: { node: Node }) => edge.node.id)).not.toContain(draft.id);
    await payload(SUBMIT, { articleId: draft.id }, hanako);
    expect(await payload(WITHDRAW, { articleId: draft.id }, hanako)).toMatchObject({ article: { status: 'DRAFT' }, errors: [] });
    expect(codes((await payload(WITHDRAW, { articleId: draft.id }, hanako)).errors)).toEqual(['NOT_SUBMITTED articleId']);
    expect(codes((await payload(APPROVE, { articleId: draft.id }, admin)).errors)).toEqual(['NOT_SUBMITTED articleId']);

    // Oldest first in the queue.
    const other = (await payload(CREATE, article({ title: '後から出した記事' }), sho)).article!;
    await payload(SUBMIT, { articleId: draft.id }, hanako);
    await payload(SUBMIT, { articleId: other.id }, sho);
    const waiting = await queue();
    expect(waiting.articleReviewQueue.edges.map((edge: { node: Node }) => edge.node.id)).toEqual([draft.id, other.id]);
    expect(waiting.articleReviewQueueCount).toBe(2);
    expect(waiting.articleReviewQueue.edges[0].node.author).toEqual({ id: claimsOf(hanako).mid });
    expect((await gql(ARTICLE, { id: draft.id }, sho)).data?.article).toBeNull();

    const approved = await payload(APPROVE, { articleId: draft.id }, admin);
    expect(approved).toMatchObject({ article: { status: 'PUBLISHED', publishedAt: expect.any(String), submittedAt: null }, errors: [] });
    expect(await feedArticle(sho, draft.id)).toMatchObject({
      kind: 'ARTICLE',
      title: 'ホームカミングデー記録',
      actor: { id: claimsOf(hanako).mid },
      article: { author: { id: claimsOf(hanako).mid } },
    });
    expect((await gql(ARTICLE, { id: draft.id }, sho)).data?.article).toMatchObject({ status: 'PUBLISHED', author: { id: claimsOf(hanako).mid } });
    const [published] = await eventOf('published', draft.id);
    expect(published.data).toMatchObject({ authorMembershipId: claimsOf(hanako).mid, audience: 'NETWORK', scheduled: false });
    const [reviewed] = await eventOf('reviewed', draft.id);
    expect(reviewed.data).toMatchObject({
      decision: 'APPROVED',
      reason: null,
      reviewerMembershipId: claimsOf(admin).mid,
      authorMembershipId: claimsOf(hanako).mid,
    });
    expect(codes((await payload(APPROVE, { articleId: draft.id }, admin)).errors)).toEqual(['NOT_SUBMITTED articleId']);
    // Once out, it is the office's to change.
    expect(codes((await payload(EDIT, { articleId: draft.id, article: article() }, hanako)).errors)).toEqual(['FORBIDDEN articleId']);
    expect((await queue()).articleReviewQueueCount).toBe(1);
    await payload(WITHDRAW, { articleId: other.id }, sho);
  });

  it('sends a submission back with a reason its author sees, and takes it again after changes', async () => {
    const draft = (await payload(CREATE, article({ title: '写真なしの記事' }), hanako)).article!;
    await payload(SUBMIT, { articleId: draft.id }, hanako);
    expect(codes((await payload(REJECT, { articleId: draft.id, reason: '  ' }, admin)).errors)).toEqual(['VALIDATION reason']);
    expect(codes((await payload(REJECT, { articleId: draft.id, reason: 'あ'.repeat(1001) }, admin)).errors)).toEqual(['VALIDATION reason']);
    expect((await gql(ARTICLE, { id: draft.id }, admin)).data?.article).toMatchObject({ status: 'SUBMITTED', rejectionReason: null });
    expect((await topLevel(REJECT, { articleId: draft.id, reason: '自分で却下' }, hanako))?.extensions?.code).toBe('FORBIDDEN');

    const reason = '写真を一枚添えてください。\n当日の様子が伝わります。';
    const rejected = await payload(REJECT, { articleId: draft.id, reason }, admin);
    expect(rejected).toMatchObject({ article: { status: 'DRAFT', rejectionReason: reason, submittedAt: null }, errors: [] });
    const [event] = await eventOf('reviewed', draft.id);
    expect(event.data).toMatchObject({ decision: 'REJECTED', reason, publishedAt: null, authorMembershipId: claimsOf(hanako).mid });
    expect((await mine(hanako)).find((node: Node) => node.id === draft.id)).toMatchObject({ status: 'DRAFT', rejectionReason: reason });
    expect((await gql(ARTICLE, { id: draft.id }, sho)).data?.article).toBeNull();
    expect(await feedArticle(sho, draft.id)).toBeUndefined();

    await payload(EDIT, { articleId: draft.id, article: article({ title: '写真つきの記事' }) }, hanako);
    expect(await payload(SUBMIT, { articleId: draft.id }, hanako)).toMatchObject({ article: { status: 'SUBMITTED', rejectionReason: null }, errors: [] });
    const at = new Date(Date.now() + 1500).toISOString();
    expect(await payload(APPROVE, { articleId: draft.id, publishAt: at }, admin)).toMatchObject({
      article: { status: 'SCHEDULED', publishedAt: at },
      errors: [],
    });
    await stack.waitFor(async () => (await gql(ARTICLE, { id: draft.id }, sho)).data?.article?.status === 'PUBLISHED', 10_000);
    expect(await feedArticle(sho, draft.id)).toMatchObject({ title: '写真つきの記事', actor: { id: claimsOf(hanako).mid } });
    const reviews = await eventOf('reviewed', draft.id, 2);
    expect(reviews.map((e) => (e.data as { decision: string }).decision)).toEqual(['REJECTED', 'APPROVED']);
  });

  it('stops new writing and submissions when the office turns it off, and keeps what is out', async () => {
    const draft = (await payload(CREATE, article({ title: '書きかけ' }), hanako)).article!;
    const waiting = (await payload(CREATE, article({ title: '出したもの' }), hanako)).article!;
    await payload(SUBMIT, { articleId: waiting.id }, hanako);
    const out = (await mine(hanako)).find((node: Node) => node.status === 'PUBLISHED')!;
    await allowMembers(false);

    for (const [query, input] of [
      [CREATE, article()],
      [EDIT, { articleId: draft.id, article: article({ title: '続き' }) }],
      [SUBMIT, { articleId: draft.id }],
    ] as const)
      expect(await topLevel(query, input, hanako)).toMatchObject({
        message: 'Your network does not let members write articles.',
        extensions: { code: 'FORBIDDEN' },
      });
    expect((await upload(hanako)).status).toBe(403);
    expect((await gql(ARTICLE, { id: draft.id }, hanako)).data?.article).toMatchObject({ title: '書きかけ', status: 'DRAFT' });
    // What is out stays out; what waits may still be approved or taken back.
    expect((await gql(ARTICLE, { id: out.id }, sho)).data?.article).toMatchObject({ status: 'PUBLISHED' });
    expect(await payload(WITHDRAW, { articleId: waiting.id }, hanako)).toMatchObject({ article: { status: 'DRAFT' }, errors: [] });
    // Staff write as before.
    expect((await payload(CREATE, article({ title: '事務局から' }), admin)).errors).toEqual([]);
    await allowMembers(true);
  });

  it("hands the member their own articles, submissions and the office's reasons in their data download", async () => {
    const sentBack = (await payload(CREATE, article({ title: '差し戻された記事' }), hanako)).article!;
    await payload(SUBMIT, { articleId: sentBack.id }, hanako);
    await payload(REJECT, { articleId: sentBack.id, reason: '日付を書いてください。' }, admin);
    const waiting = (await payload(CREATE, article({ title: '審査中の記事' }), hanako)).article!;
    await payload(SUBMIT, { articleId: waiting.id }, hanako);
    const data = (await gql(PERSONAL_DATA, { reps: [{ __typename: 'PersonalData', accountId: claimsOf(hanako).sub }] }, hanako)).data?._entities[0].content;
    const byTitle = Object.fromEntries(data.articles.map((a: { title: string }) => [a.title, a]));
    expect(byTitle['ホームカミングデー記録']).toMatchObject({ status: 'published' });
    expect(byTitle['書きかけ']).toMatchObject({ status: 'draft', rejectionReason: null });
    expect(byTitle['写真つきの記事']).toMatchObject({ status: 'published' });
    expect(byTitle['差し戻された記事']).toMatchObject({ status: 'draft', rejectionReason: '日付を書いてください。' });
    expect(byTitle['審査中の記事']).toMatchObject({ status: 'submitted', submittedAt: expect.any(String) });
    expect(data.articles.map((a: { title: string }) => a.title)).not.toContain('後から出した記事');
  });
});
