import { fuzzEveryOperation, startStack, type GraphQLResult, type Stack } from '@kizuna/testing';

const REGISTER = 'mutation($input: RegisterInput!) { register(input: $input) { accessToken member { id } errors { code field message } } }';
const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { accessToken errors { code message } } }';

const refusal = (result: GraphQLResult) => result.errors?.map((error) => [error.extensions?.code, error.extensions?.field]);

describe('identity: clean input', () => {
  let stack: Stack;
  let url: string;
  let admin: string;
  const accountsWith = async (email: string) => Number((await stack.sql('SELECT count(*) AS n FROM identity.accounts WHERE email = $1', [email]))[0].n);

  beforeAll(async () => {
    stack = await startStack({ services: ['identity'], seed: 'demo' });
    url = stack.serviceUrl('identity');
    admin = await stack.signInAdmin();
  });
  afterAll(() => stack?.stop());

  it('refuses a registration name with a lone surrogate, NUL, BEL, a right-to-left override or a zero-width space, and stores nothing', async () => {
    for (const [index, displayName] of ['\ud800', 'Taro\u0000', 'Taro\u0007', '\u202Eorat', 'Ta\u200Bro', '\uFEFFTaro'].entries()) {
      const email = `refused.${index}@example.jp`;
      const result = await stack.graphql(url, REGISTER, { input: { networkSlug: 'demo', email, password: 'correct-horse-battery', displayName } });
      expect(refusal(result)).toEqual([['BAD_USER_INPUT', 'input.displayName']]);
      expect(result.errors?.[0].message).toMatch(/^input\.displayName: /);
      expect(await accountsWith(email)).toBe(0);
    }
  });

  it('refuses NUL in a network slug and in sign-in input as bad input, not an internal error', async () => {
    expect(refusal(await stack.graphql(url, 'query($slug: String!) { network(slug: $slug) { name } }', { slug: 'de\u0000mo' }))).toEqual([
      ['BAD_USER_INPUT', 'slug'],
    ]);
    const signIn = (input: Record<string, string>) =>
      stack.graphql(url, SIGN_IN, { input: { networkSlug: 'demo', email: stack.demo.admin.email, password: stack.demo.admin.password, ...input } });
    expect(refusal(await signIn({ email: 'admin@demo.kizuna.dev\u0000' }))).toEqual([['BAD_USER_INPUT', 'input.email']]);
    expect(refusal(await signIn({ networkSlug: 'demo\u0000' }))).toEqual([['BAD_USER_INPUT', 'input.networkSlug']]);
    expect(refusal(await signIn({ password: '\ud800' }))).toEqual([['BAD_USER_INPUT', 'input.password']]);
  });

  it('stores names in NFC, so the same name typed two ways is one name', async () => {
    const decomposed = 'か\u3099んは\u309A'; // が and ぱ typed with combining marks
    const { memberId } = await stack.register({ email: 'nfc@example.jp', displayName: decomposed });
    const [stored] = await stack.sql('SELECT display_name FROM identity.memberships WHERE id = $1', [memberId]);
    expect(stored.display_name).toBe('がんぱ'.normalize('NFC'));
  });

  it('refuses a body that is not valid UTF-8 with 400, storing nothing', async () => {
    const [head, tail] = JSON.stringify({
      query: REGISTER,
      variables: { input: { networkSlug: 'demo', email: 'latin1@example.jp', password: 'correct-horse-battery', displayName: 'X' } },
    }).split('"X"');
    // The name "été" in Latin-1 bytes, where UTF-8 is declared.
    const body = Buffer.concat([Buffer.from(`${head}"`), Buffer.from([0xe9, 0x74, 0xe9]), Buffer.from(`"${tail}`)]);
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...stack.gatewayHeaders }, body });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ errors: [{ message: 'The request body is not valid UTF-8.', extensions: { code: 'BAD_REQUEST' } }] });
    expect(await accountsWith('latin1@example.jp')).toBe(0);
  });

  it('refuses page sizes below 1 or over the maximum on every list, naming the maximum', async () => {
    for (const list of ['pendingMembers', 'rosterEntries', 'sessions', 'memberRoles', 'invitationLinks', 'referrers']) {
      for (const first of [-1, 0, 100000]) {
        const result = await stack.graphql(url, `query($first: Int) { ${list}(first: $first) { totalCount } }`, { first }, admin);
        expect([list, first, result.errors?.map((error) => [error.extensions?.code, error.extensions?.field, typeof error.extensions?.maximum])]).toEqual([
          list,
          first,
          [['BAD_USER_INPUT', 'first', 'number']],
        ]);
      }
    }
    const audit = await stack.graphql(url, 'query { auditLog(first: -1) { edges { cursor } } }', {}, admin);
    expect(audit.errors?.map((error) => error.message)).toEqual(['first: ask for 1 to 200 items at a time.']);
    const badCursor = await stack.graphql(
      url,
      'query($after: String) { pendingMembers(after: $after) { totalCount } }',
      { after: Buffer.from('["not a time", 1]').toString('base64url') },
      admin,
    );
    expect(refusal(badCursor)).toEqual([['BAD_USER_INPUT', 'after']]);
  });

  it('answers every operation, with any strings and numbers, as anyone, without an internal error', async () => {
    const callers = { anonymous: undefined, member: await stack.signIn('taro.yamada@demo.kizuna.dev', stack.demo.memberPassword), admin };
    expect(await fuzzEveryOperation(url, { callers, headers: stack.gatewayHeaders })).toEqual([]);
  }, 600_000);
});
