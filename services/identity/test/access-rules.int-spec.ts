import { claimsOf, everyOperation, memberEntities, startStack, tokenWithClaims, type GraphQLResult, type Stack } from '@kizuna/testing';

/** What a pending applicant may do in identity: their own account, sessions, logins and data; nothing of the network. */
const PENDING_ALLOWED = [
  'me',
  'myPersonalData',
  'deleteMyAccount',
  'sessions',
  'myNetworks',
  'signOutEverywhere',
  'revokeSession',
  'switchNetwork',
  'renewAccessToken',
  'resendVerificationEmail',
  'changePassword',
  'changeEmail',
  'cancelEmailChange',
  'startLoginLink',
  'completeLoginLink',
  'unlinkLogin',
];

/** What anyone may call without signing in: signing up and in, and the public face of a network. */
const PUBLIC = [
  'network',
  'register',
  'signIn',
  // Finishing a sign-in that waited for its network: the single-use ticket is the proof.
  'signInNetworkChoice',
  'chooseSignInNetwork',
  'refreshSession',
  'signOut',
  'verifyEmail',
  'requestPasswordReset',
  'resetPassword',
  'confirmEmailChange',
  'loginProviders',
  'socialSignup',
  'invitationLinkPreview',
  'staffInvitation',
  'acceptStaffInvitation',
];

const outcomeOf = (result: GraphQLResult) => {
  const codes = (result.errors ?? []).map((e) => e.extensions?.code);
  if (codes.includes('FORBIDDEN')) return 'FORBIDDEN';
  if (codes.includes('UNAUTHENTICATED')) return 'UNAUTHENTICATED';
  return 'allowed';
};

describe('identity: what pending, suspended and rejected members may do, and network isolation', () => {
  let stack: Stack;
  let url: string;
  let admin: string;
  let member: string;
  let corpAdmin: string;
  let applicant: { token: string; memberId: string };

  beforeAll(async () => {
    stack = await startStack({ services: ['identity'], seed: 'demo' });
    url = stack.serviceUrl('identity');
    admin = await stack.signInAdmin();
    member = await stack.signIn('hanako.sato@demo.kizuna.dev', stack.demo.memberPassword);
    corpAdmin = await stack.signInAdmin('otherNetwork');
    applicant = await stack.register({ email: 'access.rules@example.jp', displayName: '申請 五郎' });
  });
  afterAll(() => stack?.stop());

  it('lets applicants manage only their own account, and suspended or rejected members nothing, in every operation', async () => {
    const operations = await everyOperation(stack, url, member);
    expect(operations.length).toBeGreaterThan(20);
    const ask = async (token: string | undefined) =>
      Object.fromEntries(
        await Promise.all(operations.map(async (op) => [op.name, outcomeOf(await stack.graphql(url, op.query, op.variables as never, token))] as const)),
      );

    const anonymous = await ask(undefined);
    const publicOperations = operations.map((op) => op.name).filter((name) => anonymous[name] !== 'UNAUTHENTICATED');
    expect(publicOperations.sort()).toEqual([...PUBLIC].sort());

    const guarded = operations.map((op) => op.name).filter((name) => !publicOperations.includes(name));
    const suspended = await tokenWithClaims(stack, member, { status: 'suspended' });
    const rejected = await tokenWithClaims(stack, member, { status: 'rejected' });
    const [pendingOutcome, suspendedOutcome, rejectedOutcome] = [await ask(applicant.token), await ask(suspended), await ask(rejected)];
    const outcome = Object.fromEntries(
      guarded.map((name) => [name, { pending: pendingOutcome[name], suspended: suspendedOutcome[name], rejected: rejectedOutcome[name] }]),
    );
    const expected = Object.fromEntries(
      guarded.map((name) => [name, { pending: PENDING_ALLOWED.includes(name) ? 'allowed' : 'FORBIDDEN', suspended: 'FORBIDDEN', rejected: 'FORBIDDEN' }]),
    );
    expect(outcome).toEqual(expected);
    expect(PENDING_ALLOWED.filter((name) => !guarded.includes(name))).toEqual([]);
  });

  it('resolves members for other services only as far as the viewer may see them', async () => {
    const adminId = claimsOf(admin).mid;
    const memberId = claimsOf(member).mid;
    // An approved member sees the network's members.
    expect((await memberEntities(stack, url, [adminId], 'id displayName', member)).data?._entities).toEqual([{ id: adminId, displayName: expect.any(String) }]);
    // An applicant sees only themself.
    const asApplicant = await memberEntities(stack, url, [adminId, memberId, applicant.memberId], 'id displayName', applicant.token);
    expect(asApplicant.data?._entities).toEqual([null, null, { id: applicant.memberId, displayName: '申請 五郎' }]);
    // A suspended or rejected member, nobody, not even themself.
    for (const status of ['suspended', 'rejected']) {
      const token = await tokenWithClaims(stack, member, { status });
      expect((await memberEntities(stack, url, [adminId, memberId], 'id displayName', token)).data?._entities).toEqual([null, null]);
    }
  });

  it('shows and changes nothing of one network for an admin of another, whatever ids they send', async () => {
    const demoIds = (await stack.sql<{ id: string }>('SELECT id FROM identity.memberships WHERE network_id = $1', [claimsOf(admin).nid])).map((r) => r.id);
    const seen = await memberEntities(stack, url, demoIds, 'id displayName email', corpAdmin);
    expect(seen.data?._entities).toEqual(demoIds.map(() => null));
    // The demo admin resolves the same ids: the nulls above are isolation, not absence.
    expect((await memberEntities(stack, url, demoIds, 'id', admin)).data?._entities.filter(Boolean)).toHaveLength(demoIds.length);

    const approve = await stack.graphql(
      url,
      'mutation($input: ApproveMembershipInput!) { approveMembership(input: $input) { member { id } errors { code field } } }',
      { input: { memberId: applicant.memberId } },
      corpAdmin,
    );
    expect(approve.data?.approveMembership.member).toBeNull();
    expect(approve.data?.approveMembership.errors).toEqual([expect.objectContaining({ code: 'NOT_FOUND' })]);
    expect(await stack.sql('SELECT status FROM identity.memberships WHERE id = $1', [applicant.memberId])).toEqual([{ status: 'pending' }]);

    const queue = await stack.graphql(url, '{ pendingMembers(first: 200) { edges { node { id } } } }', {}, corpAdmin);
    expect(queue.data?.pendingMembers.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(applicant.memberId);
    const audit = await stack.graphql(url, '{ auditLog(first: 200) { edges { node { target { id } actor { id } } } } }', {}, corpAdmin);
    const named = JSON.stringify(audit.data);
    for (const id of demoIds) expect(named).not.toContain(id);
  });
});
