import { randomUUID } from 'node:crypto';
import { FeedItemPublished, FeedItemWithdrawn, ProfileUpdated, RoomCreated, type EventContract } from '@kizuna/events';
import { claimsOf, publishEvent, redeliver, type Stack, startStack, tokenWithClaims, waitForHandled } from '@kizuna/testing';

const ERRORS = 'errors { code field message }';
const POST_FIELDS = 'id body hashtags links editedAt mentions { id } author { id } edits { body }';
const ITEM_FIELDS = 'id kind title excerpt linkPath pinned hiddenByModerators reactionCount commentCount viewerLiked actor { id } subject { typename id }';
const CREATE = `mutation($input: CreatePostInput!) { createPost(input: $input) { post { ${POST_FIELDS} } ${ERRORS} } }`;
const EDIT = `mutation($input: EditPostInput!) { editPost(input: $input) { post { ${POST_FIELDS} } ${ERRORS} } }`;
const DELETE = `mutation($input: DeletePostInput!) { deletePost(input: $input) { deletedPostId ${ERRORS} } }`;
const FEED = `query($first: Int, $after: String, $order: FeedOrder) { feed(first: $first, after: $after, order: $order) { edges { cursor node { ${ITEM_FIELDS} post { body } } } pageInfo { hasNextPage endCursor } } }`;
const ITEM = `query($id: ID!) { feedItem(id: $id) { ${ITEM_FIELDS} } }`;
const HASHTAG = `query($tag: String!) { hashtag(tag: $tag) { edges { node { id post { body } } } } }`;
const LIKE = `mutation($input: FeedItemInput!) { likeFeedItem(input: $input) { feedItem { id reactionCount viewerLiked } ${ERRORS} } }`;
const UNLIKE = `mutation($input: FeedItemInput!) { unlikeFeedItem(input: $input) { feedItem { id reactionCount viewerLiked } ${ERRORS} } }`;
const COMMENT = `mutation($input: AddCommentInput!) { addComment(input: $input) { comment { id body replyToCommentId mentions { id } } ${ERRORS} } }`;
const COMMENTS = `query($id: ID!, $first: Int, $after: String) { feedItem(id: $id) { commentCount comments(first: $first, after: $after) { edges { node { id body replyCount replies { edges { node { id body } } } } } pageInfo { hasNextPage endCursor } } } }`;
const DELETE_COMMENT = `mutation($input: DeleteCommentInput!) { deleteComment(input: $input) { comment { id } ${ERRORS} } }`;
const HIDE_FOR_ME = `mutation($input: FeedItemInput!) { hideFromMyFeed(input: $input) { feedItem { id } ${ERRORS} } }`;
const REPORT = `mutation($input: ReportContentInput!) { reportContent(input: $input) { report { id status } ${ERRORS} } }`;
const QUEUE = `{ moderationQueue { edges { node { item { id } openReportCount reports { reason } } } } }`;
const HIDE = `mutation($input: FeedItemInput!) { hideFeedItem(input: $input) { feedItem { id hiddenByModerators } ${ERRORS} } }`;
const PIN = `mutation($input: FeedItemInput!) { pinFeedItem(input: $input) { feedItem { id pinned } ${ERRORS} } }`;
const UNPIN = `mutation($input: FeedItemInput!) { unpinFeedItem(input: $input) { feedItem { id pinned } ${ERRORS} } }`;

describe('content: posts, the feed, likes, comments and moderation', () => {
  let stack: Stack;
  let url: string;
  let admin: string;
  let hanako: string;
  let sho: string;
  let corpAdmin: string;

  const gql = (query: string, variables: Record<string, unknown>, token?: string) => stack.graphql(url, query, variables, token);
  const post = async (token: string, body: string) => (await gql(CREATE, { input: { body } }, token)).data?.createPost;
  const feedIds = async (token: string, variables: Record<string, unknown> = {}) =>
    ((await gql(FEED, { first: 50, ...variables }, token)).data?.feed.edges ?? []).map((edge: { node: { id: string } }) => edge.node.id);
  const postCount = async () => Number((await stack.sql('SELECT count(*) FROM content.posts'))[0].count);
  const publish = <T>(contract: EventContract<T>, networkId: string, data: T) => publishEvent(stack, contract, networkId, data, 'content');

  beforeAll(async () => {
    stack = await startStack({ services: ['identity', 'content'], seed: 'demo' });
    url = stack.serviceUrl('content');
    admin = await stack.signInAdmin();
    hanako = await stack.signIn('hanako.sato@demo.kizuna.dev', stack.demo.memberPassword);
    sho = await stack.signIn('sho.watanabe@demo.kizuna.dev', stack.demo.memberPassword);
    corpAdmin = await stack.signInAdmin('otherNetwork');
    const ids = [admin, hanako, sho, corpAdmin].map((t) => claimsOf(t).mid);
    await stack.waitFor(
      async () => (await stack.sql(`SELECT 1 FROM content.members WHERE status = 'approved' AND membership_id = ANY($1::uuid[])`, [ids])).length === ids.length,
    );
  });
  afterAll(() => stack?.stop());

  it("posts with mentions of the network's members, Unicode hashtags and links, and publishes it", async () => {
    const collector = await stack.collectEvents('kizuna.content.post');
    const shoId = claimsOf(sho).mid;
    const created = await post(hanako, `  <@${shoId}> 今日は #なんでもOKデー！ 資料 https://kizuna.dev/docs.  `);
    expect(created.errors).toEqual([]);
    expect(created.post).toMatchObject({
      body: `<@${shoId}> 今日は #なんでもOKデー！ 資料 https://kizuna.dev/docs.`,
      hashtags: ['なんでもokデー'],
      links: ['https://kizuna.dev/docs'],
      mentions: [{ id: shoId }],
      author: { id: claimsOf(hanako).mid },
      editedAt: null,
    });
    const item = (await gql(ITEM, { id: created.post.id }, sho)).data?.feedItem;
    expect(item).toMatchObject({
      id: created.post.id,
      kind: 'POST',
      actor: { id: claimsOf(hanako).mid },
      subject: { typename: 'Post', id: created.post.id },
      reactionCount: 0,
    });
    const published = await stack.waitFor(async () =>
      collector.events.find((e) => e.type === 'kizuna.content.post.published.v1' && e.subject === created.post.id),
    );
    expect(published.data).toMatchObject({ authorMembershipId: claimsOf(hanako).mid, mentionedMembershipIds: [shoId], hashtags: ['なんでもokデー'] });
    await collector.stop();

    // Hashtag pages find it by any width or case, with or without #.
    for (const tag of ['#なんでもOKデー', 'なんでもokデー', '＃なんでもＯＫデー']) {
      expect((await gql(HASHTAG, { tag }, sho)).data?.hashtag.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([created.post.id]);
    }
    expect((await gql(HASHTAG, { tag: 'なんでもokデー' }, corpAdmin)).data?.hashtag.edges).toEqual([]);
  });

  it("refuses mentions of other networks' members and bad text, storing nothing", async () => {
    const before = await postCount();
    expect((await post(hanako, `<@${claimsOf(corpAdmin).mid}> hello`)).errors).toEqual([expect.objectContaining({ code: 'VALIDATION', field: 'body' })]);
    expect((await post(hanako, `<@${randomUUID()}> hello`)).errors).toEqual([expect.objectContaining({ code: 'VALIDATION', field: 'body' })]);
    expect((await post(hanako, ' \n ')).errors).toEqual([expect.objectContaining({ code: 'VALIDATION', field: 'body' })]);
    expect((await post(hanako, '山'.repeat(5001))).errors).toEqual([expect.objectContaining({ code: 'LIMIT_EXCEEDED', field: 'body' })]);
    expect(await postCount()).toBe(before);
  });

  it('lets the author edit with history kept, and the author or staff delete; others get typed errors', async () => {
    const created = (await post(hanako, '初投稿です #hello')).post;
    expect((await gql(EDIT, { input: { postId: created.id, body: 'x' } }, sho)).data?.editPost.errors).toEqual([
      expect.objectContaining({ code: 'FORBIDDEN' }),
    ]);
    expect((await gql(EDIT, { input: { postId: created.id, body: 'x' } }, corpAdmin)).data?.editPost.errors).toEqual([
      expect.objectContaining({ code: 'NOT_FOUND' }),
    ]);
    const edited = (await gql(EDIT, { input: { postId: created.id, body: '初投稿です（修正） #world' } }, hanako)).data?.editPost;
    expect(edited.errors).toEqual([]);
    expect(edited.post).toMatchObject({
      body: '初投稿です（修正） #world',
      hashtags: ['world'],
      edits: [{ body: '初投稿です #hello' }],
      editedAt: expect.any(String),
    });
    expect((await gql(HASHTAG, { tag: 'hello' }, sho)).data?.hashtag.edges).toEqual([]);

    expect((await gql(DELETE, { input: { postId: created.id } }, sho)).data?.deletePost.errors).toEqual([expect.objectContaining({ code: 'FORBIDDEN' })]);
    expect((await gql(DELETE, { input: { postId: created.id } }, corpAdmin)).data?.deletePost.errors).toEqual([expect.objectContaining({ code: 'NOT_FOUND' })]);
    expect((await gql(ITEM, { id: created.id }, sho)).data?.feedItem).not.toBeNull();
    // Staff with MANAGE_CONTENT (the admin) may delete someone else's post.
    expect((await gql(DELETE, { input: { postId: created.id } }, admin)).data?.deletePost).toEqual({ deletedPostId: created.id, errors: [] });
    expect((await gql(ITEM, { id: created.id }, sho)).data?.feedItem).toBeNull();
    const own = (await post(sho, '自分で消す')).post;
    expect((await gql(DELETE, { input: { postId: own.id } }, sho)).data?.deletePost.errors).toEqual([]);
  });

  it('lists the feed newest first with pinned items on top, page by page, and hides an item for one member only', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await post(sho, `順番 ${i}`)).post.id);
    const newestFirst = [...ids].reverse();
    expect((await feedIds(hanako)).slice(0, 5)).toEqual(newestFirst);

    const page1 = (await gql(FEED, { first: 2 }, hanako)).data?.feed;
    const page2 = (await gql(FEED, { first: 2, after: page1.pageInfo.endCursor }, hanako)).data?.feed;
    expect([...page1.edges, ...page2.edges].map((e: { node: { id: string } }) => e.node.id)).toEqual(newestFirst.slice(0, 4));
    expect(page2.pageInfo.hasNextPage).toBe(true);
    expect((await gql(FEED, { after: 'not-a-cursor' }, hanako)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    expect((await gql(PIN, { input: { feedItemId: ids[0] } }, admin)).data?.pinFeedItem.feedItem).toEqual({ id: ids[0], pinned: true });
    const pinnedFirst = await feedIds(hanako);
    expect(pinnedFirst.slice(0, 5)).toEqual([ids[0], ...newestFirst.slice(0, 4)]);
    expect(pinnedFirst.filter((id: string) => id === ids[0])).toHaveLength(1);
    // Paging across the pinned section keeps each item once.
    const first = (await gql(FEED, { first: 1 }, hanako)).data?.feed;
    const rest = (await gql(FEED, { first: 4, after: first.pageInfo.endCursor }, hanako)).data?.feed;
    expect([...first.edges, ...rest.edges].map((e: { node: { id: string } }) => e.node.id)).toEqual([ids[0], ...newestFirst.slice(0, 4)]);
    expect((await gql(PIN, { input: { feedItemId: ids[0] } }, sho)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await gql(UNPIN, { input: { feedItemId: ids[0] } }, admin)).data?.unpinFeedItem.feedItem.pinned).toBe(false);

    expect((await gql(HIDE_FOR_ME, { input: { feedItemId: ids[4] } }, hanako)).data?.hideFromMyFeed.errors).toEqual([]);
    expect(await feedIds(hanako)).not.toContain(ids[4]);
    expect(await feedIds(admin)).toContain(ids[4]);
    expect(await feedIds(corpAdmin)).not.toEqual(expect.arrayContaining([ids[1]]));
  });

  it('counts likes exactly once under concurrency, 50 members at once and one member 10 times', async () => {
    const collector = await stack.collectEvents('kizuna.content.feed-activity');
    const item = (await post(hanako, 'いいねしてね')).post.id;
    const likers = await Promise.all(Array.from({ length: 50 }, () => tokenWithClaims(stack, sho, { mid: randomUUID() })));
    const results = await Promise.all(likers.map((token) => gql(LIKE, { input: { feedItemId: item } }, token)));
    expect(results.map((r) => r.data?.likeFeedItem.errors)).toEqual(likers.map(() => []));
    expect((await gql(ITEM, { id: item }, hanako)).data?.feedItem.reactionCount).toBe(50);

    const again = await Promise.all(Array.from({ length: 10 }, () => gql(LIKE, { input: { feedItemId: item } }, sho)));
    expect(again.every((r) => r.data?.likeFeedItem.errors.length === 0)).toBe(true);
    expect((await gql(ITEM, { id: item }, sho)).data?.feedItem).toMatchObject({ reactionCount: 51, viewerLiked: true });
    expect((await gql(UNLIKE, { input: { feedItemId: item } }, sho)).data?.unlikeFeedItem.feedItem).toMatchObject({ reactionCount: 50, viewerLiked: false });
    expect((await gql(UNLIKE, { input: { feedItemId: item } }, sho)).data?.unlikeFeedItem.feedItem).toMatchObject({ reactionCount: 50 });
    expect(Number((await stack.sql('SELECT count(*) FROM content.feed_reactions WHERE feed_item_id = $1', [item]))[0].count)).toBe(50);

    expect((await gql(LIKE, { input: { feedItemId: item } }, corpAdmin)).data?.likeFeedItem.errors).toEqual([expect.objectContaining({ code: 'NOT_FOUND' })]);
    expect((await gql(ITEM, { id: item }, hanako)).data?.feedItem.reactionCount).toBe(50);

    const changes = await stack.waitFor(async () => {
      const found = collector.events.filter((e) => e.type === 'kizuna.content.reaction.changed.v1' && e.subject === item);
      return found.length === 52 && found;
    });
    expect(changes.at(-1)!.data).toMatchObject({ liked: false, reactionCount: 50, itemActorMembershipId: claimsOf(hanako).mid });
    await collector.stop();
  });

  it("ranks this week's most liked and commented items first", async () => {
    const liked = (await post(hanako, '先週の人気')).post.id;
    const quiet = (await post(hanako, '静かな投稿')).post.id;
    const busy = (await post(hanako, 'にぎやかな投稿')).post.id;
    await gql(LIKE, { input: { feedItemId: busy } }, sho);
    await gql(LIKE, { input: { feedItemId: busy } }, admin);
    await gql(COMMENT, { input: { feedItemId: busy, body: 'いいね' } }, sho);
    await gql(LIKE, { input: { feedItemId: liked } }, sho);
    // Likes older than a week no longer count: it ranks as an older item with none.
    await stack.sql(`UPDATE content.feed_reactions SET created_at = now() - interval '8 days' WHERE feed_item_id = $1`, [liked]);
    const ranking = await feedIds(hanako, { order: 'POPULAR_THIS_WEEK' });
    expect(ranking.indexOf(busy)).toBeLessThan(ranking.indexOf(quiet));
    expect(ranking.indexOf(quiet)).toBeLessThan(ranking.indexOf(liked));
    const page1 = (await gql(FEED, { first: 1, order: 'POPULAR_THIS_WEEK' }, hanako)).data?.feed;
    const page2 = (await gql(FEED, { first: 1, after: page1.pageInfo.endCursor, order: 'POPULAR_THIS_WEEK' }, hanako)).data?.feed;
    expect([page1.edges[0].node.id, page2.edges[0].node.id]).toEqual(ranking.slice(0, 2));
  });

  it('takes comments with one level of replies and mentions, paginated, and keeps the count', async () => {
    const collector = await stack.collectEvents('kizuna.content.feed-activity');
    const item = (await post(hanako, 'コメントください')).post.id;
    const first = (await gql(COMMENT, { input: { feedItemId: item, body: `<@${claimsOf(hanako).mid}> おめでとう` } }, sho)).data?.addComment;
    expect(first.errors).toEqual([]);
    expect(first.comment.mentions).toEqual([{ id: claimsOf(hanako).mid }]);
    const reply = (await gql(COMMENT, { input: { feedItemId: item, body: 'ありがとう', replyToCommentId: first.comment.id } }, hanako)).data?.addComment;
    expect(reply.comment.replyToCommentId).toBe(first.comment.id);
    const deeper = (await gql(COMMENT, { input: { feedItemId: item, body: 'more', replyToCommentId: reply.comment.id } }, sho)).data?.addComment;
    expect(deeper.errors).toEqual([expect.objectContaining({ code: 'VALIDATION', field: 'replyToCommentId' })]);
    expect((await gql(COMMENT, { input: { feedItemId: item, body: `<@${claimsOf(corpAdmin).mid}>` } }, sho)).data?.addComment.errors).toEqual([
      expect.objectContaining({ code: 'VALIDATION' }),
    ]);
    expect((await gql(COMMENT, { input: { feedItemId: item, body: 'x' } }, corpAdmin)).data?.addComment.errors).toEqual([
      expect.objectContaining({ code: 'NOT_FOUND' }),
    ]);
    for (let i = 0; i < 3; i++) await gql(COMMENT, { input: { feedItemId: item, body: `コメント ${i}` } }, admin);

    const page1 = (await gql(COMMENTS, { id: item, first: 2 }, sho)).data?.feedItem;
    expect(page1.commentCount).toBe(5);
    expect(page1.comments.edges.map((e: { node: { body: string } }) => e.node.body)).toEqual([`<@${claimsOf(hanako).mid}> おめでとう`, 'コメント 0']);
    expect(page1.comments.edges[0].node).toMatchObject({ replyCount: 1, replies: { edges: [{ node: { id: reply.comment.id, body: 'ありがとう' } }] } });
    const page2 = (await gql(COMMENTS, { id: item, first: 2, after: page1.comments.pageInfo.endCursor }, sho)).data?.feedItem;
    expect(page2.comments.edges.map((e: { node: { body: string } }) => e.node.body)).toEqual(['コメント 1', 'コメント 2']);

    expect((await gql(DELETE_COMMENT, { input: { commentId: first.comment.id } }, hanako)).data?.deleteComment.errors).toEqual([
      expect.objectContaining({ code: 'FORBIDDEN' }),
    ]);
    expect((await gql(DELETE_COMMENT, { input: { commentId: first.comment.id } }, sho)).data?.deleteComment.errors).toEqual([]);
    expect((await gql(COMMENTS, { id: item }, sho)).data?.feedItem.commentCount).toBe(3);

    const added = await stack.waitFor(async () =>
      collector.events.find((e) => e.type === 'kizuna.content.comment.added.v1' && e.data && (e.data as { commentId: string }).commentId === reply.comment.id),
    );
    expect(added.data).toMatchObject({
      feedItemId: item,
      itemActorMembershipId: claimsOf(hanako).mid,
      parentAuthorMembershipId: claimsOf(sho).mid,
      commentCount: 2,
    });
    // The deleted comment took its reply with it: the event carries the count that is left, for live counts.
    const deleted = await stack.waitFor(async () =>
      collector.events.find((e) => e.type === 'kizuna.content.comment.deleted.v1' && (e.data as { commentId: string }).commentId === first.comment.id),
    );
    expect(deleted.subject).toBe(item);
    expect(deleted.data).toMatchObject({
      feedItemId: item,
      authorMembershipId: claimsOf(sho).mid,
      deletedBy: claimsOf(sho).mid,
      byModerator: false,
      removedCount: 2,
      commentCount: 3,
    });
    await collector.stop();
  });

  it("lets members report, staff see the queue and hide, and hidden items leave everyone's feed but the author's", async () => {
    const collector = await stack.collectEvents('kizuna.content.feed-activity');
    const item = (await post(sho, '問題のある投稿')).post.id;
    expect((await gql(REPORT, { input: { feedItemId: item, reason: 'スパムです' } }, hanako)).data?.reportContent.errors).toEqual([]);
    expect((await gql(REPORT, { input: { feedItemId: item, reason: 'again' } }, hanako)).data?.reportContent.errors).toEqual([]);
    expect((await gql(REPORT, { input: { feedItemId: item, reason: ' ' } }, admin)).data?.reportContent.errors).toEqual([
      expect.objectContaining({ code: 'VALIDATION', field: 'reason' }),
    ]);
    expect((await gql(REPORT, { input: { feedItemId: item, reason: 'x' } }, corpAdmin)).data?.reportContent.errors).toEqual([
      expect.objectContaining({ code: 'NOT_FOUND' }),
    ]);

    const queue = (await gql(QUEUE, {}, admin)).data?.moderationQueue.edges.map((e: { node: unknown }) => e.node);
    expect(queue).toContainEqual({ item: { id: item }, openReportCount: 1, reports: [{ reason: 'スパムです' }] });
    expect((await gql(QUEUE, {}, corpAdmin)).data?.moderationQueue.edges).toEqual([]);
    expect((await gql(QUEUE, {}, hanako)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await gql(HIDE, { input: { feedItemId: item } }, hanako)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await gql(HIDE, { input: { feedItemId: item } }, corpAdmin)).data?.hideFeedItem.errors).toEqual([expect.objectContaining({ code: 'NOT_FOUND' })]);

    expect((await gql(HIDE, { input: { feedItemId: item } }, admin)).data?.hideFeedItem.feedItem).toEqual({ id: item, hiddenByModerators: true });
    expect(await feedIds(hanako)).not.toContain(item);
    expect((await gql(ITEM, { id: item }, hanako)).data?.feedItem).toBeNull();
    expect(await feedIds(sho)).toContain(item);
    expect((await gql(ITEM, { id: item }, sho)).data?.feedItem.hiddenByModerators).toBe(true);
    expect((await gql(QUEUE, {}, admin)).data?.moderationQueue.edges.map((e: { node: { item: { id: string } } }) => e.node.item.id)).not.toContain(item);
    await stack.waitFor(async () => collector.events.find((e) => e.type === 'kizuna.content.item.hidden.v1' && e.subject === item));
    expect(collector.events.filter((e) => e.type === 'kizuna.content.item.reported.v1' && e.subject === item)).toHaveLength(1);
    await collector.stop();
  });

  it("takes feed items from other services' events: any kind by the contract, new members, new jobs the network may see, open rooms", async () => {
    const demo = claimsOf(admin).nid;
    const shoId = claimsOf(sho).mid;
    const key = `recruitment.job:${randomUUID()}`;
    const job = {
      key,
      networkId: demo,
      kind: 'JOB_POSTING',
      actorMembershipId: shoId,
      title: 'エンジニア募集',
      excerpt: '一緒に働きませんか',
      linkPath: '/jobs/1',
      subject: { typename: 'Job', id: randomUUID() },
      audience: 'NETWORK' as const,
      segmentId: null,
      publishedAt: new Date().toISOString(),
    };
    const envelope = await publish(FeedItemPublished, demo, job);
    await waitForHandled(stack, 'content', await redeliver(stack, FeedItemPublished.topic, envelope));
    const jobItems = await stack.sql('SELECT id FROM content.feed_items WHERE source_key = $1', [key]);
    expect(jobItems).toHaveLength(1);
    expect((await gql(ITEM, { id: jobItems[0].id }, hanako)).data?.feedItem).toMatchObject({
      kind: 'JOB_POSTING',
      title: 'エンジニア募集',
      linkPath: '/jobs/1',
      actor: { id: shoId },
    });
    expect((await gql(ITEM, { id: jobItems[0].id }, corpAdmin)).data?.feedItem).toBeNull();
    // Staff-only items stay out of members' feeds.
    await publish(FeedItemPublished, demo, { ...job, key: `${key}-staff`, audience: 'STAFF', actorMembershipId: null });
    const staffItem = (await stack.sql('SELECT id FROM content.feed_items WHERE source_key = $1', [`${key}-staff`]))[0].id;
    expect(await feedIds(hanako)).not.toContain(staffItem);
    expect(await feedIds(admin)).toContain(staffItem);
    await publish(FeedItemWithdrawn, demo, { key, networkId: demo, withdrawnAt: new Date().toISOString() });
    expect((await gql(ITEM, { id: jobItems[0].id }, hanako)).data?.feedItem).toBeNull();

    // A new employer the network may see makes a JOB_CHANGE item; one only admins see does not.
    const profile = { displayName: '渡辺 翔', fields: { employer: '絆商事', jobTitle: 'CTO' } };
    await publish(ProfileUpdated, demo, {
      membershipId: shoId,
      networkId: demo,
      changedFields: ['employer'],
      profile,
      networkVisibleFields: [],
      updatedAt: new Date().toISOString(),
    });
    expect(await stack.sql(`SELECT 1 FROM content.feed_items WHERE kind = 'JOB_CHANGE' AND actor_membership_id = $1`, [shoId])).toHaveLength(0);
    await publish(ProfileUpdated, demo, { membershipId: shoId, networkId: demo, changedFields: ['employer'], profile, updatedAt: new Date().toISOString() });
    expect(await stack.sql(`SELECT 1 FROM content.feed_items WHERE kind = 'JOB_CHANGE' AND actor_membership_id = $1`, [shoId])).toHaveLength(0);
    await publish(ProfileUpdated, demo, {
      membershipId: shoId,
      networkId: demo,
      changedFields: ['employer', 'jobTitle'],
      profile,
      networkVisibleFields: ['employer'],
      updatedAt: new Date().toISOString(),
    });
    const [jobChange] = await stack.sql(`SELECT id FROM content.feed_items WHERE kind = 'JOB_CHANGE' AND actor_membership_id = $1`, [shoId]);
    expect((await gql(ITEM, { id: jobChange.id }, hanako)).data?.feedItem).toMatchObject({ kind: 'JOB_CHANGE', excerpt: '絆商事', actor: { id: shoId } });

    // Rooms: open ones only.
    const room = {
      networkId: demo,
      description: '同期で話そう',
      category: 'year' as const,
      topicTags: [],
      createdBy: shoId,
      createdAt: new Date().toISOString(),
    };
    const openRoom = randomUUID();
    await publish(RoomCreated, demo, { ...room, conversationId: openRoom, name: '2010年卒', visibility: 'open' });
    await publish(RoomCreated, demo, { ...room, conversationId: randomUUID(), name: '秘密の部屋', visibility: 'invite_only' });
    const rooms = await stack.sql(`SELECT subject_id, title FROM content.feed_items WHERE kind = 'NEW_ROOM' AND network_id = $1`, [demo]);
    expect(rooms).toEqual([{ subject_id: openRoom, title: '2010年卒' }]);

    // An approved applicant is welcomed in the feed, where members can like it.
    const applicant = await stack.register({ email: 'new.face@example.jp', displayName: '新人 一郎' });
    const approve = await stack.graphql(
      stack.serviceUrl('identity'),
      'mutation($input: ApproveMembershipInput!) { approveMembership(input: $input) { errors { code } } }',
      { input: { memberId: applicant.memberId } },
      admin,
    );
    expect(approve.errors).toBeUndefined();
    const [welcome] = await stack.waitFor(async () => {
      const rows = await stack.sql(`SELECT id FROM content.feed_items WHERE kind = 'NEW_MEMBER' AND actor_membership_id = $1`, [applicant.memberId]);
      return rows.length > 0 && rows;
    });
    expect((await gql(LIKE, { input: { feedItemId: welcome.id } }, hanako)).data?.likeFeedItem.feedItem.reactionCount).toBe(1);
  });

  it('gives applicants and anonymous callers nothing of the feed', async () => {
    const { token } = await stack.register({ email: 'feed.pending@example.jp', displayName: '申請 三郎' });
    expect((await gql(FEED, {}, token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await gql(FEED, {})).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await post(token, 'x')) ?? null).toBeNull();
  });
});
