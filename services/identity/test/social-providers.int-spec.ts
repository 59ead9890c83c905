import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import {
  claimsOf,
  HttpBrowser,
  LOCAL_FACEBOOK_GRAPH_PATH,
  LOCAL_MICROSOFT_TENANT,
  startLocalOidcProvider,
  startStack,
  type BrowserResponse,
  type LocalOidcProvider,
  type LocalOidcProviderId,
  type Stack,
} from '@kizuna/testing';

// Social sign-in through Microsoft (a tenant's issuer, RS256, e-mail maybe only as the sign-in
// name), Apple (answers with a POST, ES256, "true" as a string, the name only once beside the code)
// and Facebook (OAuth 2 only: its Graph /me, the picture at picture.data.url), all played by the
// local oidc-provider and configured through OIDC_PROVIDERS like any real deployment.

// The web origin identity believes it is behind (PUBLIC_WEB_URL). The test's browser sends what
// goes to it straight to identity, as the web server's /auth proxy would.
const WEB = 'http://localhost:5173';

let oidc: LocalOidcProvider;
let stack: Stack;
let identity: string;
let identityOrigin: string;

beforeAll(async () => {
  oidc = await startLocalOidcProvider({ logFile: resolve(__dirname, '../../../.kizuna/test-logs/oidc-provider-social-providers.log') });
  stack = await startStack({
    services: ['identity'],
    seed: 'demo',
    oidcProviders: oidc.providersSetting(['line', 'google', 'microsoft', 'apple', 'facebook']),
    publicWebUrl: WEB,
  });
  identity = stack.serviceUrl('identity');
  identityOrigin = new URL(identity).origin;
}, 180_000);

afterAll(async () => {
  await stack?.stop();
  await oidc?.stop();
});

function newBrowser(): HttpBrowser {
  return new HttpBrowser({ routes: { [WEB]: identityOrigin } });
}

/** A redirect back into the web app (not to its /auth proxy) ends a flow. */
const intoWebApp = (url: string) => url.startsWith(WEB) && !url.startsWith(`${WEB}/auth/`);

interface ProviderPass {
  landing: URL;
  /** The fields the provider POSTed back to the callback (form_post), if it answered that way. */
  postedBack: Record<string, string> | null;
}

/**
 * Answers the provider's pages (login form, consent, and a form_post page that sends the answer
 * back with a POST) until the browser is sent back into the web app. `tamperPost` may change what
 * goes back in a POST, as an attacker in the middle would.
 */
async function passProvider(
  browser: HttpBrowser,
  responses: BrowserResponse[],
  login: string,
  tamperPost: (fields: Record<string, string>) => Record<string, string> = (fields) => fields,
): Promise<ProviderPass> {
  let postedBack: Record<string, string> | null = null;
  for (let step = 0; step < 8; step += 1) {
    const last = responses.at(-1)!;
    if (last.location && intoWebApp(last.location)) return { landing: new URL(last.location), postedBack };
    const form = HttpBrowser.form(last);
    if (form && form.method === 'POST' && form.action.startsWith(`${WEB}/auth/oidc/`)) {
      postedBack = form.fields;
      responses = await browser.navigate(form.action, { form: tamperPost(form.fields), stopAt: intoWebApp });
      continue;
    }
    if (!form || !form.action.startsWith(oidc.url)) throw new Error(`Unexpected page ${last.url} (${last.status}): ${last.body.slice(0, 300)}`);
    const fields = form.fields.prompt === 'login' ? { ...form.fields, login, password: 'anything' } : form.fields;
    responses = await browser.navigate(form.action, { form: fields, stopAt: intoWebApp });
  }
  throw new Error('The provider did not send the browser back');
}

async function socialSignIn(browser: HttpBrowser, provider: LocalOidcProviderId, login: string, intent = 'sign-in', network = 'demo'): Promise<ProviderPass> {
  const responses = await browser.navigate(`${WEB}/auth/oidc/${provider}/start?network=${network}&intent=${intent}`, { stopAt: intoWebApp });
  return passProvider(browser, responses, login);
}

const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { accessToken member { id status email displayName } errors { code field message } } }`;
const SIGNUP = `query($ticket: String!) { socialSignup(ticket: $ticket) { provider providerName networkSlug displayName email emailVerified pictureUrl existingAccount } }`;
const ME = `{ me { id status lineLinked hasPassword linkedLogins { provider providerName email displayName } } }`;

async function count(table: string): Promise<number> {
  return Number((await stack.sql(`SELECT count(*)::int AS n FROM identity.${table}`))[0].n);
}

/** Registers with a sign-up ticket, keeping what the join page prefilled; returns the new member's token. */
async function registerWith(ticket: string, prefill: { email: string; displayName: string }): Promise<string> {
  const accounts = await count('accounts');
  const result = await stack.graphql(identity, REGISTER, {
    input: { networkSlug: 'demo', email: prefill.email, displayName: prefill.displayName, socialSignupTicket: ticket },
  });
  const payload = result.data!.register;
  expect(payload.errors).toEqual([]);
  expect(payload.member).toMatchObject({ status: 'PENDING', email: prefill.email, displayName: prefill.displayName });
  expect(claimsOf(payload.accessToken)).toMatchObject({ status: 'pending', role: 'member' });
  expect(await count('accounts')).toBe(accounts + 1);
  return payload.accessToken as string;
}

/** A later sign-in through the provider: the pending screen, and a refresh cookie that restores the member's session. */
async function expectSessionThrough(provider: LocalOidcProviderId, login: string, displayName: string): Promise<ProviderPass> {
  const browser = newBrowser();
  const pass = await socialSignIn(browser, provider, login);
  expect(pass.landing.toString()).toBe(`${WEB}/pending`);
  const refresh = browser.cookiesFor(`${WEB}/graphql`).kizuna_refresh;
  expect(refresh).toBeTruthy();
  const response = await fetch(identity, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...stack.gatewayHeaders, cookie: `kizuna_refresh=${refresh}` },
    body: JSON.stringify({ query: 'mutation { refreshSession { accessToken member { displayName status } errors { code } } }' }),
  });
  const refreshed = ((await response.json()) as { data: { refreshSession: { member: { displayName: string; status: string } } } }).data.refreshSession;
  expect(refreshed.member).toEqual({ displayName, status: 'PENDING' });
  return pass;
}

async function emailVerified(email: string): Promise<boolean> {
  const [account] = await stack.sql(`SELECT email_verified_at, password_hash FROM identity.accounts WHERE email = $1`, [email]);
  expect(account.password_hash).toBeNull();
  return account.email_verified_at !== null;
}

describe('social sign-in through Microsoft, Apple and Facebook (local provider)', () => {
  it('lists every configured provider for the sign-in buttons, in the configured order', async () => {
    const result = await stack.graphql(identity, '{ loginProviders { id name } }');
    expect(result.data!.loginProviders).toEqual([
      { id: 'line', name: 'LINE' },
      { id: 'google', name: 'Google' },
      { id: 'microsoft', name: 'Microsoft' },
      { id: 'apple', name: 'Apple' },
      { id: 'facebook', name: 'Facebook' },
    ]);
  });

  it("Microsoft: a tenant's issuer; sign-up takes the sign-in name as an unverified e-mail, links the login, and a later sign-in starts a session", async () => {
    const discovery = (await (await fetch(`${oidc.issuer('microsoft')}/.well-known/openid-configuration`)).json()) as { issuer: string };
    expect(discovery.issuer).toBe(`${oidc.url}/microsoft/${LOCAL_MICROSOFT_TENANT}/v2.0`);
    // A work account without an e-mail claim: Microsoft gives the sign-in name instead.
    await oidc.setAccount('microsoft', 'aiko', { name: 'Aiko Ueda', preferred_username: 'Aiko.Ueda@Contoso.example' });

    const { landing } = await socialSignIn(newBrowser(), 'microsoft', 'aiko', 'sign-up');
    expect(landing.pathname).toBe('/join/demo');
    const ticket = landing.searchParams.get('signup')!;
    const prefill = (await stack.graphql(identity, SIGNUP, { ticket })).data!.socialSignup;
    expect(prefill).toEqual({
      provider: 'microsoft',
      providerName: 'Microsoft',
      networkSlug: 'demo',
      displayName: 'Aiko Ueda',
      email: 'aiko.ueda@contoso.example',
      // Microsoft vouches for no address: the member verifies it by mail.
      emailVerified: false,
      pictureUrl: null,
      existingAccount: false,
    });

    const token = await registerWith(ticket, prefill);
    expect(await emailVerified('aiko.ueda@contoso.example')).toBe(false);
    expect((await stack.graphql(identity, ME, {}, token)).data!.me).toMatchObject({
      lineLinked: false,
      hasPassword: false,
      linkedLogins: [{ provider: 'microsoft', providerName: 'Microsoft', email: 'aiko.ueda@contoso.example', displayName: 'Aiko Ueda' }],
    });

    await expectSessionThrough('microsoft', 'aiko', 'Aiko Ueda');
  });

  it('Apple: the answer comes back as a POST; sign-up gets the verified e-mail from the ID token and the name from the first authorization only', async () => {
    await oidc.setAccount('apple', 'kumi', { name: 'Kumi Abe', email: 'kumi.abe@privaterelay.apple.example', email_verified: true });

    const { landing, postedBack } = await socialSignIn(newBrowser(), 'apple', 'kumi', 'sign-up');
    // form_post: the code and state came back in the body of a POST, with the name beside them.
    expect(postedBack).toMatchObject({ code: expect.any(String), state: expect.any(String) });
    expect(JSON.parse(postedBack!.user)).toMatchObject({ name: { firstName: 'Kumi', lastName: 'Abe' } });
    expect(landing.pathname).toBe('/join/demo');
    const ticket = landing.searchParams.get('signup')!;
    const prefill = (await stack.graphql(identity, SIGNUP, { ticket })).data!.socialSignup;
    expect(prefill).toEqual({
      provider: 'apple',
      providerName: 'Apple',
      networkSlug: 'demo',
      displayName: 'Kumi Abe',
      email: 'kumi.abe@privaterelay.apple.example',
      emailVerified: true, // "true", as a string, in Apple's ID token
      pictureUrl: null,
      existingAccount: false,
    });

    const token = await registerWith(ticket, prefill);
    expect(await emailVerified('kumi.abe@privaterelay.apple.example')).toBe(true);
    expect((await stack.graphql(identity, ME, {}, token)).data!.me.linkedLogins).toEqual([
      { provider: 'apple', providerName: 'Apple', email: 'kumi.abe@privaterelay.apple.example', displayName: 'Kumi Abe' },
    ]);

    // Apple sends no name the second time; the sign-in does not need one.
    const later = await expectSessionThrough('apple', 'kumi', 'Kumi Abe');
    expect(later.postedBack).toMatchObject({ code: expect.any(String) });
    expect(later.postedBack!.user).toBeUndefined();
  });

  it('Apple: without the name (a later authorization of a new sign-up) the join page asks for it', async () => {
    await oidc.setAccount('apple', 'nameless', { email: 'nameless@privaterelay.apple.example', email_verified: true });
    // The first authorization went elsewhere (say, an abandoned sign-up): Apple sends no name again.
    await socialSignIn(newBrowser(), 'apple', 'nameless', 'sign-up');
    const { landing, postedBack } = await socialSignIn(newBrowser(), 'apple', 'nameless', 'sign-up');
    expect(postedBack!.user).toBeUndefined();
    const ticket = landing.searchParams.get('signup')!;
    expect((await stack.graphql(identity, SIGNUP, { ticket })).data!.socialSignup).toMatchObject({
      displayName: null,
      email: 'nameless@privaterelay.apple.example',
      emailVerified: true,
    });
    const accounts = await count('accounts');
    const missing = await stack.graphql(identity, REGISTER, {
      input: { networkSlug: 'demo', email: 'nameless@privaterelay.apple.example', displayName: '', socialSignupTicket: ticket },
    });
    expect(missing.data!.register.errors).toEqual([expect.objectContaining({ field: 'displayName' })]);
    expect(await count('accounts')).toBe(accounts);
    await registerWith(ticket, { email: 'nameless@privaterelay.apple.example', displayName: 'Nao Kimura' });
  });

  it('Facebook: OAuth 2 through its Graph /me; sign-up gets the name, the unverified e-mail and picture.data.url, and a later sign-in starts a session', async () => {
    await oidc.setAccount('facebook', 'emiko', {
      name: 'Emiko Hayashi',
      email: 'emiko.hayashi@facebook.example',
      picture: 'https://scontent.facebook.example/emiko.jpg',
    });

    const browser = newBrowser();
    const start = await browser.request(`${WEB}/auth/oidc/facebook/start?network=demo&intent=sign-up`);
    const authorization = new URL(start.location!);
    // OAuth 2 only: no openid scope, no nonce; state and PKCE all the same.
    expect(authorization.searchParams.get('scope')).toBe('email public_profile');
    expect(authorization.searchParams.get('nonce')).toBeNull();
    expect(authorization.searchParams.get('state')).toBeTruthy();
    expect(authorization.searchParams.get('code_challenge_method')).toBe('S256');
    const { landing } = await passProvider(browser, await browser.navigate(authorization.toString(), { stopAt: intoWebApp }), 'emiko');

    expect(landing.pathname).toBe('/join/demo');
    const ticket = landing.searchParams.get('signup')!;
    const prefill = (await stack.graphql(identity, SIGNUP, { ticket })).data!.socialSignup;
    expect(prefill).toEqual({
      provider: 'facebook',
      providerName: 'Facebook',
      networkSlug: 'demo',
      displayName: 'Emiko Hayashi',
      email: 'emiko.hayashi@facebook.example',
      emailVerified: false,
      pictureUrl: 'https://scontent.facebook.example/emiko.jpg',
      existingAccount: false,
    });

    const token = await registerWith(ticket, prefill);
    expect(await emailVerified('emiko.hayashi@facebook.example')).toBe(false);
    expect((await stack.graphql(identity, ME, {}, token)).data!.me.linkedLogins).toEqual([
      { provider: 'facebook', providerName: 'Facebook', email: 'emiko.hayashi@facebook.example', displayName: 'Emiko Hayashi' },
    ]);
    // The login is keyed by Facebook's numeric app-scoped id, not the local login name.
    const [login] = await stack.sql(`SELECT subject FROM identity.linked_logins WHERE provider = 'facebook' AND email = $1`, [
      'emiko.hayashi@facebook.example',
    ]);
    expect(login.subject).toMatch(/^\d+$/);

    await expectSessionThrough('facebook', 'emiko', 'Emiko Hayashi');
  });

  it('Facebook: the local Graph /me answers only for an access token the local Facebook issued', async () => {
    const response = await fetch(`${oidc.url}${LOCAL_FACEBOOK_GRAPH_PATH}?fields=id,name`, { headers: { authorization: 'Bearer made-up-token' } });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { type: 'OAuthException', code: 190 } });
  });

  it.each(['microsoft', 'apple', 'facebook'] as const)('%s: refuses a sign-in whose PKCE challenge was tampered with, and stores nothing', async (provider) => {
    await oidc.setAccount(provider, `pkce-${provider}`, { name: 'Pat Kce', email: `pat.kce@${provider}.example`, email_verified: true });
    const browser = newBrowser();
    const start = await browser.request(`${WEB}/auth/oidc/${provider}/start?network=demo&intent=sign-up`);
    const authorization = new URL(start.location!);
    authorization.searchParams.set('code_challenge', createHash('sha256').update('attacker').digest('base64url'));
    const [tickets, logins] = [await count('social_signup_tickets'), await count('linked_logins')];
    const { landing } = await passProvider(browser, await browser.navigate(authorization.toString(), { stopAt: intoWebApp }), `pkce-${provider}`);
    expect(landing.pathname).toBe('/social-login/error');
    expect(landing.searchParams.get('code')).toBe('LOGIN_FAILED');
    expect(await count('social_signup_tickets')).toBe(tickets);
    expect(await count('linked_logins')).toBe(logins);
  });

  it('Apple: a POSTed answer with a changed state, or posted from another browser, is refused', async () => {
    await oidc.setAccount('apple', 'kumi', { name: 'Kumi Abe', email: 'kumi.abe@privaterelay.apple.example', email_verified: true });
    const tampered = newBrowser();
    const changedState = await passProvider(
      tampered,
      await tampered.navigate(`${WEB}/auth/oidc/apple/start?network=demo&intent=sign-in`, { stopAt: intoWebApp }),
      'kumi',
      (fields) => ({ ...fields, state: `${fields.state}x` }),
    );
    expect(changedState.landing.searchParams.get('code')).toBe('FLOW_NOT_FOUND');
    expect(tampered.cookiesFor(`${WEB}/graphql`).kizuna_refresh).toBeUndefined();

    // The rightful browser's answer, replayed by another browser (no binding cookie): no session.
    const rightful = newBrowser();
    let posted: Record<string, string> | null = null;
    const stolen = await passProvider(
      rightful,
      await rightful.navigate(`${WEB}/auth/oidc/apple/start?network=demo&intent=sign-in`, { stopAt: intoWebApp }),
      'kumi',
      (fields) => {
        posted = fields;
        return { ...fields, state: 'withheld' };
      },
    );
    expect(stolen.landing.searchParams.get('code')).toBe('FLOW_NOT_FOUND');
    const elsewhere = newBrowser();
    const replay = await elsewhere.request(`${WEB}/auth/oidc/apple/callback`, { form: posted! });
    expect(new URL(replay.location!).searchParams.get('code')).toBe('FLOW_NOT_FOUND');
    expect(elsewhere.cookiesFor(`${WEB}/graphql`).kizuna_refresh).toBeUndefined();
  });
});
