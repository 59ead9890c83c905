import { startStack, type Stack } from '@kizuna/testing';

const FEED = `{ feed(first: 20) { edges { node { kind reactionCount commentCount actor { id } post { body hashtags mentions { id } } } } } }`;

/** npm start's demo network has a lively feed: posts in Japanese and English with mentions and hashtags, likes, comments and replies. */
describe('content: the demo feed', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack({ services: ['identity', 'content'], seed: 'demo', serviceEnv: { content: { SEED_DEMO: 'true' } } });
  });
  afterAll(() => stack?.stop());

  it("fills the demo network's feed once, and no other network's", async () => {
    const taro = await stack.signIn('taro.yamada@demo.kizuna.dev', stack.demo.memberPassword);
    await stack.waitFor(async () => Number((await stack.sql(`SELECT count(*) FROM content.comments`))[0].count) >= 8, 50_000);
    const feed = (await stack.graphql(stack.serviceUrl('content'), FEED, {}, taro)).data?.feed.edges.map((edge: { node: unknown }) => edge.node);
    const posts = feed.filter((item: { kind: string }) => item.kind === 'POST');
    expect(posts.length).toBeGreaterThanOrEqual(12);
    expect(feed.slice(0, 12).every((item: { kind: string }) => item.kind === 'POST')).toBe(true);
    const bodies = posts.map((item: { post: { body: string } }) => item.post.body).join('\n');
    expect(bodies).toMatch(/[ぁ-ん]/);
    expect(bodies).toMatch(/We are hiring/);
    expect(posts.some((item: { post: { hashtags: string[] } }) => item.post.hashtags.includes('なんでもokデー'))).toBe(true);
    expect(posts.some((item: { post: { mentions: unknown[] } }) => item.post.mentions.length > 0)).toBe(true);
    expect(posts.every((item: { reactionCount: number }) => item.reactionCount > 0)).toBe(true);
    expect(await stack.sql(`SELECT 1 FROM content.comments WHERE parent_comment_id IS NOT NULL`)).not.toEqual([]);

    const corpAdmin = await stack.signInAdmin('otherNetwork');
    const corpFeed = (await stack.graphql(stack.serviceUrl('content'), FEED, {}, corpAdmin)).data?.feed.edges;
    expect(corpFeed.filter((edge: { node: { kind: string } }) => edge.node.kind === 'POST')).toEqual([]);
  });
});
