import { claimsOf, redeliver, startStack, waitForHandled, type Stack } from '@kizuna/testing';

const DELETE = 'mutation($input: DeleteMyAccountInput!) { deleteMyAccount(input: $input) { deleted errors { code field } } }';
const UPDATE = 'mutation($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { errors { code } } }';
const PERSONAL_DATA = 'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on PersonalData { accountId directory } } }';
const PASSWORD = 'correct-horse-battery';

describe('directory: a person\'s data download and account deletion', () => {
  let stack: Stack;
  let url: string;
  let identity: string;

  const profiles = (memberIds: string[]) =>
    stack.sql('SELECT membership_id, display_name, headline FROM directory.profiles WHERE membership_id = ANY($1::uuid[]) ORDER BY display_name', [memberIds]);
  const personalData = (accountId: string, token: string) => stack.graphql(url, PERSONAL_DATA, { reps: [{ __typename: 'PersonalData', accountId }] }, token);

  beforeAll(async () => {
    stack = await startStack({ services: ['identity', 'directory'], seed: 'demo' });
    url = stack.serviceUrl('directory');
    identity = stack.serviceUrl('identity');
  });
  afterAll(() => stack?.stop());

  it('hands a person their profiles in every network, and nobody else\'s', async () => {
    const demo = await stack.register({ email: 'nao.kimura@example.jp', displayName: '木村 奈央' });
    const corp = await stack.register({ email: 'nao.kimura@example.jp', displayName: 'Nao Kimura', networkSlug: stack.demo.otherNetwork.networkSlug });
    await stack.waitFor(async () => (await profiles([demo.memberId, corp.memberId])).length === 2);
    expect((await stack.graphql(url, UPDATE, { input: { headline: 'Designer' } }, demo.token)).data?.updateMyProfile.errors).toEqual([]);

    const accountId = claimsOf(demo.token).sub;
    const mine = await personalData(accountId, demo.token);
    expect(mine.errors).toBeUndefined();
    const parts = mine.data?._entities[0].directory.profiles;
    expect(parts.map((p: { memberId: string; displayName: string; headline: string | null }) => [p.memberId, p.displayName, p.headline]).sort()).toEqual(
      [
        [demo.memberId, '木村 奈央', 'Designer'],
        [corp.memberId, 'Nao Kimura', null],
      ].sort(),
    );

    // Someone else's account id, from the same network or another one, resolves to nothing.
    const admin = await stack.signInAdmin();
    const corpAdmin = await stack.signInAdmin('otherNetwork');
    expect((await personalData(accountId, admin)).data?._entities).toEqual([null]);
    expect((await personalData(accountId, corpAdmin)).data?._entities).toEqual([null]);
    expect((await personalData(claimsOf(admin).sub, demo.token)).data?._entities).toEqual([null]);
    // Without a token there is no viewer, and no data.
    expect((await personalData(accountId, '')).data?._entities).toEqual([null]);
  });

  it('erases the profiles of a deleted account in every network, once, leaving everyone else\'s', async () => {
    const collector = await stack.collectEvents('kizuna.identity.membership');
    const demo = await stack.register({ email: 'goro.ueda@example.jp', displayName: '上田 吾郎' });
    const corp = await stack.register({ email: 'goro.ueda@example.jp', displayName: 'Goro Ueda', networkSlug: stack.demo.otherNetwork.networkSlug });
    const neighbour = await stack.register({ email: 'mai.ueda@example.jp', displayName: '上田 麻衣' });
    await stack.waitFor(async () => (await profiles([demo.memberId, corp.memberId, neighbour.memberId])).length === 3);

    const result = await stack.graphql(identity, DELETE, { input: { password: PASSWORD, confirmation: 'DELETE' } }, demo.token);
    expect(result.data?.deleteMyAccount).toEqual({ deleted: true, errors: [] });

    await stack.waitFor(async () => (await profiles([demo.memberId, corp.memberId])).length === 0);
    expect(await profiles([neighbour.memberId])).toEqual([{ membership_id: neighbour.memberId, display_name: '上田 麻衣', headline: null }]);

    // The same deletion delivered again (identical, and under a new id) changes nothing and fails nothing.
    const deleted = await stack.waitFor(async () => collector.events.find((e) => e.type === 'kizuna.identity.account.deleted.v1' && e.subject === demo.memberId));
    expect(deleted).toMatchObject({ networkid: claimsOf(demo.token).nid, data: { accountId: claimsOf(demo.token).sub, membershipId: demo.memberId } });
    await waitForHandled(stack, 'directory', await redeliver(stack, 'kizuna.identity.membership', deleted));
    expect(await profiles([demo.memberId, corp.memberId])).toEqual([]);
    expect(await profiles([neighbour.memberId])).toHaveLength(1);
    expect(await stack.sql('SELECT count(*)::int AS n FROM directory.profiles')).toEqual([{ n: expect.any(Number) }]);
  });
});
