import { randomUUID } from 'node:crypto';
import { claimsOf, redeliver, startStack, waitForHandled, type Stack } from '@kizuna/testing';

const DELETE = 'mutation($input: DeleteMyAccountInput!) { deleteMyAccount(input: $input) { deleted errors { code field } } }';
const PERSONAL_DATA = 'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on PersonalData { accountId content } } }';
const DELETED_MEMBER = '00000000-0000-0000-0000-000000000000';

describe("content: a person's data download and account deletion", () => {
  let stack: Stack;
  let url: string;

  const addArticle = async (networkId: string, authorId: string, title: string, status: 'draft' | 'published') => {
    const id = randomUUID();
    await stack.sql(
      `INSERT INTO content.articles (id, network_id, author_membership_id, title, body, status, published_at) VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7)`,
      [
        id,
        networkId,
        authorId,
        title,
        JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: `${title} (body)` }] }] }),
        status,
        status === 'published' ? new Date(Date.now() - 60_000) : null,
      ],
    );
    return id;
  };
  const articles = (ids: string[]) =>
    stack.sql('SELECT id, author_membership_id AS author, title, status FROM content.articles WHERE id = ANY($1::uuid[]) ORDER BY title', [ids]);
  const personalData = (accountId: string, token: string) => stack.graphql(url, PERSONAL_DATA, { reps: [{ __typename: 'PersonalData', accountId }] }, token);
  const knowsAccount = (accountId: string, count: number) => async () =>
    (await stack.sql('SELECT 1 FROM content.account_memberships WHERE account_id = $1', [accountId])).length === count;

  beforeAll(async () => {
    stack = await startStack({ services: ['identity', 'content'], seed: 'demo' });
    url = stack.serviceUrl('content');
  });
  afterAll(() => stack?.stop());

  it("hands a person the articles they wrote in every network, and nobody else's", async () => {
    const demo = await stack.register({ email: 'rin.aoki@example.jp', displayName: '青木 凛' });
    const corp = await stack.register({ email: 'rin.aoki@example.jp', displayName: 'Rin Aoki', networkSlug: stack.demo.otherNetwork.networkSlug });
    const accountId = claimsOf(demo.token).sub;
    await stack.waitFor(knowsAccount(accountId, 2));
    await addArticle(claimsOf(demo.token).nid, demo.memberId, 'A: 同窓会のお知らせ', 'published');
    await addArticle(claimsOf(corp.token).nid, corp.memberId, 'B: Corp alumni night', 'draft');
    const admin = await stack.signInAdmin();
    await addArticle(claimsOf(admin).nid, claimsOf(admin).mid, 'C: someone else', 'published');

    const mine = await personalData(accountId, demo.token);
    expect(mine.errors).toBeUndefined();
    expect(mine.data?._entities[0].content.articles.map((a: { title: string; status: string }) => [a.title, a.status])).toEqual([
      ['A: 同窓会のお知らせ', 'published'],
      ['B: Corp alumni night', 'draft'],
    ]);
    const corpAdmin = await stack.signInAdmin('otherNetwork');
    expect((await personalData(accountId, admin)).data?._entities).toEqual([null]);
    expect((await personalData(accountId, corpAdmin)).data?._entities).toEqual([null]);
  });

  it("erases a deleted member's drafts and keeps their published articles without them, once", async () => {
    const collector = await stack.collectEvents('kizuna.identity.membership');
    const demo = await stack.register({ email: 'sora.ikeda@example.jp', displayName: '池田 空' });
    const corp = await stack.register({ email: 'sora.ikeda@example.jp', displayName: 'Sora Ikeda', networkSlug: stack.demo.otherNetwork.networkSlug });
    const accountId = claimsOf(demo.token).sub;
    await stack.waitFor(knowsAccount(accountId, 2));
    const admin = await stack.signInAdmin();
    const ids = [
      await addArticle(claimsOf(demo.token).nid, demo.memberId, 'D: published in demo', 'published'),
      await addArticle(claimsOf(demo.token).nid, demo.memberId, 'E: draft in demo', 'draft'),
      await addArticle(claimsOf(corp.token).nid, corp.memberId, 'F: draft in corp', 'draft'),
      await addArticle(claimsOf(admin).nid, claimsOf(admin).mid, "G: the admin's", 'draft'),
    ];
    const before = (await stack.graphql(url, '{ publishedArticleCount }', {}, admin)).data?.publishedArticleCount;

    const result = await stack.graphql(
      stack.serviceUrl('identity'),
      DELETE,
      { input: { password: 'correct-horse-battery', confirmation: 'DELETE' } },
      demo.token,
    );
    expect(result.data?.deleteMyAccount).toEqual({ deleted: true, errors: [] });

    const expected = [
      { id: ids[0], author: DELETED_MEMBER, title: 'D: published in demo', status: 'published' },
      { id: ids[3], author: claimsOf(admin).mid, title: "G: the admin's", status: 'draft' },
    ];
    await stack.waitFor(async () => JSON.stringify(await articles(ids)) === JSON.stringify(expected));
    await stack.waitFor(knowsAccount(accountId, 0));
    // The network still reads the article; it just no longer names its author.
    expect((await stack.graphql(url, '{ publishedArticleCount }', {}, admin)).data?.publishedArticleCount).toBe(before);

    const deleted = await stack.waitFor(async () =>
      collector.events.find((e) => e.type === 'kizuna.identity.account.deleted.v1' && e.subject === demo.memberId),
    );
    await waitForHandled(stack, 'content', await redeliver(stack, 'kizuna.identity.membership', deleted));
    expect(await articles(ids)).toEqual(expected);
  });

  it("hands a person their posts, comments and likes, and erases them with the account, fixing the counts of others' items", async () => {
    const CREATE = 'mutation($input: CreatePostInput!) { createPost(input: $input) { post { id } errors { code } } }';
    const COMMENT = 'mutation($input: AddCommentInput!) { addComment(input: $input) { comment { id } errors { code } } }';
    const LIKE = 'mutation($input: FeedItemInput!) { likeFeedItem(input: $input) { errors { code } } }';
    const ITEM = 'query($id: ID!) { feedItem(id: $id) { reactionCount commentCount } }';
    const leaver = await stack.register({ email: 'kai.mori@example.jp', displayName: '森 海' });
    const admin = await stack.signInAdmin();
    const approve = 'mutation($input: ApproveMembershipInput!) { approveMembership(input: $input) { errors { code } } }';
    expect(
      (await stack.graphql(stack.serviceUrl('identity'), approve, { input: { memberId: leaver.memberId } }, admin)).data?.approveMembership.errors,
    ).toEqual([]);
    await stack.waitFor(
      async () => (await stack.sql(`SELECT 1 FROM content.members WHERE membership_id = $1 AND status = 'approved'`, [leaver.memberId])).length === 1,
    );
    const token = await stack.signIn('kai.mori@example.jp', 'correct-horse-battery');
    const accountId = claimsOf(token).sub;
    await stack.waitFor(knowsAccount(accountId, 1));

    const theirPost = (await stack.graphql(url, CREATE, { input: { body: '退会前の投稿' } }, token)).data?.createPost.post.id;
    const adminPost = (await stack.graphql(url, CREATE, { input: { body: '管理者の投稿' } }, admin)).data?.createPost.post.id;
    await stack.graphql(url, COMMENT, { input: { feedItemId: theirPost, body: '自分の投稿へのコメント' } }, admin);
    const comment = (await stack.graphql(url, COMMENT, { input: { feedItemId: adminPost, body: 'いい話ですね' } }, token)).data?.addComment.comment.id;
    await stack.graphql(url, COMMENT, { input: { feedItemId: adminPost, body: 'ありがとう', replyToCommentId: comment } }, admin);
    await stack.graphql(url, COMMENT, { input: { feedItemId: adminPost, body: '別のコメント' } }, admin);
    await stack.graphql(url, LIKE, { input: { feedItemId: adminPost } }, token);
    await stack.graphql(url, LIKE, { input: { feedItemId: adminPost } }, admin);
    expect((await stack.graphql(url, ITEM, { id: adminPost }, admin)).data?.feedItem).toEqual({ reactionCount: 2, commentCount: 3 });

    const mine = (await personalData(accountId, token)).data?._entities[0].content;
    expect(mine.posts.map((p: { body: string }) => p.body)).toEqual(['退会前の投稿']);
    expect(mine.comments.map((c: { body: string }) => c.body)).toEqual(['いい話ですね']);
    expect(mine.likes.map((l: { feedItemId: string }) => l.feedItemId)).toEqual([adminPost]);

    const result = await stack.graphql(stack.serviceUrl('identity'), DELETE, { input: { password: 'correct-horse-battery', confirmation: 'DELETE' } }, token);
    expect(result.data?.deleteMyAccount).toEqual({ deleted: true, errors: [] });
    // Their post goes with what others wrote under it; their comment with its reply; their like; their own arrival in the feed.
    await stack.waitFor(async () => (await stack.sql('SELECT 1 FROM content.feed_items WHERE id = $1', [theirPost])).length === 0);
    await stack.waitFor(
      async () =>
        JSON.stringify((await stack.graphql(url, ITEM, { id: adminPost }, admin)).data?.feedItem) === JSON.stringify({ reactionCount: 1, commentCount: 1 }),
    );
    expect(await stack.sql('SELECT 1 FROM content.comments WHERE author_membership_id = $1', [leaver.memberId])).toEqual([]);
    expect(await stack.sql('SELECT 1 FROM content.feed_items WHERE actor_membership_id = $1', [leaver.memberId])).toEqual([]);
    expect(await stack.sql('SELECT 1 FROM content.feed_reactions WHERE membership_id = $1', [leaver.memberId])).toEqual([]);
  });
});
