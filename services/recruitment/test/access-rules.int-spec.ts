import { randomUUID } from 'node:crypto';
import { checkAccessRules, claimsOf, memberEntities, rootOperations, startStack, type GuardedOperation, type Stack } from '@kizuna/testing';

const COUNT_OF = 'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Member { id openRecruitmentPostCount } } }';

describe('recruitment: what pending, suspended and rejected members may do, and network isolation', () => {
  let stack: Stack;
  let url: string;
  let admin: string;
  let member: string;
  let pending: string;
  let corpAdmin: string;

  const post = (networkId: string, authorId: string, kind = 'job') =>
    stack.sql(`INSERT INTO recruitment.posts (id, network_id, author_membership_id, kind, title) VALUES ($1, $2, $3, $4, 'We are hiring')`, [
      randomUUID(),
      networkId,
      authorId,
      kind,
    ]);

  beforeAll(async () => {
    stack = await startStack({ services: ['identity', 'recruitment'], seed: 'demo' });
    url = stack.serviceUrl('recruitment');
    admin = await stack.signInAdmin();
    member = await stack.signIn('hanako.sato@demo.kizuna.dev', stack.demo.memberPassword);
    corpAdmin = await stack.signInAdmin('otherNetwork');
    pending = (await stack.register({ email: 'access.rules@example.jp', displayName: '申請 三郎' })).token;
  });
  afterAll(() => stack?.stop());

  it("keeps the network's recruitment board from applicants, and from suspended or rejected members", async () => {
    const operations: GuardedOperation[] = [
      { name: 'openRecruitmentPostCount', query: '{ openRecruitmentPostCount }', pendingAllowed: false },
      { name: 'openRecruitmentPostCount(kind)', query: '{ openRecruitmentPostCount(kind: MENTOR) }', pendingAllowed: false },
      {
        name: 'Member.openRecruitmentPostCount',
        query: COUNT_OF,
        variables: { reps: [{ __typename: 'Member', id: claimsOf(admin).mid }] },
        pendingAllowed: false,
      },
      {
        name: 'PersonalData.recruitment (their own data)',
        query: 'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on PersonalData { recruitment } } }',
        variables: (claims) => ({ reps: [{ __typename: 'PersonalData', accountId: claims.sub }] }),
        pendingAllowed: true,
      },
    ];
    const { outcome, expected } = await checkAccessRules(stack, url, operations, { approved: member, pending });
    expect(outcome).toEqual(expected);
    expect(await rootOperations(stack, url, member)).toEqual(['openRecruitmentPostCount']);
  });

  it('counts nothing of one network for a member of another, whatever ids they send', async () => {
    const adminId = claimsOf(admin).mid;
    await post(claimsOf(admin).nid, adminId);
    await post(claimsOf(admin).nid, adminId, 'mentor');
    await post(claimsOf(corpAdmin).nid, claimsOf(corpAdmin).mid);
    expect((await memberEntities(stack, url, [adminId], 'id openRecruitmentPostCount', admin)).data?._entities).toEqual([
      { id: adminId, openRecruitmentPostCount: 2 },
    ]);
    expect((await memberEntities(stack, url, [adminId], 'id openRecruitmentPostCount', corpAdmin)).data?._entities).toEqual([
      { id: adminId, openRecruitmentPostCount: 0 },
    ]);
    await post(claimsOf(admin).nid, claimsOf(corpAdmin).mid);
    expect((await stack.graphql(url, '{ openRecruitmentPostCount }', {}, corpAdmin)).data?.openRecruitmentPostCount).toBe(1);
    expect((await stack.graphql(url, '{ openRecruitmentPostCount(kind: MENTOR) }', {}, corpAdmin)).data?.openRecruitmentPostCount).toBe(0);
    expect((await stack.graphql(url, '{ openRecruitmentPostCount }', {}, admin)).data?.openRecruitmentPostCount).toBe(3);
  });
});
