import { randomUUID } from 'node:crypto';
import { claimsOf, memberEntities, startStack, type Stack } from '@kizuna/testing';

describe('content: published article counts', () => {
  let stack: Stack;
  let url: string;
  let admin: string;
  let member: string;
  let corpAdmin: string;

  const countOf = (memberIds: string[], token?: string) => memberEntities(stack, url, memberIds, 'id publishedArticleCount', token);
  const article = (networkId: string, authorId: string, status: 'draft' | 'published', publishedAt: string | null = null) =>
    stack.sql(
      `INSERT INTO content.articles (id, network_id, author_membership_id, title, body, status, published_at)
       VALUES ($1, $2, $3, '卒業生インタビュー', '{"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","text":"…"}]}]}', $4, $5::timestamptz)`,
      [randomUUID(), networkId, authorId, status, publishedAt],
    );

  beforeAll(async () => {
    stack = await startStack({ services: ['identity', 'content'], seed: 'demo' });
    url = stack.serviceUrl('content');
    admin = await stack.signInAdmin();
    member = await stack.signIn('hanako.sato@demo.kizuna.dev', stack.demo.memberPassword);
    corpAdmin = await stack.signInAdmin('otherNetwork');

    const demo = claimsOf(admin);
    const corp = claimsOf(corpAdmin);
    const hanako = claimsOf(member).mid;
    await article(demo.nid, demo.mid, 'published', '2026-01-10T09:00:00Z');
    await article(demo.nid, demo.mid, 'published', '2026-02-01T09:00:00Z');
    await article(demo.nid, demo.mid, 'draft');
    await article(demo.nid, demo.mid, 'published', '2999-01-01T00:00:00Z'); // scheduled, not out yet
    await article(demo.nid, hanako, 'published', '2026-03-01T09:00:00Z');
    await article(corp.nid, corp.mid, 'published', '2026-01-10T09:00:00Z');
    await article(corp.nid, demo.mid, 'published', '2026-01-10T09:00:00Z'); // a row of another network, whatever its author
  });
  afterAll(() => stack?.stop());

  it("counts the articles a member has published in the viewer's network, for any approved member", async () => {
    const adminId = claimsOf(admin).mid;
    const hanako = claimsOf(member).mid;
    const result = await countOf([adminId, hanako, claimsOf(corpAdmin).mid], member);
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([
      { id: adminId, publishedArticleCount: 2 },
      { id: hanako, publishedArticleCount: 1 },
      { id: claimsOf(corpAdmin).mid, publishedArticleCount: 0 },
    ]);
    expect((await countOf([adminId], admin)).data?._entities[0].publishedArticleCount).toBe(2);
    expect((await stack.graphql(url, '{ publishedArticleCount }', {}, member)).data?.publishedArticleCount).toBe(3);
  });

  it("never counts one network's articles for another", async () => {
    const adminId = claimsOf(admin).mid;
    // Seen from the other network only its own rows count: the one corp row naming the demo admin, not the demo articles.
    expect((await countOf([adminId, claimsOf(member).mid], corpAdmin)).data?._entities).toEqual([
      { id: adminId, publishedArticleCount: 1 },
      { id: claimsOf(member).mid, publishedArticleCount: 0 },
    ]);
    expect((await countOf([claimsOf(corpAdmin).mid], corpAdmin)).data?._entities[0].publishedArticleCount).toBe(1);
    expect((await stack.graphql(url, '{ publishedArticleCount }', {}, corpAdmin)).data?.publishedArticleCount).toBe(2);
  });

  it("keeps the network's content from applicants and anonymous callers", async () => {
    const { token } = await stack.register({ email: 'sora.ueno@example.jp', displayName: '上野 空' });
    expect((await countOf([claimsOf(admin).mid], token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await stack.graphql(url, '{ publishedArticleCount }', {}, token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await countOf([claimsOf(admin).mid])).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('reports its health and readiness', async () => {
    const base = stack.serviceUrl('content').replace(/\/graphql$/, '');
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: 'ok', service: 'content' });
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', service: 'content', database: 'ok', events: 'ok' });
  });
});
