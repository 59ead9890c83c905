import { checkAccessRules, claimsOf, startStack, type GraphQLResult, type GuardedOperation, type Stack } from '@kizuna/testing';

const SEGMENT = 'id name description filter memberCount';
const CREATE = `mutation($input: CreateSegmentInput!) { createSegment(input: $input) { segment { ${SEGMENT} } errors { code field } } }`;
const UPDATE = `mutation($input: UpdateSegmentInput!) { updateSegment(input: $input) { segment { ${SEGMENT} } errors { code field } } }`;
const DELETE = 'mutation($input: DeleteSegmentInput!) { deleteSegment(input: $input) { deletedSegmentId errors { code field } } }';
const SEGMENTS = `{ segments { totalCount edges { node { ${SEGMENT} } } } }`;
const MEMBERS = `query($id: ID!, $first: Int, $after: String) { segment(id: $id) { memberCount members(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } } }`;
const PREVIEW =
  'query($filter: DirectoryFilter!, $first: Int) { segmentPreview(filter: $filter, first: $first) { count members { id profile { displayName entryYear department } } } }';

describe('directory: segments', () => {
  let stack: Stack;
  let url: string;
  let admin: string;
  let member: string;
  let corpAdmin: string;
  const engineers: Record<string, string> = {};

  const mutate = async (query: string, input: Record<string, unknown>, token = admin) => {
    const result = await stack.graphql(url, query, { input }, token);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return Object.values(result.data!)[0] as {
      segment: { id: string; name: string; description: string | null; filter: Record<string, unknown>; memberCount: number } | null;
      errors: { code: string; field: string | null }[];
      deletedSegmentId?: string | null;
    };
  };
  const editProfile = async (handle: string, input: Record<string, unknown>) => {
    const token = await stack.signIn(`${handle}@demo.kizuna.dev`, stack.demo.memberPassword);
    const saved = await stack.graphql(
      url,
      'mutation($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { errors { code field } } }',
      { input },
      token,
    );
    expect(saved.data?.updateMyProfile.errors).toEqual([]);
    return claimsOf(token).mid;
  };
  const allMembers = async (id: string, token = admin) => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const result: GraphQLResult = await stack.graphql(url, MEMBERS, { id, first: 2, after }, token);
      if (result.errors) throw new Error(JSON.stringify(result.errors));
      const page = (
        result.data as { segment: { members: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { id: string } }[] } } }
      ).segment.members;
      seen.push(...page.edges.map((edge: { node: { id: string } }) => edge.node.id));
      if (!page.pageInfo.hasNextPage) return seen;
      after = page.pageInfo.endCursor;
    }
  };

  beforeAll(async () => {
    stack = await startStack({ services: ['identity', 'directory'], seed: 'demo' });
    url = stack.serviceUrl('directory');
    admin = await stack.signInAdmin();
    member = await stack.signIn('hanako.sato@demo.kizuna.dev', stack.demo.memberPassword);
    corpAdmin = await stack.signInAdmin('otherNetwork');
    await stack.waitFor(
      async () => (await stack.sql(`SELECT 1 FROM directory.profiles WHERE network_id = $1 AND status = 'approved'`, [claimsOf(admin).nid])).length >= 30,
    );
    for (const [handle, entryYear] of [
      ['ichiro.suzuki', 2010],
      ['misaki.takahashi', 2013],
      ['kenta.tanaka', 2015],
    ] as const) {
      engineers[handle] = await editProfile(handle, { entryYear, department: '工学部', location: '大阪府吹田市' });
    }
    await editProfile('sakura.ito', { entryYear: 2012, department: '文学部', location: '大阪府大阪市' });
    await editProfile('sho.watanabe', { entryYear: 2018, department: '工学部', location: '大阪府大阪市' });
  });
  afterAll(() => stack?.stop());

  const kansaiEngineers = { entryYear: { from: 2010, to: 2015 }, departments: ['工学部'], locations: ['大阪府'] };

  it('previews a filter live while it is built, then saves it and resolves its members', async () => {
    const preview = await stack.graphql(url, PREVIEW, { filter: kansaiEngineers, first: 2 }, admin);
    expect(preview.errors).toBeUndefined();
    expect(preview.data?.segmentPreview.count).toBe(3);
    expect(preview.data?.segmentPreview.members).toHaveLength(2);
    expect(preview.data?.segmentPreview.members.every((m: { profile: { department: string } }) => m.profile.department === '工学部')).toBe(true);
    // Widening the years brings in the 2018 engineer.
    expect((await stack.graphql(url, PREVIEW, { filter: { ...kansaiEngineers, entryYear: { from: 2010 } } }, admin)).data?.segmentPreview.count).toBe(4);
    const bad = await stack.graphql(url, PREVIEW, { filter: { entryYear: { from: 2015, to: 2010 } } }, admin);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.entryYear' });

    const created = await mutate(CREATE, {
      name: '関西のエンジニア 2010–2015',
      description: 'Graduated 2010–2015, engineering, lives in Osaka',
      filter: kansaiEngineers,
    });
    expect(created.errors).toEqual([]);
    expect(created.segment).toMatchObject({ name: '関西のエンジニア 2010–2015', filter: kansaiEngineers, memberCount: 3 });
    const segmentId = created.segment!.id;
    expect((await allMembers(segmentId)).sort()).toEqual(Object.values(engineers).sort());

    // A segment follows the people: someone who moves away leaves it.
    await editProfile('kenta.tanaka', { location: '東京都港区' });
    const after = await stack.graphql(url, MEMBERS, { id: segmentId, first: 10 }, admin);
    expect(after.data?.segment.memberCount).toBe(2);
    expect(after.data?.segment.members.edges.map((edge: { node: { id: string } }) => edge.node.id)).not.toContain(engineers['kenta.tanaka']);
    const badCursor = await stack.graphql(url, MEMBERS, { id: segmentId, after: 'not-a-cursor' }, admin);
    expect(badCursor.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('validates names, descriptions and filters, and stores nothing on error', async () => {
    const before = await stack.sql('SELECT count(*)::int AS n FROM directory.segments');
    const bad = await mutate(CREATE, {
      name: ' ',
      description: 'x'.repeat(501),
      filter: { registrationAnswers: [{ key: 'k', value: 'v' }], entryYear: { from: 1, to: 0 } },
    });
    expect(bad.errors.map((error) => [error.code, error.field])).toEqual([
      ['VALIDATION', 'name'],
      ['VALIDATION', 'description'],
      ['VALIDATION', 'filter.entryYear'],
    ]);
    await mutate(CREATE, { name: 'Everyone', filter: {} });
    expect((await mutate(CREATE, { name: 'everyone', filter: { lineLinked: true } })).errors).toEqual([{ code: 'NAME_TAKEN', field: 'name' }]);
    expect(await stack.sql('SELECT count(*)::int AS n FROM directory.segments')).toEqual([{ n: before[0].n + 1 }]);

    const other = await mutate(CREATE, { name: 'LINE linked', filter: { lineLinked: true } });
    expect(other.segment?.memberCount).toBe(0);
    expect((await mutate(UPDATE, { id: other.segment!.id, name: 'EVERYONE' })).errors).toEqual([{ code: 'NAME_TAKEN', field: 'name' }]);
    const updated = await mutate(UPDATE, { id: other.segment!.id, description: 'Reach them on LINE', filter: { lineLinked: false } });
    expect(updated.segment).toMatchObject({ name: 'LINE linked', description: 'Reach them on LINE', filter: { lineLinked: false } });
    expect(updated.segment!.memberCount).toBeGreaterThan(30);
    expect((await mutate(DELETE, { id: other.segment!.id })).deletedSegmentId).toBe(other.segment!.id);
    expect((await mutate(DELETE, { id: other.segment!.id })).errors).toEqual([{ code: 'NOT_FOUND', field: 'id' }]);
  });

  it('lets those who target segments read them, admins alone change them, and no other network see them', async () => {
    const segment = (await mutate(CREATE, { name: 'Readers test', filter: kansaiEngineers })).segment!;
    // A staff member holds MANAGE_CONTENT: they read segments and their members, but do not build or change them.
    const staffId = engineers['ichiro.suzuki'];
    const changed = await stack.graphql(
      stack.serviceUrl('identity'),
      'mutation($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { errors { code field } } }',
      { input: { memberId: staffId, role: 'STAFF' } },
      admin,
    );
    expect(changed.data?.changeMemberRole.errors).toEqual([]);
    const staff = await stack.signIn('ichiro.suzuki@demo.kizuna.dev', stack.demo.memberPassword);
    expect(claimsOf(staff).perms).toContain('manage_content');
    expect((await stack.graphql(url, SEGMENTS, {}, staff)).data?.segments.totalCount).toBeGreaterThan(0);
    expect((await allMembers(segment.id, staff)).length).toBe(2);
    for (const [query, variables] of [
      [PREVIEW, { filter: {} }],
      [CREATE, { input: { name: 'Staff segment', filter: {} } }],
      [DELETE, { input: { id: segment.id } }],
      ['{ adminMembers { totalCount } }', {}],
    ] as const) {
      expect((await stack.graphql(url, query, variables, staff)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }

    // A plain member reads nothing; an applicant neither.
    const { token: pending } = await stack.register({ email: 'segments.pending@example.jp', displayName: 'Pending Segments' });
    const operations: GuardedOperation[] = [
      { name: 'segments', query: SEGMENTS, pendingAllowed: false },
      { name: 'segment', query: MEMBERS, variables: { id: segment.id }, pendingAllowed: false },
      { name: 'segmentPreview', query: PREVIEW, variables: { filter: {} }, pendingAllowed: false },
    ];
    const { outcome, expected } = await checkAccessRules(stack, url, operations, { approved: admin, pending });
    expect(outcome).toEqual(expected);
    for (const operation of operations) {
      expect((await stack.graphql(url, operation.query, operation.variables as Record<string, unknown>, member)).errors?.[0].extensions?.code).toBe(
        'FORBIDDEN',
      );
    }

    // The other network's admin: not found, unchangeable, not listed; their own segment counts only their people.
    expect((await stack.graphql(url, MEMBERS, { id: segment.id }, corpAdmin)).data?.segment).toBeNull();
    expect((await mutate(UPDATE, { id: segment.id, name: 'Hijacked' }, corpAdmin)).errors).toEqual([{ code: 'NOT_FOUND', field: 'id' }]);
    expect((await mutate(DELETE, { id: segment.id }, corpAdmin)).errors).toEqual([{ code: 'NOT_FOUND', field: 'id' }]);
    expect((await stack.graphql(url, SEGMENTS, {}, corpAdmin)).data?.segments.totalCount).toBe(0);
    const corpEveryone = await mutate(CREATE, { name: 'Everyone', filter: {} }, corpAdmin);
    const [{ n }] = await stack.sql(`SELECT count(*)::int AS n FROM directory.profiles WHERE network_id = $1 AND status = 'approved'`, [
      claimsOf(corpAdmin).nid,
    ]);
    expect(corpEveryone.segment?.memberCount).toBe(n);
    expect((await stack.sql('SELECT name FROM directory.segments WHERE id = $1', [segment.id]))[0].name).toBe('Readers test');
  });
});
