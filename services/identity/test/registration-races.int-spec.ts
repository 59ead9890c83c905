import { startStack, type Stack } from '@kizuna/testing';

const PASSWORD = 'correct-horse-battery';
const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { accessToken member { id status } errors { code field message } } }`;
const VERIFY = 'mutation($input: VerifyEmailInput!) { verifyEmail(input: $input) { emailVerified accessToken member { id status } errors { code } } }';
const CHECK_YOUR_INBOX = {
  accessToken: null,
  member: null,
  errors: [{ code: 'CHECK_YOUR_INBOX', field: 'email', message: 'We have sent a message to this address. Follow it to continue.' }],
};

describe('registration: the same answer for a new and a taken address, and racing registrations make one account', () => {
  let stack: Stack;
  let count = 0;
  const nextEmail = (name: string) => `${name}-${++count}@example.jp`;
  const input = (extra: Record<string, unknown>) => ({ input: { networkSlug: 'demo', password: PASSWORD, displayName: '登録 太郎', ...extra } });
  const register = (extra: Record<string, unknown>) => stack.graphql(stack.serviceUrl('identity'), REGISTER, input(extra));
  /** The raw HTTP exchange, as an anonymous browser sees it. */
  const registerRaw = async (extra: Record<string, unknown>) => {
    const response = await fetch(stack.serviceUrl('identity'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...stack.gatewayHeaders },
      body: JSON.stringify({ query: REGISTER, variables: input(extra) }),
    });
    return { setCookie: response.headers.getSetCookie(), body: await response.text() };
  };
  const accounts = async (email: string) => stack.sql('SELECT id FROM identity.accounts WHERE email = $1', [email]);
  const memberships = async (email: string) =>
    stack.sql(
      'SELECT m.id, m.status, n.slug FROM identity.memberships m JOIN identity.accounts a ON a.id = m.account_id JOIN identity.networks n ON n.id = m.network_id WHERE a.email = $1',
      [email],
    );
  const linkToken = (link: string) => new URL(link).searchParams.get('token')!;
  const verify = async (token: string) => {
    // The mail can leave a moment before the transaction that stored its token commits.
    return stack.waitFor(async () => {
      const answer = (await stack.graphql(stack.serviceUrl('identity'), VERIFY, { input: { token } })).data?.verifyEmail;
      return answer?.errors[0]?.code === 'TOKEN_INVALID' ? null : answer;
    });
  };

  beforeAll(async () => {
    stack = await startStack({ services: ['identity'], seed: 'demo' });
  }, 120_000);
  afterAll(() => stack?.stop());

  it('answers an anonymous caller byte for byte the same for a new and a taken address, with no session either way', async () => {
    const taken = nextEmail('taken');
    await stack.register({ email: taken, password: 'owners-own-password-7', displayName: 'Owner' });
    const fresh = nextEmail('fresh');

    const forNew = await registerRaw({ email: fresh });
    const forTaken = await registerRaw({ email: taken });
    expect(forNew.body).toBe(forTaken.body);
    expect(JSON.parse(forNew.body)).toEqual({ data: { register: CHECK_YOUR_INBOX } });
    expect(forNew.setCookie).toEqual([]);
    expect(forTaken.setCookie).toEqual([]);
    expect(forNew.body).not.toMatch(/eyJ|TAKEN|already/i);

    // What differs goes to the mailbox only: the new address its verification link, the owner a notice.
    expect(await accounts(fresh)).toHaveLength(1);
    await stack.mailbox.waitForMail({ to: fresh, subject: 'メールアドレスの確認' });
    await stack.mailbox.waitForMail({ to: taken, subject: 'あなたのメールアドレスで登録が試みられました' });
  });

  it('the verification link of a new address verifies it and starts the session on the pending membership', async () => {
    const email = nextEmail('newcomer');
    expect((await register({ email })).data?.register).toEqual(CHECK_YOUR_INBOX);
    const mail = await stack.mailbox.waitForMail({ to: email, subject: 'メールアドレスの確認' });
    const token = linkToken(mail.links.find((l) => l.includes('/verify-email'))!);
    // The mail can leave a moment before the transaction that stored its token commits.
    const { response, answer } = await stack.waitFor(async () => {
      const response = await fetch(stack.serviceUrl('identity'), {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...stack.gatewayHeaders },
        body: JSON.stringify({ query: VERIFY, variables: { input: { token } } }),
      });
      const answer = ((await response.json()) as { data: { verifyEmail: { errors: { code: string }[] } & Record<string, unknown> } }).data.verifyEmail;
      return answer.errors.some((error) => error.code === 'TOKEN_INVALID') ? undefined : { response, answer };
    });
    const [membership] = await memberships(email);
    expect(answer).toMatchObject({ emailVerified: true, accessToken: expect.any(String), member: { id: membership.id, status: 'PENDING' }, errors: [] });
    expect(response.headers.getSetCookie().some((cookie) => cookie.startsWith('kizuna_refresh='))).toBe(true);
  });

  it('never says that an address is taken: nothing is stored, the owner is told, and with its password the account joins through a mailed link', async () => {
    const email = nextEmail('owner');
    await stack.register({ email, password: PASSWORD, displayName: 'Owner' });

    const squatter = await register({ email, password: 'another-password-42', displayName: 'Squatter', networkSlug: stack.demo.otherNetwork.networkSlug });
    expect(squatter.errors).toBeUndefined();
    expect(squatter.data?.register).toEqual(CHECK_YOUR_INBOX);
    expect((await memberships(email)).map((m) => m.slug)).toEqual(['demo']);

    const notice = await stack.mailbox.waitForMail({ to: email, subject: 'あなたのメールアドレスで登録が試みられました' });
    expect(notice.links.some((link) => link.includes('/sign-in?network=kizuna-corp'))).toBe(true);
    expect(notice.links.some((link) => link.includes('/forgot-password?network=kizuna-corp'))).toBe(true);

    // The owner registers in the second network with the account's own password: the same answer, and a link to continue.
    const joined = await register({ email, displayName: 'Owner', networkSlug: stack.demo.otherNetwork.networkSlug });
    expect(joined.data?.register).toEqual(CHECK_YOUR_INBOX);
    expect((await memberships(email)).map((m) => m.slug).sort()).toEqual(['demo', 'kizuna-corp']);
    expect(await accounts(email)).toHaveLength(1);
    const next = await stack.mailbox.waitForMail({ to: email, subject: '参加登録を続ける' });
    const continued = await verify(linkToken(next.links.find((l) => l.includes('/verify-email'))!));
    const kizunaCorp = (await memberships(email)).find((m) => m.slug === 'kizuna-corp');
    expect(continued).toMatchObject({ accessToken: expect.any(String), member: { id: kizunaCorp!.id, status: 'PENDING' } });
  });

  it('makes one account of three registrations at once with one new address, with no internal error', async () => {
    const email = nextEmail('double-click');
    const answers = await Promise.all([1, 2, 3].map(() => register({ email })));
    expect(answers.map((answer) => answer.errors)).toEqual([undefined, undefined, undefined]);
    for (const answer of answers) expect(answer.data?.register).toEqual(CHECK_YOUR_INBOX);
    expect(await accounts(email)).toHaveLength(1);
    expect(await memberships(email)).toHaveLength(1);

    // Three strangers at once, each with their own password: one account, and all learn the same.
    const contested = nextEmail('contested');
    const rivals = await Promise.all(['first-password-1', 'second-password-2', 'third-password-3'].map((password) => register({ email: contested, password })));
    expect(rivals.map((answer) => answer.errors)).toEqual([undefined, undefined, undefined]);
    for (const rival of rivals) expect(rival.data?.register).toEqual(CHECK_YOUR_INBOX);
    expect(await accounts(contested)).toHaveLength(1);
  });
});
