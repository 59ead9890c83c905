import { startStack, type Stack } from '@kizuna/testing';

const PASSWORD = 'correct-horse-battery';

const REJECT = 'mutation($input: RejectMembershipInput!) { rejectMembership(input: $input) { member { id status } errors { code field } } }';
const DECIDE = 'mutation($input: DecideMembershipsInput!) { decideMemberships(input: $input) { members { id status } errors { code field } } }';
const SUSPEND = 'mutation($input: SuspendMembershipInput!) { suspendMembership(input: $input) { member { id status } errors { code field } } }';
const REINSTATE = 'mutation($input: ReinstateMembershipInput!) { reinstateMembership(input: $input) { member { id status } errors { code field } } }';
const AUDIT = `query($first: Int, $after: String) { auditLog(first: $first, after: $after) {
  edges { cursor node { id action actor { id } target { id status } details createdAt } } pageInfo { hasNextPage endCursor } } }`;

describe('identity: administrator decisions and the audit log', () => {
  let stack: Stack;
  let url: string;
  let admin: string;
  let corpAdmin: string;
  let applicantCount = 0;

  /** A fresh pending applicant in the demo network. */
  const applicant = async (name = 'applicant') => {
    applicantCount += 1;
    const email = `${name}-${applicantCount}@example.jp`;
    const registered = await stack.register({ email, password: PASSWORD, displayName: `${name} ${applicantCount}` });
    return { ...registered, email };
  };
  const signInAttempt = (email: string) =>
    stack.graphql(url, 'mutation($input: SignInInput!) { signIn(input: $input) { accessToken errors { code } } }', {
      input: { networkSlug: 'demo', email, password: PASSWORD },
    });
  const renew = (token: string) => stack.graphql(url, 'mutation { renewAccessToken(input: {}) { accessToken errors { code } } }', {}, token);
  const statusOf = async (ids: string[]) =>
    (await stack.sql<{ id: string; status: string }>('SELECT id, status FROM identity.memberships WHERE id = ANY($1)', [ids])).reduce(
      (all, row) => ({ ...all, [row.id]: row.status }),
      {} as Record<string, string>,
    );

  beforeAll(async () => {
    stack = await startStack({ services: ['identity'], seed: 'demo' });
    url = stack.serviceUrl('identity');
    admin = await stack.signInAdmin();
    corpAdmin = await stack.signInAdmin('otherNetwork');
  });
  afterAll(() => stack?.stop());

  it('rejects an applicant with a message, publishes it, and the applicant can no longer sign in or renew', async () => {
    const { memberId, token, email } = await applicant('rejected');
    const rejected = await stack.graphql(url, REJECT, { input: { memberId, message: '在籍が確認できませんでした。' } }, admin);
    expect(rejected.data?.rejectMembership).toEqual({ member: { id: memberId, status: 'REJECTED' }, errors: [] });

    const again = await stack.graphql(url, REJECT, { input: { memberId } }, admin);
    expect(again.data?.rejectMembership.errors).toEqual([{ code: 'INVALID_STATE', field: 'memberId' }]);

    const collector = await stack.collectEvents('kizuna.identity.membership');
    const event = await stack.waitFor(async () => collector.events.find((e) => e.subject === memberId && e.type === 'kizuna.identity.membership.rejected.v1'));
    expect(event.data).toMatchObject({ membershipId: memberId, message: '在籍が確認できませんでした。' });

    expect((await signInAttempt(email)).data?.signIn).toEqual({ accessToken: null, errors: [{ code: 'MEMBERSHIP_REJECTED' }] });
    expect((await renew(token)).data?.renewAccessToken.errors[0].code).toBe('MEMBERSHIP_REJECTED');
  });

  it('approves three applicants in one go', async () => {
    const ids = [(await applicant('bulk')).memberId, (await applicant('bulk')).memberId, (await applicant('bulk')).memberId];
    const result = await stack.graphql(url, DECIDE, { input: { memberIds: ids, decision: 'APPROVE', message: 'ようこそ' } }, admin);
    expect(result.data?.decideMemberships).toEqual({ members: ids.map((id) => ({ id, status: 'APPROVED' })), errors: [] });
    expect(Object.values(await statusOf(ids))).toEqual(['approved', 'approved', 'approved']);
  });

  it('changes nothing in a bulk decision when any id is at fault, naming each bad index', async () => {
    const good = [(await applicant('all-or-nothing')).memberId, (await applicant('all-or-nothing')).memberId];
    const alreadyApproved = (await applicant('all-or-nothing')).memberId;
    await stack.graphql(url, DECIDE, { input: { memberIds: [alreadyApproved], decision: 'APPROVE' } }, admin);
    const [corpMember] = await stack.sql<{ id: string }>(
      "SELECT m.id FROM identity.memberships m JOIN identity.networks n ON n.id = m.network_id WHERE n.slug = 'kizuna-corp' LIMIT 1",
    );

    const result = await stack.graphql(
      url,
      DECIDE,
      { input: { memberIds: [good[0], alreadyApproved, good[1], '00000000-0000-4000-8000-000000000000', corpMember.id, 'not-an-id'], decision: 'REJECT' } },
      admin,
    );
    expect(result.data?.decideMemberships.members).toBeNull();
    expect(result.data?.decideMemberships.errors).toEqual([
      { code: 'INVALID_STATE', field: 'memberIds.1' },
      { code: 'NOT_FOUND', field: 'memberIds.3' },
      { code: 'NOT_FOUND', field: 'memberIds.4' },
      { code: 'NOT_FOUND', field: 'memberIds.5' },
    ]);
    expect(await statusOf([...good, alreadyApproved])).toEqual({ [good[0]]: 'pending', [good[1]]: 'pending', [alreadyApproved]: 'approved' });

    const tooMany = await stack.graphql(url, DECIDE, { input: { memberIds: Array.from({ length: 501 }, () => good[0]), decision: 'APPROVE' } }, admin);
    expect(tooMany.data?.decideMemberships.errors).toEqual([{ code: 'VALIDATION', field: 'memberIds' }]);
    const twice = await stack.graphql(url, DECIDE, { input: { memberIds: [good[0], good[0]], decision: 'APPROVE' } }, admin);
    expect(twice.data?.decideMemberships.errors).toEqual([{ code: 'VALIDATION', field: 'memberIds.1' }]);
    expect(await statusOf(good)).toEqual({ [good[0]]: 'pending', [good[1]]: 'pending' });
  });

  it('suspends a member, who can then not sign in, and reinstates them', async () => {
    const { memberId, email } = await applicant('suspended');
    await stack.graphql(url, DECIDE, { input: { memberIds: [memberId], decision: 'APPROVE' } }, admin);
    const token = await stack.signIn(email, PASSWORD);

    const suspended = await stack.graphql(url, SUSPEND, { input: { memberId, reason: 'スパム投稿' } }, admin);
    expect(suspended.data?.suspendMembership).toEqual({ member: { id: memberId, status: 'SUSPENDED' }, errors: [] });
    expect((await signInAttempt(email)).data?.signIn).toEqual({ accessToken: null, errors: [{ code: 'MEMBERSHIP_SUSPENDED' }] });
    expect((await renew(token)).data?.renewAccessToken.errors[0].code).toBe('MEMBERSHIP_SUSPENDED');
    expect((await stack.graphql(url, SUSPEND, { input: { memberId } }, admin)).data?.suspendMembership.errors[0].code).toBe('INVALID_STATE');

    const reinstated = await stack.graphql(url, REINSTATE, { input: { memberId } }, admin);
    expect(reinstated.data?.reinstateMembership).toEqual({ member: { id: memberId, status: 'APPROVED' }, errors: [] });
    expect((await signInAttempt(email)).data?.signIn.accessToken).toEqual(expect.any(String));
    expect((await stack.graphql(url, REINSTATE, { input: { memberId } }, admin)).data?.reinstateMembership.errors[0].code).toBe('INVALID_STATE');

    const collector = await stack.collectEvents('kizuna.identity.membership');
    const events = await stack.waitFor(async () => {
      // The topic also carries the member's sign-ins; the membership's own story is its decisions.
      const mine = collector.events.filter((e) => e.subject === memberId && e.type.startsWith('kizuna.identity.membership.'));
      return mine.length === 4 ? mine : undefined;
    });
    expect(events.map((e) => e.type.split('.')[3])).toEqual(['registered', 'approved', 'suspended', 'reinstated']);
    expect(events[2].data).toMatchObject({ membershipId: memberId, message: 'スパム投稿', decidedBy: expect.any(String) });
  });

  it('never suspends an owner or the administrator themself, and a suspended administrator decides nothing', async () => {
    const [owner] = await stack.sql<{ id: string }>(
      "SELECT m.id FROM identity.memberships m JOIN identity.accounts a ON a.id = m.account_id JOIN identity.networks n ON n.id = m.network_id WHERE a.email = $1 AND n.slug = 'demo'",
      [stack.demo.admin.email],
    );
    const self = await stack.graphql(url, SUSPEND, { input: { memberId: owner.id } }, admin);
    expect(self.data?.suspendMembership.errors).toEqual([{ code: 'NOT_ALLOWED', field: 'memberId' }]);

    const { memberId, email } = await applicant('second-admin');
    await stack.graphql(url, DECIDE, { input: { memberIds: [memberId], decision: 'APPROVE' } }, admin);
    await stack.sql("UPDATE identity.memberships SET role = 'admin' WHERE id = $1", [memberId]);
    const secondAdmin = await stack.signIn(email, PASSWORD);
    const ownerSuspension = await stack.graphql(url, SUSPEND, { input: { memberId: owner.id } }, secondAdmin);
    expect(ownerSuspension.data?.suspendMembership.errors).toEqual([{ code: 'NOT_ALLOWED', field: 'memberId' }]);
    expect(await statusOf([owner.id])).toEqual({ [owner.id]: 'approved' });

    // Once suspended, an administrator's still-valid token decides nothing more.
    await stack.graphql(url, SUSPEND, { input: { memberId } }, admin);
    const { memberId: target } = await applicant('second-admin-target');
    const stale = await stack.graphql(url, REJECT, { input: { memberId: target } }, secondAdmin);
    expect(stale.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await statusOf([target])).toEqual({ [target]: 'pending' });
  });

  it('refuses members and answers NOT_FOUND to administrators of other networks', async () => {
    const { memberId } = await applicant('guarded');
    const member = await stack.signIn('hanako.sato@demo.kizuna.dev', stack.demo.memberPassword);
    for (const [query, input] of [
      [REJECT, { memberId }],
      [DECIDE, { memberIds: [memberId], decision: 'APPROVE' }],
      [SUSPEND, { memberId }],
      [REINSTATE, { memberId }],
    ] as const) {
      const refused = await stack.graphql(url, query, { input }, member);
      expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }

    expect((await stack.graphql(url, REJECT, { input: { memberId } }, corpAdmin)).data?.rejectMembership.errors).toEqual([
      { code: 'NOT_FOUND', field: 'memberId' },
    ]);
    expect((await stack.graphql(url, DECIDE, { input: { memberIds: [memberId], decision: 'APPROVE' } }, corpAdmin)).data?.decideMemberships.errors).toEqual([
      { code: 'NOT_FOUND', field: 'memberIds.0' },
    ]);
    expect((await stack.graphql(url, SUSPEND, { input: { memberId } }, corpAdmin)).data?.suspendMembership.errors[0].code).toBe('NOT_FOUND');
    expect((await stack.graphql(url, REINSTATE, { input: { memberId } }, corpAdmin)).data?.reinstateMembership.errors[0].code).toBe('NOT_FOUND');
    expect(await statusOf([memberId])).toEqual({ [memberId]: 'pending' });
  });

  it("lists every decision in the audit log, newest first, for the network's administrators only", async () => {
    const { memberId } = await applicant('audited');
    await stack.graphql(url, DECIDE, { input: { memberIds: [memberId], decision: 'APPROVE', message: 'ようこそ' } }, admin);
    await stack.graphql(url, SUSPEND, { input: { memberId, reason: '確認中' } }, admin);
    await stack.graphql(url, REINSTATE, { input: { memberId } }, admin);
    const rejectedApplicant = await applicant('audited');
    await stack.graphql(url, REJECT, { input: { memberId: rejectedApplicant.memberId, message: 'ごめんなさい' } }, admin);

    const firstPage = await stack.graphql(url, AUDIT, { first: 2 }, admin);
    const page = firstPage.data?.auditLog;
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(page.edges.map((e: { node: { action: string } }) => e.node.action)).toEqual(['membership.rejected', 'membership.reinstated']);
    expect(page.edges[0].node).toMatchObject({ target: { id: rejectedApplicant.memberId, status: 'REJECTED' }, actor: { id: expect.any(String) } });
    expect(JSON.parse(page.edges[0].node.details)).toEqual({ message: 'ごめんなさい' });

    const next = (await stack.graphql(url, AUDIT, { first: 2, after: page.pageInfo.endCursor }, admin)).data?.auditLog;
    expect(next.edges.map((e: { node: { action: string; target: { id: string } } }) => [e.node.action, e.node.target.id])).toEqual([
      ['membership.suspended', memberId],
      ['membership.approved', memberId],
    ]);
    expect(JSON.parse(next.edges[0].node.details)).toEqual({ reason: '確認中' });

    const all = (await stack.graphql(url, AUDIT, { first: 200 }, admin)).data?.auditLog.edges.map((e: { node: { createdAt: string } }) => e.node.createdAt);
    expect([...all].sort().reverse()).toEqual(all);
    const [{ count }] = await stack.sql<{ count: string }>(
      "SELECT count(*) FROM identity.audit_log a JOIN identity.networks n ON n.id = a.network_id WHERE n.slug = 'demo'",
    );
    expect(all).toHaveLength(Number(count));

    const member = await stack.signIn('hanako.sato@demo.kizuna.dev', stack.demo.memberPassword);
    expect((await stack.graphql(url, AUDIT, {}, member)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await stack.graphql(url, AUDIT, {}, corpAdmin)).data?.auditLog.edges).toEqual([]);
  });
});
