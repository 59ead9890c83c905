import { randomUUID } from 'node:crypto';
import { createEnvelope, AccountDeleted, AccountLoginLinked, MembershipRegistered } from '@kizuna/events';
import { checkAccessRules, claimsOf, startStack, waitForHandled, redeliver, type GuardedOperation, type Stack } from '@kizuna/testing';

const MEMBER_FIELDS =
  'id status email externalId lastSignInAt signInCount lineLinked joinedAt registrationAnswers tags { id name } profile { memberId displayName entryYear employer email }';
const ADMIN_MEMBERS = `query($filter: DirectoryFilter, $sort: DirectorySort, $first: Int, $after: String) {
  adminMembers(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${MEMBER_FIELDS} } } } }`;
const ADMIN_MEMBER = `query($id: ID!) { adminMember(id: $id) { ${MEMBER_FIELDS} } }`;
const CREATE_TAG = 'mutation($input: CreateTagInput!) { createTag(input: $input) { tag { id name memberCount } affectedCount errors { code field } } }';
const BULK_TAG = 'mutation($input: BulkTagMembersInput!) { bulkTagMembers(input: $input) { tag { id memberCount } affectedCount errors { code field } } }';

interface AdminMember {
  id: string;
  status: string;
  email: string | null;
  lastSignInAt: string | null;
  signInCount: number;
  lineLinked: boolean;
  registrationAnswers: Record<string, unknown>;
  tags: { id: string; name: string }[];
  profile: { memberId: string; displayName: string; entryYear: number | null; employer: string | null; email: string | null };
}

describe('directory: the admin member list and member detail', () => {
  let stack: Stack;
  let url: string;
  let admin: string;
  let member: string;
  let corpAdmin: string;
  let demoNetworkId: string;

  const list = async (variables: Record<string, unknown>, token = admin) => {
    const result = await stack.graphql(url, ADMIN_MEMBERS, variables, token);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data!.adminMembers as { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: AdminMember }[] };
  };
  const ids = (page: { edges: { node: { id: string } }[] }) => page.edges.map((edge) => edge.node.id);
  const detail = async (id: string, token = admin) => (await stack.graphql(url, ADMIN_MEMBER, { id }, token)).data?.adminMember as AdminMember | null;

  beforeAll(async () => {
    stack = await startStack({ services: ['identity', 'directory'], seed: 'demo' });
    url = stack.serviceUrl('directory');
    admin = await stack.signInAdmin();
    member = await stack.signIn('hanako.sato@demo.kizuna.dev', stack.demo.memberPassword);
    corpAdmin = await stack.signInAdmin('otherNetwork');
    demoNetworkId = claimsOf(admin).nid;
    // The demo network's profiles arrive with the seed's registrations.
    await stack.waitFor(
      async () => (await stack.sql(`SELECT 1 FROM directory.profiles WHERE network_id = $1 AND status = 'approved'`, [demoNetworkId])).length >= 30,
    );
  });
  afterAll(() => stack?.stop());

  it("lists the network's approved people with every field, page by page, counting them all", async () => {
    const [{ approved }] = await stack.sql(`SELECT count(*)::int AS approved FROM directory.profiles WHERE network_id = $1 AND status = 'approved'`, [
      demoNetworkId,
    ]);
    const first = await list({ first: 5 });
    expect(first.totalCount).toBe(approved);
    expect(first.edges).toHaveLength(5);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await list({ first: 5, after: first.pageInfo.endCursor });
    expect(ids(second).some((id) => ids(first).includes(id))).toBe(false);
    // Admins see the membership e-mail, on the member and on the profile.
    expect(await detail(claimsOf(member).mid)).toMatchObject({
      status: 'APPROVED',
      email: 'hanako.sato@demo.kizuna.dev',
      profile: { email: 'hanako.sato@demo.kizuna.dev' },
    });

    // Members fill in their year; the list filters on it.
    for (const [email, entryYear] of [
      ['ichiro.suzuki', 2011],
      ['misaki.takahashi', 2015],
      ['kenta.tanaka', 2019],
    ] as const) {
      const token = await stack.signIn(`${email}@demo.kizuna.dev`, stack.demo.memberPassword);
      const saved = await stack.graphql(
        url,
        'mutation($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { errors { code field } } }',
        { input: { entryYear } },
        token,
      );
      expect(saved.data?.updateMyProfile.errors).toEqual([]);
    }
    // A year range: exactly the rows the database holds in it.
    const inRange = await stack.sql(
      `SELECT membership_id FROM directory.profiles WHERE network_id = $1 AND status = 'approved' AND entry_year BETWEEN 2010 AND 2015`,
      [demoNetworkId],
    );
    expect(inRange.length).toBeGreaterThanOrEqual(2);
    const byYear = await list({ filter: { entryYear: { from: 2010, to: 2015 } }, first: 100 });
    expect(ids(byYear).sort()).toEqual(inRange.map((row) => row.membership_id).sort());
    expect(byYear.edges.every(({ node }) => node.profile.entryYear! >= 2010 && node.profile.entryYear! <= 2015)).toBe(true);

    // Statuses: a pending applicant appears only when asked for.
    const { memberId: applicant } = await stack.register({ email: 'crm.applicant@example.jp', displayName: 'Applicant Crm' });
    await stack.waitFor(() => detail(applicant));
    expect(ids(await list({ filter: { text: 'Applicant Crm' } }))).toEqual([]);
    expect(ids(await list({ filter: { text: 'Applicant Crm', statuses: ['PENDING'] } }))).toEqual([applicant]);
  });

  it('counts sign-ins from identity and filters and sorts by them', async () => {
    const taroToken = await stack.signIn('taro.yamada@demo.kizuna.dev', stack.demo.memberPassword);
    const taroId = claimsOf(taroToken).mid;
    const before = await stack.waitFor(async () => {
      const taro = await detail(taroId);
      return taro && taro.signInCount >= 1 ? taro : undefined;
    });
    // Renewing the access token is not a sign-in; the next sign-in (on the same ordered key) counts one more, not two.
    const renewed = await stack.graphql(
      stack.serviceUrl('identity'),
      'mutation { renewAccessToken(input: {}) { accessToken errors { code } } }',
      {},
      taroToken,
    );
    expect(renewed.data?.renewAccessToken.accessToken).toBeTruthy();
    const since = new Date(Date.now() - 1000).toISOString();
    await stack.signIn('taro.yamada@demo.kizuna.dev', stack.demo.memberPassword);
    const after = await stack.waitFor(async () => {
      const taro = await detail(taroId);
      return taro && taro.signInCount > before.signInCount ? taro : undefined;
    });
    expect(after.signInCount).toBe(before.signInCount + 1);
    expect(new Date(after.lastSignInAt!).getTime()).toBeGreaterThanOrEqual(new Date(before.lastSignInAt!).getTime());

    const recent = await list({ filter: { signedInSince: since }, first: 100 });
    expect(ids(recent)).toContain(taroId);
    expect(recent.edges.every(({ node }) => new Date(node.lastSignInAt!).getTime() >= new Date(since).getTime())).toBe(true);
    expect(ids(await list({ filter: { notSignedInSince: since }, first: 100 }))).not.toContain(taroId);
    const bySignIn = await list({ sort: 'LAST_SIGN_IN', first: 3 });
    const times = bySignIn.edges.map(({ node }) => (node.lastSignInAt ? new Date(node.lastSignInAt).getTime() : 0));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(times[0]).toBeGreaterThanOrEqual(new Date(after.lastSignInAt!).getTime());
    // Switching to another network of the same account is a sign-in there; registering is not.
    const joined = await stack.registerThroughMail(
      { email: 'hanako.sato@demo.kizuna.dev', password: stack.demo.memberPassword, displayName: '佐藤 花子', networkSlug: stack.demo.otherNetwork.networkSlug },
      'member { id } errors { code field }',
    );
    expect(joined.data?.register.errors).toEqual([]);
    const corpMembership = joined.data?.register.member.id as string;
    const approved = await stack.graphql(
      stack.serviceUrl('identity'),
      'mutation($input: ApproveMembershipInput!) { approveMembership(input: $input) { errors { code } } }',
      { input: { memberId: corpMembership } },
      corpAdmin,
    );
    expect(approved.data?.approveMembership.errors).toEqual([]);
    const registeredThere = await stack.waitFor(() => detail(corpMembership, corpAdmin));
    expect(registeredThere.signInCount).toBe(0);
    const switched = await stack.graphql(
      stack.serviceUrl('identity'),
      'mutation($input: SwitchNetworkInput!) { switchNetwork(input: $input) { accessToken errors { code } } }',
      { input: { networkSlug: stack.demo.otherNetwork.networkSlug } },
      member,
    );
    expect(switched.data?.switchNetwork.errors).toEqual([]);
    const inCorp = await stack.waitFor(async () => {
      const found = await detail(corpMembership, corpAdmin);
      return found && found.signInCount === 1 ? found : undefined;
    });
    expect(inCorp.lastSignInAt).not.toBeNull();

    // Members may not sort or filter by behaviour data.
    const refused = await stack.graphql(url, 'query { directory(filter: { signedInSince: "2020-01-01T00:00:00Z" }) { totalCount } }', {}, member);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.signedInSince' });
  });

  it('keeps LINE linking per membership, even when the link arrives before the profile', async () => {
    const [taro] = await stack.sql<{ id: string; account_id: string }>(
      `SELECT membership_id AS id, account_id FROM directory.profiles WHERE email = 'taro.yamada@demo.kizuna.dev'`,
    );
    const accountId = taro.account_id;
    const linked = createEnvelope(AccountLoginLinked, demoNetworkId, {
      accountId,
      membershipId: taro.id,
      provider: 'line',
      lineLinked: true,
      linkedAt: new Date().toISOString(),
    });
    await waitForHandled(stack, 'directory', await redeliver(stack, AccountLoginLinked.topic, linked));
    expect((await detail(taro.id))?.lineLinked).toBe(true);
    expect(ids(await list({ filter: { lineLinked: true }, first: 100 }))).toEqual([taro.id]);
    expect(ids(await list({ filter: { lineLinked: false }, first: 100 }))).not.toContain(taro.id);

    // A LINE sign-up: the link is announced on the account topic and may overtake the registration.
    const newcomer = { membershipId: randomUUID(), accountId: randomUUID() };
    const early = createEnvelope(AccountLoginLinked, demoNetworkId, { ...newcomer, provider: 'line', lineLinked: true, linkedAt: new Date().toISOString() });
    await waitForHandled(stack, 'directory', await redeliver(stack, AccountLoginLinked.topic, early));
    const registered = createEnvelope(MembershipRegistered, demoNetworkId, {
      ...newcomer,
      networkId: demoNetworkId,
      displayName: 'Line Signup',
      email: 'line.signup@example.jp',
      role: 'member',
      status: 'pending',
      registeredAt: new Date().toISOString(),
    });
    await waitForHandled(stack, 'directory', await redeliver(stack, MembershipRegistered.topic, registered));
    expect(await detail(newcomer.membershipId)).toMatchObject({ status: 'PENDING', lineLinked: true });
    expect(await stack.sql('SELECT 1 FROM directory.early_login_links WHERE membership_id = $1', [newcomer.membershipId])).toEqual([]);

    // A link state whose profile never came is erased with the account.
    const gone = { membershipId: randomUUID(), accountId: randomUUID() };
    await waitForHandled(
      stack,
      'directory',
      await redeliver(
        stack,
        AccountLoginLinked.topic,
        createEnvelope(AccountLoginLinked, demoNetworkId, { ...gone, provider: 'line', lineLinked: true, linkedAt: new Date().toISOString() }),
      ),
    );
    expect(await stack.sql('SELECT line_linked FROM directory.early_login_links WHERE membership_id = $1', [gone.membershipId])).toEqual([
      { line_linked: true },
    ]);
    await waitForHandled(
      stack,
      'directory',
      await redeliver(stack, AccountDeleted.topic, createEnvelope(AccountDeleted, demoNetworkId, { ...gone, deletedAt: new Date().toISOString() })),
    );
    expect(await stack.sql('SELECT 1 FROM directory.early_login_links WHERE membership_id = $1', [gone.membershipId])).toEqual([]);
  });

  it('shows one person in detail: registration answers, tags, any status', async () => {
    const identity = stack.serviceUrl('identity');
    const question = await stack.graphql(
      identity,
      'mutation($input: CreateRegistrationQuestionInput!) { createRegistrationQuestion(input: $input) { question { id } errors { code field } } }',
      { input: { kind: 'FREE_TEXT', label: 'What brings you here?', required: false, profileField: 'motivation' } },
      admin,
    );
    expect(question.data?.createRegistrationQuestion.errors).toEqual([]);
    const questionId = question.data?.createRegistrationQuestion.question.id;
    const registered = await stack.registerThroughMail(
      {
        email: 'answers.crm@example.jp',
        password: 'correct-horse-battery',
        displayName: '回答 花子',
        networkSlug: 'demo',
        answers: [{ questionId, value: '後輩のメンター' }],
      },
      'member { id } errors { code field }',
    );
    expect(registered.data?.register.errors).toEqual([]);
    const id = registered.data?.register.member.id;
    const shown = await stack.waitFor(() => detail(id));
    expect(shown).toMatchObject({
      id,
      status: 'PENDING',
      email: 'answers.crm@example.jp',
      registrationAnswers: { motivation: '後輩のメンター' },
      signInCount: 0,
      lastSignInAt: null,
      lineLinked: false,
      tags: [],
    });

    // Answers are searchable by admins.
    expect(ids(await list({ filter: { statuses: ['PENDING'], registrationAnswers: [{ key: 'motivation', value: 'メンター' }] } }))).toEqual([id]);

    const tag = (await stack.graphql(url, CREATE_TAG, { input: { name: 'メンター候補', color: '#2f9e44' } }, admin)).data?.createTag.tag;
    expect((await stack.graphql(url, BULK_TAG, { input: { tagId: tag.id, memberIds: [id], action: 'ADD' } }, admin)).data?.bulkTagMembers).toMatchObject({
      affectedCount: 1,
      errors: [],
    });
    expect((await detail(id))?.tags).toEqual([{ id: tag.id, name: 'メンター候補' }]);
    expect(ids(await list({ filter: { statuses: ['PENDING'], tagIds: [tag.id] } }))).toEqual([id]);
    expect(ids(await list({ filter: { statuses: ['PENDING'], withoutTagIds: [tag.id], text: '回答' } }))).toEqual([]);
  });

  it('refuses members and keeps each network to itself', async () => {
    const { token: pending } = await stack.register({ email: 'crm.pending@example.jp', displayName: 'Pending Crm' });
    const someone = claimsOf(member).mid;
    const operations: GuardedOperation[] = [
      { name: 'adminMembers', query: '{ adminMembers(first: 1) { totalCount } }', pendingAllowed: false },
      { name: 'adminMember', query: 'query($id: ID!) { adminMember(id: $id) { id } }', variables: { id: someone }, pendingAllowed: false },
    ];
    const { outcome, expected } = await checkAccessRules(stack, url, operations, { approved: admin, pending });
    expect(outcome).toEqual(expected);
    for (const operation of operations) {
      const result = await stack.graphql(url, operation.query, operation.variables as Record<string, unknown>, member);
      expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }

    // The other network's admin: a demo member is not there, and their list holds only their own people.
    expect(await detail(someone, corpAdmin)).toBeNull();
    const corpList = await list({ first: 100, filter: { statuses: ['APPROVED', 'PENDING', 'SUSPENDED', 'REJECTED', 'UNREGISTERED'] } }, corpAdmin);
    const corpIds = (await stack.sql('SELECT membership_id FROM directory.profiles WHERE network_id = $1', [claimsOf(corpAdmin).nid])).map(
      (row) => row.membership_id,
    );
    expect(ids(corpList).sort()).toEqual(corpIds.sort());
    expect(corpList.totalCount).toBe(corpIds.length);
    // Bad input is named.
    const bad = await stack.graphql(url, ADMIN_MEMBERS, { filter: { entryYear: { from: 2020, to: 2010 } } }, admin);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.entryYear' });
  });
});
