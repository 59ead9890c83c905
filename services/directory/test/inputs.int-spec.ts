import { fuzzEveryOperation, startStack, type GraphQLResult, type Stack } from '@kizuna/testing';

const UPDATE =
  'mutation($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { profile { displayName headline bio } errors { code field message } } }';

const refusal = (result: GraphQLResult) => result.errors?.map((error) => [error.extensions?.code, error.extensions?.field]);

describe('directory: clean input', () => {
  let stack: Stack;
  let url: string;
  let admin: string;
  let member: string;

  beforeAll(async () => {
    stack = await startStack({ services: ['identity', 'directory'], seed: 'demo' });
    url = stack.serviceUrl('directory');
    admin = await stack.signInAdmin();
    member = await stack.signIn('taro.yamada@demo.kizuna.dev', stack.demo.memberPassword);
    await stack.waitFor(async () => (await stack.graphql(url, '{ myProfile { displayName } }', {}, member)).data?.myProfile);
  });
  afterAll(() => stack?.stop());

  it('refuses a lone surrogate or a control character in a profile field, and spoofing characters in a name, changing nothing', async () => {
    const profileOf = async () => (await stack.graphql(url, '{ myProfile { displayName headline bio skills } }', {}, member)).data?.myProfile;
    const before = await profileOf();
    for (const [input, argument] of [
      [{ headline: 'hello \ud800' }, 'input.headline'],
      [{ headline: 'NUL\u0000' }, 'input.headline'],
      [{ bio: 'ring\u0007' }, 'input.bio'],
      [{ skills: ['SQL', 'Type\u0000Script'] }, 'input.skills[1]'],
      [{ displayName: '\u202Eorat adamay' }, 'input.displayName'],
      [{ displayName: 'やま\u200Bだ' }, 'input.displayName'],
      [{ displayName: '山田\u2067太郎' }, 'input.displayName'],
    ] as const) {
      expect(refusal(await stack.graphql(url, UPDATE, { input }, member))).toEqual([['BAD_USER_INPUT', argument]]);
    }
    expect(await profileOf()).toEqual(before);
    // Line breaks and tabs stay allowed where a field is multi-line.
    const bio = await stack.graphql(url, UPDATE, { input: { bio: '一行目\n\t二行目' } }, member);
    expect(bio.data?.updateMyProfile).toEqual({ profile: expect.objectContaining({ bio: '一行目\n\t二行目' }), errors: [] });
  });

  it('refuses page sizes below 1 or over the maximum on every list, naming the maximum', async () => {
    const lists: [string, string, number][] = [
      ['tags', '{ totalCount }', 200],
      ['segments', '{ totalCount }', 200],
      ['alumniCompanies', '{ totalCount }', 100],
      ['peopleYouMayKnow', '{ score }', 50],
    ];
    for (const [list, selection] of lists) {
      for (const first of [-1, 0, 100000]) {
        const result = await stack.graphql(url, `query($first: Int) { ${list}(first: $first) ${selection} }`, { first }, admin);
        expect([list, first, refusal(result)]).toEqual([list, first, [['BAD_USER_INPUT', 'first']]]);
      }
    }
    for (const list of ['tags', 'segments', 'alumniCompanies']) {
      const result = await stack.graphql(
        url,
        `query($after: String) { ${list}(after: $after) { totalCount } }`,
        { after: Buffer.from('[1, "not an id"]').toString('base64url') },
        admin,
      );
      expect([list, refusal(result)]).toEqual([list, [['BAD_USER_INPUT', 'after']]]);
    }
    const preview = await stack.graphql(url, 'query { segmentPreview(first: 100000, filter: {}) { __typename } }', {}, admin);
    expect(preview.errors?.[0].extensions).toEqual(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'first', maximum: 50 }));
  });

  it("keeps a pending applicant's own profile when a field of it is refused to them", async () => {
    const { token } = await stack.register({ email: 'pending.founder@example.jp', displayName: '申請 花子' });
    const result = await stack.waitFor(async () => {
      const answer = await stack.graphql(url, '{ myProfile { displayName foundedCompanies { id } } }', {}, token);
      return answer.data?.myProfile ? answer : undefined;
    });
    expect(result.data).toEqual({ myProfile: { displayName: '申請 花子', foundedCompanies: null } });
    expect(result.errors?.map((error) => [error.extensions?.code, error.path])).toEqual([['FORBIDDEN', ['myProfile', 'foundedCompanies']]]);
  });

  it('answers every operation, with any strings and numbers, as anyone, without an internal error', async () => {
    expect(await fuzzEveryOperation(url, { callers: { anonymous: undefined, member, admin }, headers: stack.gatewayHeaders })).toEqual([]);
  }, 600_000);
});
