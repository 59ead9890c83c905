import { checkEveryOperation, claimsOf, memberEntities, startStack, type Stack } from '@kizuna/testing';

/** What a pending applicant may do in messaging: talk with the network and its staff (the service checks who is on the other side). */
const PENDING_ALLOWED = [
  'unreadMessageCount',
  'conversations',
  'conversation',
  'message',
  'startDirectConversation',
  'contactNetwork',
  'sendMessage',
  'editMessage',
  'deleteMessage',
  'addReaction',
  'removeReaction',
  'markConversationRead',
  'setTyping',
  // The gateway routes every subscriber's conversation list with it; applicants belong to no room.
  'myRoomIds',
];

/** What needs SEND_BULK_MESSAGES: refused to a plain member. */
const ADMIN_ONLY = [
  'networkInbox',
  'messageTemplates',
  'messageTemplate',
  'previewMessageTemplate',
  'autoReplies',
  'bulkMessages',
  'bulkMessage',
  'createMessageTemplate',
  'updateMessageTemplate',
  'deleteMessageTemplate',
  'setAutoReply',
  'sendBulkMessage',
  'cancelBulkMessage',
];

const UNREAD_OF = 'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Member { id unreadMessageCount } } }';

describe('messaging: what pending, suspended and rejected members may do, and network isolation', () => {
  let stack: Stack;
  let url: string;
  let admin: string;
  let member: string;
  let pending: string;
  let corpAdmin: string;

  beforeAll(async () => {
    stack = await startStack({ services: ['identity', 'messaging'], seed: 'demo' });
    url = stack.serviceUrl('messaging');
    admin = await stack.signInAdmin();
    member = await stack.signIn('hanako.sato@demo.kizuna.dev', stack.demo.memberPassword);
    corpAdmin = await stack.signInAdmin('otherNetwork');
    pending = (await stack.register({ email: 'access.rules@example.jp', displayName: '申請 花子' })).token;
  });
  afterAll(() => stack?.stop());

  it('lets applicants talk with the network, members use messaging, staff the inbox and bulk tools, and suspended or rejected members nothing', async () => {
    const { outcome, expected, unknownNames } = await checkEveryOperation(
      stack,
      url,
      { admin, member, pending },
      { pendingAllowed: PENDING_ALLOWED, adminOnly: ADMIN_ONLY },
    );
    expect(outcome).toEqual(expected);
    // Every name listed above is an operation of the service.
    expect(unknownNames).toEqual([]);
  });

  it("keeps each member's unread count to themselves, applicants included", async () => {
    for (const token of [pending, member]) {
      const own = await stack.graphql(url, UNREAD_OF, { reps: [{ __typename: 'Member', id: claimsOf(token).mid }] }, token);
      expect(own.data?._entities).toEqual([{ id: claimsOf(token).mid, unreadMessageCount: 0 }]);
      const other = await stack.graphql(url, UNREAD_OF, { reps: [{ __typename: 'Member', id: claimsOf(admin).mid }] }, token);
      expect(other.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    }
    const foreign = await memberEntities(stack, url, [claimsOf(admin).mid], 'id unreadMessageCount', corpAdmin);
    expect(foreign.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });

  it("keeps who is in which network, with role and status, from identity's events", async () => {
    const adminId = claimsOf(admin).mid;
    expect(await stack.waitFor(async () => (await stack.sql('SELECT role, status FROM messaging.members WHERE membership_id = $1', [adminId]))[0])).toEqual({
      role: 'owner',
      status: 'approved',
    });

    const { memberId } = await stack.register({ email: 'daiki.ono@example.jp', displayName: '小野 大輝' });
    const row = () => stack.sql('SELECT network_id, role, status FROM messaging.members WHERE membership_id = $1', [memberId]);
    expect(await stack.waitFor(async () => (await row())[0])).toEqual({ network_id: claimsOf(admin).nid, role: 'member', status: 'pending' });

    await stack.graphql(
      stack.serviceUrl('identity'),
      'mutation($input: ApproveMembershipInput!) { approveMembership(input: $input) { errors { code } } }',
      { input: { memberId } },
      admin,
    );
    expect(await stack.waitFor(async () => (await row()).find((r) => r.status === 'approved'))).toMatchObject({ role: 'member' });
  });

  it('follows rejections, suspensions and reinstatements, so a member who may not use the network is known as such', async () => {
    const identity = stack.serviceUrl('identity');
    const decide = async (mutation: string, input: Record<string, unknown>) => {
      const result = await stack.graphql(
        identity,
        `mutation($input: ${mutation[0].toUpperCase()}${mutation.slice(1)}Input!) { ${mutation}(input: $input) { errors { code } } }`,
        { input },
        admin,
      );
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

  it('reports its health and readiness', async () => {
    const base = stack.serviceUrl('messaging').replace(/\/graphql$/, '');
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: 'ok', service: 'messaging' });
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', service: 'messaging', database: 'ok', events: 'ok' });
  });
});
