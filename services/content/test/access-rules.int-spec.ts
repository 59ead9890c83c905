import { randomUUID } from 'node:crypto';
import { checkAccessRules, checkEveryOperation, claimsOf, memberEntities, startStack, type GuardedOperation, type Stack } from '@kizuna/testing';

/** What needs MANAGE_CONTENT (moderation, surveys): refused to a plain member. */
/** What needs MANAGE_CONTENT (moderation, posting prompts): refused to a plain member. */
const MODERATION = [
  'moderationQueue',
  'hideFeedItem',
  'unhideFeedItem',
  'dismissReport',
  'pinFeedItem',
  'unpinFeedItem',
  'createSurvey',
  'editSurvey',
  'closeSurvey',
  'deleteSurvey',
  'postingPrompts',
  'postingPrompt',
  'postingPromptSchedulePreview',
  'createPostingPrompt',
  'editPostingPrompt',
  'pausePostingPrompt',
  'resumePostingPrompt',
  'deletePostingPrompt',
  // Members write and submit articles only where their network lets them (off by default; staff always).
  'createArticle',
  'editArticle',
  'submitArticle',
  'publishArticle',
  'approveArticle',
  'rejectArticle',
  'articleReviewQueue',
  'articleReviewQueueCount',
  'updateContentSettings',
  'unpublishArticle',
  'deleteArticle',
  'createArticleCategory',
  'renameArticleCategory',
  'deleteArticleCategory',
];

const COUNT_OF = 'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Member { id publishedArticleCount } } }';

describe('content: what pending, suspended and rejected members may do, and network isolation', () => {
  let stack: Stack;
  let url: string;
  let admin: string;
  let member: string;
  let pending: string;
  let corpAdmin: string;

  const publish = (networkId: string, authorId: string) =>
    stack.sql(
      `INSERT INTO content.articles (id, network_id, author_membership_id, title, body, status, published_at) VALUES ($1, $2, $3, 'news', '{"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","text":"body"}]}]}', 'published', now() - interval '1 minute')`,
      [randomUUID(), networkId, authorId],
    );

  beforeAll(async () => {
    stack = await startStack({ services: ['identity', 'content'], seed: 'demo' });
    url = stack.serviceUrl('content');
    admin = await stack.signInAdmin();
    member = await stack.signIn('hanako.sato@demo.kizuna.dev', stack.demo.memberPassword);
    corpAdmin = await stack.signInAdmin('otherNetwork');
    pending = (await stack.register({ email: 'access.rules@example.jp', displayName: '申請 次郎' })).token;
  });
  afterAll(() => stack?.stop());

  it("keeps the network's content from applicants, and from suspended or rejected members", async () => {
    const operations: GuardedOperation[] = [
      { name: 'publishedArticleCount', query: '{ publishedArticleCount }', pendingAllowed: false },
      {
        name: 'Member.publishedArticleCount',
        query: COUNT_OF,
        variables: { reps: [{ __typename: 'Member', id: claimsOf(admin).mid }] },
        pendingAllowed: false,
      },
      {
        name: 'PersonalData.content (their own data)',
        query: 'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on PersonalData { content } } }',
        variables: (claims) => ({ reps: [{ __typename: 'PersonalData', accountId: claims.sub }] }),
        pendingAllowed: true,
      },
    ];
    const { outcome, expected } = await checkAccessRules(stack, url, operations, { approved: member, pending });
    expect(outcome).toEqual(expected);
  });

  it('gives every feed operation to approved members only, moderation to MANAGE_CONTENT only, and nothing to anonymous callers', async () => {
    // Nothing of the feed is open to applicants: they may not read the network's content yet.
    const { outcome, expected, unknownNames } = await checkEveryOperation(
      stack,
      url,
      { admin, member, pending },
      { pendingAllowed: [], adminOnly: MODERATION },
    );
    expect(unknownNames).toEqual([]);
    expect(outcome).toEqual(expected);
  });

  it("finds nothing of another network's feed, whatever ids are sent, and changes nothing", async () => {
    const POST = 'mutation($input: CreatePostInput!) { createPost(input: $input) { post { id } errors { code } } }';
    const itemId = (await stack.graphql(url, POST, { input: { body: 'demo only' } }, member)).data?.createPost.post.id;
    await stack.graphql(url, 'mutation($input: FeedItemInput!) { likeFeedItem(input: $input) { errors { code } } }', { input: { feedItemId: itemId } }, member);
    const before = await stack.sql('SELECT * FROM content.feed_items WHERE id = $1', [itemId]);
    const errorCode = async (mutation: string, input: Record<string, unknown>) => {
      const result = await stack.graphql(url, mutation, { input }, corpAdmin);
      return Object.values(result.data ?? {}).map((payload) => (payload as { errors: { code: string }[] }).errors[0]?.code)[0];
    };
    const attempts: [string, Record<string, unknown>][] = [
      ['mutation($input: EditPostInput!) { editPost(input: $input) { errors { code } } }', { postId: itemId, body: 'taken over' }],
      ['mutation($input: DeletePostInput!) { deletePost(input: $input) { errors { code } } }', { postId: itemId }],
      ['mutation($input: FeedItemInput!) { likeFeedItem(input: $input) { errors { code } } }', { feedItemId: itemId }],
      ['mutation($input: FeedItemInput!) { unlikeFeedItem(input: $input) { errors { code } } }', { feedItemId: itemId }],
      ['mutation($input: FeedItemInput!) { hideFromMyFeed(input: $input) { errors { code } } }', { feedItemId: itemId }],
      ['mutation($input: AddCommentInput!) { addComment(input: $input) { errors { code } } }', { feedItemId: itemId, body: 'hi' }],
      ['mutation($input: ReportContentInput!) { reportContent(input: $input) { errors { code } } }', { feedItemId: itemId, reason: 'x' }],
      ['mutation($input: FeedItemInput!) { hideFeedItem(input: $input) { errors { code } } }', { feedItemId: itemId }],
      ['mutation($input: FeedItemInput!) { pinFeedItem(input: $input) { errors { code } } }', { feedItemId: itemId }],
    ];
    for (const [mutation, input] of attempts) expect([mutation, await errorCode(mutation, input)]).toEqual([mutation, 'NOT_FOUND']);
    expect((await stack.graphql(url, 'query($id: ID!) { feedItem(id: $id) { id } }', { id: itemId }, corpAdmin)).data?.feedItem).toBeNull();
    // The other network's feed holds its own items (its members' arrivals) and none of this one's.
    const corpFeed = (await stack.graphql(url, '{ feed(first: 50) { edges { node { id } } } }', {}, corpAdmin)).data?.feed.edges.map(
      (e: { node: { id: string } }) => e.node.id,
    );
    const networks = await stack.sql('SELECT DISTINCT network_id FROM content.feed_items WHERE id = ANY($1::uuid[])', [corpFeed]);
    expect(networks).toEqual([{ network_id: claimsOf(corpAdmin).nid }]);
    expect(await stack.sql('SELECT * FROM content.feed_items WHERE id = $1', [itemId])).toEqual(before);
    expect(await stack.sql('SELECT 1 FROM content.comments WHERE feed_item_id = $1', [itemId])).toEqual([]);
  });

  it('counts nothing of one network for a member of another, whatever ids they send', async () => {
    const adminId = claimsOf(admin).mid;
    await publish(claimsOf(admin).nid, adminId);
    await publish(claimsOf(admin).nid, adminId);
    await publish(claimsOf(corpAdmin).nid, claimsOf(corpAdmin).mid);
    expect((await memberEntities(stack, url, [adminId], 'id publishedArticleCount', admin)).data?._entities).toEqual([
      { id: adminId, publishedArticleCount: 2 },
    ]);
    expect((await memberEntities(stack, url, [adminId], 'id publishedArticleCount', corpAdmin)).data?._entities).toEqual([
      { id: adminId, publishedArticleCount: 0 },
    ]);
    // A demo article filed under the corp admin's id still counts only in demo.
    await publish(claimsOf(admin).nid, claimsOf(corpAdmin).mid);
    expect((await stack.graphql(url, '{ publishedArticleCount }', {}, corpAdmin)).data?.publishedArticleCount).toBe(1);
    expect((await stack.graphql(url, '{ publishedArticleCount }', {}, admin)).data?.publishedArticleCount).toBe(3);
  });
});
