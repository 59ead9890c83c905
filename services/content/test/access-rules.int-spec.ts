import { randomUUID } from 'node:crypto';
import { checkAccessRules, claimsOf, memberEntities, rootOperations, startStack, type GuardedOperation, type Stack } from '@kizuna/testing';

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
      `INSERT INTO content.articles (id, network_id, author_membership_id, title, body, status, published_at) VALUES ($1, $2, $3, 'news', 'body', 'published', now() - interval '1 minute')`,
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

  it('keeps the network\'s content from applicants, and from suspended or rejected members', async () => {
    const operations: GuardedOperation[] = [
      { name: 'publishedArticleCount', query: '{ publishedArticleCount }', pendingAllowed: false },
      { name: 'Member.publishedArticleCount', query: COUNT_OF, variables: { reps: [{ __typename: 'Member', id: claimsOf(admin).mid }] }, pendingAllowed: false },
      {
        name: 'PersonalData.content (their own data)',
        query: 'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on PersonalData { content } } }',
        variables: (claims) => ({ reps: [{ __typename: 'PersonalData', accountId: claims.sub }] }),
        pendingAllowed: true,
      },
    ];
    const { outcome, expected } = await checkAccessRules(stack, url, operations, { approved: member, pending });
    expect(outcome).toEqual(expected);
    expect(await rootOperations(stack, url, member)).toEqual(['publishedArticleCount']);
  });

  it('counts nothing of one network for a member of another, whatever ids they send', async () => {
    const adminId = claimsOf(admin).mid;
    await publish(claimsOf(admin).nid, adminId);
    await publish(claimsOf(admin).nid, adminId);
    await publish(claimsOf(corpAdmin).nid, claimsOf(corpAdmin).mid);
    expect((await memberEntities(stack, url, [adminId], 'id publishedArticleCount', admin)).data?._entities).toEqual([{ id: adminId, publishedArticleCount: 2 }]);
    expect((await memberEntities(stack, url, [adminId], 'id publishedArticleCount', corpAdmin)).data?._entities).toEqual([{ id: adminId, publishedArticleCount: 0 }]);
    // A demo article filed under the corp admin's id still counts only in demo.
    await publish(claimsOf(admin).nid, claimsOf(corpAdmin).mid);
    expect((await stack.graphql(url, '{ publishedArticleCount }', {}, corpAdmin)).data?.publishedArticleCount).toBe(1);
    expect((await stack.graphql(url, '{ publishedArticleCount }', {}, admin)).data?.publishedArticleCount).toBe(3);
  });
});
