import { memberEntities, startStack, type Stack } from '@kizuna/testing';

const MEMBER_FIELDS = 'id displayName email role status network { slug }';

describe('identity: registration, approval and sign-in', () => {
  let stack: Stack;
  let url: string;

  beforeAll(async () => {
    stack = await startStack({ services: ['identity'], seed: 'demo' });
    url = stack.serviceUrl('identity');
  });
  afterAll(() => stack?.stop());

  it('registers a pending member who can see themself but not the approval queue', async () => {
    const { token, memberId } = await stack.register({ email: 'Keiko.Ueda@example.jp', displayName: '上田 恵子' });
    const me = await stack.graphql(url, `{ me { ${MEMBER_FIELDS} } }`, {}, token);
    expect(me.data?.me).toMatchObject({
      id: memberId,
      displayName: '上田 恵子',
      email: 'keiko.ueda@example.jp',
      status: 'PENDING',
      role: 'MEMBER',
      network: { slug: 'demo' },
    });

    const queue = await stack.graphql(url, '{ pendingMembers { totalCount } }', {}, token);
    expect(queue.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses bad registrations field by field and stores nothing', async () => {
    const result = await stack.graphql(url, 'mutation($input: RegisterInput!) { register(input: $input) { accessToken errors { code field } } }', {
      input: { networkSlug: 'demo', email: 'not-an-email', password: 'short', displayName: ' ' },
    });
    expect(result.data?.register.accessToken).toBeNull();
    expect(result.data?.register.errors.map((e: { field: string }) => e.field).sort()).toEqual(['displayName', 'email', 'password']);
    expect(await stack.sql("SELECT 1 FROM identity.accounts WHERE email = 'not-an-email'")).toHaveLength(0);
  });

  it('lets an admin approve an applicant, publishing the decision, and the member renews their token', async () => {
    const { token, memberId } = await stack.register({ email: 'jiro@example.jp', displayName: '次郎' });
    const admin = await stack.signInAdmin();

    const queue = await stack.graphql(url, '{ pendingMembers(first: 100) { totalCount edges { node { id email } } } }', {}, admin);
    expect(queue.data?.pendingMembers.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(memberId);

    const approved = await stack.graphql(
      url,
      'mutation($input: ApproveMembershipInput!) { approveMembership(input: $input) { member { status } errors { code } } }',
      { input: { memberId, message: 'ようこそ！' } },
      admin,
    );
    expect(approved.data?.approveMembership).toEqual({ member: { status: 'APPROVED' }, errors: [] });

    const again = await stack.graphql(
      url,
      'mutation($input: ApproveMembershipInput!) { approveMembership(input: $input) { member { status } errors { code } } }',
      { input: { memberId } },
      admin,
    );
    expect(again.data?.approveMembership.errors[0].code).toBe('INVALID_STATE');

    const collector = await stack.collectEvents('kizuna.identity.membership');
    const events = await stack.waitFor(async () => {
      const mine = collector.events.filter((e) => e.subject === memberId);
      return mine.length === 2 ? mine : undefined;
    });
    expect(events.map((e) => e.type)).toEqual(['kizuna.identity.membership.registered.v1', 'kizuna.identity.membership.approved.v1']);
    expect(events[1].data).toMatchObject({ membershipId: memberId, message: 'ようこそ！' });

    const renewed = await stack.graphql(url, 'mutation { renewAccessToken(input: {}) { accessToken member { status } } }', {}, token);
    expect(renewed.data?.renewAccessToken.member.status).toBe('APPROVED');
  });

  it('gives the same answer for an unknown e-mail and a wrong password', async () => {
    const attempt = (email: string) =>
      stack.graphql(url, 'mutation($input: SignInInput!) { signIn(input: $input) { accessToken errors { code message } } }', {
        input: { networkSlug: 'demo', email, password: 'wrong-password-123' },
      });
    const unknown = await attempt('nobody@example.jp');
    const wrong = await attempt(stack.demo.admin.email);
    expect(unknown.data?.signIn).toEqual(wrong.data?.signIn);
    expect(unknown.data?.signIn.errors[0].code).toBe('INVALID_CREDENTIALS');
  });

  it('never shows a member of one network to another network', async () => {
    const corpAdmin = await stack.signInAdmin('otherNetwork');
    const { memberId } = await stack.register({ email: 'hidden@example.jp', displayName: 'Hidden' });
    const reference = await memberEntities(stack, url, [memberId], 'id displayName', corpAdmin);
    expect(reference.data?._entities).toEqual([null]);
    const queue = await stack.graphql(url, '{ pendingMembers { edges { node { id } } } }', {}, corpAdmin);
    expect(queue.data?.pendingMembers.edges).toEqual([]);
    const approve = await stack.graphql(
      url,
      'mutation($input: ApproveMembershipInput!) { approveMembership(input: $input) { errors { code } } }',
      { input: { memberId } },
      corpAdmin,
    );
    expect(approve.data?.approveMembership.errors[0].code).toBe('NOT_FOUND');
  });

  it('rejects a tampered token with an authentication error', async () => {
    const admin = await stack.signInAdmin();
    const [header, payload, signature] = admin.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const forged = [header, Buffer.from(JSON.stringify({ ...claims, role: 'owner', nid: claims.nid })).toString('base64url') + 'x', signature].join('.');
    const result = await stack.graphql(url, '{ me { id } }', {}, forged);
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
