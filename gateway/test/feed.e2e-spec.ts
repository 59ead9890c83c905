import { randomUUID } from 'node:crypto';
import { FeedItemPublished, type EventData } from '@kizuna/events';
import { publishEvent, type Stack, startStack } from '@kizuna/testing';
import { claimsOf, subscribe, type LiveSubscription } from './support';

const FEED_ITEM_ADDED = /* GraphQL */ `
  subscription {
    feedItemAdded {
      id
      kind
      excerpt
      actor {
        id
      }
      post {
        body
      }
    }
  }
`;
const FEED_ITEM_COUNTS = /* GraphQL */ `
  subscription ($ids: [ID!]!) {
    feedItemCounts(feedItemIds: $ids) {
      feedItemId
      likes: reactionCount
      commentCount
    }
  }
`;
const CREATE_POST = 'mutation($input: CreatePostInput!) { createPost(input: $input) { post { id } errors { code message } } }';

/** The live feed end to end: content's events → every gateway instance → the subscribers content lets see the item. */
describe('live feed subscriptions', () => {
  let stack: Stack;
  let gatewayB: { url: string; stop(): Promise<void> };
  let admin: string;
  let hanako: string;
  let sho: string;
  let corpAdmin: string;
  const live: LiveSubscription[] = [];
  const open = (...args: Parameters<typeof subscribe>) => {
    const subscription = subscribe(...args);
    live.push(subscription);
    return subscription;
  };
  const settle = () => new Promise((resolve) => setTimeout(resolve, 500));
  /**
   * Waits until each subscription is filed (content has answered its access check): a warm-up post
   * by `token` reaches them all. Subscriptions that never see it are primed by their own network's.
   */
  const primed = async (token: string, subscriptions: LiveSubscription[]) => {
    await stack.waitFor(async () => {
      const id = await post(token, `Warming up ${randomUUID().slice(0, 8)}`);
      await settle();
      return subscriptions.every((s) => s.results.some((r) => r.data?.feedItemAdded?.id === id));
    }, 30_000);
    for (const s of subscriptions) s.results.length = 0;
  };
  const gql = (query: string, variables: Record<string, unknown>, token: string) => stack.graphql(stack.gatewayUrl!, query, variables, token);
  const post = async (token: string, body: string): Promise<string> => {
    const result = await gql(CREATE_POST, { input: { body } }, token);
    expect(result.data?.createPost.errors).toEqual([]);
    return result.data!.createPost.post.id as string;
  };

  beforeAll(async () => {
    stack = await startStack({ seed: 'demo' });
    gatewayB = await stack.startGateway();
    admin = await stack.signInAdmin();
    hanako = await stack.signIn('hanako.sato@demo.kizuna.dev', stack.demo.memberPassword);
    sho = await stack.signIn('sho.watanabe@demo.kizuna.dev', stack.demo.memberPassword);
    corpAdmin = await stack.signInAdmin('otherNetwork');
    const ids = [admin, hanako, sho].map((token) => claimsOf(token).mid);
    await stack.waitFor(
      async () => (await stack.sql(`SELECT 1 FROM content.members WHERE status = 'approved' AND membership_id = ANY($1::uuid[])`, [ids])).length === ids.length,
    );
  }, 240_000);

  afterAll(async () => {
    await Promise.allSettled(live.map((s) => s.dispose()));
    await gatewayB?.stop();
    await stack?.stop();
  }, 60_000);

  it("brings a new post to the network's open feeds at every instance, its author's included, and to no other network", async () => {
    const atA = open(stack.gatewayUrl!, sho, FEED_ITEM_ADDED);
    const atB = open(gatewayB.url, admin, FEED_ITEM_ADDED);
    const author = open(stack.gatewayUrl!, hanako, FEED_ITEM_ADDED);
    const elsewhere = open(gatewayB.url, corpAdmin, FEED_ITEM_ADDED);
    await Promise.all([atA, atB, author, elsewhere].map((s) => s.connected));
    await primed(hanako, [atA, atB, author]);
    await primed(corpAdmin, [elsewhere]);

    const body = `Live from the reunion ${randomUUID().slice(0, 8)}`;
    const id = await post(hanako, body);
    const expected = { data: { feedItemAdded: { id, kind: 'POST', excerpt: body, actor: { id: claimsOf(hanako).mid }, post: { body } } } };
    // Other items may enter the feed meanwhile (the demo network is alive): this one arrives once.
    const about = (s: LiveSubscription) => s.results.filter((r) => r.data?.feedItemAdded?.id === id);
    await stack.waitFor(async () => [atA, atB, author].every((s) => about(s).length > 0), 30_000);
    await settle();
    expect([atA, atB, author].map(about)).toEqual([[expected], [expected], [expected]]);
    expect(elsewhere.results).toEqual([]);
  });

  it('brings a staff-only item to staff and not to members', async () => {
    const member = open(stack.gatewayUrl!, sho, FEED_ITEM_ADDED);
    const staff = open(gatewayB.url, admin, FEED_ITEM_ADDED);
    await Promise.all([member, staff].map((s) => s.connected));
    await primed(hanako, [member, staff]);

    const networkId = claimsOf(admin).nid;
    const data: EventData<typeof FeedItemPublished> = {
      key: `test.staff-note:${randomUUID()}`,
      networkId,
      kind: 'STAFF_NOTE',
      actorMembershipId: null,
      title: 'Budget review',
      excerpt: 'For the office only',
      linkPath: null,
      subject: null,
      audience: 'STAFF',
      segmentId: null,
      publishedAt: new Date().toISOString(),
    };
    await publishEvent(stack, FeedItemPublished, networkId, data, 'content');

    const notes = (s: LiveSubscription) => s.results.filter((r) => r.data?.feedItemAdded?.kind === 'STAFF_NOTE');
    await stack.waitFor(async () => notes(staff).length > 0, 30_000);
    expect(notes(staff)).toEqual([
      { data: { feedItemAdded: expect.objectContaining({ kind: 'STAFF_NOTE', excerpt: 'For the office only', actor: null, post: null }) } },
    ]);
    await settle();
    expect(notes(member)).toEqual([]);
  });

  it('keeps likes and comments of the items on screen live, for those who may open them', async () => {
    const id = await post(hanako, 'Who is coming to the autumn reunion?');
    // A client's whole list of items (more than one request may alias), the unknown ones left out.
    const watching = open(gatewayB.url, sho, FEED_ITEM_COUNTS, { ids: [id, ...Array.from({ length: 60 }, () => randomUUID())] });
    const elsewhere = open(stack.gatewayUrl!, corpAdmin, FEED_ITEM_COUNTS, { ids: [id] });
    await Promise.all([watching, elsewhere].map((s) => s.connected));
    await settle();

    const liked = await gql('mutation($input: FeedItemInput!) { likeFeedItem(input: $input) { errors { code } } }', { input: { feedItemId: id } }, admin);
    expect(liked.data?.likeFeedItem.errors).toEqual([]);
    await stack.waitFor(async () => watching.results.length === 1, 30_000);
    const commented = await gql(
      'mutation($input: AddCommentInput!) { addComment(input: $input) { errors { code } } }',
      { input: { feedItemId: id, body: 'Me!' } },
      admin,
    );
    expect(commented.data?.addComment.errors).toEqual([]);
    await stack.waitFor(async () => watching.results.length === 2, 30_000);
    expect(watching.results).toEqual([
      { data: { feedItemCounts: { feedItemId: id, likes: 1, commentCount: 0 } } },
      { data: { feedItemCounts: { feedItemId: id, likes: 1, commentCount: 1 } } },
    ]);
    await settle();
    expect(elsewhere.results).toEqual([]);
  });

  it('refuses pending applicants and an empty or oversized list of items', async () => {
    const { token: applicant } = await stack.register({ email: `applicant-${randomUUID()}@example.com`, displayName: 'Pending Person' });
    const pending = open(stack.gatewayUrl!, applicant, FEED_ITEM_ADDED);
    const none = open(stack.gatewayUrl!, sho, FEED_ITEM_COUNTS, { ids: [] });
    const tooMany = open(stack.gatewayUrl!, sho, FEED_ITEM_COUNTS, { ids: Array.from({ length: 101 }, () => randomUUID()) });
    const codes = (s: LiveSubscription) =>
      [...s.results.flatMap((r) => r.errors ?? []), ...s.errors.flatMap((e) => (Array.isArray(e) ? e : []))].map(
        (e: { extensions?: { code?: string } }) => e.extensions?.code,
      );
    await stack.waitFor(async () => [pending, none, tooMany].every((s) => codes(s).length > 0), 30_000);
    expect([pending, none, tooMany].map(codes)).toEqual([['FORBIDDEN'], ['BAD_USER_INPUT'], ['BAD_USER_INPUT']]);
  });
});
