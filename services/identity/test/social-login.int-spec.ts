import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import {
  claimsOf,
  HttpBrowser,
  memberEntities,
  startLocalOidcProvider,
  startStack,
  type BrowserResponse,
  type EventCollector,
  type LocalOidcProvider,
  type LocalOidcProviderId,
  type Stack,
} from '@kizuna/testing';

// The web origin identity believes it is behind (PUBLIC_WEB_URL). The test's browser sends what
// goes to it straight to identity, as the web server's /auth proxy would.
const WEB = 'http://localhost:5173';

let oidc: LocalOidcProvider;
let stack: Stack;
let identity: string;
let identityOrigin: string;
let accountEvents: EventCollector;

beforeAll(async () => {
  oidc = await startLocalOidcProvider({ logFile: resolve(__dirname, '../../../.kizuna/test-logs/oidc-provider-social-login.log') });
  stack = await startStack({ services: ['identity'], seed: 'demo', oidcProviders: oidc.providersSetting(), publicWebUrl: WEB });
  identity = stack.serviceUrl('identity');
  identityOrigin = new URL(identity).origin;
  accountEvents = await stack.collectEvents('kizuna.identity.account');
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

/** Answers the provider's pages (login form, then consent) until the browser is sent back to the web app. */
async function passProvider(browser: HttpBrowser, responses: BrowserResponse[], login: string): Promise<string> {
  for (let step = 0; step < 6; step += 1) {
    const last = responses.at(-1)!;
    if (last.location && intoWebApp(last.location)) return last.location;
    const form = HttpBrowser.form(last);
    if (!form || !form.action.startsWith(oidc.url)) throw new Error(`Unexpected page ${last.url} (${last.status}): ${last.body.slice(0, 300)}`);
    const fields = form.fields.prompt === 'login' ? { ...form.fields, login, password: 'anything' } : form.fields;
    responses = await browser.navigate(form.action, { form: fields, stopAt: intoWebApp });
  }
  throw new Error('The provider did not send the browser back');
}

/** Starts a sign-in or sign-up at a provider and returns where the browser lands in the web app. */
async function socialSignIn(browser: HttpBrowser, provider: LocalOidcProviderId, login: string, network = 'demo', intent = 'sign-in'): Promise<URL> {
  const responses = await browser.navigate(`${WEB}/auth/oidc/${provider}/start?network=${network}&intent=${intent}`, { stopAt: intoWebApp });
  return new URL(await passProvider(browser, responses, login));
}

/** Follows a provider authorization URL (e.g. from startLoginLink) through login and consent. */
async function passAuthorization(browser: HttpBrowser, authorizationUrl: string, login: string): Promise<URL> {
  return new URL(await passProvider(browser, await browser.navigate(authorizationUrl, { stopAt: intoWebApp }), login));
}

const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { accessToken member { id status email displayName } errors { code field message } } }`;
const SIGNUP = `query($ticket: String!) { socialSignup(ticket: $ticket) { provider providerName networkSlug displayName email emailVerified pictureUrl existingAccount } }`;
const ME = `{ me { id lineLinked hasPassword linkedLogins { provider providerName email displayName linkedAt } } }`;
const START_LINK = `mutation($provider: ID!) { startLoginLink(input: { provider: $provider }) { authorizationUrl errors { code field message } } }`;
const COMPLETE_LINK = `mutation($ticket: String!) { completeLoginLink(input: { ticket: $ticket }) { linkedLogins { provider } errors { code field message } } }`;
const CHOICE_OF = `query($ticket: String!) { signInNetworkChoice(ticket: $ticket) { networks { status network { slug } } } }`;
const CHOOSE = `mutation($input: ChooseSignInNetworkInput!) { chooseSignInNetwork(input: $input) { member { id } errors { code field } } }`;
const UNLINK = `mutation($provider: ID!) { unlinkLogin(input: { provider: $provider }) { linkedLogins { provider } errors { code field message } } }`;

async function count(table: string): Promise<number> {
  return Number((await stack.sql(`SELECT count(*)::int AS n FROM identity.${table}`))[0].n);
}

/** Signs up a new member through a provider; returns their token and member id. */
async function signUpThrough(provider: LocalOidcProviderId, login: string, claims: { name: string; email: string }, network = 'demo') {
  await oidc.setAccount(provider, login, { ...claims, email_verified: true });
  const landing = await socialSignIn(newBrowser(), provider, login, network, 'sign-up');
  const ticket = landing.searchParams.get('signup')!;
  const result = await stack.graphql(identity, REGISTER, {
    input: { networkSlug: network, email: claims.email, displayName: claims.name, socialSignupTicket: ticket },
  });
  const payload = result.data!.register;
  expect(payload.errors).toEqual([]);
  return { token: payload.accessToken as string, memberId: payload.member.id as string, ticket };
}

describe('social sign-in (OpenID Connect, local provider playing LINE and Google)', () => {
  it('lists the configured providers for the sign-in buttons', async () => {
    const result = await stack.graphql(identity, '{ loginProviders { id name } }');
    expect(result.data!.loginProviders).toEqual([
      { id: 'line', name: 'LINE' },
      { id: 'google', name: 'Google' },
    ]);
  });

  it('signs up through LINE: the join page gets the name and e-mail, registration makes a pending member with the login linked', async () => {
    await oidc.setAccount('line', 'hanako', { name: '佐藤 花子', email: 'hanako.sato@line.example', picture: 'https://profile.line.example/hanako.png' });
    const browser = newBrowser();
    const landing = await socialSignIn(browser, 'line', 'hanako', 'demo', 'sign-up');
    expect(landing.pathname).toBe('/join/demo');
    const ticket = landing.searchParams.get('signup')!;
    expect(ticket).toBeTruthy();

    const prefill = await stack.graphql(identity, SIGNUP, { ticket });
    expect(prefill.data!.socialSignup).toEqual({
      provider: 'line',
      providerName: 'LINE',
      networkSlug: 'demo',
      displayName: '佐藤 花子',
      email: 'hanako.sato@line.example',
      emailVerified: true,
      pictureUrl: 'https://profile.line.example/hanako.png',
      existingAccount: false,
    });

    const accountsBefore = await count('accounts');
    const registered = await stack.graphql(identity, REGISTER, {
      input: { networkSlug: 'demo', email: 'hanako.sato@line.example', displayName: '佐藤 花子', socialSignupTicket: ticket },
    });
    const payload = registered.data!.register;
    expect(payload.errors).toEqual([]);
    expect(payload.member).toMatchObject({ status: 'PENDING', email: 'hanako.sato@line.example', displayName: '佐藤 花子' });
    expect(claimsOf(payload.accessToken)).toMatchObject({ status: 'pending', role: 'member' });
    expect(await count('accounts')).toBe(accountsBefore + 1);

    const [account] = await stack.sql(`SELECT a.password_hash, a.email_verified_at FROM identity.accounts a WHERE a.email = $1`, ['hanako.sato@line.example']);
    expect(account.password_hash).toBeNull();
    expect(account.email_verified_at).not.toBeNull(); // LINE vouches for the address and it was kept

    const me = await stack.graphql(identity, ME, {}, payload.accessToken);
    expect(me.data!.me).toMatchObject({
      lineLinked: true,
      hasPassword: false,
      linkedLogins: [{ provider: 'line', providerName: 'LINE', email: 'hanako.sato@line.example' }],
    });

    const linked = await stack.waitFor(async () =>
      accountEvents.events.find(
        (e) => e.type === 'kizuna.identity.account.login-linked.v1' && (e.data as { membershipId: string }).membershipId === payload.member.id,
      ),
    );
    expect(linked.data).toMatchObject({ provider: 'line', lineLinked: true, accountId: claimsOf(payload.accessToken).sub });

    // The ticket is single use: a second registration with it is refused and stores nothing.
    const again = await stack.graphql(identity, REGISTER, {
      input: { networkSlug: 'demo', email: 'someone.else@example.com', displayName: 'Someone', socialSignupTicket: ticket },
    });
    expect(again.data!.register.errors).toEqual([expect.objectContaining({ code: 'SIGNUP_EXPIRED', field: 'socialSignupTicket' })]);
    expect(await count('accounts')).toBe(accountsBefore + 1);
    expect(await stack.graphql(identity, SIGNUP, { ticket })).toMatchObject({ data: { socialSignup: null } });
  });

  it('signs a linked member in through LINE later: a session cookie and the pending screen', async () => {
    const browser = newBrowser();
    const landing = await socialSignIn(browser, 'line', 'hanako');
    expect(landing.toString()).toBe(`${WEB}/pending`);
    // The web client restores the session from the refresh cookie.
    const cookies = browser.cookiesFor(`${WEB}/graphql`);
    expect(cookies.kizuna_refresh).toBeTruthy();
    const response = await fetch(identity, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...stack.gatewayHeaders, cookie: `kizuna_refresh=${cookies.kizuna_refresh}` },
      body: JSON.stringify({ query: 'mutation { refreshSession { accessToken member { displayName status } errors { code } } }' }),
    });
    const refreshed = ((await response.json()) as { data: { refreshSession: { accessToken: string; member: { displayName: string; status: string } } } }).data
      .refreshSession;
    expect(refreshed.member).toEqual({ displayName: '佐藤 花子', status: 'PENDING' });
    expect(claimsOf(refreshed.accessToken).status).toBe('pending');
  });

  it('asks for the e-mail when the provider gives none, and does not mark a changed address verified', async () => {
    await oidc.setAccount('line', 'no-mail', { name: 'Kenta Mori' });
    const landing = await socialSignIn(newBrowser(), 'line', 'no-mail', 'demo', 'sign-up');
    const ticket = landing.searchParams.get('signup')!;
    expect((await stack.graphql(identity, SIGNUP, { ticket })).data!.socialSignup).toMatchObject({
      displayName: 'Kenta Mori',
      email: null,
      emailVerified: false,
    });

    const missing = await stack.graphql(identity, REGISTER, {
      input: { networkSlug: 'demo', email: '', displayName: 'Kenta Mori', socialSignupTicket: ticket },
    });
    expect(missing.data!.register.errors).toEqual([expect.objectContaining({ field: 'email' })]);

    const ok = await stack.graphql(identity, REGISTER, {
      input: { networkSlug: 'demo', email: 'kenta.mori@example.com', displayName: 'Kenta Mori', socialSignupTicket: ticket },
    });
    expect(ok.data!.register.errors).toEqual([]);
    const [account] = await stack.sql(`SELECT email_verified_at FROM identity.accounts WHERE email = 'kenta.mori@example.com'`);
    expect(account.email_verified_at).toBeNull();
  });

  it('never links a provider login to an existing account just because the e-mail matches', async () => {
    await oidc.setAccount('google', 'taro-impostor', { name: 'Taro Yamada', email: 'taro.yamada@demo.kizuna.dev', email_verified: true });
    const [tickets, logins] = [await count('social_signup_tickets'), await count('linked_logins')];
    const landing = await socialSignIn(newBrowser(), 'google', 'taro-impostor', 'demo', 'sign-up');
    expect(landing.pathname).toBe('/social-login/error');
    expect(Object.fromEntries(landing.searchParams)).toMatchObject({ code: 'EMAIL_IN_USE', provider: 'google', network: 'demo' });
    expect(await count('social_signup_tickets')).toBe(tickets);
    expect(await count('linked_logins')).toBe(logins);
  });

  it('refuses a callback with an unknown state, a replayed callback, and a callback finished in another browser', async () => {
    const forged = await newBrowser().navigate(`${WEB}/auth/oidc/line/callback?code=abc&state=made-up-state`);
    expect(new URL(forged[0].location!).searchParams.get('code')).toBe('FLOW_NOT_FOUND');

    // Stop at the callback to look at it.
    const isCallback = (url: string) => url.startsWith(`${WEB}/auth/oidc/line/callback`);
    const browser = newBrowser();
    let responses = await browser.navigate(`${WEB}/auth/oidc/line/start?network=demo&intent=sign-in`, { stopAt: isCallback });
    for (let step = 0; step < 4 && !responses.at(-1)!.location?.startsWith(`${WEB}/auth/oidc/line/callback`); step += 1) {
      const form = HttpBrowser.form(responses.at(-1)!)!;
      responses = await browser.navigate(form.action, {
        form: form.fields.prompt === 'login' ? { ...form.fields, login: 'hanako', password: 'x' } : form.fields,
        stopAt: isCallback,
      });
    }
    const callbackUrl = responses.at(-1)!.location!;

    // Another browser (no binding cookie) cannot finish it: a link sent to someone signs no one in.
    const elsewhere = await newBrowser().request(callbackUrl);
    expect(new URL(elsewhere.location!).searchParams.get('code')).toBe('FLOW_NOT_FOUND');
    // That attempt used the flow up: the rightful browser cannot replay it either.
    const replay = await browser.request(callbackUrl);
    expect(new URL(replay.location!).searchParams.get('code')).toBe('FLOW_NOT_FOUND');
    expect(browser.cookiesFor(`${WEB}/graphql`).kizuna_refresh).toBeUndefined();
  });

  it('finishes a flow once: the same callback a second time is refused', async () => {
    const isCallback = (url: string) => url.startsWith(`${WEB}/auth/oidc/line/callback`);
    const browser = newBrowser();
    let responses = await browser.navigate(`${WEB}/auth/oidc/line/start?network=demo&intent=sign-in`, { stopAt: isCallback });
    for (let step = 0; step < 4 && !responses.at(-1)!.location?.startsWith(`${WEB}/auth/oidc/line/callback`); step += 1) {
      const form = HttpBrowser.form(responses.at(-1)!)!;
      responses = await browser.navigate(form.action, {
        form: form.fields.prompt === 'login' ? { ...form.fields, login: 'hanako', password: 'x' } : form.fields,
        stopAt: isCallback,
      });
    }
    const callbackUrl = responses.at(-1)!.location!;
    expect((await browser.request(callbackUrl)).location).toBe(`${WEB}/pending`);
    expect(new URL((await browser.request(callbackUrl)).location!).searchParams.get('code')).toBe('FLOW_NOT_FOUND');
  });

  it('lands on an explanation when the person declines at the provider', async () => {
    const browser = newBrowser();
    const responses = await browser.navigate(`${WEB}/auth/oidc/line/start?network=demo&intent=sign-up`, { stopAt: intoWebApp });
    const abort = /href="([^"]*\/abort)"/.exec(responses.at(-1)!.body)?.[1];
    expect(abort).toBeTruthy();
    const back = await browser.navigate(new URL(abort!, responses.at(-1)!.url).toString(), { stopAt: intoWebApp });
    const landing = new URL(back.at(-1)!.location!);
    expect(landing.pathname).toBe('/social-login/error');
    expect(landing.searchParams.get('code')).toBe('CONSENT_DENIED');
  });

  it('refuses a sign-in that took too long, and a sign-up ticket that expired', async () => {
    const browser = newBrowser();
    const responses = await browser.navigate(`${WEB}/auth/oidc/line/start?network=demo&intent=sign-in`, { stopAt: intoWebApp });
    // Ten minutes pass at the provider.
    await stack.sql(`UPDATE identity.oidc_flows SET expires_at = now() - interval '1 second'`);
    const landing = new URL(await passProvider(browser, responses, 'hanako'));
    expect(landing.searchParams.get('code')).toBe('FLOW_EXPIRED');
    expect(browser.cookiesFor(`${WEB}/graphql`).kizuna_refresh).toBeUndefined();

    await oidc.setAccount('line', 'slow', { name: 'Slow Poke', email: 'slow.poke@line.example' });
    const ticket = (await socialSignIn(newBrowser(), 'line', 'slow', 'demo', 'sign-up')).searchParams.get('signup')!;
    await stack.sql(`UPDATE identity.social_signup_tickets SET expires_at = now() - interval '1 second'`);
    expect((await stack.graphql(identity, SIGNUP, { ticket })).data!.socialSignup).toBeNull();
    const accounts = await count('accounts');
    const late = await stack.graphql(identity, REGISTER, {
      input: { networkSlug: 'demo', email: 'slow.poke@line.example', displayName: 'Slow Poke', socialSignupTicket: ticket },
    });
    expect(late.data!.register.errors).toEqual([expect.objectContaining({ code: 'SIGNUP_EXPIRED', field: 'socialSignupTicket' })]);
    expect(await count('accounts')).toBe(accounts);
  });

  it('explains an unknown provider or network instead of failing', async () => {
    const unknownProvider = await newBrowser().request(`${WEB}/auth/oidc/myspace/start?network=demo`);
    expect(new URL(unknownProvider.location!).searchParams.get('code')).toBe('UNKNOWN_PROVIDER');
    const unknownNetwork = await newBrowser().request(`${WEB}/auth/oidc/line/start?network=no-such-network`);
    expect(new URL(unknownNetwork.location!).searchParams.get('code')).toBe('UNKNOWN_NETWORK');
    // Signing up is always to a network.
    const signUpWithoutNetwork = await newBrowser().request(`${WEB}/auth/oidc/line/start?intent=sign-up`);
    expect(new URL(signUpWithoutNetwork.location!).searchParams.get('code')).toBe('UNKNOWN_NETWORK');
  });

  it.each([
    ['PKCE code challenge', 'code_challenge'],
    ['nonce', 'nonce'],
  ])('refuses the sign-in when the %s of the authorization request was tampered with', async (_what, parameter) => {
    const browser = newBrowser();
    const start = await browser.request(`${WEB}/auth/oidc/line/start?network=demo&intent=sign-in`);
    const authorization = new URL(start.location!);
    expect(authorization.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorization.searchParams.get(parameter)).toBeTruthy();
    // An attacker's value: a challenge of another verifier, or another nonce.
    authorization.searchParams.set(parameter, createHash('sha256').update('attacker').digest('base64url'));
    const logins = await count('linked_logins');
    const landing = await passAuthorization(browser, authorization.toString(), 'hanako');
    expect(landing.pathname).toBe('/social-login/error');
    expect(landing.searchParams.get('code')).toBe('LOGIN_FAILED');
    expect(browser.cookiesFor(`${WEB}/graphql`).kizuna_refresh).toBeUndefined();
    expect(await count('linked_logins')).toBe(logins);
  });

  it('links and unlinks a login from account settings; a login belongs to one account only; events are published', async () => {
    const taro = await stack.signIn('taro.yamada@demo.kizuna.dev', stack.demo.memberPassword);
    const emily = await stack.signIn('emily.johnson@demo.kizuna.dev', stack.demo.memberPassword);
    await oidc.setAccount('google', 'taro-google', { name: 'Taro Yamada', email: 'taro@gmail.example', email_verified: true });

    const started = await stack.graphql(identity, START_LINK, { provider: 'google' }, taro);
    expect(started.data!.startLoginLink.errors).toEqual([]);
    const landing = await passAuthorization(newBrowser(), started.data!.startLoginLink.authorizationUrl, 'taro-google');
    expect(landing.pathname).toBe('/account');
    const ticket = landing.searchParams.get('linkTicket')!;

    // Only the account that started the link can finish it.
    const stolen = await stack.graphql(identity, COMPLETE_LINK, { ticket }, emily);
    expect(stolen.data!.completeLoginLink.errors).toEqual([expect.objectContaining({ code: 'LINK_EXPIRED', field: 'ticket' })]);
    const linked = await stack.graphql(identity, COMPLETE_LINK, { ticket }, taro);
    expect(linked.data!.completeLoginLink).toEqual({ linkedLogins: [{ provider: 'google' }], errors: [] });
    const event = await stack.waitFor(async () =>
      accountEvents.events.find(
        (e) => e.type === 'kizuna.identity.account.login-linked.v1' && (e.data as { membershipId: string }).membershipId === claimsOf(taro).mid,
      ),
    );
    expect(event.data).toMatchObject({ provider: 'google', lineLinked: false, accountId: claimsOf(taro).sub });
    expect(event.networkid).toBe(claimsOf(taro).nid);

    // Linking Google again while one is linked is refused up front.
    expect((await stack.graphql(identity, START_LINK, { provider: 'google' }, taro)).data!.startLoginLink.errors).toEqual([
      expect.objectContaining({ code: 'ALREADY_LINKED', field: 'provider' }),
    ]);

    // Emily tries the same Google login: it already belongs to Taro.
    const emilyStart = await stack.graphql(identity, START_LINK, { provider: 'google' }, emily);
    const emilyLanding = await passAuthorization(newBrowser(), emilyStart.data!.startLoginLink.authorizationUrl, 'taro-google');
    const refused = await stack.graphql(identity, COMPLETE_LINK, { ticket: emilyLanding.searchParams.get('linkTicket') }, emily);
    expect(refused.data!.completeLoginLink.errors).toEqual([expect.objectContaining({ code: 'LOGIN_LINKED_ELSEWHERE' })]);
    expect((await stack.graphql(identity, ME, {}, emily)).data!.me.linkedLogins).toEqual([]);

    // Taro signs in to demo with Google now.
    expect((await socialSignIn(newBrowser(), 'google', 'taro-google')).toString()).toBe(`${WEB}/`);

    // Taro has a password: unlinking Google is fine.
    const unlinked = await stack.graphql(identity, UNLINK, { provider: 'google' }, taro);
    expect(unlinked.data!.unlinkLogin).toEqual({ linkedLogins: [], errors: [] });
    const unlinkEvent = await stack.waitFor(async () =>
      accountEvents.events.find(
        (e) => e.type === 'kizuna.identity.account.login-unlinked.v1' && (e.data as { membershipId: string }).membershipId === claimsOf(taro).mid,
      ),
    );
    expect(unlinkEvent.data).toMatchObject({ provider: 'google', lineLinked: false });
    const notLinked = await stack.graphql(identity, UNLINK, { provider: 'google' }, taro);
    expect(notLinked.data!.unlinkLogin.errors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: 'provider' })]);
  });

  it('refuses to unlink the last way to sign in, and allows it once another login is linked', async () => {
    const { token } = await signUpThrough('line', 'yui', { name: 'Yui Tanaka', email: 'yui.tanaka@line.example' });
    const logins = await count('linked_logins');
    const refused = await stack.graphql(identity, UNLINK, { provider: 'line' }, token);
    expect(refused.data!.unlinkLogin).toEqual({ linkedLogins: null, errors: [expect.objectContaining({ code: 'LAST_SIGN_IN_METHOD', field: 'provider' })] });
    expect(await count('linked_logins')).toBe(logins);

    const started = await stack.graphql(identity, START_LINK, { provider: 'google' }, token);
    const landing = await passAuthorization(newBrowser(), started.data!.startLoginLink.authorizationUrl, 'yui-google');
    await stack.graphql(identity, COMPLETE_LINK, { ticket: landing.searchParams.get('linkTicket') }, token);
    const unlinked = await stack.graphql(identity, UNLINK, { provider: 'line' }, token);
    expect(unlinked.data!.unlinkLogin).toEqual({ linkedLogins: [{ provider: 'google' }], errors: [] });
    expect((await stack.graphql(identity, ME, {}, token)).data!.me).toMatchObject({ lineLinked: false, linkedLogins: [{ provider: 'google' }] });
    await stack.waitFor(async () =>
      accountEvents.events.find(
        (e) => e.type === 'kizuna.identity.account.login-unlinked.v1' && (e.data as { provider: string; lineLinked: boolean }).provider === 'line',
      ),
    );
  });

  it('joins another network with the account a LINE login already belongs to', async () => {
    const { token } = await signUpThrough('line', 'sora', { name: 'Sora Ito', email: 'sora.ito@line.example' });
    const landing = await socialSignIn(newBrowser(), 'line', 'sora', 'kizuna-corp');
    expect(landing.pathname).toBe('/join/kizuna-corp');
    const ticket = landing.searchParams.get('signup')!;
    expect((await stack.graphql(identity, SIGNUP, { ticket })).data!.socialSignup).toMatchObject({
      existingAccount: true,
      email: 'sora.ito@line.example',
      displayName: 'Sora Ito',
    });
    // The account joins with its own address, not another one.
    const otherAddress = await stack.graphql(identity, REGISTER, {
      input: { networkSlug: 'kizuna-corp', email: 'sora.other@example.com', displayName: 'Sora Ito', socialSignupTicket: ticket },
    });
    expect(otherAddress.data!.register.errors).toEqual([expect.objectContaining({ field: 'email' })]);
    const joined = await stack.graphql(identity, REGISTER, {
      input: { networkSlug: 'kizuna-corp', email: 'sora.ito@line.example', displayName: 'Sora Ito', socialSignupTicket: ticket },
    });
    expect(joined.data!.register.errors).toEqual([]);
    const corpToken = joined.data!.register.accessToken;
    expect(claimsOf(corpToken).sub).toBe(claimsOf(token).sub);
    expect(claimsOf(corpToken).nid).not.toBe(claimsOf(token).nid);
    // The network just joined hears of the linked login too.
    const event = await stack.waitFor(async () =>
      accountEvents.events.find(
        (e) => e.type === 'kizuna.identity.account.login-linked.v1' && (e.data as { membershipId: string }).membershipId === claimsOf(corpToken).mid,
      ),
    );
    expect(event.data).toMatchObject({ provider: 'line', lineLinked: true });
  });

  it('signs in through LINE without a network: the only network directly, the choice among several, and no sign-up without one', async () => {
    await signUpThrough('line', 'kaito', { name: 'Kaito Abe', email: 'kaito.abe@line.example' });
    const single = newBrowser();
    expect((await socialSignIn(single, 'line', 'kaito', '')).toString()).toBe(`${WEB}/pending`);
    expect(single.cookiesFor(`${WEB}/graphql`).kizuna_refresh).toBeTruthy();

    // The same account joins kizuna-corp: from now on it chooses.
    const join = await socialSignIn(newBrowser(), 'line', 'kaito', 'kizuna-corp');
    const joined = await stack.graphql(identity, REGISTER, {
      input: { networkSlug: 'kizuna-corp', email: 'kaito.abe@line.example', displayName: 'Kaito Abe', socialSignupTicket: join.searchParams.get('signup') },
    });
    expect(joined.data!.register.errors).toEqual([]);
    const chooser = newBrowser();
    const choosing = await socialSignIn(chooser, 'line', 'kaito', '');
    expect(choosing.pathname).toBe('/sign-in');
    expect(chooser.cookiesFor(`${WEB}/graphql`).kizuna_refresh).toBeUndefined();
    const ticket = choosing.searchParams.get('choice')!;
    const offered = await stack.graphql(identity, CHOICE_OF, { ticket });
    expect(offered.data!.signInNetworkChoice.networks.map((n: { network: { slug: string } }) => n.network.slug).sort()).toEqual(['demo', 'kizuna-corp']);
    const chosen = await stack.graphql(identity, CHOOSE, { input: { ticket, networkSlug: 'kizuna-corp' } });
    expect(chosen.data!.chooseSignInNetwork).toMatchObject({ member: { id: joined.data!.register.member.id }, errors: [] });

    // A login no account uses has no network to sign up to.
    await oidc.setAccount('line', 'newcomer', { name: 'New Comer', email: 'new.comer@line.example', email_verified: true });
    const newcomer = newBrowser();
    const landing = await socialSignIn(newcomer, 'line', 'newcomer', '');
    expect(landing.pathname).toBe('/social-login/error');
    expect(landing.searchParams.get('code')).toBe('NOT_REGISTERED');
    expect(newcomer.cookiesFor(`${WEB}/graphql`).kizuna_refresh).toBeUndefined();
  });

  it('does not sign in a suspended member through LINE', async () => {
    const { memberId } = await signUpThrough('line', 'ren', { name: 'Ren Suzuki', email: 'ren.suzuki@line.example' });
    const admin = await stack.signInAdmin();
    const approved = await stack.graphql(
      identity,
      'mutation($id: ID!) { approveMembership(input: { memberId: $id }) { errors { code } } }',
      { id: memberId },
      admin,
    );
    expect(approved.data!.approveMembership.errors).toEqual([]);
    expect((await socialSignIn(newBrowser(), 'line', 'ren')).toString()).toBe(`${WEB}/`);

    const suspended = await stack.graphql(
      identity,
      'mutation($id: ID!) { suspendMembership(input: { memberId: $id, reason: "spam" }) { errors { code } } }',
      { id: memberId },
      admin,
    );
    expect(suspended.data!.suspendMembership.errors).toEqual([]);
    const browser = newBrowser();
    const landing = await socialSignIn(browser, 'line', 'ren');
    expect(landing.pathname).toBe('/social-login/error');
    expect(landing.searchParams.get('code')).toBe('MEMBERSHIP_SUSPENDED');
    expect(browser.cookiesFor(`${WEB}/graphql`).kizuna_refresh).toBeUndefined();
  });

  it("shows linked logins to the member only, and whether LINE is linked to the member and their network's admins only", async () => {
    const { memberId } = await signUpThrough('line', 'mei', { name: 'Mei Kato', email: 'mei.kato@line.example' });
    const demoAdmin = await stack.signInAdmin();
    const corpAdmin = await stack.signInAdmin('otherNetwork');
    const taro = await stack.signIn('taro.yamada@demo.kizuna.dev', stack.demo.memberPassword);

    const asAdmin = await memberEntities(stack, identity, [memberId], 'lineLinked linkedLogins { provider } hasPassword', demoAdmin);
    expect(asAdmin.data!._entities).toEqual([{ lineLinked: true, linkedLogins: null, hasPassword: null }]);
    const asMember = await memberEntities(stack, identity, [memberId], 'lineLinked linkedLogins { provider }', taro);
    expect(asMember.data!._entities).toEqual([{ lineLinked: null, linkedLogins: null }]);
    // Another network's admin learns nothing about this member.
    const asOtherNetwork = await memberEntities(stack, identity, [memberId], 'lineLinked linkedLogins { provider }', corpAdmin);
    expect(JSON.stringify(asOtherNetwork.data?._entities ?? [])).not.toContain('true');
  });
});
