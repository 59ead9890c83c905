import { claimsOf, memberEntities, startStack, type Stack } from '@kizuna/testing';


const UPDATE = 'mutation($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { profile { memberId displayName headline } errors { code field message } } }';

describe('directory: profiles', () => {
  let stack: Stack;
  let url: string;
  let admin: string;
  let member: string;
  let corpAdmin: string;

  const profileOf = (memberId: string, token?: string) =>
    memberEntities(stack, url, [memberId], 'id profile { memberId displayName headline }', token);
  const profileRow = async (memberId: string) =>
    (await stack.sql('SELECT display_name, headline, status FROM directory.profiles WHERE membership_id = $1', [memberId]))[0];

  beforeAll(async () => {
    stack = await startStack({ services: ['identity', 'directory'], seed: 'demo' });
    url = stack.serviceUrl('directory');
    admin = await stack.signInAdmin();
    member = await stack.signIn('hanako.sato@demo.kizuna.dev', stack.demo.memberPassword);
    corpAdmin = await stack.signInAdmin('otherNetwork');
  });
  afterAll(() => stack?.stop());

  it('gives every registrant a profile that they can edit while their membership is pending', async () => {
    const collector = await stack.collectEvents('kizuna.directory.profile');
    const { token, memberId } = await stack.register({ email: 'shota.mori@example.jp', displayName: '森 翔太' });

    const shell = await stack.waitFor(async () => (await stack.graphql(url, '{ myProfile { memberId displayName headline } }', {}, token)).data?.myProfile);
    expect(shell).toEqual({ memberId, displayName: '森 翔太', headline: null });
    expect(await profileRow(memberId)).toEqual({ display_name: '森 翔太', headline: null, status: 'pending' });

    const updated = await stack.graphql(url, UPDATE, { input: { displayName: ' 森 翔太 (Shota Mori) ', headline: 'Backend engineer at 絆テック' } }, token);
    expect(updated.data?.updateMyProfile).toEqual({
      profile: { memberId, displayName: '森 翔太 (Shota Mori)', headline: 'Backend engineer at 絆テック' },
      errors: [],
    });

    // Saving the same values again changes nothing; clearing the headline is one change.
    const same = await stack.graphql(url, UPDATE, { input: { headline: 'Backend engineer at 絆テック' } }, token);
    expect(same.data?.updateMyProfile.errors).toEqual([]);
    const cleared = await stack.graphql(url, UPDATE, { input: { headline: null } }, token);
    expect(cleared.data?.updateMyProfile.profile.headline).toBeNull();
    expect(cleared.data?.updateMyProfile.profile.displayName).toBe('森 翔太 (Shota Mori)');

    // One aggregate's events stay in order: once the last change arrived, everything before it has too.
    const events = await stack.waitFor(async () => {
      const mine = collector.events.filter((e) => e.subject === memberId);
      return mine.some((e) => (e.data as { changedFields: string[] }).changedFields.join() === 'headline') ? mine : undefined;
    });
    expect(events.map((e) => e.type)).toEqual(['kizuna.directory.profile.updated.v1', 'kizuna.directory.profile.updated.v1']);
    expect(events.map((e) => (e.data as { changedFields: string[] }).changedFields)).toEqual([['displayName', 'headline'], ['headline']]);
    expect(events[0]).toMatchObject({ networkid: claimsOf(token).nid, data: { membershipId: memberId, networkId: claimsOf(token).nid } });
  });

  it('refuses bad input field by field and stores nothing', async () => {
    const { token, memberId } = await stack.register({ email: 'bad.input@example.jp', displayName: 'Ken Ito' });
    await stack.waitFor(() => profileRow(memberId));

    const bad = await stack.graphql(url, UPDATE, { input: { displayName: '   ', headline: 'x'.repeat(201) } }, token);
    expect(bad.data?.updateMyProfile.profile).toBeNull();
    expect(bad.data?.updateMyProfile.errors.map((e: { code: string; field: string }) => [e.code, e.field])).toEqual([
      ['VALIDATION', 'displayName'],
      ['VALIDATION', 'headline'],
    ]);
    // One bad field stops the good one too.
    const half = await stack.graphql(url, UPDATE, { input: { displayName: 'Kenji Ito', headline: 'y'.repeat(201) } }, token);
    expect(half.data?.updateMyProfile.errors.map((e: { field: string }) => e.field)).toEqual(['headline']);
    const tooLong = await stack.graphql(url, UPDATE, { input: { displayName: 'z'.repeat(101) } }, token);
    expect(tooLong.data?.updateMyProfile.errors.map((e: { field: string }) => e.field)).toEqual(['displayName']);

    expect(await profileRow(memberId)).toEqual({ display_name: 'Ken Ito', headline: null, status: 'pending' });
    expect(await stack.sql("SELECT 1 FROM directory.outbox WHERE envelope->>'subject' = $1", [memberId])).toEqual([]);
  });

  it('shows profiles to approved members of the same network only, and applicants only to themselves and admins', async () => {
    const { token, memberId } = await stack.register({ email: 'yuki.hara@example.jp', displayName: '原 由紀' });
    await stack.waitFor(() => profileRow(memberId));
    const adminId = claimsOf(admin).mid;
    const memberIdOfHanako = claimsOf(member).mid;

    // The applicant sees their own profile, and nobody else's.
    expect((await profileOf(memberId, token)).data?._entities[0].profile.displayName).toBe('原 由紀');
    const others = await profileOf(adminId, token);
    expect(others.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    // An approved member sees approved members, not applicants; an admin sees applicants too.
    expect((await profileOf(adminId, member)).data?._entities[0].profile).toMatchObject({ memberId: adminId });
    expect((await profileOf(memberId, member)).data?._entities[0].profile).toBeNull();
    expect((await profileOf(memberId, admin)).data?._entities[0].profile).toEqual({ memberId, displayName: '原 由紀', headline: null });

    // Another network sees none of them.
    expect((await profileOf(memberId, corpAdmin)).data?._entities[0].profile).toBeNull();
    expect((await profileOf(memberIdOfHanako, corpAdmin)).data?._entities[0].profile).toBeNull();

    // Once approved, the applicant is in the directory for everyone in the network.
    const approved = await stack.graphql(
      stack.serviceUrl('identity'),
      'mutation($input: ApproveMembershipInput!) { approveMembership(input: $input) { errors { code } } }',
      { input: { memberId } },
      admin,
    );
    expect(approved.data?.approveMembership.errors).toEqual([]);
    await stack.waitFor(async () => (await profileOf(memberId, member)).data?._entities[0].profile);
    expect((await profileRow(memberId)).status).toBe('approved');
    expect((await profileOf(memberId, corpAdmin)).data?._entities[0].profile).toBeNull();

    // Many members at once (as the gateway asks for a page of them) and malformed ids.
    const many = await memberEntities(stack, url, [adminId, memberIdOfHanako, memberId, 'not-a-member'], 'id profile { memberId }', member);
    expect(many.errors).toBeUndefined();
    expect(many.data?._entities.map((e: { profile: { memberId: string } | null } | null) => e?.profile?.memberId ?? null)).toEqual([
      adminId,
      memberIdOfHanako,
      memberId,
      null,
    ]);
  });

  it('hides suspended and rejected members from the directory, and shows reinstated ones again', async () => {
    const identity = stack.serviceUrl('identity');
    const decide = (mutation: string, input: Record<string, unknown>) =>
      stack.graphql(identity, `mutation($input: ${mutation[0].toUpperCase()}${mutation.slice(1)}Input!) { ${mutation}(input: $input) { errors { code } } }`, { input }, admin);
    const { memberId } = await stack.register({ email: 'daichi.kudo@example.jp', displayName: '工藤 大地' });
    const { memberId: rejectedId } = await stack.register({ email: 'rejected.one@example.jp', displayName: 'Rejected One' });
    await stack.waitFor(async () => (await profileRow(memberId)) && (await profileRow(rejectedId)));

    expect((await decide('approveMembership', { memberId })).data?.approveMembership.errors).toEqual([]);
    await stack.waitFor(async () => (await profileRow(memberId)).status === 'approved');
    expect((await decide('suspendMembership', { memberId, reason: 'spam' })).data?.suspendMembership.errors).toEqual([]);
    await stack.waitFor(async () => (await profileRow(memberId)).status === 'suspended');
    expect((await profileOf(memberId, member)).data?._entities[0].profile).toBeNull();

    expect((await decide('reinstateMembership', { memberId })).data?.reinstateMembership.errors).toEqual([]);
    await stack.waitFor(async () => (await profileRow(memberId)).status === 'approved');
    expect((await profileOf(memberId, member)).data?._entities[0].profile).toMatchObject({ memberId });

    expect((await decide('rejectMembership', { memberId: rejectedId })).data?.rejectMembership.errors).toEqual([]);
    await stack.waitFor(async () => (await profileRow(rejectedId)).status === 'rejected');
  });

  it('asks anonymous callers to sign in', async () => {
    const result = await stack.graphql(url, UPDATE, { input: { headline: 'hi' } });
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('reports its health and readiness', async () => {
    const base = stack.serviceUrl('directory').replace(/\/graphql$/, '');
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: 'ok', service: 'directory' });
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', service: 'directory', database: 'ok', events: 'ok' });
  });
});
