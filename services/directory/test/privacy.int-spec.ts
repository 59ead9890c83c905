import { claimsOf, redeliver, startStack, waitForHandled, type Stack } from '@kizuna/testing';

const DELETE = 'mutation($input: DeleteMyAccountInput!) { deleteMyAccount(input: $input) { deleted errors { code field } } }';
const UPDATE = 'mutation($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { errors { code } } }';
const PERSONAL_DATA = 'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on PersonalData { accountId directory } } }';
const PASSWORD = 'correct-horse-battery';
const APPROVE = 'mutation($input: ApproveMembershipInput!) { approveMembership(input: $input) { errors { code } } }';
const ADD_COMPANY = 'mutation($input: AddCompanyInput!) { addCompany(input: $input) { company { id } errors { code field } } }';
const DISMISS = 'mutation($input: DismissSuggestionInput!) { dismissSuggestion(input: $input) { errors { code field } } }';
const CREATE_FIELD = 'mutation($input: CreateCustomFieldInput!) { createCustomField(input: $input) { field { id } errors { code field } } }';
const CREATE_TAG = 'mutation($input: CreateTagInput!) { createTag(input: $input) { tag { id } errors { code field } } }';
const BULK_TAG = 'mutation($input: BulkTagMembersInput!) { bulkTagMembers(input: $input) { affectedCount errors { code field } } }';

describe("directory: a person's data download and account deletion", () => {
  let stack: Stack;
  let url: string;
  let identity: string;

  const profiles = (memberIds: string[]) =>
    stack.sql('SELECT membership_id, display_name, headline FROM directory.profiles WHERE membership_id = ANY($1::uuid[]) ORDER BY display_name', [memberIds]);
  const personalData = (accountId: string, token: string) => stack.graphql(url, PERSONAL_DATA, { reps: [{ __typename: 'PersonalData', accountId }] }, token);

  /** Approves a demo-network member by the demo admin; returns a token that says approved. */
  const approve = async (memberId: string, email: string) => {
    expect((await stack.graphql(identity, APPROVE, { input: { memberId } }, await stack.signInAdmin())).data?.approveMembership.errors).toEqual([]);
    await stack.waitFor(async () => (await stack.sql('SELECT status FROM directory.profiles WHERE membership_id = $1', [memberId]))[0]?.status === 'approved');
    return stack.signIn(email, PASSWORD);
  };
  const addCompany = async (token: string, name: string): Promise<string> => {
    const result = await stack.graphql(url, ADD_COMPANY, { input: { name, stage: 'SEED' } }, token);
    expect(result.data?.addCompany.errors).toEqual([]);
    return result.data!.addCompany.company.id;
  };
  const dismiss = async (token: string, memberId: string) =>
    expect((await stack.graphql(url, DISMISS, { input: { memberId } }, token)).data?.dismissSuggestion.errors).toEqual([]);
  /** The demo admin creates a tag and puts it on the given members. */
  const tagMembers = async (token: string, name: string, memberIds: string[]) => {
    const tagId = (await stack.graphql(url, CREATE_TAG, { input: { name } }, token)).data?.createTag.tag.id;
    expect((await stack.graphql(url, BULK_TAG, { input: { tagId, memberIds, action: 'ADD' } }, token)).data?.bulkTagMembers).toEqual({
      affectedCount: memberIds.length,
      errors: [],
    });
  };
  const companiesOf = (memberIds: string[]) => stack.sql('SELECT name FROM directory.companies WHERE founder_id = ANY($1::uuid[]) ORDER BY name', [memberIds]);
  const dismissalsOf = (memberIds: string[]) =>
    stack.sql(
      'SELECT membership_id, dismissed_id FROM directory.suggestion_dismissals WHERE membership_id = ANY($1::uuid[]) OR dismissed_id = ANY($1::uuid[])',
      [memberIds],
    );

  beforeAll(async () => {
    stack = await startStack({ services: ['identity', 'directory'], seed: 'demo' });
    url = stack.serviceUrl('directory');
    identity = stack.serviceUrl('identity');
  });
  afterAll(() => stack?.stop());

  it("hands a person their profiles in every network, and nobody else's", async () => {
    const demo = await stack.register({ email: 'nao.kimura@example.jp', displayName: '木村 奈央' });
    const corp = await stack.register({ email: 'nao.kimura@example.jp', displayName: 'Nao Kimura', networkSlug: stack.demo.otherNetwork.networkSlug });
    await stack.waitFor(async () => (await profiles([demo.memberId, corp.memberId])).length === 2);
    expect((await stack.graphql(url, UPDATE, { input: { headline: 'Designer' } }, demo.token)).data?.updateMyProfile.errors).toEqual([]);
    // As an approved member, Nao lists a company and dismisses a suggestion; the demo admin lists a company of their own.
    const naoToken = await approve(demo.memberId, 'nao.kimura@example.jp');
    const taroId = claimsOf(await stack.signIn('taro.yamada@demo.kizuna.dev', stack.demo.memberPassword)).mid;
    const adminToken = await stack.signInAdmin();
    await stack.waitFor(async () => (await profiles([taroId, claimsOf(adminToken).mid])).length === 2, 60_000);
    const companyId = await addCompany(naoToken, '木村デザイン事務所');
    await addCompany(adminToken, 'Someone Else KK');
    await dismiss(naoToken, taroId);
    // The admin adds a custom field only its member sees and tags Nao and Taro; Nao fills every field.
    const clubId = (await stack.graphql(url, CREATE_FIELD, { input: { label: '所属サークル', key: 'club', type: 'TEXT', visibility: 'HIDDEN' } }, adminToken))
      .data?.createCustomField.field.id;
    await tagMembers(adminToken, 'メンター候補', [demo.memberId]);
    await tagMembers(adminToken, '要フォロー', [taroId]);
    const filled = {
      nameKana: 'きむら なお',
      nameRomaji: 'Nao Kimura',
      entryYear: 2012,
      leaveYear: 2016,
      department: '芸術学部',
      employer: '株式会社アトリエ木村',
      jobTitle: 'アートディレクター',
      industry: 'デザイン',
      location: '京都府',
      bio: '写真と和紙が好きです。',
      skills: ['Figma', '撮影'],
      interests: ['茶道'],
      links: [{ label: 'Portfolio', url: 'https://nao.example.jp/' }],
      contactEmail: 'nao@atelier.example.jp',
      phone: '+81 75-000-1234',
    };
    const update = await stack.graphql(
      url,
      UPDATE,
      { input: { ...filled, contactVisibility: { contactEmail: 'MEMBERS', phone: 'HIDDEN' }, customFields: [{ fieldId: clubId, value: '写真部' }] } },
      naoToken,
    );
    expect(update.data?.updateMyProfile.errors).toEqual([]);
    // What identity, a roster import and a photo upload store: answers, sign-ins, the office's id, a photo, LINE.
    const photoKey = `photos/${claimsOf(demo.token).nid}/${demo.memberId}/0123456789abcdef0123456789abcdef`;
    await stack.sql(
      `UPDATE directory.profiles SET registration_answers = $2, external_id = 'A-1024', photo_key = $3, line_linked = true WHERE membership_id = $1`,
      [demo.memberId, { motivation: '後輩の相談に乗りたい' }, photoKey],
    );
    const signIns = await stack.waitFor(
      async () => (await stack.sql('SELECT sign_in_count FROM directory.profiles WHERE membership_id = $1 AND sign_in_count > 0', [demo.memberId]))[0],
    );

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
    const naoPart = parts.find((p: { memberId: string }) => p.memberId === demo.memberId);
    expect(naoPart).toMatchObject({
      ...filled,
      networkId: claimsOf(demo.token).nid,
      status: 'approved',
      email: 'nao.kimura@example.jp',
      externalId: 'A-1024',
      photoUrl: expect.stringContaining(`${photoKey}-512.webp`),
      thumbnailUrl: expect.stringContaining(`${photoKey}-128.webp`),
      contactVisibility: { contactEmail: 'MEMBERS', phone: 'HIDDEN', links: 'ADMINS' },
      customFields: [expect.objectContaining({ fieldId: clubId, label: '所属サークル', value: '写真部' })],
      registrationAnswers: { motivation: '後輩の相談に乗りたい' },
      lineLinked: true,
      signInCount: signIns.sign_in_count,
      lastSignInAt: expect.any(String),
      tags: [{ name: 'メンター候補', addedAt: expect.any(String) }],
    });
    // The derived search columns only repeat the fields; the corp profile has nothing of the demo network's.
    expect(Object.keys(naoPart).filter((key) => /terms|text|search|sort/i.test(key))).toEqual([]);
    expect(parts.find((p: { memberId: string }) => p.memberId === corp.memberId)).toMatchObject({ tags: [], customFields: [], employer: null, signInCount: 0 });
    // Nothing of Taro's: neither his tag nor his profile.
    const [taro] = await stack.sql('SELECT display_name FROM directory.profiles WHERE membership_id = $1', [taroId]);
    expect(JSON.stringify(parts)).not.toContain('要フォロー');
    expect(JSON.stringify(parts)).not.toContain(taro.display_name);
    expect(mine.data?._entities[0].directory.companies).toEqual([
      expect.objectContaining({ id: companyId, memberId: demo.memberId, networkId: claimsOf(demo.token).nid, name: '木村デザイン事務所', stage: 'SEED' }),
    ]);
    expect(mine.data?._entities[0].directory.dismissedSuggestions).toEqual([
      { memberId: demo.memberId, networkId: claimsOf(demo.token).nid, dismissedMemberId: taroId, dismissedAt: expect.any(String) },
    ]);

    // Someone else's account id, from the same network or another one, resolves to nothing.
    const admin = await stack.signInAdmin();
    const corpAdmin = await stack.signInAdmin('otherNetwork');
    expect((await personalData(accountId, admin)).data?._entities).toEqual([null]);
    expect((await personalData(accountId, corpAdmin)).data?._entities).toEqual([null]);
    expect((await personalData(claimsOf(admin).sub, demo.token)).data?._entities).toEqual([null]);
    // Without a token there is no viewer, and no data.
    expect((await personalData(accountId, '')).data?._entities).toEqual([null]);
  });

  it("erases the profiles of a deleted account in every network, once, leaving everyone else's", async () => {
    const collector = await stack.collectEvents('kizuna.identity.membership');
    const demo = await stack.register({ email: 'goro.ueda@example.jp', displayName: '上田 吾郎' });
    const corp = await stack.register({ email: 'goro.ueda@example.jp', displayName: 'Goro Ueda', networkSlug: stack.demo.otherNetwork.networkSlug });
    const neighbour = await stack.register({ email: 'mai.ueda@example.jp', displayName: '上田 麻衣' });
    await stack.waitFor(async () => (await profiles([demo.memberId, corp.memberId, neighbour.memberId])).length === 3);
    // Goro and Mai each list a company and dismiss each other as suggestions.
    const goroToken = await approve(demo.memberId, 'goro.ueda@example.jp');
    const maiToken = await approve(neighbour.memberId, 'mai.ueda@example.jp');
    await addCompany(goroToken, '上田商店');
    await addCompany(maiToken, 'Ueda Tea Works');
    await dismiss(goroToken, neighbour.memberId);
    await dismiss(maiToken, demo.memberId);
    expect(await dismissalsOf([demo.memberId])).toHaveLength(2);

    const result = await stack.graphql(identity, DELETE, { input: { password: PASSWORD, confirmation: 'DELETE' } }, goroToken);
    expect(result.data?.deleteMyAccount).toEqual({ deleted: true, errors: [] });

    await stack.waitFor(async () => (await profiles([demo.memberId, corp.memberId])).length === 0);
    expect(await profiles([neighbour.memberId])).toEqual([{ membership_id: neighbour.memberId, display_name: '上田 麻衣', headline: null }]);
    // Goro's company and every dismissal naming Goro, either way, go with the profile; Mai's company stays.
    expect(await companiesOf([demo.memberId, corp.memberId])).toEqual([]);
    expect(await dismissalsOf([demo.memberId, corp.memberId])).toEqual([]);
    expect(await companiesOf([neighbour.memberId])).toEqual([{ name: 'Ueda Tea Works' }]);

    // The same deletion delivered again (identical, and under a new id) changes nothing and fails nothing.
    const deleted = await stack.waitFor(async () =>
      collector.events.find((e) => e.type === 'kizuna.identity.account.deleted.v1' && e.subject === demo.memberId),
    );
    expect(deleted).toMatchObject({ networkid: claimsOf(demo.token).nid, data: { accountId: claimsOf(demo.token).sub, membershipId: demo.memberId } });
    await waitForHandled(stack, 'directory', await redeliver(stack, 'kizuna.identity.membership', deleted));
    expect(await profiles([demo.memberId, corp.memberId])).toEqual([]);
    expect(await profiles([neighbour.memberId])).toHaveLength(1);
    expect(await stack.sql('SELECT count(*)::int AS n FROM directory.profiles')).toEqual([{ n: expect.any(Number) }]);
  });
});
