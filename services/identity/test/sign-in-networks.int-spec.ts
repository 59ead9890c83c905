import { claimsOf, startStack, type GraphQLResult, type Stack } from '@kizuna/testing';

// Signing in without knowing a network id: e-mail and password first, then the account's only
// network, or the choice among several (by name, with each membership's status), through a
// single-use ticket. Wrong credentials answer exactly as before, and the same throttling applies.

const PASSWORD = 'correct-horse-battery';
const WRONG = 'wrong-password-123';
const CHOICE = 'networkChoice { ticket expiresAt networks { displayName status network { slug name } } }';
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { accessToken retryAfterSeconds member { id status } ${CHOICE} errors { code message field } } }`;
const CHOOSE = `mutation($input: ChooseSignInNetworkInput!) { chooseSignInNetwork(input: $input) { accessToken member { id status network { slug } } errors { code field } } }`;
const CHOICE_OF = `query($ticket: String!) { signInNetworkChoice(ticket: $ticket) { networks { status network { slug } } } }`;

/** A browser as identity sees it behind the gateway: a cookie jar, and its address last in X-Forwarded-For. */
class Browser {
  readonly cookies = new Map<string, string>();

  constructor(
    private readonly url: string,
    private readonly address: string,
    private readonly gatewayHeaders: Record<string, string>,
  ) {}

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async graphql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResult<T>> {
    const cookie = [...this.cookies.entries()].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': this.address, ...this.gatewayHeaders, ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    for (const header of response.headers.getSetCookie()) {
      const pair = header.split(';')[0];
      const [name, value] = [pair.slice(0, pair.indexOf('=')).trim(), pair.slice(pair.indexOf('=') + 1)];
      if (value === '' || /max-age=0/i.test(header)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return (await response.json()) as GraphQLResult<T>;
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async signIn(email: string, password = PASSWORD, networkSlug?: string): Promise<Record<string, any>> {
    return (await this.graphql(SIGN_IN, { input: { email, password, ...(networkSlug ? { networkSlug } : {}) } })).data?.signIn;
  }
}

describe('signing in without a network', () => {
  let stack: Stack;
  let people = 0;
  let addresses = 0;
  let names: Record<string, string>;
  const browser = () => {
    addresses += 1;
    return new Browser(stack.serviceUrl('identity'), `198.51.100.${addresses}`, stack.gatewayHeaders);
  };
  /** A new account: a pending member of the demo network and, with `corp`, of kizuna-corp too. */
  const person = async (name: string, corp = false) => {
    people += 1;
    const email = `${name}-${people}@example.jp`;
    const demo = await stack.register({ email, displayName: `${name} ${people}` });
    const other = corp ? await stack.register({ email, displayName: `${name} ${people} (corp)`, networkSlug: 'kizuna-corp' }) : null;
    return { email, demoMemberId: demo.memberId, corpMemberId: other?.memberId };
  };

  beforeAll(async () => {
    stack = await startStack({ services: ['identity'], seed: 'demo' });
    names = Object.fromEntries((await stack.sql('SELECT slug, name FROM identity.networks')).map((n) => [n.slug, n.name]));
  }, 120_000);
  afterAll(async () => {
    await stack?.stop();
  });

  it('signs an account with one network straight in to it', async () => {
    const { email, demoMemberId } = await person('single');
    const device = browser();
    const answer = await device.signIn(email);
    expect(answer).toMatchObject({ member: { id: demoMemberId, status: 'PENDING' }, networkChoice: null, errors: [] });
    expect(claimsOf(answer.accessToken).mid).toBe(demoMemberId);
    expect(device.cookies.get('kizuna_refresh')).toBeTruthy();
  });

  it('offers an account with several networks their names and statuses, and signs in to the one chosen, once', async () => {
    const { email, corpMemberId } = await person('double', true);
    const device = browser();
    const answer = await device.signIn(email);
    expect(answer).toMatchObject({ accessToken: null, member: null, errors: [] });
    expect(device.cookies.get('kizuna_refresh')).toBeUndefined();
    const { ticket, networks } = answer.networkChoice;
    expect(networks).toEqual(
      [
        { displayName: `double ${people}`, status: 'PENDING', network: { slug: 'demo', name: names.demo } },
        { displayName: `double ${people} (corp)`, status: 'PENDING', network: { slug: 'kizuna-corp', name: names['kizuna-corp'] } },
      ].sort((a, b) => a.network.name.localeCompare(b.network.name)),
    );
    expect((await device.graphql(CHOICE_OF, { ticket })).data?.signInNetworkChoice.networks).toHaveLength(2);

    // A network not offered is refused, and the ticket stays good for a real choice.
    const refused = await device.graphql(CHOOSE, { input: { ticket, networkSlug: 'no-such-network' } });
    expect(refused.data?.chooseSignInNetwork).toEqual({ accessToken: null, member: null, errors: [{ code: 'NOT_FOUND', field: 'networkSlug' }] });

    const chosen = await device.graphql(CHOOSE, { input: { ticket, networkSlug: 'kizuna-corp' } });
    expect(chosen.data?.chooseSignInNetwork).toMatchObject({ member: { id: corpMemberId, network: { slug: 'kizuna-corp' } }, errors: [] });
    expect(claimsOf(chosen.data?.chooseSignInNetwork.accessToken).mid).toBe(corpMemberId);
    expect(device.cookies.get('kizuna_refresh')).toBeTruthy();

    // Spent: neither the choice nor another session comes out of it again.
    expect((await device.graphql(CHOICE_OF, { ticket })).data?.signInNetworkChoice).toBeNull();
    const again = await browser().graphql(CHOOSE, { input: { ticket, networkSlug: 'demo' } });
    expect(again.data?.chooseSignInNetwork).toEqual({ accessToken: null, member: null, errors: [{ code: 'SIGN_IN_EXPIRED', field: 'ticket' }] });
  });

  it('keeps the network it was given: the account of several networks signs in there directly', async () => {
    const { email, demoMemberId } = await person('given', true);
    const answer = await browser().signIn(email, PASSWORD, 'demo');
    expect(answer).toMatchObject({ member: { id: demoMemberId }, networkChoice: null, errors: [] });
  });

  it('shows a suspended membership as such and refuses to choose it, leaving the ticket for another network', async () => {
    const { email, demoMemberId } = await person('suspended', true);
    const admin = await stack.signInAdmin();
    const identity = stack.serviceUrl('identity');
    expect(
      (await stack.graphql(identity, 'mutation($id: ID!) { approveMembership(input: { memberId: $id }) { errors { code } } }', { id: demoMemberId }, admin))
        .data?.approveMembership.errors,
    ).toEqual([]);
    const suspended = await stack.graphql(
      identity,
      'mutation($id: ID!) { suspendMembership(input: { memberId: $id, reason: "spam" }) { errors { code } } }',
      { id: demoMemberId },
      admin,
    );
    expect(suspended.data?.suspendMembership.errors).toEqual([]);

    const device = browser();
    const { ticket, networks } = (await device.signIn(email)).networkChoice;
    expect(networks.map((n: { status: string; network: { slug: string } }) => [n.network.slug, n.status]).sort()).toEqual([
      ['demo', 'SUSPENDED'],
      ['kizuna-corp', 'PENDING'],
    ]);
    const refused = await device.graphql(CHOOSE, { input: { ticket, networkSlug: 'demo' } });
    expect(refused.data?.chooseSignInNetwork).toEqual({ accessToken: null, member: null, errors: [{ code: 'MEMBERSHIP_SUSPENDED', field: 'networkSlug' }] });
    expect(device.cookies.get('kizuna_refresh')).toBeUndefined();
    const chosen = await device.graphql(CHOOSE, { input: { ticket, networkSlug: 'kizuna-corp' } });
    expect(chosen.data?.chooseSignInNetwork.errors).toEqual([]);
  });

  it('answers wrong credentials exactly as with a network, for registered and unregistered addresses, and reveals no networks', async () => {
    const { email } = await person('guarded', true);
    const wrongPassword = await browser().signIn(email, WRONG);
    const unregistered = await browser().signIn(`nobody-${people}@example.jp`, WRONG);
    const withNetwork = await browser().signIn(email, WRONG, 'demo');
    const expected = {
      accessToken: null,
      member: null,
      networkChoice: null,
      retryAfterSeconds: null,
      errors: [{ code: 'INVALID_CREDENTIALS', message: 'The e-mail address or password is not correct.', field: null }],
    };
    expect(wrongPassword).toEqual(expected);
    expect(unregistered).toEqual(expected);
    expect(withNetwork).toEqual(expected);
    expect((await browser().graphql(CHOICE_OF, { ticket: 'made-up-ticket' })).data?.signInNetworkChoice).toBeNull();
    const [{ count }] = await stack.sql(
      'SELECT count(*)::int AS count FROM identity.network_choices c JOIN identity.accounts a ON a.id = c.account_id WHERE a.email = $1',
      [email],
    );
    expect(count).toBe(0);
  });

  it('throttles guessing without a network as with one: the right password waits too, and learns nothing', async () => {
    const { email } = await person('throttled', true);
    const stranger = browser();
    for (let i = 0; i < 5; i += 1) expect((await stranger.signIn(email, WRONG)).errors[0].code).toBe('INVALID_CREDENTIALS');
    const next = await stranger.signIn(email, PASSWORD);
    expect(next).toMatchObject({ accessToken: null, networkChoice: null, errors: [{ code: 'TOO_MANY_ATTEMPTS', field: null }] });
    expect(next.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    // The same guesses naming a network count against the same account and address.
    expect((await stranger.signIn(email, PASSWORD, 'demo')).errors[0].code).toBe('TOO_MANY_ATTEMPTS');
    // The owner elsewhere gets the choice.
    expect((await browser().signIn(email)).networkChoice.networks).toHaveLength(2);
  });
});
