import { randomUUID } from 'node:crypto';
import { checkAccessRules, claimsOf, memberEntities, rootOperations, startStack, type GuardedOperation, type Stack } from '@kizuna/testing';

const UNREAD_OF = 'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Member { id unreadMessageCount } } }';
const MEMBER_REPS = (id: string) => ({ reps: [{ __typename: 'Member', id }] });

describe('messaging: what pending, suspended and rejected members may do, and network isolation', () => {
  let stack: Stack;
  let url: string;
  let admin: string;
  let member: string;
  let pending: string;
  let corpAdmin: string;

  const send = (networkId: string, to: string) =>
    stack.sql(`INSERT INTO messaging.messages (id, network_id, sender_membership_id, recipient_membership_id, body) VALUES ($1, $2, $3, $4, 'hello')`, [
      randomUUID(),
      networkId,
      randomUUID(),
      to,
    ]);

  beforeAll(async () => {
    stack = await startStack({ services: ['identity', 'messaging'], seed: 'demo' });
    url = stack.serviceUrl('messaging');
    admin = await stack.signInAdmin();
    member = await stack.signIn('hanako.sato@demo.kizuna.dev', stack.demo.memberPassword);
    corpAdmin = await stack.signInAdmin('otherNetwork');
    pending = (await stack.register({ email: 'access.rules@example.jp', displayName: '申請 花子' })).token;
  });
  afterAll(() => stack?.stop());

  it('lets applicants read their own messages (to and from admins), and suspended or rejected members nothing', async () => {
    const operations: GuardedOperation[] = [
      { name: 'unreadMessageCount', query: '{ unreadMessageCount }', pendingAllowed: true },
      { name: 'Member.unreadMessageCount (own)', query: UNREAD_OF, variables: (claims) => MEMBER_REPS(claims.mid), pendingAllowed: true },
      {
        name: 'PersonalData.messaging',
        query: 'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on PersonalData { messaging } } }',
        variables: (claims) => ({ reps: [{ __typename: 'PersonalData', accountId: claims.sub }] }),
        pendingAllowed: true,
      },
    ];
    const { outcome, expected } = await checkAccessRules(stack, url, operations, { approved: member, pending });
    expect(outcome).toEqual(expected);
    expect(await rootOperations(stack, url, member)).toEqual(['unreadMessageCount']);
    // Someone else's unread count is nobody else's business, applicant or not.
    for (const token of [pending, member]) {
      const other = await stack.graphql(url, UNREAD_OF, MEMBER_REPS(claimsOf(admin).mid), token);
      expect(other.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    }
  });

  it('follows rejections, suspensions and reinstatements, so a member who may not use the network is known as such', async () => {
    const identity = stack.serviceUrl('identity');
    const decide = async (mutation: string, input: Record<string, unknown>) => {
      const result = await stack.graphql(identity, `mutation($input: ${mutation[0].toUpperCase()}${mutation.slice(1)}Input!) { ${mutation}(input: $input) { errors { code } } }`, { input }, admin);
      expect(result.data?.[mutation].errors).toEqual([]);
    };
    const statusOf = async (memberId: string) => (await stack.sql('SELECT status FROM messaging.members WHERE membership_id = $1', [memberId]))[0]?.status;
    const rejected = await stack.register({ email: 'to.reject@example.jp', displayName: 'Rejected Applicant' });
    const suspended = await stack.register({ email: 'to.suspend@example.jp', displayName: 'Suspended Member' });
    await stack.waitFor(async () => (await statusOf(rejected.memberId)) === 'pending' && (await statusOf(suspended.memberId)) === 'pending');

    await decide('rejectMembership', { memberId: rejected.memberId });
    await decide('approveMembership', { memberId: suspended.memberId });
    await decide('suspendMembership', { memberId: suspended.memberId, reason: 'Spam' });
    await stack.waitFor(async () => (await statusOf(rejected.memberId)) === 'rejected' && (await statusOf(suspended.memberId)) === 'suspended');

    await decide('reinstateMembership', { memberId: suspended.memberId });
    await stack.waitFor(async () => (await statusOf(suspended.memberId)) === 'approved');
    expect(await statusOf(rejected.memberId)).toBe('rejected');
  });

  it('counts nothing of one network for a member of another, whatever ids they send', async () => {
    const corpAdminId = claimsOf(corpAdmin).mid;
    const before = (await stack.graphql(url, '{ unreadMessageCount }', {}, corpAdmin)).data?.unreadMessageCount;
    // A message filed under the demo network that names the corp admin's id is not theirs to read.
    await send(claimsOf(admin).nid, corpAdminId);
    await send(claimsOf(corpAdmin).nid, corpAdminId);
    expect((await stack.graphql(url, '{ unreadMessageCount }', {}, corpAdmin)).data?.unreadMessageCount).toBe(before + 1);
    const foreign = await memberEntities(stack, url, [claimsOf(admin).mid], 'id unreadMessageCount', corpAdmin);
    expect(foreign.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(foreign.data?._entities ?? null).not.toEqual([expect.objectContaining({ unreadMessageCount: expect.any(Number) })]);
  });
});
