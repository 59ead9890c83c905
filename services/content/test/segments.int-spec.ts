import { randomUUID } from 'node:crypto';
import { FeedItemPublished, type EventContract } from '@kizuna/events';
import { claimsOf, publishEvent, type Stack, startStack } from '@kizuna/testing';

const CREATE_SEGMENT = `mutation($input: CreateSegmentInput!) { createSegment(input: $input) { segment { id } errors { code field message } } }`;
const UPDATE_PROFILE = `mutation($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { errors { code field message } } }`;
const FEED = `{ feed(first: 50) { edges { node { id audience } } } }`;
const ITEM = `query($id: ID!) { feedItem(id: $id) { id audience title } }`;
const LIKE = `mutation($input: FeedItemInput!) { likeFeedItem(input: $input) { feedItem { reactionCount } errors { code } } }`;
const EMPLOYER = '絆セグメント商事';

/** Items for one directory segment: its members, staff and the item's actor see them; nobody else does. */
describe('content: segment audiences', () => {
  let stack: Stack;
  let admin: string;
  let hanako: string;
  let sho: string;
  let corpAdmin: string;
  let segmentId: string;

  const gql = (query: string, variables: Record<string, unknown>, token: string) => stack.graphql(stack.serviceUrl('content'), query, variables, token);
  const feedIds = async (token: string) => ((await gql(FEED, {}, token)).data?.feed.edges ?? []).map((edge: { node: { id: string } }) => edge.node.id);
  const publish = <T>(contract: EventContract<T>, networkId: string, data: T) => publishEvent(stack, contract, networkId, data, 'content');
  const setEmployer = async (token: string, employer: string) => {
    expect((await stack.graphql(stack.serviceUrl('directory'), UPDATE_PROFILE, { input: { employer } }, token)).data?.updateMyProfile.errors).toEqual([]);
  };

  beforeAll(async () => {
    // A short TTL, so that leaving the segment shows within the test.
    stack = await startStack({ services: ['identity', 'directory', 'content'], seed: 'demo', serviceEnv: { content: { SEGMENT_CACHE_SECONDS: '1' } } });
    admin = await stack.signInAdmin();
    hanako = await stack.signIn('hanako.sato@demo.kizuna.dev', stack.demo.memberPassword);
    sho = await stack.signIn('sho.watanabe@demo.kizuna.dev', stack.demo.memberPassword);
    corpAdmin = await stack.signInAdmin('otherNetwork');
    const ids = [hanako, sho].map((t) => claimsOf(t).mid);
    await stack.waitFor(async () => (await stack.sql(`SELECT 1 FROM directory.profiles WHERE membership_id = ANY($1::uuid[])`, [ids])).length === ids.length);
    const created = await stack.graphql(
      stack.serviceUrl('directory'),
      CREATE_SEGMENT,
      { input: { name: '絆セグメント商事の皆さん', filter: { employers: [EMPLOYER] } } },
      admin,
    );
    expect(created.data?.createSegment.errors).toEqual([]);
    segmentId = created.data?.createSegment.segment.id;
  });
  afterAll(() => stack?.stop());

  it('shows a SEGMENT item to members in the segment, staff and its actor, not to a member outside it nor to another network', async () => {
    await setEmployer(hanako, EMPLOYER);
    await setEmployer(sho, '別の会社');
    const networkId = claimsOf(admin).nid;
    const key = `test.segment-news:${randomUUID()}`;
    await publish(FeedItemPublished, networkId, {
      key,
      networkId,
      kind: 'ARTICLE',
      actorMembershipId: claimsOf(admin).mid,
      title: '社員向けのお知らせ',
      excerpt: '絆セグメント商事の卒業生の皆さんへ',
      linkPath: null,
      subject: null,
      audience: 'SEGMENT',
      segmentId,
      publishedAt: new Date().toISOString(),
    });
    const [{ id }] = await stack.sql(`SELECT id FROM content.feed_items WHERE source_key = $1`, [key]);

    expect(await feedIds(hanako)).toContain(id);
    expect((await gql(ITEM, { id }, hanako)).data?.feedItem).toMatchObject({ id, audience: 'SEGMENT' });
    expect((await gql(LIKE, { input: { feedItemId: id } }, hanako)).data?.likeFeedItem).toEqual({ feedItem: { reactionCount: 1 }, errors: [] });
    expect(await feedIds(admin)).toContain(id);

    expect(await feedIds(sho)).not.toContain(id);
    expect((await gql(ITEM, { id }, sho)).data?.feedItem).toBeNull();
    expect((await gql(LIKE, { input: { feedItemId: id } }, sho)).data?.likeFeedItem).toEqual({ feedItem: null, errors: [{ code: 'NOT_FOUND' }] });
    expect((await gql(ITEM, { id }, corpAdmin)).data?.feedItem).toBeNull();
    expect(await feedIds(corpAdmin)).not.toContain(id);
    expect(Number((await stack.sql(`SELECT reaction_count FROM content.feed_items WHERE id = $1`, [id]))[0].reaction_count)).toBe(1);

    // Segments follow people: a member who leaves the segment stops seeing its items once their cached segments expire.
    await setEmployer(hanako, '別の会社');
    await stack.waitFor(async () => !(await feedIds(hanako)).includes(id), 10_000);
    expect((await gql(ITEM, { id }, hanako)).data?.feedItem).toBeNull();
  });
});
