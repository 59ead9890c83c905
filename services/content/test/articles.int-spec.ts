import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { claimsOf, startStack, tokenWithClaims, type EventCollector, type Stack } from '@kizuna/testing';

const ERRORS = 'errors { code field message }';
const ARTICLE_FIELDS = `id title excerpt status audience segmentId publishedAt body coverImage { id url smallUrl width height } category { id name } author { id }
  revisions { title body editor { id } writtenAt replacedAt } readCount uniqueReaderCount`;
const CREATE = `mutation($input: ArticleContentInput!) { createArticle(input: $input) { article { ${ARTICLE_FIELDS} } ${ERRORS} } }`;
const EDIT = `mutation($input: EditArticleInput!) { editArticle(input: $input) { article { ${ARTICLE_FIELDS} } ${ERRORS} } }`;
const PUBLISH = `mutation($input: PublishArticleInput!) { publishArticle(input: $input) { article { id status publishedAt } ${ERRORS} } }`;
const UNPUBLISH = `mutation($input: ArticleInput!) { unpublishArticle(input: $input) { article { id status publishedAt } ${ERRORS} } }`;
const DELETE = `mutation($input: ArticleInput!) { deleteArticle(input: $input) { deletedArticleId ${ERRORS} } }`;
const READ = `mutation($input: ArticleInput!) { recordArticleRead(input: $input) { article { id readCount uniqueReaderCount } ${ERRORS} } }`;
const ARTICLE = `query($id: ID!) { article(id: $id) { ${ARTICLE_FIELDS} } }`;
const ARTICLES = `query($status: ArticleStatus, $categoryId: ID, $first: Int, $after: String) {
  articles(status: $status, categoryId: $categoryId, first: $first, after: $after) { edges { cursor node { id status title } } pageInfo { hasNextPage endCursor } } }`;
const FEED = `{ feed(first: 50) { edges { node { id kind title excerpt linkPath subject { typename id } article { id title coverImage { smallUrl } } } } } }`;
const CATEGORIES = `{ articleCategories { id name } }`;
const CREATE_CATEGORY = `mutation($input: CreateArticleCategoryInput!) { createArticleCategory(input: $input) { category { id name } ${ERRORS} } }`;
const RENAME_CATEGORY = `mutation($input: RenameArticleCategoryInput!) { renameArticleCategory(input: $input) { category { id name } ${ERRORS} } }`;
const DELETE_CATEGORY = `mutation($input: ArticleCategoryInput!) { deleteArticleCategory(input: $input) { deletedCategoryId ${ERRORS} } }`;
const COUNT = `{ publishedArticleCount }`;
const CREATE_SEGMENT = `mutation($input: CreateSegmentInput!) { createSegment(input: $input) { segment { id } errors { code } } }`;
const UPDATE_PROFILE = `mutation($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { errors { code } } }`;
const PERSONAL_DATA = 'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on PersonalData { content } } }';
const DELETE_ACCOUNT = 'mutation($input: DeleteMyAccountInput!) { deleteMyAccount(input: $input) { deleted errors { code } } }';
const EMPLOYER = '絆記事商事';

type Node = Record<string, unknown>;
const doc = (...content: Node[]) => ({ type: 'doc', content });
const paragraph = (...content: Node[]) => ({ type: 'paragraph', content });
const text = (value: string, marks?: Node[]) => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });
const richBody = doc(
  { type: 'heading', attrs: { level: 2 }, content: [text('卒業生インタビュー')] },
  paragraph(
    text('今回は'),
    text('佐藤さん', [{ type: 'bold' }]),
    text('にお話を伺いました。詳しくは'),
    text('こちら', [{ type: 'link', attrs: { href: 'https://kizuna.dev' } }]),
  ),
);
const article = (overrides: Record<string, unknown> = {}) => ({ title: '卒業生の今', body: richBody, audience: 'NETWORK', ...overrides });
const codes = (errors: { code: string; field: string }[]) => errors.map((error) => `${error.code} ${error.field}`).sort();

describe('content: articles', () => {
  let stack: Stack;
  let url: string;
  let origin: string;
  let admin: string;
  let hanako: string;
  let sho: string;
  let corpAdmin: string;
  let pending: string;
  let segmentId: string;
  let articleEvents: EventCollector;

  /** The member made staff, as identity would issue their token after a role change. */
  const asStaff = (token: string) => tokenWithClaims(stack, token, { role: 'staff', perms: ['approve_members', 'manage_content'] });
  const gql = (query: string, variables: Record<string, unknown>, token?: string) => stack.graphql(url, query, variables, token);
  const create = async (input: Record<string, unknown>, token = admin) => (await gql(CREATE, { input }, token)).data?.createArticle;
  const publish = async (articleId: string, publishAt?: string, token = admin) =>
    (await gql(PUBLISH, { input: { articleId, ...(publishAt ? { publishAt } : {}) } }, token)).data?.publishArticle;
  const read = async (id: string, token: string) => (await gql(ARTICLE, { id }, token)).data?.article;
  const feedArticles = async (token: string) =>
    ((await gql(FEED, {}, token)).data?.feed.edges ?? []).map((edge: { node: Node }) => edge.node).filter((node: Node) => node.kind === 'ARTICLE');
  const listed = async (token: string, variables: Record<string, unknown> = {}) =>
    ((await gql(ARTICLES, variables, token)).data?.articles.edges ?? []).map((edge: { node: { id: string } }) => edge.node.id);
  const counts = async () => ({
    articles: Number((await stack.sql('SELECT count(*) FROM content.articles'))[0].count),
    revisions: Number((await stack.sql('SELECT count(*) FROM content.article_revisions'))[0].count),
    items: Number((await stack.sql(`SELECT count(*) FROM content.feed_items WHERE kind = 'ARTICLE'`))[0].count),
  });
  const upload = async (token: string, purpose: 'article' | 'post' = 'article') => {
    const bytes = await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#2255aa' } })
      .jpeg()
      .toBuffer();
    const response = await fetch(new URL(`/media/post-images?purpose=${purpose}`, origin), {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', authorization: `Bearer ${token}` },
      body: new Uint8Array(bytes),
    });
    return { status: response.status, body: (await response.json()) as { image: { id: string; url: string } | null } };
  };

  beforeAll(async () => {
    process.env.STORAGE_DIR = mkdtempSync(join(tmpdir(), 'kizuna-article-images-'));
    stack = await startStack({
      services: ['identity', 'directory', 'content'],
      seed: 'demo',
      serviceEnv: { content: { ARTICLE_PUBLISH_CHECK_MS: '200', SEGMENT_CACHE_SECONDS: '0' } },
    });
    url = stack.serviceUrl('content');
    origin = new URL(url).origin;
    admin = await stack.signInAdmin();
    hanako = await stack.signIn('hanako.sato@demo.kizuna.dev', stack.demo.memberPassword);
    sho = await stack.signIn('sho.watanabe@demo.kizuna.dev', stack.demo.memberPassword);
    corpAdmin = await stack.signInAdmin('otherNetwork');
    pending = (await stack.register({ email: 'article.applicant@example.jp', displayName: '申請 四郎' })).token;
    articleEvents = await stack.collectEvents('kizuna.content.article');
    const ids = [hanako, sho].map((t) => claimsOf(t).mid);
    await stack.waitFor(async () => (await stack.sql(`SELECT 1 FROM directory.profiles WHERE membership_id = ANY($1::uuid[])`, [ids])).length === ids.length);
    const created = await stack.graphql(
      stack.serviceUrl('directory'),
      CREATE_SEGMENT,
      { input: { name: '絆記事商事の皆さん', filter: { employers: [EMPLOYER] } } },
      admin,
    );
    segmentId = created.data?.createSegment.segment.id;
    for (const [token, employer] of [
      [hanako, EMPLOYER],
      [sho, '別の会社'],
    ]) {
      expect((await stack.graphql(stack.serviceUrl('directory'), UPDATE_PROFILE, { input: { employer } }, token)).data?.updateMyProfile.errors).toEqual([]);
    }
  });
  afterAll(() => stack?.stop());

  it('refuses bodies outside the allow-list, bad links, unknown images and bad audiences with typed errors, storing nothing', async () => {
    const postImage = (await upload(hanako, 'post')).body.image!;
    const before = await counts();
    const bad = async (input: Record<string, unknown>) => codes((await create(article(input))).errors);
    expect(await bad({ body: doc({ type: 'script', content: [text('alert(1)')] }) })).toEqual(['VALIDATION body']);
    expect(await bad({ body: doc(paragraph(text('x', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }]))) })).toEqual(['VALIDATION body']);
    expect(await bad({ body: doc({ type: 'heading', attrs: { level: 1 }, content: [text('大見出し')] }) })).toEqual(['VALIDATION body']);
    expect(await bad({ body: doc({ type: 'video', attrs: { provider: 'youtube', videoId: '<iframe>' } }) })).toEqual(['VALIDATION body']);
    expect(await bad({ body: doc({ type: 'image', attrs: { imageId: '3f1e2d4c-5b6a-4789-8abc-def012345678' } }) })).toEqual(['NOT_FOUND body']);
    // A post's upload is not an article image.
    expect(await bad({ body: doc({ type: 'image', attrs: { imageId: postImage.id } }) })).toEqual(['NOT_FOUND body']);
    expect(await bad({ coverImageId: postImage.id })).toEqual(['NOT_FOUND coverImageId']);
    expect(await bad({ audience: 'SEGMENT' })).toEqual(['VALIDATION segmentId']);
    expect(await bad({ audience: 'NETWORK', segmentId })).toEqual(['VALIDATION segmentId']);
    expect(await bad({ title: ' ', categoryId: '3f1e2d4c-5b6a-4789-8abc-def012345678' })).toEqual(['NOT_FOUND categoryId', 'VALIDATION title']);
    expect(await bad({ title: 'あ'.repeat(201) })).toEqual(['VALIDATION title']);
    expect(await counts()).toEqual(before);

    // Members without MANAGE_CONTENT may not write; applicants see nothing at all.
    expect((await gql(CREATE, { input: article() }, hanako)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await gql(ARTICLES, {}, pending)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await gql(CATEGORIES, {}, pending)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await gql(COUNT, {}, pending)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);
  });

  it('keeps a draft for staff, publishes it into the feed with an event, and shows it to members and nobody elsewhere', async () => {
    const cover = (await upload(admin)).body.image!;
    const inline = (await upload(admin)).body.image!;
    expect((await upload(hanako)).status).toBe(403);
    const body = doc(
      ...richBody.content,
      { type: 'image', attrs: { imageId: inline.id, alt: '会場の様子' } },
      { type: 'video', attrs: { provider: 'vimeo', videoId: '76979871' } },
    );
    const created = await create(article({ body, coverImageId: cover.id }));
    expect(created.errors).toEqual([]);
    const draft = created.article;
    expect(draft).toMatchObject({
      status: 'DRAFT',
      publishedAt: null,
      excerpt: '卒業生インタビュー 今回は佐藤さんにお話を伺いました。詳しくはこちら',
      author: { id: claimsOf(admin).mid },
    });
    expect(draft.coverImage).toMatchObject({ id: cover.id, width: 1280, height: 720 });
    expect(draft.body.content[2]).toEqual({ type: 'image', attrs: { imageId: inline.id, alt: '会場の様子', src: expect.stringContaining('.webp') } });
    expect(await read(draft.id, hanako)).toBeNull();
    expect(await listed(hanako)).not.toContain(draft.id);
    expect(await listed(admin, { status: 'DRAFT' })).toContain(draft.id);
    expect(await listed(hanako, { status: 'DRAFT' })).toEqual([]);
    const countBefore = (await gql(COUNT, {}, hanako)).data?.publishedArticleCount;

    const published = await publish(draft.id);
    expect(published).toMatchObject({ article: { status: 'PUBLISHED', publishedAt: expect.any(String) }, errors: [] });
    expect(codes((await publish(draft.id)).errors)).toEqual(['ALREADY_PUBLISHED articleId']);
    const [item] = (await feedArticles(hanako)).filter((node: Node) => node.id === draft.id);
    expect(item).toMatchObject({
      title: '卒業生の今',
      linkPath: `/articles/${draft.id}`,
      subject: { typename: 'Article', id: draft.id },
      article: { id: draft.id, coverImage: { smallUrl: expect.stringContaining('-400.webp') } },
    });
    expect(await read(draft.id, hanako)).toMatchObject({ id: draft.id, status: 'PUBLISHED', revisions: null, readCount: null });
    expect(await listed(hanako)).toContain(draft.id);
    expect((await gql(COUNT, {}, hanako)).data?.publishedArticleCount).toBe(countBefore + 1);
    const event = await stack.waitFor(async () => articleEvents.events.find((e) => e.type === 'kizuna.content.article.published.v1' && e.subject === draft.id));
    expect(event.data).toMatchObject({ articleId: draft.id, audience: 'NETWORK', segmentId: null, scheduled: false });

    // Another network's staff: the id behaves as unknown everywhere.
    expect(await read(draft.id, corpAdmin)).toBeNull();
    expect(await listed(corpAdmin)).not.toContain(draft.id);
    expect(codes((await gql(EDIT, { input: { articleId: draft.id, article: article() } }, corpAdmin)).data?.editArticle.errors)).toEqual([
      'NOT_FOUND articleId',
    ]);
    expect(codes((await gql(UNPUBLISH, { input: { articleId: draft.id } }, corpAdmin)).data?.unpublishArticle.errors)).toEqual(['NOT_FOUND articleId']);
    expect(codes((await gql(DELETE, { input: { articleId: draft.id } }, corpAdmin)).data?.deleteArticle.errors)).toEqual(['NOT_FOUND articleId']);
    expect(codes((await gql(READ, { input: { articleId: draft.id } }, corpAdmin)).data?.recordArticleRead.errors)).toEqual(['NOT_FOUND articleId']);
    expect((await feedArticles(corpAdmin)).map((node: Node) => node.id)).not.toContain(draft.id);
    expect((await gql(PUBLISH, { input: { articleId: draft.id } }, pending)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await gql(ARTICLE, { id: draft.id }, pending)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('keeps STAFF articles for staff and SEGMENT articles for the segment, staff and nobody else', async () => {
    const forStaff = (await create(article({ title: '職員向け', audience: 'STAFF' }))).article;
    const forSegment = (await create(article({ title: '絆記事商事の方へ', audience: 'SEGMENT', segmentId }))).article;
    await publish(forStaff.id);
    await publish(forSegment.id);
    const staffToken = await asStaff(sho);

    expect(await read(forStaff.id, hanako)).toBeNull();
    expect(await read(forStaff.id, staffToken)).toMatchObject({ id: forStaff.id, audience: 'STAFF' });
    expect((await feedArticles(hanako)).map((node: Node) => node.id)).not.toContain(forStaff.id);

    expect(await read(forSegment.id, hanako)).toMatchObject({ id: forSegment.id, audience: 'SEGMENT', segmentId });
    expect((await feedArticles(hanako)).map((node: Node) => node.id)).toContain(forSegment.id);
    expect(await listed(hanako)).toContain(forSegment.id);
    expect(await read(forSegment.id, sho)).toBeNull();
    expect((await feedArticles(sho)).map((node: Node) => node.id)).not.toContain(forSegment.id);
    expect(await listed(sho)).not.toContain(forSegment.id);
    expect(codes((await gql(READ, { input: { articleId: forSegment.id } }, sho)).data?.recordArticleRead.errors)).toEqual(['NOT_FOUND articleId']);
    const event = await stack.waitFor(async () =>
      articleEvents.events.find((e) => e.type === 'kizuna.content.article.published.v1' && e.subject === forSegment.id),
    );
    expect(event.data).toMatchObject({ audience: 'SEGMENT', segmentId });
  });

  it('publishes a scheduled article at its time, exactly once', async () => {
    const scheduled = (await create(article({ title: '予約投稿の記事' }))).article;
    expect(codes((await publish(scheduled.id, new Date(Date.now() - 60_000).toISOString())).errors)).toEqual(['VALIDATION publishAt']);
    const at = new Date(Date.now() + 1500).toISOString();
    expect(await publish(scheduled.id, at)).toMatchObject({ article: { status: 'SCHEDULED', publishedAt: at }, errors: [] });
    expect(await read(scheduled.id, hanako)).toBeNull();
    expect((await feedArticles(hanako)).map((node: Node) => node.id)).not.toContain(scheduled.id);
    expect(await listed(admin, { status: 'SCHEDULED' })).toContain(scheduled.id);

    await stack.waitFor(async () => (await read(scheduled.id, hanako))?.status === 'PUBLISHED', 10_000);
    expect((await feedArticles(hanako)).map((node: Node) => node.id)).toContain(scheduled.id);
    // Several further rounds of the check change nothing.
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(articleEvents.events.filter((e) => e.type === 'kizuna.content.article.published.v1' && e.subject === scheduled.id)).toHaveLength(1);
    expect(articleEvents.events.find((e) => e.type === 'kizuna.content.article.published.v1' && e.subject === scheduled.id)?.data).toMatchObject({
      scheduled: true,
    });
    expect((await stack.sql(`SELECT count(*) FROM content.feed_items WHERE id = $1`, [scheduled.id]))[0].count).toBe('1');
  });

  it('keeps every earlier version for staff, updates the feed, and unpublishes and deletes', async () => {
    const first = (await create(article({ title: '初版' }))).article;
    await publish(first.id);
    const staffToken = await asStaff(sho);
    const edited = await gql(EDIT, { input: { articleId: first.id, article: article({ title: '第二版' }) } }, staffToken);
    expect(edited.data?.editArticle.errors).toEqual([]);
    const bad = await gql(EDIT, { input: { articleId: first.id, article: article({ body: doc({ type: 'iframe' }) }) } }, admin);
    expect(codes(bad.data?.editArticle.errors)).toEqual(['VALIDATION body']);
    const third = (
      await gql(EDIT, { input: { articleId: first.id, article: article({ title: '第三版', body: doc(paragraph(text('書き直しました'))) }) } }, admin)
    ).data?.editArticle.article;
    expect(third.revisions.map((r: { title: string; editor: { id: string } }) => [r.title, r.editor.id])).toEqual([
      ['初版', claimsOf(admin).mid],
      ['第二版', claimsOf(sho).mid],
    ]);
    expect(third.revisions[1].body).toEqual(richBody);
    expect((await read(first.id, hanako)).revisions).toBeNull();
    expect((await feedArticles(hanako)).find((node: Node) => node.id === first.id)).toMatchObject({ title: '第三版', excerpt: '書き直しました' });
    await stack.waitFor(async () => articleEvents.events.filter((e) => e.type === 'kizuna.content.article.updated.v1' && e.subject === first.id).length === 2);

    const unpublished = (await gql(UNPUBLISH, { input: { articleId: first.id } }, admin)).data?.unpublishArticle;
    expect(unpublished).toEqual({ article: { id: first.id, status: 'DRAFT', publishedAt: null }, errors: [] });
    expect(await read(first.id, hanako)).toBeNull();
    expect((await feedArticles(hanako)).map((node: Node) => node.id)).not.toContain(first.id);
    const event = await stack.waitFor(async () =>
      articleEvents.events.find((e) => e.type === 'kizuna.content.article.unpublished.v1' && e.subject === first.id),
    );
    expect(event.data).toMatchObject({ deleted: false });

    expect((await gql(DELETE, { input: { articleId: first.id } }, hanako)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await gql(DELETE, { input: { articleId: first.id } }, admin)).data?.deleteArticle).toEqual({ deletedArticleId: first.id, errors: [] });
    expect(await read(first.id, admin)).toBeNull();
    expect(await stack.sql('SELECT 1 FROM content.article_revisions WHERE article_id = $1', [first.id])).toEqual([]);
  });

  it('counts reads per open and per reader, for staff only', async () => {
    const news = (await create(article({ title: '読まれる記事' }))).article;
    expect(codes((await gql(READ, { input: { articleId: news.id } }, hanako)).data?.recordArticleRead.errors)).toEqual(['NOT_FOUND articleId']);
    await publish(news.id);
    for (const token of [hanako, hanako, sho]) expect((await gql(READ, { input: { articleId: news.id } }, token)).data?.recordArticleRead.errors).toEqual([]);
    expect((await gql(READ, { input: { articleId: news.id } }, hanako)).data?.recordArticleRead.article).toEqual({
      id: news.id,
      readCount: null,
      uniqueReaderCount: null,
    });
    expect(await read(news.id, admin)).toMatchObject({ readCount: 4, uniqueReaderCount: 2 });
    expect(await read(news.id, sho)).toMatchObject({ readCount: null, uniqueReaderCount: null });
    expect((await gql(READ, { input: { articleId: news.id } }, pending)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('manages categories: unique names, filtering, and deletion leaves the articles uncategorised', async () => {
    const created = (await gql(CREATE_CATEGORY, { input: { name: 'インタビュー' } }, admin)).data?.createArticleCategory;
    expect(created.errors).toEqual([]);
    const category = created.category;
    expect(codes((await gql(CREATE_CATEGORY, { input: { name: ' インタビュー ' } }, admin)).data?.createArticleCategory.errors)).toEqual(['VALIDATION name']);
    expect(codes((await gql(CREATE_CATEGORY, { input: { name: '' } }, admin)).data?.createArticleCategory.errors)).toEqual(['VALIDATION name']);
    expect((await gql(CREATE_CATEGORY, { input: { name: '勝手に' } }, hanako)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(codes((await gql(RENAME_CATEGORY, { input: { categoryId: category.id, name: '別名' } }, corpAdmin)).data?.renameArticleCategory.errors)).toEqual([
      'NOT_FOUND categoryId',
    ]);
    expect((await gql(RENAME_CATEGORY, { input: { categoryId: category.id, name: '卒業生インタビュー' } }, admin)).data?.renameArticleCategory).toEqual({
      category: { id: category.id, name: '卒業生インタビュー' },
      errors: [],
    });
    expect((await gql(CATEGORIES, {}, hanako)).data?.articleCategories).toContainEqual({ id: category.id, name: '卒業生インタビュー' });
    expect((await gql(CATEGORIES, {}, corpAdmin)).data?.articleCategories).not.toContainEqual(expect.objectContaining({ id: category.id }));

    const inCategory = (await create(article({ title: '分類された記事', categoryId: category.id }))).article;
    await publish(inCategory.id);
    expect(await listed(hanako, { categoryId: category.id })).toEqual([inCategory.id]);
    expect(codes((await create(article({ categoryId: category.id }), corpAdmin)).errors)).toEqual(['NOT_FOUND categoryId']);
    expect((await gql(DELETE_CATEGORY, { input: { categoryId: category.id } }, admin)).data?.deleteArticleCategory).toEqual({
      deletedCategoryId: category.id,
      errors: [],
    });
    expect(await read(inCategory.id, hanako)).toMatchObject({ id: inCategory.id, category: null });
  });

  it('pages members through articles newest first', async () => {
    const page = (await gql(ARTICLES, { first: 2 }, hanako)).data?.articles;
    expect(page.edges).toHaveLength(2);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const next = (await gql(ARTICLES, { first: 2, after: page.pageInfo.endCursor }, hanako)).data?.articles;
    const ids = page.edges.map((edge: { node: { id: string } }) => edge.node.id);
    expect(next.edges.map((edge: { node: { id: string } }) => edge.node.id).some((id: string) => ids.includes(id))).toBe(false);
  });

  it('hands a writer their articles in their data download; deleting the account erases drafts, keeps published articles by no one and anonymises their versions', async () => {
    const leaver = await stack.register({ email: 'article.leaver@example.jp', displayName: '退会 記者' });
    const approve = 'mutation($input: ApproveMembershipInput!) { approveMembership(input: $input) { errors { code } } }';
    await stack.graphql(stack.serviceUrl('identity'), approve, { input: { memberId: leaver.memberId } }, admin);
    const token = await stack.signIn('article.leaver@example.jp', 'correct-horse-battery');
    await stack.waitFor(async () => (await stack.sql('SELECT 1 FROM content.account_memberships WHERE account_id = $1', [claimsOf(token).sub])).length === 1);
    const writer = await asStaff(token);
    const draft = (await create(article({ title: '退会者の下書き' }), writer)).article;
    const out = (await create(article({ title: '退会者の記事' }), writer)).article;
    await publish(out.id, undefined, writer);
    const othersArticle = (await create(article({ title: '他人の記事' }))).article;
    await gql(EDIT, { input: { articleId: othersArticle.id, article: article({ title: '退会者が直した版' }) } }, writer);
    await gql(EDIT, { input: { articleId: othersArticle.id, article: article({ title: '管理者がまた直した版' }) } }, admin);

    const mine = (await stack.graphql(url, PERSONAL_DATA, { reps: [{ __typename: 'PersonalData', accountId: claimsOf(token).sub }] }, token)).data?._entities[0]
      .content;
    expect(mine.articles.map((a: { title: string; status: string }) => [a.title, a.status])).toEqual([
      ['退会者の下書き', 'draft'],
      ['退会者の記事', 'published'],
    ]);
    expect(mine.articleRevisions.map((r: { title: string }) => r.title)).toEqual(['退会者が直した版']);

    const deleted = await stack.graphql(
      stack.serviceUrl('identity'),
      DELETE_ACCOUNT,
      { input: { password: 'correct-horse-battery', confirmation: 'DELETE' } },
      token,
    );
    expect(deleted.data?.deleteMyAccount).toEqual({ deleted: true, errors: [] });
    await stack.waitFor(async () => (await stack.sql('SELECT 1 FROM content.articles WHERE id = $1', [draft.id])).length === 0);
    expect(await read(out.id, hanako)).toMatchObject({ id: out.id, title: '退会者の記事', author: null });
    expect((await feedArticles(hanako)).map((node: Node) => node.id)).toContain(out.id);
    const revisions = (await read(othersArticle.id, admin)).revisions;
    expect(revisions.map((r: { title: string; editor: { id: string } | null }) => [r.title, r.editor?.id ?? null])).toEqual([
      ['他人の記事', claimsOf(admin).mid],
      ['退会者が直した版', null],
    ]);
  });
});
