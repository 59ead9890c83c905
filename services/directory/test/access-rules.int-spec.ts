import { checkAccessRules, claimsOf, memberEntities, rootOperations, startStack, type GuardedOperation, type Stack } from '@kizuna/testing';

const PROFILE_OF = 'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Member { id profile { memberId displayName } } } }';
const MEMBER_REPS = (id: string) => ({ reps: [{ __typename: 'Member', id }] });

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

  it('lets applicants see and edit only their own profile, and suspended or rejected members nothing', async () => {
    const operations: GuardedOperation[] = [
      { name: 'myProfile', query: '{ myProfile { memberId } }', pendingAllowed: true },
      { name: 'updateMyProfile', query: 'mutation { updateMyProfile(input: { headline: "Looking forward to it" }) { errors { code } } }', pendingAllowed: true },
      { name: 'Member.profile (own)', query: PROFILE_OF, variables: (claims) => MEMBER_REPS(claims.mid), pendingAllowed: true },
      { name: 'Member.profile (someone else)', query: PROFILE_OF, variables: MEMBER_REPS(claimsOf(admin).mid), pendingAllowed: false },
      {
        name: 'PersonalData.directory',
        query: 'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on PersonalData { directory } } }',
        variables: (claims) => ({ reps: [{ __typename: 'PersonalData', accountId: claims.sub }] }),
        pendingAllowed: true,
      },
    ];
    const { outcome, expected } = await checkAccessRules(stack, url, operations, { approved: member, pending });
    expect(outcome).toEqual(expected);
    // Every operation of the service is listed above: a new one must say whether applicants may use it.
    expect(await rootOperations(stack, url, member)).toEqual(['myProfile', 'updateMyProfile']);
    // And the applicant's edit really happened.
    expect((await stack.graphql(url, '{ myProfile { headline } }', {}, pending)).data?.myProfile.headline).toBe('Looking forward to it');
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
    const corpIds = (await stack.sql<{ membership_id: string }>('SELECT membership_id FROM directory.profiles WHERE network_id = $1', [claimsOf(corpAdmin).nid])).map(
      (row) => row.membership_id,
    );
    const fromDemo = await memberEntities(stack, url, corpIds, 'id profile { memberId }', member);
    expect(fromDemo.data?._entities.map((m: { profile: unknown }) => m.profile)).toEqual(corpIds.map(() => null));
    expect((await stack.graphql(url, '{ myProfile { memberId } }', {}, corpAdmin)).data?.myProfile.memberId).toBe(claimsOf(corpAdmin).mid);
  });
});
