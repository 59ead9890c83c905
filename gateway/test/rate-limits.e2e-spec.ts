import { startStack, type Stack } from '@kizuna/testing';
import { postRaw, subscribe } from './support';

const REGISTER = 'mutation($input: RegisterInput!) { register(input: $input) { member { id } errors { code } } }';
const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { accessToken errors { code } } }';
const SESSIONS = '{ sessions { edges { node { ipAddress current } } } }';
const SEGMENT_PREVIEW = '{ segmentPreview(filter: {}) { count } }';

const registration = (email: string) =>
  JSON.stringify({ query: REGISTER, variables: { input: { networkSlug: 'demo', email, password: 'correct-horse-battery', displayName: 'Rate Limit' } } });

/** What a client sees of a refusal: the status, `Retry-After`, and the error's extensions. */
function refusalOf(response: Awaited<ReturnType<typeof postRaw>>) {
  return {
    status: response.status,
    retryAfter: Number(response.headers.get('retry-after')),
    data: response.body.data,
    extensions: response.body.errors?.[0]?.extensions,
  };
}

/** Rate limits at the gateway (low budgets for this stack) and the client address they key on. */
describe('gateway rate limits and client addresses', () => {
  let stack: Stack;
  let gateway: string;
  /** A second instance of the gateway on the same services and store, trusting loopback as its proxy. */
  let behindProxy: { url: string; stop(): Promise<void> };
  let admin: string;

  beforeAll(async () => {
    stack = await startStack({
      seed: 'demo',
      gatewayEnv: { RATE_LIMIT_REGISTER: '5/10m', RATE_LIMIT_MEMBER: '20/1m', RATE_LIMIT_BULK: '3/1m', RATE_LIMIT_NETWORK_LOOKUP: '5/1m' },
    });
    gateway = stack.gatewayUrl!;
    behindProxy = await stack.startGateway({ TRUSTED_PROXIES: '127.0.0.1' });
    admin = await stack.signInAdmin();
  }, 240_000);

  afterAll(async () => {
    await stack?.stop();
  }, 60_000);

  it('answers a flood of registrations from one address with 429 once its budget is spent, without reaching identity', async () => {
    // The attack that was seen: 25 tries at a taken address, all answered within 1.5 s.
    const tries = await Promise.all(Array.from({ length: 25 }, () => postRaw(gateway, registration(stack.demo.admin.email))));
    const answered = tries.filter((response) => response.status === 200);
    const refused = tries.filter((response) => response.status === 429);
    expect(answered).toHaveLength(5);
    expect(answered.every((response) => (response.body.data as { register?: unknown }).register)).toBe(true);
    expect(refused).toHaveLength(20);
    for (const response of refused) {
      const refusal = refusalOf(response);
      expect(refusal).toEqual({
        status: 429,
        retryAfter: expect.any(Number),
        data: undefined,
        extensions: { code: 'TOO_MANY_REQUESTS', retryAfter: refusal.retryAfter, limit: 'register' },
      });
      expect(refusal.retryAfter).toBeGreaterThanOrEqual(1);
      expect(refusal.retryAfter).toBeLessThanOrEqual(600);
    }
    expect(refused[0].body.errors?.[0].message).toMatch(/at most 5 registrations per client address per 10 minutes/);

    // A refused registration never reached identity: no account was made.
    const email = `refused-${Date.now()}@example.jp`;
    expect((await postRaw(gateway, registration(email))).status).toBe(429);
    expect(await stack.sql('SELECT 1 FROM identity.accounts WHERE email = $1', [email])).toEqual([]);
  });

  it('counts every alias of a limited field: one request of six network look-ups is refused whole', async () => {
    const aliases = Array.from({ length: 6 }, (_, i) => `n${i}: network(slug: "demo") { name }`).join(' ');
    const refusal = refusalOf(await postRaw(gateway, JSON.stringify({ query: `{ ${aliases} }` })));
    expect(refusal).toMatchObject({ status: 429, data: undefined, extensions: { code: 'TOO_MANY_REQUESTS', limit: 'networkLookup' } });
  });

  it('shares one budget between gateway instances when the counters are in Redis, and counts per instance without', async () => {
    // Straight from loopback, the second instance sees the same client address as the first.
    const response = await postRaw(behindProxy.url, registration(`second-instance-${Date.now()}@example.jp`));
    if (process.env.REDIS_URL) expect(refusalOf(response)).toMatchObject({ status: 429, extensions: { code: 'TOO_MANY_REQUESTS', limit: 'register' } });
    else expect(response.status).toBe(200); // npm start without Redis: each instance counts in its own memory
  });

  it('keys per-address limits on the address a trusted proxy names: another client has its own budget', async () => {
    const email = `behind-proxy-${Date.now()}@example.jp`;
    const response = await postRaw(behindProxy.url, registration(email), { 'x-forwarded-for': '203.0.113.7' });
    expect(response.status).toBe(200);
    // Accepted: the answer every registration with a password gets, and the account is made.
    expect((response.body.data as { register: { errors: unknown[] } }).register.errors).toEqual([{ code: 'CHECK_YOUR_INBOX' }]);
    expect(await stack.sql('SELECT 1 FROM identity.accounts WHERE email = $1', [email])).toHaveLength(1);
  });

  it('limits each member, over HTTP and for WebSocket subscriptions alike, and no one else', async () => {
    const { token } = await stack.register({ email: `busy-${Date.now()}@example.jp`, displayName: 'Busy Member' });
    const answers = [];
    for (let i = 0; i < 20; i += 1)
      answers.push((await postRaw(gateway, JSON.stringify({ query: '{ me { id } }' }), { authorization: `Bearer ${token}` })).status);
    expect(answers.every((status) => status === 200)).toBe(true);

    const refusal = refusalOf(await postRaw(gateway, JSON.stringify({ query: '{ me { id } }' }), { authorization: `Bearer ${token}` }));
    expect(refusal).toMatchObject({ status: 429, data: undefined, extensions: { code: 'TOO_MANY_REQUESTS', limit: 'member' } });

    const subscription = subscribe(gateway, token, 'subscription { notificationAdded { id } }');
    try {
      await subscription.connected;
      await stack.waitFor(async () => subscription.errors.length > 0, 10_000);
      expect(subscription.errors[0]).toEqual([
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'TOO_MANY_REQUESTS', limit: 'member' }) }),
      ]);
    } finally {
      await subscription.dispose();
    }

    // Another member's budget is their own.
    expect((await stack.graphql(gateway, '{ me { id } }', {}, admin)).data).toEqual({ me: { id: expect.any(String) } });
  });

  it('limits bulk work per network: GraphQL and member exports share the budget, other networks keep theirs', async () => {
    for (let i = 0; i < 3; i += 1) {
      const allowed = await stack.graphql(gateway, SEGMENT_PREVIEW, {}, admin);
      expect(allowed.errors).toBeUndefined();
    }
    const refusal = refusalOf(await postRaw(gateway, JSON.stringify({ query: SEGMENT_PREVIEW }), { authorization: `Bearer ${admin}` }));
    expect(refusal).toMatchObject({ status: 429, data: undefined, extensions: { code: 'TOO_MANY_REQUESTS', limit: 'bulk' } });

    const exported = await fetch(gateway.replace(/\/graphql$/, '/exports/members.csv'), { headers: { authorization: `Bearer ${admin}` } });
    expect(exported.status).toBe(429);
    expect(Number(exported.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(await exported.json()).toEqual({ errors: [expect.objectContaining({ code: 'TOO_MANY_REQUESTS', limit: 'bulk' })] });

    const otherAdmin = await stack.signInAdmin('otherNetwork');
    const other = await stack.graphql(gateway, SEGMENT_PREVIEW, {}, otherAdmin);
    expect(other.errors).toBeUndefined();
    expect(other.data).toEqual({ segmentPreview: { count: expect.any(Number) } });
  });

  describe('client address', () => {
    /** Signs the demo admin in through `url` with these headers; the session's address as identity lists it. */
    async function sessionAddressAfterSignIn(url: string, headers: Record<string, string>): Promise<string> {
      const signedIn = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({
          query: SIGN_IN,
          variables: { input: { networkSlug: 'demo', email: stack.demo.admin.email, password: stack.demo.admin.password } },
        }),
      });
      const token = ((await signedIn.json()) as { data: { signIn: { accessToken: string } } }).data.signIn.accessToken;
      const cookie = signedIn.headers
        .getSetCookie()
        .map((header) => header.split(';')[0])
        .join('; ');
      const listed = await postRaw(url, JSON.stringify({ query: SESSIONS }), { authorization: `Bearer ${token}`, cookie });
      const sessions = (listed.body.data as { sessions: { edges: { node: { ipAddress: string; current: boolean } }[] } }).sessions.edges;
      return sessions.find((edge) => edge.node.current)!.node.ipAddress;
    }

    it('does not believe an X-Forwarded-For sent straight to the gateway', async () => {
      expect(await sessionAddressAfterSignIn(gateway, { 'x-forwarded-for': '198.51.100.23' })).toBe('127.0.0.1');
    });

    it('believes X-Forwarded-For from a proxy named in TRUSTED_PROXIES', async () => {
      expect(await sessionAddressAfterSignIn(behindProxy.url, { 'x-forwarded-for': '198.51.100.23' })).toBe('198.51.100.23');
    });
  });
});
