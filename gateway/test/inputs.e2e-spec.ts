import { startStack, type GraphQLResult, type Stack } from '@kizuna/testing';

const REGISTER = 'mutation($input: RegisterInput!) { register(input: $input) { accessToken errors { code field message } } }';

const refusal = (result: GraphQLResult) => result.errors?.map((error) => [error.extensions?.code, error.extensions?.field]);

/** The input rules as a client of the composed graph meets them. */
describe('gateway: clean input', () => {
  let stack: Stack;
  let gateway: string;

  beforeAll(async () => {
    stack = await startStack({ seed: 'demo' });
    gateway = stack.gatewayUrl!;
  }, 240_000);
  afterAll(() => stack?.stop(), 60_000);

  it('refuses broken Unicode, control and spoofing characters as BAD_USER_INPUT naming the field, storing nothing', async () => {
    for (const [index, displayName] of ['\ud800', 'Taro\u0000', 'Taro\u0007', '\u202Eorat', 'Ta\u200Dro'].entries()) {
      const email = `gateway.refused.${index}@example.jp`;
      const result = await stack.graphql(gateway, REGISTER, { input: { networkSlug: 'demo', email, password: 'correct-horse-battery', displayName } });
      expect([displayName, refusal(result)]).toEqual([displayName, [['BAD_USER_INPUT', 'input.displayName']]]);
      expect(await stack.sql('SELECT 1 FROM identity.accounts WHERE email = $1', [email])).toEqual([]);
    }
    expect(refusal(await stack.graphql(gateway, 'query($slug: String!) { network(slug: $slug) { name } }', { slug: 'demo\u0000' }))).toEqual([
      ['BAD_USER_INPUT', 'slug'],
    ]);
    const member = await stack.signIn('taro.yamada@demo.kizuna.dev', stack.demo.memberPassword);
    const profile = await stack.graphql(
      gateway,
      'mutation($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { errors { code } } }',
      { input: { headline: '\udfff' } },
      member,
    );
    expect(refusal(profile)).toEqual([['BAD_USER_INPUT', 'input.headline']]);
  });

  it('answers a body that is not valid UTF-8 with 400', async () => {
    const body = Buffer.concat([
      Buffer.from('{"query":"query($slug: String!) { network(slug: $slug) { name } }","variables":{"slug":"'),
      Buffer.from([0xff, 0xfe]),
      Buffer.from('"}}'),
    ]);
    const response = await fetch(gateway, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ errors: [{ message: 'The request body is not valid UTF-8.', extensions: { code: 'BAD_REQUEST' } }] });
  });

  it('refuses page sizes below 1 or over the maximum, naming the maximum', async () => {
    const admin = await stack.signInAdmin();
    for (const [query, maximum] of [
      ['{ tags(first: -1) { totalCount } }', 200],
      ['{ conversations(first: 100000) { totalCount } }', 100],
      ['{ me { notifications(first: 0) { totalCount } } }', 100],
      ['{ auditLog(first: 201) { edges { cursor } } }', 200],
    ] as const) {
      const result = await stack.graphql(gateway, query, {}, admin);
      expect([query, result.errors?.map((error) => [error.extensions?.code, error.extensions?.field, error.extensions?.maximum])]).toEqual([
        query,
        [['BAD_USER_INPUT', 'first', maximum]],
      ]);
    }
    // A page whose items would cost more than the caller's budget never reaches the subgraph: demand control refuses it first.
    const huge = await stack.graphql(gateway, '{ auditLog(first: 100000) { edges { cursor } } }', {}, admin);
    expect(huge.errors?.map((error) => [error.extensions?.code, error.extensions?.limit])).toEqual([['DEMAND_LIMIT_EXCEEDED', 'cost']]);
  });

  it("keeps a pending applicant's profile and member when a field of them is refused to them", async () => {
    const { token } = await stack.register({ email: 'gateway.pending@example.jp', displayName: '申請 三郎' });
    const profile = await stack.waitFor(async () => {
      const answer = await stack.graphql(gateway, '{ myProfile { displayName foundedCompanies { id } } }', {}, token);
      return answer.data?.myProfile ? answer : undefined;
    });
    expect(profile.data).toEqual({ myProfile: { displayName: '申請 三郎', foundedCompanies: null } });
    expect(profile.errors?.map((error) => [error.extensions?.code, error.path])).toEqual([['FORBIDDEN', ['myProfile', 'foundedCompanies']]]);
    const me = await stack.graphql(gateway, '{ me { displayName publishedArticleCount } }', {}, token);
    expect(me.data).toEqual({ me: { displayName: '申請 三郎', publishedArticleCount: null } });
    expect(me.errors?.map((error) => [error.extensions?.code, error.path])).toEqual([['FORBIDDEN', ['me', 'publishedArticleCount']]]);
  });
});
