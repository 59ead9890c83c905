import { startStack, type Stack } from '@kizuna/testing';

const PASSWORD = 'correct-horse-battery';
const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { accessToken member { id status } errors { code field message } } }`;

describe('registration: taken addresses are not revealed, and racing registrations make one account', () => {
  let stack: Stack;
  let count = 0;
  const nextEmail = (name: string) => `${name}-${++count}@example.jp`;
  const register = (input: Record<string, unknown>) =>
    stack.graphql(stack.serviceUrl('identity'), REGISTER, { input: { networkSlug: 'demo', password: PASSWORD, displayName: '登録 太郎', ...input } });
  const accounts = async (email: string) => stack.sql('SELECT id FROM identity.accounts WHERE email = $1', [email]);
  const memberships = async (email: string) =>
    stack.sql('SELECT m.id, n.slug FROM identity.memberships m JOIN identity.accounts a ON a.id = m.account_id JOIN identity.networks n ON n.id = m.network_id WHERE a.email = $1', [email]);

  beforeAll(async () => {
    stack = await startStack({ services: ['identity'], seed: 'demo' });
  }, 120_000);
  afterAll(() => stack?.stop());

  it('never says that an address is taken: nothing is stored, and the owner is told how to join', async () => {
    const email = nextEmail('owner');
    await stack.register({ email, password: PASSWORD, displayName: 'Owner' });

    const squatter = await register({ email, password: 'another-password-42', displayName: 'Squatter', networkSlug: stack.demo.otherNetwork.networkSlug });
    expect(squatter.errors).toBeUndefined();
    expect(squatter.data?.register).toEqual({
      accessToken: null,
      member: null,
      errors: [{ code: 'CHECK_YOUR_INBOX', field: 'email', message: 'We have sent a message to this address. Follow it to continue.' }],
    });
    expect(JSON.stringify(squatter)).not.toMatch(/TAKEN|already/i);
    expect((await memberships(email)).map((m) => m.slug)).toEqual(['demo']);

    const notice = await stack.mailbox.waitForMail({ to: email, subject: 'あなたのメールアドレスで登録が試みられました' });
    expect(notice.links.some((link) => link.includes('/sign-in?network=kizuna-corp'))).toBe(true);
    expect(notice.links.some((link) => link.includes('/forgot-password?network=kizuna-corp'))).toBe(true);

    // The owner joins the second network with the account's own password.
    const joined = await register({ email, displayName: 'Owner', networkSlug: stack.demo.otherNetwork.networkSlug });
    expect(joined.data?.register).toMatchObject({ accessToken: expect.any(String), member: { status: 'PENDING' }, errors: [] });
    expect((await memberships(email)).map((m) => m.slug).sort()).toEqual(['demo', 'kizuna-corp']);
    expect(await accounts(email)).toHaveLength(1);
  });

  it('makes one account of three registrations at once with one new address, with no internal error', async () => {
    const email = nextEmail('double-click');
    const answers = await Promise.all([1, 2, 3].map(() => register({ email })));
    expect(answers.map((answer) => answer.errors)).toEqual([undefined, undefined, undefined]);
    const payloads = answers.map((answer) => answer.data?.register);
    const signedUp = payloads.filter((payload) => payload.accessToken);
    expect(signedUp).toHaveLength(1);
    // The others came a moment later with the same password: the person is already registered.
    for (const payload of payloads.filter((p) => !p.accessToken)) expect(payload.errors.map((e: { code: string }) => e.code)).toEqual(['ALREADY_MEMBER']);
    expect(await accounts(email)).toHaveLength(1);
    expect(await memberships(email)).toHaveLength(1);

    // Three strangers at once, each with their own password: one account, the others learn nothing.
    const contested = nextEmail('contested');
    const rivals = await Promise.all(['first-password-1', 'second-password-2', 'third-password-3'].map((password) => register({ email: contested, password })));
    expect(rivals.map((answer) => answer.errors)).toEqual([undefined, undefined, undefined]);
    const winners = rivals.filter((answer) => answer.data?.register.accessToken);
    expect(winners).toHaveLength(1);
    for (const loser of rivals.filter((answer) => !answer.data?.register.accessToken)) expect(loser.data?.register.errors.map((e: { code: string }) => e.code)).toEqual(['CHECK_YOUR_INBOX']);
    expect(await accounts(contested)).toHaveLength(1);
  });
});
