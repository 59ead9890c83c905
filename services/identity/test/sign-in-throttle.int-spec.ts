import { startStack, type GraphQLResult, type Stack } from '@kizuna/testing';

const PASSWORD = 'correct-horse-battery';
const WRONG = 'wrong-password-123';
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { accessToken retryAfterSeconds member { id } errors { code message field } } }`;
const SIGN_OUT = `mutation { signOut { errors { code } } }`;

interface SignInAnswer {
  accessToken: string | null;
  retryAfterSeconds: number | null;
  errors: { code: string; message: string; field: string | null }[];
}

/** A browser as identity sees it behind the gateway: a cookie jar, and its address last in X-Forwarded-For. */
class Browser {
  readonly cookies = new Map<string, { value: string; attributes: string }>();

  constructor(
    private readonly url: string,
    readonly address: string,
    /** The gateway credential: this browser talks to identity directly, as the gateway would. */
    private readonly extraHeaders: Record<string, string> = {},
  ) {}

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async graphql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResult<T>> {
    const cookie = [...this.cookies.entries()].map(([name, c]) => `${name}=${c.value}`).join('; ');
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': this.address, ...this.extraHeaders, ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    for (const header of response.headers.getSetCookie()) {
      const [pair, ...attributes] = header.split(';');
      const [name, value] = [pair.slice(0, pair.indexOf('=')).trim(), pair.slice(pair.indexOf('=') + 1)];
      if (value === '' || /max-age=0|expires=thu, 01 jan 1970/i.test(header)) this.cookies.delete(name);
      else this.cookies.set(name, { value, attributes: attributes.join(';') });
    }
    return (await response.json()) as GraphQLResult<T>;
  }

  async signIn(email: string, password: string): Promise<SignInAnswer> {
    return (await this.graphql(SIGN_IN, { input: { networkSlug: 'demo', email, password } })).data?.signIn;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('sign-in throttling: strangers slow themselves down, never the owner', () => {
  let stack: Stack;
  let people = 0;
  const savedEnv = { ...process.env };
  const browser = (address: string) => new Browser(stack.serviceUrl('identity'), address, stack.gatewayHeaders);
  const owner = async (name: string) => {
    people += 1;
    const email = `${name}-${people}@example.jp`;
    await stack.register({ email, password: PASSWORD, displayName: `${name} ${people}` });
    return email;
  };

  beforeAll(async () => {
    Object.assign(process.env, { COOKIE_SECURE: 'true', SIGN_IN_FAILURES_PER_IP: '12' });
    stack = await startStack({ services: ['identity'], seed: 'demo' });
  }, 120_000);
  afterAll(async () => {
    process.env = savedEnv;
    await stack?.stop();
  });

  it('lets the owner in from their known device after a stranger’s 20 wrong passwords, makes the stranger wait, and tells the owner once', async () => {
    const email = await owner('owner');
    // The owner signs in once from their laptop, then signs out: the laptop stays known.
    const laptop = browser('198.51.100.50');
    expect((await laptop.signIn(email, PASSWORD)).errors).toEqual([]);
    expect(laptop.cookies.get('kizuna_device')?.attributes).toMatch(/HttpOnly/i);
    expect(laptop.cookies.get('kizuna_device')?.attributes).toMatch(/Secure/i);
    expect(laptop.cookies.get('kizuna_refresh')?.attributes).toMatch(/Secure/i);
    await laptop.graphql(SIGN_OUT);
    expect(laptop.cookies.has('kizuna_refresh')).toBe(false);
    expect(laptop.cookies.has('kizuna_device')).toBe(true);

    // A stranger behind the same address (one office, one NAT) guesses 20 times.
    const stranger = browser('198.51.100.50');
    const answers: SignInAnswer[] = [];
    for (let i = 0; i < 20; i += 1) answers.push(await stranger.signIn(email, `${WRONG}-${i}`));
    expect(answers.slice(0, 5).map((a) => a.errors[0].code)).toEqual(Array(5).fill('INVALID_CREDENTIALS'));
    const refused = answers.filter((a) => a.errors[0].code === 'TOO_MANY_ATTEMPTS');
    expect(refused.length).toBeGreaterThanOrEqual(10);
    for (const answer of refused) {
      expect(answer).toMatchObject({ accessToken: null, errors: [{ code: 'TOO_MANY_ATTEMPTS', field: null }] });
      expect(answer.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    }
    // Even the right password waits from the stranger's browser: the delay is not a hint.
    expect((await stranger.signIn(email, PASSWORD)).errors[0].code).toBe('TOO_MANY_ATTEMPTS');

    // The owner's laptop is not held up.
    const back = await laptop.signIn(email, PASSWORD);
    expect(back.errors).toEqual([]);
    expect(back.accessToken).toEqual(expect.any(String));

    // One notice for the burst, naming where the attempts came from.
    const notice = await stack.mailbox.waitForMail({ to: email, subject: 'サインインの失敗' });
    expect(notice.text).toContain('198.51.100.50');
    await sleep(1_000);
    expect(stack.mailbox.messages({ to: email }).filter((m) => m.subject.includes('サインインの失敗'))).toHaveLength(1);
  });

  it('doubles the wait with each further failure, and a wait once over lets the next attempt through', async () => {
    const email = await owner('doubling');
    const guesser = browser('203.0.113.21');
    for (let i = 0; i < 5; i += 1) expect((await guesser.signIn(email, WRONG)).errors[0].code).toBe('INVALID_CREDENTIALS');
    const first = await guesser.signIn(email, WRONG);
    expect(first).toMatchObject({ errors: [{ code: 'TOO_MANY_ATTEMPTS' }], retryAfterSeconds: 1 });
    await sleep(1_100);
    expect((await guesser.signIn(email, WRONG)).errors[0].code).toBe('INVALID_CREDENTIALS');
    expect((await guesser.signIn(email, WRONG)).retryAfterSeconds).toBe(2);
    await sleep(2_100);
    // The owner's right password, after the wait, from that address: in, and the count starts afresh.
    expect((await guesser.signIn(email, PASSWORD)).errors).toEqual([]);
    expect((await guesser.signIn(email, WRONG)).errors[0].code).toBe('INVALID_CREDENTIALS');
    // A new device elsewhere was never slowed down.
    expect((await browser('203.0.113.22').signIn(email, PASSWORD)).errors).toEqual([]);
  });

  it('remembers an account’s 20 most recent devices, not one more per cookie-less sign-in', async () => {
    const email = await owner('script');
    for (let i = 0; i < 22; i += 1) expect((await browser('203.0.113.30').signIn(email, PASSWORD)).errors).toEqual([]);
    const [{ count }] = await stack.sql(
      'SELECT count(*)::int AS count FROM identity.known_devices d JOIN identity.accounts a ON a.id = d.account_id WHERE a.email = $1',
      [email],
    );
    expect(count).toBe(20);
  });

  it('answers the same for an unregistered address, and slows down one address spraying many accounts', async () => {
    const sprayer = browser('203.0.113.99');
    const answers: SignInAnswer[] = [];
    for (let i = 0; i < 12; i += 1) answers.push(await sprayer.signIn(`guess-${i}@example.jp`, WRONG));
    expect(answers.map((a) => a.errors)).toEqual(
      Array(12).fill([{ code: 'INVALID_CREDENTIALS', message: 'The e-mail address or password is not correct.', field: null }]),
    );
    const email = await owner('sprayed');
    const next = await sprayer.signIn(email, PASSWORD);
    expect(next).toMatchObject({ accessToken: null, errors: [{ code: 'TOO_MANY_ATTEMPTS', field: null }] });
    expect(next.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    // Other addresses are untouched.
    expect((await browser('203.0.113.100').signIn(email, PASSWORD)).errors).toEqual([]);

    // An unregistered address is refused with the same words once its own pair is over.
    const unknown = browser('203.0.113.50');
    const tries: SignInAnswer[] = [];
    for (let i = 0; i < 6; i += 1) tries.push(await unknown.signIn('nobody-here@example.jp', WRONG));
    expect(tries[5].errors).toEqual([
      { code: 'TOO_MANY_ATTEMPTS', message: expect.stringMatching(/^Too many failed attempts\. Try again in \d+ seconds?\.$/), field: null },
    ]);
  });
});
