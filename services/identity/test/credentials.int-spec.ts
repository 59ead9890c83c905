import { claimsOf, startStack, type ReceivedMail, type Stack } from '@kizuna/testing';

const VERIFY = 'mutation($input: VerifyEmailInput!) { verifyEmail(input: $input) { emailVerified errors { code field message } } }';
const RESEND = 'mutation { resendVerificationEmail { sent errors { code message } } }';
const REQUEST_RESET = 'mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { errors { code field } } }';
const RESET = 'mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { passwordChanged networkSlug errors { code field message } } }';
const CHANGE_PASSWORD = 'mutation($input: ChangePasswordInput!) { changePassword(input: $input) { passwordChanged errors { code field message } } }';
const CHANGE_EMAIL = 'mutation($input: ChangeEmailInput!) { changeEmail(input: $input) { email pendingEmail emailVerified errors { code field message } } }';
const CANCEL_EMAIL_CHANGE = 'mutation { cancelEmailChange { email pendingEmail errors { code } } }';
const CONFIRM_EMAIL =
  'mutation($input: ConfirmEmailChangeInput!) { confirmEmailChange(input: $input) { email pendingEmail emailVerified errors { code field } } }';
const ME = '{ me { id email emailVerified pendingEmail } }';
const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { accessToken errors { code } } }';

/** The token in the first link of a mail, and the link's path. */
function linkOf(mail: ReceivedMail): { path: string; token: string; params: URLSearchParams } {
  const url = new URL(mail.links[0]);
  return { path: url.pathname, token: url.searchParams.get('token')!, params: url.searchParams };
}

describe('identity: e-mail verification, password reset, password and e-mail change', () => {
  let stack: Stack;
  let url: string;

  beforeAll(async () => {
    stack = await startStack({ services: ['identity'], seed: 'demo' });
    url = stack.serviceUrl('identity');
  });
  afterAll(() => stack?.stop());

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const graphql = <T = Record<string, any>>(query: string, input?: Record<string, unknown>, token?: string) =>
    stack.graphql<T>(url, query, input ? { input } : {}, token);
  /** A mail can arrive a moment before the transaction that stored its token commits. */
  const tokenStored = (link: { token: string }) =>
    stack.waitFor(
      async () =>
        (await stack.sql("SELECT 1 FROM identity.email_tokens WHERE token_hash = encode(sha256(convert_to($1, 'UTF8')), 'hex')", [link.token])).length > 0,
    );
  const signInResult = async (email: string, password: string, networkSlug = 'demo') => (await graphql(SIGN_IN, { email, password, networkSlug })).data?.signIn;

  it('sends a verification link on sign-up that verifies the address once, published once per membership', async () => {
    const events = await stack.collectEvents('kizuna.identity.account');
    const { token, memberId } = await stack.register({ email: 'Mika.Verify@example.jp', displayName: '確認 美香', verifyEmail: false });
    const mail = await stack.mailbox.waitForMail({ to: 'mika.verify@example.jp', subject: 'メールアドレスの確認' });
    expect(mail.subject).toContain('絆大学'); // the network's name, in its default language (Japanese)
    const link = linkOf(mail);
    expect(link.path).toBe('/verify-email');
    expect(link.token.length).toBeGreaterThanOrEqual(40);
    // Only a hash of the token is stored.
    expect(await stack.sql('SELECT 1 FROM identity.email_tokens WHERE token_hash = $1', [link.token])).toHaveLength(0);

    expect((await graphql(ME, undefined, token)).data?.me).toMatchObject({ id: memberId, emailVerified: false, pendingEmail: null });

    // Works without signing in: the link may be opened in another browser.
    expect((await graphql(VERIFY, { token: link.token })).data?.verifyEmail).toEqual({ emailVerified: true, errors: [] });
    expect((await graphql(ME, undefined, token)).data?.me.emailVerified).toBe(true);

    const again = (await graphql(VERIFY, { token: link.token })).data?.verifyEmail;
    expect(again.emailVerified).toBe(false);
    expect(again.errors.map((e: { code: string; field: string }) => [e.code, e.field])).toEqual([['TOKEN_USED', 'token']]);
    const made = (await graphql(VERIFY, { token: 'not-a-real-token' })).data?.verifyEmail;
    expect(made.errors.map((e: { code: string }) => e.code)).toEqual(['TOKEN_INVALID']);

    const verified = await stack.waitFor(async () =>
      events.events.find((e) => e.type === 'kizuna.identity.account.email-verified.v1' && (e.data as { membershipId: string }).membershipId === memberId),
    );
    expect(verified.data).toMatchObject({ accountId: claimsOf(token).sub, email: 'mika.verify@example.jp' });
    expect(verified.networkid).toBe(claimsOf(token).nid);
    await new Promise((r) => setTimeout(r, 500));
    expect(events.events.filter((e) => (e.data as { membershipId: string }).membershipId === memberId)).toHaveLength(1);
  });

  it('refuses an expired verification link and leaves the address unverified', async () => {
    const { token } = await stack.register({ email: 'late.opener@example.jp', displayName: '遅井 開', verifyEmail: false });
    const link = linkOf(await stack.mailbox.waitForMail({ to: 'late.opener@example.jp' }));
    await tokenStored(link);
    await stack.sql(`UPDATE identity.email_tokens SET expires_at = now() - interval '1 second' WHERE account_id = $1`, [claimsOf(token).sub]);

    const expired = (await graphql(VERIFY, { token: link.token })).data?.verifyEmail;
    expect(expired).toMatchObject({ emailVerified: false, errors: [{ code: 'TOKEN_EXPIRED', field: 'token' }] });
    expect((await graphql(ME, undefined, token)).data?.me.emailVerified).toBe(false);
  });

  it('resends a verification link at most once a minute, and not once verified', async () => {
    const { token } = await stack.register({ email: 'resend.me@example.jp', displayName: '再送 希', verifyEmail: false });
    const first = await stack.mailbox.waitForMail({ to: 'resend.me@example.jp' });
    await tokenStored(linkOf(first));

    const tooSoon = (await graphql(RESEND, undefined, token)).data?.resendVerificationEmail;
    expect(tooSoon).toMatchObject({ sent: false, errors: [{ code: 'RATE_LIMITED' }] });

    await stack.sql(`UPDATE identity.email_tokens SET created_at = now() - interval '2 minutes' WHERE account_id = $1`, [claimsOf(token).sub]);
    expect((await graphql(RESEND, undefined, token)).data?.resendVerificationEmail).toEqual({ sent: true, errors: [] });
    const second = await stack.waitFor(async () => stack.mailbox.messages({ to: 'resend.me@example.jp' }).find((m) => m.id !== first.id));
    expect(linkOf(second).token).not.toBe(linkOf(first).token);

    // Either link works; once one is used, the address is verified and no more links go out.
    expect((await graphql(VERIFY, { token: linkOf(first).token })).data?.verifyEmail.emailVerified).toBe(true);
    expect((await graphql(VERIFY, { token: linkOf(second).token })).data?.verifyEmail.errors[0].code).toBe('TOKEN_USED');
    const verified = (await graphql(RESEND, undefined, token)).data?.resendVerificationEmail;
    expect(verified).toMatchObject({ sent: false, errors: [{ code: 'ALREADY_VERIFIED' }] });
  });

  it('shows admins whether each applicant verified their address, and no one else', async () => {
    const { token, memberId } = await stack.register({ email: 'queue.person@example.jp', displayName: '列 並子', verifyEmail: false });
    const admin = await stack.signInAdmin();
    const queue = async () =>
      (
        await stack.graphql(url, '{ pendingMembers(first: 200) { edges { node { id emailVerified pendingEmail } } } }', {}, admin)
      ).data?.pendingMembers.edges.map((e: { node: unknown }) => e.node);
    expect(await queue()).toContainEqual({ id: memberId, emailVerified: false, pendingEmail: null });
    const link = linkOf(await stack.mailbox.waitForMail({ to: 'queue.person@example.jp' }));
    await graphql(VERIFY, { token: link.token });
    expect(await queue()).toContainEqual({ id: memberId, emailVerified: true, pendingEmail: null });

    // The other network's admin cannot see this applicant at all.
    const otherAdmin = await stack.signInAdmin('otherNetwork');
    const other = await stack.graphql(url, '{ pendingMembers(first: 200) { edges { node { id } } } }', {}, otherAdmin);
    expect(other.data?.pendingMembers.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(memberId);
    expect(claimsOf(token).nid).not.toBe(claimsOf(otherAdmin).nid);
  });

  it('refuses passwords that break the rules at registration, one error per rule, storing nothing', async () => {
    const attempt = async (email: string, password: string) =>
      (
        await stack.graphql(url, 'mutation($input: RegisterInput!) { register(input: $input) { accessToken errors { code field } } }', {
          input: { networkSlug: 'demo', email, password, displayName: '規則 守' },
        })
      ).data?.register;
    expect(await attempt('rules@example.jp', 'Rules-zq')).toEqual({
      accessToken: null,
      errors: [
        { code: 'PASSWORD_TOO_SHORT', field: 'password' },
        { code: 'PASSWORD_CONTAINS_EMAIL', field: 'password' },
      ],
    });
    expect((await attempt('rules@example.jp', 'password123')).errors).toEqual([{ code: 'PASSWORD_TOO_COMMON', field: 'password' }]);
    expect((await attempt('rules@example.jp', 'x'.repeat(129))).errors).toEqual([{ code: 'PASSWORD_TOO_LONG', field: 'password' }]);
    expect(await stack.sql("SELECT 1 FROM identity.accounts WHERE email = 'rules@example.jp'")).toHaveLength(0);
    expect(stack.mailbox.messages({ to: 'rules@example.jp' })).toHaveLength(0);
  });

  it('answers a reset request for an unknown address exactly like one for a known address, sending nothing', async () => {
    const unknown = await graphql(REQUEST_RESET, { email: 'nobody-here@example.jp', networkSlug: 'demo' });
    const known = await graphql(REQUEST_RESET, { email: 'taro.yamada@demo.kizuna.dev', networkSlug: 'demo' });
    expect(unknown).toEqual(known);
    expect(unknown.data?.requestPasswordReset).toEqual({ errors: [] });
    await stack.mailbox.waitForMail({ to: 'taro.yamada@demo.kizuna.dev', subject: 'パスワードの再設定' });
    expect(stack.mailbox.messages({ to: 'nobody-here@example.jp' })).toHaveLength(0);

    const malformed = await graphql(REQUEST_RESET, { email: 'not an address' });
    expect(malformed.data?.requestPasswordReset.errors).toEqual([{ code: 'VALIDATION', field: 'email' }]);
  });

  it('resets a password with the mailed link: rules are checked, other sessions end, the link works once', async () => {
    const email = 'forgetful@example.jp';
    const oldPassword = 'first-Kizuna-passphrase';
    const { token: registered } = await stack.register({ email, password: oldPassword, displayName: '忘 れん坊', verifyEmail: false });
    const accountId = claimsOf(registered).sub;
    expect((await signInResult(email, oldPassword))?.accessToken).toBeTruthy();

    await graphql(REQUEST_RESET, { email: 'Forgetful@Example.jp', networkSlug: 'demo' });
    const mail = await stack.mailbox.waitForMail({ to: email, subject: 'パスワードの再設定' });
    const link = linkOf(mail);
    expect(link.path).toBe('/reset-password');
    expect(link.params.get('network')).toBe('demo');

    // A second request within the minute sends nothing more (and answers the same).
    expect((await graphql(REQUEST_RESET, { email, networkSlug: 'demo' })).data?.requestPasswordReset).toEqual({ errors: [] });
    await new Promise((r) => setTimeout(r, 500));
    expect(stack.mailbox.messages({ to: email, subject: 'パスワードの再設定' })).toHaveLength(1);

    const weak = (await graphql(RESET, { token: link.token, newPassword: 'forgetful-1' })).data?.resetPassword;
    expect(weak.passwordChanged).toBe(false);
    expect(weak.errors.map((e: { code: string; field: string }) => [e.code, e.field])).toEqual([['PASSWORD_CONTAINS_EMAIL', 'newPassword']]);
    expect((await signInResult(email, oldPassword))?.accessToken).toBeTruthy(); // nothing changed, the link still works

    const newPassword = 'second-Kizuna-passphrase';
    expect((await graphql(RESET, { token: link.token, newPassword })).data?.resetPassword).toEqual({ passwordChanged: true, networkSlug: 'demo', errors: [] });
    expect((await signInResult(email, oldPassword))?.errors).toEqual([{ code: 'INVALID_CREDENTIALS' }]);
    expect((await signInResult(email, newPassword))?.accessToken).toBeTruthy();

    // Every session started before the reset has ended; opening the link also verified the address.
    const sessions = await stack.sql<{ revoked_reason: string | null }>(
      'SELECT revoked_reason FROM identity.sessions WHERE account_id = $1 ORDER BY created_at',
      [accountId],
    );
    expect(sessions.map((s) => s.revoked_reason)).toEqual(['password-reset', 'password-reset', 'password-reset', null]);
    expect((await graphql(ME, undefined, registered)).data?.me.emailVerified).toBe(true);

    const reused = (await graphql(RESET, { token: link.token, newPassword: 'third-Kizuna-passphrase' })).data?.resetPassword;
    expect(reused.errors.map((e: { code: string }) => e.code)).toEqual(['TOKEN_USED']);
    await stack.mailbox.waitForMail({ to: email, subject: 'パスワードが変更されました' });
  });

  it('refuses an expired reset link', async () => {
    await graphql(REQUEST_RESET, { email: 'hanako.sato@demo.kizuna.dev' });
    const link = linkOf(await stack.mailbox.waitForMail({ to: 'hanako.sato@demo.kizuna.dev', subject: 'パスワードの再設定' }));
    await tokenStored(link);
    await stack.sql(`UPDATE identity.email_tokens SET expires_at = now() - interval '1 second' WHERE purpose = 'reset-password'`);
    const expired = (await graphql(RESET, { token: link.token, newPassword: 'an-Unusual-new-passphrase' })).data?.resetPassword;
    expect(expired).toMatchObject({ passwordChanged: false, errors: [{ code: 'TOKEN_EXPIRED', field: 'token' }] });
    expect((await signInResult('hanako.sato@demo.kizuna.dev', stack.demo.memberPassword))?.accessToken).toBeTruthy();
  });

  it('changes the password of a signed-in member, who stays signed in while other devices are signed out', async () => {
    const email = 'changer@example.jp';
    const password = 'swap-Original-phrase';
    await stack.register({ email, password, displayName: '変 更太' });
    const signIn = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...stack.gatewayHeaders },
      body: JSON.stringify({ query: SIGN_IN, variables: { input: { email, password, networkSlug: 'demo' } } }),
    });
    const cookie = signIn.headers.get('set-cookie')!.split(';')[0];
    const token = ((await signIn.json()) as { data: { signIn: { accessToken: string } } }).data.signIn.accessToken;
    const change = (input: Record<string, unknown>) =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...stack.gatewayHeaders, authorization: `Bearer ${token}`, cookie },
        body: JSON.stringify({ query: CHANGE_PASSWORD, variables: { input } }),
      }).then((r) => r.json() as Promise<{ data: { changePassword: { passwordChanged: boolean; errors: { code: string; field: string }[] } } }>);

    const bad = (await change({ currentPassword: 'not-my-password', newPassword: 'short' })).data.changePassword;
    expect(bad.passwordChanged).toBe(false);
    expect(bad.errors.map((e) => [e.code, e.field])).toEqual([
      ['INVALID_PASSWORD', 'currentPassword'],
      ['PASSWORD_TOO_SHORT', 'newPassword'],
    ]);
    const same = (await change({ currentPassword: password, newPassword: password })).data.changePassword;
    expect(same.errors.map((e) => e.code)).toEqual(['PASSWORD_UNCHANGED']);
    expect((await signInResult(email, password))?.accessToken).toBeTruthy(); // nothing changed

    const newPassword = 'swap-Brand-new-phrase';
    expect((await change({ currentPassword: password, newPassword })).data.changePassword).toEqual({ passwordChanged: true, errors: [] });
    expect((await signInResult(email, password))?.errors).toEqual([{ code: 'INVALID_CREDENTIALS' }]);
    expect((await signInResult(email, newPassword))?.accessToken).toBeTruthy();

    const sessions = await stack.sql<{ revoked_reason: string | null }>(
      'SELECT revoked_reason FROM identity.sessions WHERE account_id = $1 ORDER BY created_at',
      [claimsOf(token).sub],
    );
    // registration's session and the earlier sign-in end; the browser that changed it and the newest sign-in stay.
    expect(sessions.map((s) => s.revoked_reason)).toEqual(['signed-out-everywhere', null, 'signed-out-everywhere', null]);
    await stack.mailbox.waitForMail({ to: email, subject: 'パスワードが変更されました' });
  });

  it('changes the e-mail address only once the new address confirms it, notifying the old one', async () => {
    const email = 'mover@example.jp';
    const password = 'relocate-Long-passphrase';
    const { token } = await stack.register({ email, password, displayName: '引越 し太' });

    const taken = (await graphql(CHANGE_EMAIL, { newEmail: 'Taro.Yamada@demo.kizuna.dev', currentPassword: password }, token)).data?.changeEmail;
    expect(taken.errors).toEqual([{ code: 'EMAIL_TAKEN', field: 'newEmail', message: 'This e-mail address cannot be used. Choose another one.' }]);
    expect(taken.errors[0].message).not.toMatch(/taro|山田|demo/i);
    const wrong = (await graphql(CHANGE_EMAIL, { newEmail: 'not-an-address', currentPassword: 'wrong-password' }, token)).data?.changeEmail;
    expect(wrong.errors.map((e: { code: string; field: string }) => [e.code, e.field])).toEqual([
      ['VALIDATION', 'newEmail'],
      ['INVALID_PASSWORD', 'currentPassword'],
    ]);
    expect((await graphql(ME, undefined, token)).data?.me).toMatchObject({ email, pendingEmail: null });

    const asked = (await graphql(CHANGE_EMAIL, { newEmail: 'Mover.New@Example.jp', currentPassword: password }, token)).data?.changeEmail;
    expect(asked).toMatchObject({ email, pendingEmail: 'mover.new@example.jp', errors: [] });
    const confirmation = await stack.mailbox.waitForMail({ to: 'mover.new@example.jp', subject: '新しいメールアドレスの確認' });
    const notice = await stack.mailbox.waitForMail({ to: email, subject: 'メールアドレス変更のお知らせ' });
    expect(notice.text).toContain('mover.new@example.jp');
    expect(notice.links).toEqual([]); // the old address gets no link that could move the account
    expect((await graphql(ME, undefined, token)).data?.me).toMatchObject({ email, pendingEmail: 'mover.new@example.jp' });
    expect((await signInResult('mover.new@example.jp', password))?.errors).toEqual([{ code: 'INVALID_CREDENTIALS' }]);

    const link = linkOf(confirmation);
    expect(link.path).toBe('/confirm-email');
    expect((await graphql(CONFIRM_EMAIL, { token: link.token })).data?.confirmEmailChange).toEqual({
      email: 'mover.new@example.jp',
      pendingEmail: null,
      emailVerified: true,
      errors: [],
    });
    expect((await graphql(ME, undefined, token)).data?.me).toMatchObject({ email: 'mover.new@example.jp', emailVerified: true, pendingEmail: null });
    expect((await signInResult('mover.new@example.jp', password))?.accessToken).toBeTruthy();
    expect((await signInResult(email, password))?.errors).toEqual([{ code: 'INVALID_CREDENTIALS' }]);
    expect((await graphql(CONFIRM_EMAIL, { token: link.token })).data?.confirmEmailChange.errors).toEqual([{ code: 'TOKEN_USED', field: 'token' }]);
  });

  it('cancels a pending e-mail change, after which its link no longer works', async () => {
    const password = 'canceller-Long-phrase';
    const { token } = await stack.register({ email: 'stayer@example.jp', password, displayName: '留 まる' });
    await graphql(CHANGE_EMAIL, { newEmail: 'elsewhere@example.jp', currentPassword: password }, token);
    const link = linkOf(await stack.mailbox.waitForMail({ to: 'elsewhere@example.jp' }));

    expect((await graphql(CANCEL_EMAIL_CHANGE, undefined, token)).data?.cancelEmailChange).toEqual({
      email: 'stayer@example.jp',
      pendingEmail: null,
      errors: [],
    });
    expect((await graphql(CONFIRM_EMAIL, { token: link.token })).data?.confirmEmailChange.errors).toEqual([{ code: 'TOKEN_INVALID', field: 'token' }]);
    expect((await graphql(ME, undefined, token)).data?.me.email).toBe('stayer@example.jp');
    expect((await graphql(CANCEL_EMAIL_CHANGE, undefined, token)).data?.cancelEmailChange.errors).toEqual([{ code: 'NO_PENDING_CHANGE' }]);
  });

  it('lets an account without a password (linked logins only) set one by reset link, not by change', async () => {
    const email = 'line.only@example.jp';
    const { token } = await stack.register({ email, displayName: 'ライン 専用' });
    await stack.sql('UPDATE identity.accounts SET password_hash = NULL WHERE id = $1', [claimsOf(token).sub]);

    const change = (await graphql(CHANGE_PASSWORD, { currentPassword: '', newPassword: 'a-Fresh-line-passphrase' }, token)).data?.changePassword;
    expect(change.errors.map((e: { code: string }) => e.code)).toEqual(['NO_PASSWORD']);
    const move = (await graphql(CHANGE_EMAIL, { newEmail: 'line.moved@example.jp', currentPassword: '' }, token)).data?.changeEmail;
    expect(move.errors.map((e: { code: string }) => e.code)).toEqual(['NO_PASSWORD']);

    await graphql(REQUEST_RESET, { email });
    const link = linkOf(await stack.mailbox.waitForMail({ to: email, subject: 'パスワードの再設定' }));
    expect((await graphql(RESET, { token: link.token, newPassword: 'a-Fresh-line-passphrase' })).data?.resetPassword.passwordChanged).toBe(true);
    expect((await signInResult(email, 'a-Fresh-line-passphrase'))?.accessToken).toBeTruthy();
  });

  it('writes mail in English for a network whose default language is English', async () => {
    await stack.sql("UPDATE identity.networks SET default_locale = 'en' WHERE slug = 'kizuna-corp'");
    await stack.register({ email: 'english.speaker@example.com', displayName: 'Jane Doe', networkSlug: 'kizuna-corp' });
    const mail = await stack.mailbox.waitForMail({ to: 'english.speaker@example.com' });
    expect(mail.subject).toMatch(/^\[.+\] Verify your e-mail address$/);
    expect(mail.text).toContain('The link works for 24 hours');
  });
});
