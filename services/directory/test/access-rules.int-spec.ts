import { checkEveryOperation, claimsOf, memberEntities, startStack, type Stack } from '@kizuna/testing';

/** What a pending applicant may do in the directory: read the field definitions and edit their own profile and photo. */
const PENDING_ALLOWED = ['myProfile', 'updateMyProfile', 'profileFieldSettings', 'profileFields', 'customFields', 'removeMyPhoto'];

/** What needs MANAGE_MEMBERS (or, for segments, a permission that targets people): refused to a plain member. */
const ADMIN_ONLY = [
  'adminMembers',
  'adminMember',
  'tags',
  'tag',
  'createTag',
  'updateTag',
  'applyTagRule',
  'mergeTags',
  'deleteTag',
  'bulkTagMembers',
  'segments',
  'segment',
  'segmentPreview',
  'createSegment',
  'updateSegment',
  'deleteSegment',
  'setProfileFieldVisibility',
  'createCustomField',
  'updateCustomField',
  'reorderCustomFields',
  'archiveCustomField',
  'restoreCustomField',
  'rosterImport',
  'rosterImportTargets',
  'startRosterImport',
  'previewRosterImport',
  'runRosterImport',
];

describe('directory: what pending, suspended and rejected members may do, and network isolation', () => {
  let stack: Stack;
  let url: string;
  let admin: string;
  let member: string;
  let pending: string;
  let corpAdmin: string;

  beforeAll(async () => {
    stack = await startStack({ services: ['identity', 'directory'], seed: 'demo' });
    url = stack.serviceUrl('directory');
    admin = await stack.signInAdmin();
    member = await stack.signIn('hanako.sato@demo.kizuna.dev', stack.demo.memberPassword);
    corpAdmin = await stack.signInAdmin('otherNetwork');
    pending = (await stack.register({ email: 'access.rules@example.jp', displayName: '申請 太郎' })).token;
    await stack.waitFor(async () => (await stack.graphql(url, '{ myProfile { memberId } }', {}, pending)).data?.myProfile);
  });
  afterAll(() => stack?.stop());

  it('lets applicants edit only their own profile, members use the directory, admins the CRM, and suspended or rejected members nothing', async () => {
    const { operations, outcome, expected, unknownNames } = await checkEveryOperation(
      stack,
      url,
      { admin, member, pending },
      { pendingAllowed: PENDING_ALLOWED, adminOnly: ADMIN_ONLY },
    );
    expect(operations.length).toBeGreaterThan(20);
    expect(outcome).toEqual(expected);
    // Every name listed above is an operation of the service.
    expect(unknownNames).toEqual([]);
  });

  it('lets applicants see their own profile only', async () => {
    const query = 'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Member { id profile { memberId } } } }';
    const own = await stack.graphql(url, query, { reps: [{ __typename: 'Member', id: claimsOf(pending).mid }] }, pending);
    expect(own.data?._entities[0].profile.memberId).toBe(claimsOf(pending).mid);
    const someoneElse = await stack.graphql(url, query, { reps: [{ __typename: 'Member', id: claimsOf(admin).mid }] }, pending);
    expect(someoneElse.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('shows nothing of one network to a member of another, whatever ids they send', async () => {
    const demoMembers = await stack.sql<{ membership_id: string }>('SELECT membership_id FROM directory.profiles WHERE network_id = $1', [claimsOf(admin).nid]);
    expect(demoMembers.length).toBeGreaterThan(3);
    const ids = demoMembers.map((row) => row.membership_id);
    const seen = await memberEntities(stack, url, ids, 'id profile { memberId displayName }', corpAdmin);
    expect(seen.errors).toBeUndefined();
    expect(seen.data?._entities.map((m: { profile: unknown }) => m.profile)).toEqual(ids.map(() => null));
    // The same ids, asked by the demo admin, are profiles: the answer above is isolation, not absence.
    const own = await memberEntities(stack, url, ids, 'id profile { memberId }', admin);
    expect(own.data?._entities.filter((m: { profile: unknown }) => m.profile !== null)).toHaveLength(ids.length);
    // And the other way round.
    const corpIds = (
      await stack.sql<{ membership_id: string }>('SELECT membership_id FROM directory.profiles WHERE network_id = $1', [claimsOf(corpAdmin).nid])
    ).map((row) => row.membership_id);
    const fromDemo = await memberEntities(stack, url, corpIds, 'id profile { memberId }', member);
    expect(fromDemo.data?._entities.map((m: { profile: unknown }) => m.profile)).toEqual(corpIds.map(() => null));
    // The directory of the other network lists none of the demo network's people.
    const corpDirectory = await stack.graphql(url, '{ directory(first: 100) { totalCount edges { node { memberId } } } }', {}, corpAdmin);
    const listed = corpDirectory.data?.directory.edges.map((edge: { node: { memberId: string } }) => edge.node.memberId) ?? [];
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.filter((id: string) => ids.includes(id))).toEqual([]);
  });
});
