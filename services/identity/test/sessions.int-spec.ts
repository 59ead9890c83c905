import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { decodeProtectedHeader } from 'jose';
import type { DataSource } from 'typeorm';
import { createTokenVerifier } from '@kizuna/auth';
import { createServiceDataSource, migrate } from '@kizuna/data';
import { claimsOf, createTestDatabase, memberEntities, startStack, type GraphQLResult, type Stack } from '@kizuna/testing';
import { Initial1763800000000 } from '../src/migrations/1763800000000-initial';
import { Sessions1764200000000 } from '../src/migrations/1764200000000-sessions';
import type { MembershipEntity } from '../src/memberships/membership.entity';
import { RefreshTokenEntity, SessionEntity } from '../src/sessions/session.entity';
import { SessionService } from '../src/sessions/session.service';
import { SigningKeyEntity } from '../src/sessions/signing-key.entity';
import { TokenIssuer } from '../src/sessions/token-issuer';

const PASSWORD = 'correct-horse-battery';
const CHROME_MAC = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const SAFARI_IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
const IDENTITY_MAIN = resolve(__dirname, '../src/main.ts');

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { accessToken retryAfterSeconds member { id status } errors { code message field } } }`;
const REFRESH = `mutation { refreshSession { accessToken member { id status } errors { code message } } }`;
const SIGN_OUT = `mutation { signOut { errors { code } } }`;
const SIGN_OUT_EVERYWHERE = `mutation($input: SignOutEverywhereInput) { signOutEverywhere(input: $input) { endedSessions errors { code } } }`;
const SESSIONS = `query { sessions { totalCount edges { node { id browser operatingSystem deviceType ipAddress current createdAt lastUsedAt network { slug } } } } }`;
const REVOKE = `mutation($input: RevokeSessionInput!) { revokeSession(input: $input) { session { id current } errors { code field } } }`;
const MY_NETWORKS = `query { myNetworks { id current status role network { slug name } } }`;
const SWITCH = `mutation($input: SwitchNetworkInput!) { switchNetwork(input: $input) { accessToken member { id } errors { code field } } }`;
const ME = `query { me { id status network { slug } } }`;

interface Cookie {
  value: string;
  httpOnly: boolean;
  sameSite?: string;
  path?: string;
  expiresAt: number;
}

/**
 * A browser as the gateway sees it: one cookie jar (honouring Max-Age and removal), its own user
 * agent and client address (sent as X-Forwarded-For, as a proxy in front of the gateway would: the
 * stack's gateway trusts loopback), and an access token kept in memory.
 */
class Browser {
  readonly cookies = new Map<string, Cookie>();
  lastSetCookies: string[] = [];
  token?: string;

  constructor(
    private readonly url: string,
    readonly userAgent = CHROME_MAC,
    readonly address = '198.51.100.10',
    /** Sent with every request: the gateway credential when this browser talks to identity directly. */
    private readonly extraHeaders: Record<string, string> = {},
  ) {}

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async graphql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token = this.token): Promise<GraphQLResult<T>> {
    const cookie = [...this.cookies.entries()]
      .filter(([, c]) => c.expiresAt > Date.now())
      .map(([name, c]) => `${name}=${c.value}`)
      .join('; ');
    const response = await fetch(this.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': this.userAgent,
        'x-forwarded-for': this.address,
        ...this.extraHeaders,
        ...(cookie ? { cookie } : {}),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    this.lastSetCookies = response.headers.getSetCookie();
    for (const header of this.lastSetCookies) this.store(header);
    return (await response.json()) as GraphQLResult<T>;
  }

  private store(header: string): void {
    const [pair, ...attributes] = header.split(';').map((part) => part.trim());
    const separator = pair.indexOf('=');
    const name = pair.slice(0, separator);
    const cookie: Cookie = { value: pair.slice(separator + 1), httpOnly: false, expiresAt: Number.POSITIVE_INFINITY };
    for (const attribute of attributes) {
      const [key, value] = attribute.split('=');
      const lower = key.toLowerCase();
      if (lower === 'httponly') cookie.httpOnly = true;
      else if (lower === 'samesite') cookie.sameSite = value;
      else if (lower === 'path') cookie.path = value;
      else if (lower === 'max-age') cookie.expiresAt = Date.now() + Number(value) * 1000;
      else if (lower === 'expires' && cookie.expiresAt === Number.POSITIVE_INFINITY) cookie.expiresAt = Date.parse(value);
    }
    if (cookie.expiresAt <= Date.now() || cookie.value === '') this.cookies.delete(name);
    else this.cookies.set(name, cookie);
  }

  get refreshCookie(): string | undefined {
    return this.cookies.get('kizuna_refresh')?.value;
  }

  async signIn(email: string, password = PASSWORD, networkSlug = 'demo') {
    const result = await this.graphql(SIGN_IN, { input: { networkSlug, email, password } });
    this.token = result.data?.signIn.accessToken ?? undefined;
    return result;
  }

  async refresh() {
    const result = await this.graphql(REFRESH, undefined, undefined);
    if (result.data?.refreshSession.accessToken) this.token = result.data.refreshSession.accessToken;
    return result;
  }
}

describe('identity sessions through the gateway: refresh cookie, rotation, sign-out, devices, client address, keys, networks', () => {
  let stack: Stack;
  let gatewayUrl: string;
  let admin: string;
  let corpAdmin: string;
  let people = 0;
  const savedEnv = { ...process.env };

  const browser = (userAgent?: string, address?: string) => new Browser(gatewayUrl, userAgent, address);
  /** A browser whose requests reach identity as the gateway sends them: X-Forwarded-For ends with the browser's address. */
  const direct = (userAgent?: string, address?: string) => new Browser(stack.serviceUrl('identity'), userAgent, address, stack.gatewayHeaders);

  /**
   * Registers in `device` as a person does: the answer is CHECK_YOUR_INBOX, and the link mailed to the
   * address, opened in the same browser, starts the session. Returns verifyEmail's answer.
   */
  const registerIn = async (device: Browser, email: string, displayName: string) => {
    const registered = await device.graphql(
      'mutation($input: RegisterInput!) { register(input: $input) { accessToken member { id } errors { code field } } }',
      {
        input: { networkSlug: 'demo', email, password: PASSWORD, displayName },
      },
    );
    expect(registered.data?.register).toMatchObject({ accessToken: null, member: null, errors: [{ code: 'CHECK_YOUR_INBOX', field: 'email' }] });
    expect(device.refreshCookie).toBeUndefined();
    const mail = await stack.mailbox.waitForMail({ to: email, subject: 'メールアドレスの確認' });
    const token = new URL(mail.links.find((link) => link.includes('/verify-email'))!).searchParams.get('token');
    // The mail can reach the mailbox a moment before the transaction that stored its token commits.
    return stack.waitFor(async () => {
      const opened = await device.graphql(
        'mutation($input: VerifyEmailInput!) { verifyEmail(input: $input) { accessToken member { id status } errors { code } } }',
        {
          input: { token },
        },
      );
      return opened.data?.verifyEmail.errors[0]?.code === 'TOKEN_INVALID' ? null : opened.data?.verifyEmail;
    });
  };

  /** An approved member of the demo network with their e-mail; the browser they registered in has signed out. */
  const member = async (name = 'member') => {
    people += 1;
    const email = `${name}-${people}@example.jp`;
    const registration = browser();
    const registered = await registerIn(registration, email, `${name} ${people}`);
    expect(registered.errors).toEqual([]);
    const memberId: string = registered.member.id;
    await registration.graphql(SIGN_OUT);
    const approved = await stack.graphql(
      stack.serviceUrl('identity'),
      'mutation($input: ApproveMembershipInput!) { approveMembership(input: $input) { errors { code } } }',
      { input: { memberId } },
      admin,
    );
    expect(approved.data?.approveMembership.errors).toEqual([]);
    return { email, memberId };
  };

  beforeAll(async () => {
    Object.assign(process.env, {
      SIGNING_KEY_PUBLISH_AHEAD_SECONDS: '12',
      SIGNING_KEY_RELOAD_SECONDS: '1',
    });
    // The gateway is ready only with every subgraph behind it.
    stack = await startStack({ seed: 'demo', gatewayEnv: { TRUSTED_PROXIES: 'loopback' } });
    gatewayUrl = stack.gatewayUrl!;
    admin = await stack.signInAdmin();
    corpAdmin = await stack.signInAdmin('otherNetwork');
  }, 240_000);
  afterAll(async () => {
    process.env = savedEnv;
    await stack?.stop();
  });

  it('signs in with an httpOnly, SameSite=Lax refresh cookie limited to /graphql, and rotates it on refresh', async () => {
    const { email, memberId } = await member('rotation');
    const device = browser();
    const signedIn = await device.signIn(email);
    expect(signedIn.data?.signIn).toMatchObject({ member: { id: memberId, status: 'APPROVED' }, errors: [] });
    const cookie = device.cookies.get('kizuna_refresh')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/graphql' });
    for (const header of device.lastSetCookies) expect(header).not.toMatch(/Secure/i);
    expect(cookie.expiresAt - Date.now()).toBeGreaterThan(29 * 86_400_000);

    const first = device.refreshCookie;
    const refreshed = await device.refresh();
    expect(refreshed.data?.refreshSession).toMatchObject({ member: { id: memberId }, errors: [] });
    expect(claimsOf(refreshed.data?.refreshSession.accessToken).mid).toBe(memberId);
    expect(device.refreshCookie).toBeDefined();
    expect(device.refreshCookie).not.toBe(first);
    expect((await device.graphql(ME)).data?.me).toMatchObject({ id: memberId, network: { slug: 'demo' } });

    // Secure is a setting (COOKIE_SECURE), not something a request header can switch.
    const response = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https' },
      body: JSON.stringify({ query: SIGN_IN, variables: { input: { networkSlug: 'demo', email, password: PASSWORD } } }),
    });
    const cookies = response.headers.getSetCookie();
    expect(cookies.some((cookie) => cookie.startsWith('kizuna_refresh='))).toBe(true);
    for (const cookie of cookies) expect(cookie).not.toMatch(/Secure/i);
  });

  // That the gateway itself believes no X-Forwarded-For but from TRUSTED_PROXIES is shown in gateway/test/rate-limits.e2e-spec.ts.
  it('records the last X-Forwarded-For entry, the one its caller (the gateway) appended, never one to its left', async () => {
    const { email } = await member('forged-address');
    const chained = direct(CHROME_MAC, '198.51.100.23, 203.0.113.7');
    expect((await chained.signIn(email)).data?.signIn.errors).toEqual([]);
    const addresses = await stack.sql(
      'SELECT s.ip FROM identity.sessions s JOIN identity.accounts a ON a.id = s.account_id WHERE a.email = $1 AND s.revoked_at IS NULL ORDER BY s.created_at',
      [email],
    );
    expect(addresses.map((row) => row.ip)).toEqual(['203.0.113.7']);
  });

  it('ends the whole session when an already used refresh token comes back (a stolen copy)', async () => {
    const { email } = await member('theft');
    const victim = browser();
    await victim.signIn(email);
    const stolen = victim.refreshCookie!;
    expect((await victim.refresh()).data?.refreshSession.errors).toEqual([]);

    const thief = browser(SAFARI_IPHONE, '203.0.113.66');
    thief.cookies.set('kizuna_refresh', { value: stolen, httpOnly: true, expiresAt: Number.POSITIVE_INFINITY });
    const reused = await thief.refresh();
    expect(reused.data?.refreshSession).toMatchObject({ accessToken: null, errors: [{ code: 'UNAUTHENTICATED' }] });
    expect(thief.refreshCookie).toBeUndefined();

    // The victim's newer token belonged to the same session: it ends too.
    const after = await victim.refresh();
    expect(after.data?.refreshSession).toMatchObject({ accessToken: null, errors: [{ code: 'UNAUTHENTICATED' }] });
    const reasons = await stack.sql(
      'SELECT revoked_reason FROM identity.sessions s JOIN identity.accounts a ON a.id = s.account_id WHERE a.email = $1 ORDER BY s.created_at',
      [email],
    );
    expect(reasons.map((r) => r.revoked_reason)).toEqual(['signed-out', 'refresh-token-reused']);
  });

  it('refuses a refresh without a cookie or with an unknown one, and sets no cookie', async () => {
    const anonymous = browser();
    const none = await anonymous.refresh();
    expect(none.data?.refreshSession).toEqual({ accessToken: null, member: null, errors: [{ code: 'UNAUTHENTICATED', message: 'You are not signed in.' }] });
    expect(anonymous.lastSetCookies).toEqual([]);

    anonymous.cookies.set('kizuna_refresh', { value: 'forged-token', httpOnly: true, expiresAt: Number.POSITIVE_INFINITY });
    const forged = await anonymous.refresh();
    expect(forged.data?.refreshSession.errors[0].code).toBe('UNAUTHENTICATED');
    expect(anonymous.refreshCookie).toBeUndefined();
  });

  it('signs out this browser: the cookie is removed and its refresh token ends', async () => {
    const { email } = await member('sign-out');
    const device = browser();
    await device.signIn(email);
    const token = device.refreshCookie!;
    expect((await device.graphql(SIGN_OUT)).data?.signOut.errors).toEqual([]);
    expect(device.refreshCookie).toBeUndefined();

    device.cookies.set('kizuna_refresh', { value: token, httpOnly: true, expiresAt: Number.POSITIVE_INFINITY });
    expect((await device.refresh()).data?.refreshSession.errors[0].code).toBe('UNAUTHENTICATED');
  });

  it('lists the account’s devices with the current one marked, and signs one of them out', async () => {
    const { email } = await member('devices');
    const laptop = direct(CHROME_MAC, '198.51.100.21');
    const phone = direct(SAFARI_IPHONE, '198.51.100.22');
    await laptop.signIn(email);
    await phone.signIn(email);

    const listed = await laptop.graphql(SESSIONS);
    expect(listed.data?.sessions.totalCount).toBe(2);
    const nodes = listed.data?.sessions.edges.map((e: { node: Record<string, unknown> }) => e.node);
    expect(nodes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          browser: 'Chrome 131',
          operatingSystem: 'macOS',
          deviceType: 'desktop',
          ipAddress: '198.51.100.21',
          current: true,
          network: { slug: 'demo' },
        }),
        expect.objectContaining({ browser: 'Safari 17', operatingSystem: 'iOS', deviceType: 'mobile', ipAddress: '198.51.100.22', current: false }),
      ]),
    );
    const phoneSession = nodes.find((n: { current: boolean }) => !n.current);

    // Someone else cannot end this account's session, and a bad id changes nothing.
    const stranger = browser();
    await stranger.signIn((await member('stranger')).email);
    expect((await stranger.graphql(REVOKE, { input: { sessionId: phoneSession.id } })).data?.revokeSession).toEqual({
      session: null,
      errors: [{ code: 'NOT_FOUND', field: 'sessionId' }],
    });
    expect((await laptop.graphql(REVOKE, { input: { sessionId: 'not-a-session' } })).data?.revokeSession.errors).toEqual([
      { code: 'NOT_FOUND', field: 'sessionId' },
    ]);
    expect((await phone.refresh()).data?.refreshSession.errors).toEqual([]);

    const revoked = await laptop.graphql(REVOKE, { input: { sessionId: phoneSession.id } });
    expect(revoked.data?.revokeSession).toEqual({ session: { id: phoneSession.id, current: false }, errors: [] });
    expect((await phone.refresh()).data?.refreshSession.errors[0].code).toBe('UNAUTHENTICATED');
    expect((await laptop.graphql(SESSIONS)).data?.sessions.totalCount).toBe(1);
    expect((await laptop.refresh()).data?.refreshSession.errors).toEqual([]);
  });

  it('signs out everywhere else, keeping the device that asked, or that one too when asked', async () => {
    const { email } = await member('everywhere');
    const [a, b, c] = [browser(), browser(SAFARI_IPHONE), browser()];
    for (const device of [a, b, c]) await device.signIn(email);

    const ended = await b.graphql(SIGN_OUT_EVERYWHERE, {});
    expect(ended.data?.signOutEverywhere).toEqual({ endedSessions: 2, errors: [] });
    expect((await a.refresh()).data?.refreshSession.errors[0].code).toBe('UNAUTHENTICATED');
    expect((await c.refresh()).data?.refreshSession.errors[0].code).toBe('UNAUTHENTICATED');
    expect((await b.refresh()).data?.refreshSession.errors).toEqual([]);

    const all = await b.graphql(SIGN_OUT_EVERYWHERE, { input: { includeCurrent: true } });
    expect(all.data?.signOutEverywhere).toEqual({ endedSessions: 1, errors: [] });
    expect(b.refreshCookie).toBeUndefined();
    expect((await b.graphql(SESSIONS)).data?.sessions.totalCount).toBe(0);
  });

  it('lets a suspended member refresh no more, even after reinstatement of the membership', async () => {
    const { email, memberId } = await member('suspended');
    const device = browser();
    await device.signIn(email);
    const suspended = await stack.graphql(
      gatewayUrl,
      'mutation($input: SuspendMembershipInput!) { suspendMembership(input: $input) { errors { code } } }',
      { input: { memberId } },
      admin,
    );
    expect(suspended.data?.suspendMembership.errors).toEqual([]);
    const refused = await device.refresh();
    expect(refused.data?.refreshSession).toMatchObject({ accessToken: null, errors: [{ code: 'MEMBERSHIP_SUSPENDED' }] });
    expect(device.refreshCookie).toBeUndefined();

    await stack.graphql(
      gatewayUrl,
      'mutation($input: ReinstateMembershipInput!) { reinstateMembership(input: $input) { errors { code } } }',
      { input: { memberId } },
      admin,
    );
    const reasons = await stack.sql('SELECT revoked_reason FROM identity.sessions WHERE membership_id = $1 ORDER BY created_at', [memberId]);
    expect(reasons.map((r) => r.revoked_reason)).toEqual(['signed-out', 'membership-suspended']);
    expect((await device.signIn(email)).data?.signIn.errors).toEqual([]);
  });

  it('rotates the signing key without signing anyone out: old tokens keep working through the gateway, new ones carry the new key', async () => {
    const { email, memberId } = await member('keys');
    const device = browser();
    await device.signIn(email);
    const before = device.token!;
    const oldKid = decodeProtectedHeader(before).kid;
    expect((await device.graphql(ME)).data?.me.id).toBe(memberId);

    const { stdout } = await promisify(execFile)(process.execPath, ['-r', '@swc-node/register', IDENTITY_MAIN, 'rotate-keys'], {
      env: { ...process.env, DATABASE_URL: stack.databaseUrl, SWC_NODE_PROJECT: resolve(__dirname, '../../../tsconfig.json') },
    });
    const rotation = JSON.parse(stdout.trim().split('\n').at(-1)!);
    expect(rotation).toMatchObject({ rotated: true, retired: [] });
    expect(rotation.kid).not.toBe(oldKid);
    expect(rotation.published).toEqual(expect.arrayContaining([oldKid, rotation.kid]));

    // Published ahead: the JWKS has the new key before anything is signed with it.
    const jwks = await stack.waitFor(async () => {
      const set = (await (await fetch(new URL('/.well-known/jwks.json', stack.serviceUrl('identity')))).json()) as { keys: { kid: string }[] };
      return set.keys.some((k) => k.kid === rotation.kid) && set;
    });
    expect(jwks.keys.map((k) => k.kid)).toEqual(expect.arrayContaining([oldKid, rotation.kid]));
    await device.refresh();
    expect(decodeProtectedHeader(device.token!).kid).toBe(oldKid);

    // Once active, new tokens carry the new key; tokens signed before still pass the gateway.
    await stack.waitFor(async () => {
      await device.refresh();
      return decodeProtectedHeader(device.token!).kid === rotation.kid;
    }, 30_000);
    expect((await device.graphql(ME)).data?.me.id).toBe(memberId);
    expect((await device.graphql(ME, undefined, before)).data?.me.id).toBe(memberId);
    // Another service verifies the new key's token with its own copy of the key set, fetched on the unknown kid.
    const acrossServices = await device.graphql('query { me { id notifications(first: 1) { totalCount } } }');
    expect(acrossServices.errors).toBeUndefined();
    expect(acrossServices.data?.me).toMatchObject({ id: memberId, notifications: { totalCount: expect.any(Number) } });
  });

  it('switches network: a token for the other membership, the session follows, and the first network stays out of reach', async () => {
    const { email, memberId: demoMemberId } = await member('two-networks');
    const { memberId: corpMemberId } = await stack.register({ email, password: PASSWORD, displayName: 'Two Networks', networkSlug: 'kizuna-corp' });
    await stack.graphql(
      gatewayUrl,
      'mutation($input: ApproveMembershipInput!) { approveMembership(input: $input) { errors { code } } }',
      { input: { memberId: corpMemberId } },
      corpAdmin,
    );

    const device = browser();
    await device.signIn(email);
    const networks = (await device.graphql(MY_NETWORKS)).data?.myNetworks;
    const names = Object.fromEntries((await stack.sql('SELECT slug, name FROM identity.networks')).map((n) => [n.slug, n.name]));
    expect(networks).toEqual(
      [
        { id: corpMemberId, current: false, status: 'APPROVED', role: 'MEMBER', network: { slug: 'kizuna-corp', name: names['kizuna-corp'] } },
        { id: demoMemberId, current: true, status: 'APPROVED', role: 'MEMBER', network: { slug: 'demo', name: names.demo } },
      ].sort((x, y) => x.network.name.localeCompare(y.network.name)),
    );

    const demoToken = device.token!;
    const notMine = await device.graphql(SWITCH, { input: { networkSlug: 'no-such-network' } });
    expect(notMine.data?.switchNetwork).toEqual({ accessToken: null, member: null, errors: [{ code: 'NOT_FOUND', field: 'networkSlug' }] });

    const switched = await device.graphql(SWITCH, { input: { networkSlug: 'kizuna-corp' } });
    expect(switched.data?.switchNetwork).toMatchObject({ member: { id: corpMemberId }, errors: [] });
    device.token = switched.data?.switchNetwork.accessToken;
    const corpNetworkId = (await stack.sql("SELECT id FROM identity.networks WHERE slug = 'kizuna-corp'"))[0].id;
    expect(claimsOf(device.token!)).toMatchObject({ mid: corpMemberId, nid: corpNetworkId });
    expect((await device.graphql(ME)).data?.me).toMatchObject({ id: corpMemberId, network: { slug: 'kizuna-corp' } });

    // A reload restores the session in the network switched to.
    device.token = undefined;
    const restored = await device.refresh();
    expect(restored.data?.refreshSession.member.id).toBe(corpMemberId);
    expect((await device.graphql(SESSIONS)).data?.sessions.edges[0].node.network.slug).toBe('kizuna-corp');

    // With the corp token, the demo membership cannot be read.
    const fromCorp = await memberEntities(stack, stack.serviceUrl('identity'), [demoMemberId], 'id displayName', device.token);
    expect(fromCorp.data?._entities).toEqual([null]);
    const fromDemo = await memberEntities(stack, stack.serviceUrl('identity'), [demoMemberId], 'id displayName', demoToken);
    expect(fromDemo.data?._entities[0]).toMatchObject({ id: demoMemberId });
  });

  it('starts no session on registering, and one with the cookie when the mailed link is opened, through the gateway', async () => {
    const device = browser();
    const opened = await registerIn(device, 'new-registrant@example.jp', '新規 登録');
    expect(opened).toMatchObject({ accessToken: expect.any(String), member: { status: 'PENDING' }, errors: [] });
    expect(device.refreshCookie).toBeDefined();
    const refreshed = await device.refresh();
    expect(refreshed.data?.refreshSession).toMatchObject({ member: { id: opened.member.id, status: 'PENDING' }, errors: [] });
  });
});

describe('shared by identity instances: signing keys (scheduled activation, retirement, rotation by age) and pruning of ended sessions', () => {
  let database: { url: string; drop(): Promise<void> };
  let dataSource: DataSource;
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  const claims = { sub: randomUUID(), mid: randomUUID(), nid: randomUUID(), role: 'member' as const, status: 'approved' as const, perms: [] };

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = createServiceDataSource({
      schema: 'identity',
      databaseUrl: database.url,
      entities: [SigningKeyEntity, SessionEntity, RefreshTokenEntity],
      migrations: [Initial1763800000000, Sessions1764200000000],
    });
    await dataSource.initialize();
    await migrate(dataSource);
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('publishes a new key before it signs, switches every instance to it on time, then retires the old one', async () => {
    const policy = { accessTokenTtlSeconds: 1, rotationDays: 0, publishAheadSeconds: 1, clockLeewaySeconds: 0 };
    const first = new TokenIssuer(dataSource, policy);
    const second = new TokenIssuer(dataSource, policy);
    await first.load();
    await second.load();
    const oldKid = first.currentKid;
    expect(second.currentKid).toBe(oldKid);
    const before = await first.issue(claims);

    const rotation = await first.rotate();
    await second.load();
    expect(second.keySet.keys.map((k) => k.kid)).toEqual([oldKid, rotation.kid]);
    expect(decodeProtectedHeader(await second.issue(claims)).kid).toBe(oldKid);
    // The other instance verifies what this one signed, with keys from the shared table.
    await expect(createTokenVerifier(second.keyResolver).verify(before)).resolves.toMatchObject({ accountId: claims.sub });

    await sleep(1100);
    expect(decodeProtectedHeader(await second.issue(claims)).kid).toBe(rotation.kid);
    expect(decodeProtectedHeader(await first.issue(claims)).kid).toBe(rotation.kid);

    // After its successor signed for longer than a token lives, the old key is gone from every instance.
    await sleep(1100);
    await second.load();
    await first.load();
    expect(first.keySet.keys.map((k) => k.kid)).toEqual([rotation.kid]);
    expect((await dataSource.query('SELECT kid FROM identity.signing_keys')).map((r: { kid: string }) => r.kid)).toEqual([rotation.kid]);
    await expect(createTokenVerifier(first.keyResolver).verify(before)).rejects.toThrow('Access token');
  });

  it('rotates by age on reload, once across instances, and immediately when a key leaked', async () => {
    const aged = { accessTokenTtlSeconds: 60, rotationDays: 1 / 86_400, publishAheadSeconds: 30, clockLeewaySeconds: 0 };
    const [a, b] = [new TokenIssuer(dataSource, aged), new TokenIssuer(dataSource, aged)];
    const fresh = await a.rotate({ immediately: true });
    const kids = async () => (await dataSource.query('SELECT kid FROM identity.signing_keys ORDER BY activates_at')).map((r: { kid: string }) => r.kid);
    await b.load();
    expect(await kids()).toEqual([fresh.kid]);

    await sleep(1100);
    await Promise.all([a.load(), b.load()]);
    const [, successor] = await kids();
    expect(await kids()).toEqual([fresh.kid, successor]);
    await Promise.all([a.load(), b.load()]);
    expect(await kids()).toHaveLength(2); // a successor waiting to sign is not aged
    expect(a.keySet.keys.map((k) => k.kid)).toEqual([fresh.kid, successor]);
    expect(a.currentKid).toBe(fresh.kid);

    const leaked = await a.rotate({ immediately: true });
    expect(leaked.retired.sort()).toEqual([fresh.kid, successor].sort());
    expect(a.currentKid).toBe(leaked.kid);
    expect(a.keySet.keys.map((k) => k.kid)).toEqual([leaked.kid]);
  });

  it('prunes sessions that ended more than 30 days ago and used refresh tokens past the idle window, and nothing else', async () => {
    const issuer = new TokenIssuer(dataSource);
    await issuer.load();
    const sessions = new SessionService(dataSource, issuer);
    const [networkId, accountId, membershipId] = [randomUUID(), randomUUID(), randomUUID()];
    const organizationId = randomUUID();
    await dataSource.query(`INSERT INTO identity.organizations (id, name) VALUES ($1, 'Prune University')`, [organizationId]);
    await dataSource.query(`INSERT INTO identity.networks (id, organization_id, slug, name) VALUES ($1, $2, 'prune-alumni', 'Prune Alumni')`, [
      networkId,
      organizationId,
    ]);
    await dataSource.query(`INSERT INTO identity.accounts (id, email, password_hash, display_name) VALUES ($1, 'prune@example.jp', 'x', 'Prune')`, [accountId]);
    await dataSource.query(
      `INSERT INTO identity.memberships (id, network_id, account_id, display_name, role, status) VALUES ($1, $2, $3, 'Prune', 'member', 'approved')`,
      [membershipId, networkId, accountId],
    );
    const membership = { id: membershipId, networkId, accountId, role: 'member', status: 'approved', displayName: 'Prune' } as MembershipEntity;
    const client = { userAgent: null, ip: null };
    const [alive, revokedLongAgo, revokedRecently, idle] = await Promise.all([1, 2, 3, 4].map(() => sessions.startSession(membership, client)));
    const day = 86_400_000;
    const ago = (days: number) => new Date(Date.now() - days * day);
    await dataSource.query(`UPDATE identity.sessions SET revoked_at = $2 WHERE id = $1`, [revokedLongAgo.sessionId, ago(31)]);
    await dataSource.query(`UPDATE identity.sessions SET revoked_at = $2 WHERE id = $1`, [revokedRecently.sessionId, ago(2)]);
    await dataSource.query(`UPDATE identity.sessions SET last_used_at = $2 WHERE id = $1`, [idle.sessionId, ago(61)]);
    const oldToken = randomUUID();
    await dataSource.query(
      `INSERT INTO identity.refresh_tokens (id, session_id, account_id, token_hash, created_at, expires_at, used_at) VALUES ($1, $2, $3, $4, $5, $5, $5)`,
      [oldToken, alive.sessionId, accountId, Buffer.from(randomUUID()), ago(31)],
    );

    expect(await sessions.prune()).toEqual({ sessions: 2, tokens: 1 });
    const left = (await dataSource.query('SELECT id FROM identity.sessions ORDER BY id')).map((r: { id: string }) => r.id);
    expect(left).toEqual([alive.sessionId, revokedRecently.sessionId].sort());
    const tokens = await dataSource.query('SELECT session_id FROM identity.refresh_tokens WHERE id = $1 OR used_at IS NULL', [oldToken]);
    expect(tokens.map((r: { session_id: string }) => r.session_id).sort()).toEqual([alive.sessionId, revokedRecently.sessionId].sort());
    expect(await sessions.prune()).toEqual({ sessions: 0, tokens: 0 });
  });
});
