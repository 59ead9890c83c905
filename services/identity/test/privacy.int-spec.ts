import { claimsOf, startStack, type Stack } from '@kizuna/testing';

const PASSWORD = 'correct-horse-battery';
const MY_DATA = '{ myPersonalData { accountId identity } }';
const DELETE = 'mutation($input: DeleteMyAccountInput!) { deleteMyAccount(input: $input) { deleted errors { code field message } } }';
const APPROVE = 'mutation($input: ApproveMembershipInput!) { approveMembership(input: $input) { errors { code } } }';
const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { accessToken errors { code } } }';
const RENEW = 'mutation { renewAccessToken(input: {}) { accessToken errors { code } } }';
const AUDIT = '{ auditLog(first: 200) { edges { node { action actor { id } target { id } details } } } }';
const PERSONAL_DATA_ENTITY = 'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on PersonalData { accountId identity } } }';

describe("identity: a person's data download and account deletion", () => {
  let stack: Stack;
  let url: string;
  let admin: string;
  let corpAdmin: string;
  let count = 0;

  /** A person with a membership in both demo networks, approved in demo, pending in kizuna-corp. */
  const person = async (name: string) => {
    count += 1;
    const email = `${name}.${count}@example.jp`;
    const demo = await stack.register({ email, password: PASSWORD, displayName: `${name} ${count}` });
    const corp = await stack.register({ email, password: PASSWORD, displayName: `${name} (corp)`, networkSlug: stack.demo.otherNetwork.networkSlug });
    expect((await stack.graphql(url, APPROVE, { input: { memberId: demo.memberId, message: 'ようこそ' } }, admin)).data?.approveMembership.errors).toEqual([]);
    const token = await stack.signIn(email, PASSWORD);
    return { email, token, corpToken: corp.token, demoId: demo.memberId, corpId: corp.memberId, accountId: claimsOf(token).sub };
  };
  const deleteAccount = (token: string, input: Record<string, unknown>) => stack.graphql(url, DELETE, { input }, token);
  const rows = async (accountId: string) => ({
    accounts: (await stack.sql('SELECT id FROM identity.accounts WHERE id = $1', [accountId])).length,
    memberships: (await stack.sql('SELECT id FROM identity.memberships WHERE account_id = $1', [accountId])).length,
  });

  beforeAll(async () => {
    stack = await startStack({ services: ['identity'], seed: 'demo' });
    url = stack.serviceUrl('identity');
    admin = await stack.signInAdmin();
    corpAdmin = await stack.signInAdmin('otherNetwork');
  });
  afterAll(() => stack?.stop());

  it('hands a person their account, every membership and what admins recorded about them, without secrets', async () => {
    const p = await person('tomo');
    // A pending membership's token is enough: the person may take their data before anyone approved them.
    const result = await stack.graphql(url, MY_DATA, {}, p.corpToken);
    expect(result.errors).toBeUndefined();
    const data = result.data?.myPersonalData;
    expect(data.accountId).toBe(p.accountId);
    expect(data.identity.account).toMatchObject({ id: p.accountId, email: p.email, display_name: 'tomo 1' });
    expect(data.identity.memberships.map((m: { id: string; status: string; network: { slug: string } }) => [m.id, m.network.slug, m.status])).toEqual([
      [p.demoId, 'demo', 'approved'],
      [p.corpId, 'kizuna-corp', 'pending'],
    ]);
    expect(data.identity.auditLogEntries).toEqual([
      expect.objectContaining({ action: 'membership.approved', aboutYou: true, byYou: false, details: expect.objectContaining({ message: 'ようこそ' }) }),
    ]);
    // Sessions (device, address, times) are the person's data too; the refresh token's hash is not handed out.
    expect(data.identity.sessions.length).toBeGreaterThan(0);
    expect(data.identity.sessions[0]).toMatchObject({ account_id: p.accountId });
    expect(data.identity).toMatchObject({ linkedLogins: [], registrationAnswers: [], invitationLinks: [] });
    const text = JSON.stringify(data);
    expect(text).not.toMatch(/\$argon2/);
    expect(text).not.toMatch(/password_hash|token_hash/);
  });

  it("never hands anyone else's data, and nothing without a token", async () => {
    const p = await person('yoko');
    const anonymous = await stack.graphql(url, MY_DATA);
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    // The admin of the member's own network, and of another network, ask for the member's account by id.
    for (const token of [admin, corpAdmin]) {
      const foreign = await stack.graphql(url, PERSONAL_DATA_ENTITY, { reps: [{ __typename: 'PersonalData', accountId: p.accountId }] }, token);
      expect(foreign.data?._entities).toEqual([null]);
      const own = await stack.graphql(url, MY_DATA, {}, token);
      expect(own.data?.myPersonalData.identity.account.email).not.toBe(p.email);
      expect(JSON.stringify(own.data)).not.toContain(p.email);
    }
  });

  it('refuses a deletion that is not confirmed, with one error for the field at fault, and changes nothing', async () => {
    const p = await person('kenta');
    const cases: [Record<string, unknown>, string, string][] = [
      [{ password: PASSWORD, confirmation: 'delete me' }, 'CONFIRMATION_REQUIRED', 'confirmation'],
      [{ confirmation: 'DELETE' }, 'PASSWORD_REQUIRED', 'password'],
      [{ password: 'not-my-password', confirmation: 'DELETE' }, 'INVALID_PASSWORD', 'password'],
    ];
    for (const [input, code, field] of cases) {
      const refused = await deleteAccount(p.token, input);
      expect(refused.data?.deleteMyAccount.deleted).toBe(false);
      expect(refused.data?.deleteMyAccount.errors.map((e: { code: string; field: string }) => [e.code, e.field])).toEqual([[code, field]]);
    }
    expect(await rows(p.accountId)).toEqual({ accounts: 1, memberships: 2 });
    expect((await stack.graphql(url, SIGN_IN, { input: { networkSlug: 'demo', email: p.email, password: PASSWORD } })).data?.signIn.errors).toEqual([]);
  });

  it('deletes an account that signs in only through a social login with the typed confirmation alone', async () => {
    const p = await person('social');
    // Such an account has no password (it was created through LINE, Google, …).
    await stack.sql('UPDATE identity.accounts SET password_hash = NULL WHERE id = $1', [p.accountId]);
    const unconfirmed = await deleteAccount(p.token, { confirmation: 'yes' });
    expect(unconfirmed.data?.deleteMyAccount.errors.map((e: { code: string }) => e.code)).toEqual(['CONFIRMATION_REQUIRED']);
    expect((await deleteAccount(p.token, { confirmation: 'DELETE' })).data?.deleteMyAccount).toEqual({ deleted: true, errors: [] });
    expect(await rows(p.accountId)).toEqual({ accounts: 0, memberships: 0 });
  });

  it('refuses to delete the only owner of a network until someone else owns it', async () => {
    const collector = await stack.collectEvents('kizuna.identity.membership');
    const refused = await deleteAccount(admin, { password: stack.demo.admin.password, confirmation: 'DELETE' });
    expect(refused.data?.deleteMyAccount).toEqual({
      deleted: false,
      errors: [expect.objectContaining({ code: 'LAST_OWNER', field: null, message: expect.stringContaining('絆大学') })],
    });
    expect(await rows(claimsOf(admin).sub)).toEqual({ accounts: 1, memberships: 1 });
    // A later event of the same topic arrives; no deletion was published before it.
    const marker = await stack.register({ email: `marker.${Date.now()}@example.jp`, displayName: 'marker' });
    await stack.waitFor(async () => collector.events.some((e) => e.subject === marker.memberId));
    expect(
      collector.events.filter(
        (e) => e.type === 'kizuna.identity.account.deleted.v1' && e.data && (e.data as { accountId: string }).accountId === claimsOf(admin).sub,
      ),
    ).toEqual([]);
  });

  it('deletes the account for good: every membership, every session, published once per membership', async () => {
    const collector = await stack.collectEvents('kizuna.identity.membership');
    const p = await person('akira');
    const deleted = await deleteAccount(p.token, { password: PASSWORD, confirmation: ' DELETE ' });
    expect(deleted.data?.deleteMyAccount).toEqual({ deleted: true, errors: [] });

    expect(await rows(p.accountId)).toEqual({ accounts: 0, memberships: 0 });
    expect(await stack.sql('SELECT id FROM identity.sessions WHERE account_id = $1', [p.accountId])).toEqual([]);
    const events = await stack.waitFor(async () => {
      const found = collector.events.filter(
        (e) => e.type === 'kizuna.identity.account.deleted.v1' && (e.data as { accountId: string }).accountId === p.accountId,
      );
      return found.length === 2 ? found : undefined;
    });
    expect(events.map((e) => [e.subject, e.networkid]).sort()).toEqual(
      [
        [p.demoId, claimsOf(p.token).nid],
        [p.corpId, claimsOf(p.corpToken).nid],
      ].sort(),
    );
    expect(events.every((e) => e.data && Object.keys(e.data).sort().join() === 'accountId,deletedAt,membershipId')).toBe(true);

    // Nothing opens it again: no sign-in, no renewal of a token issued before, no second deletion.
    expect((await stack.graphql(url, SIGN_IN, { input: { networkSlug: 'demo', email: p.email, password: PASSWORD } })).data?.signIn.accessToken).toBeNull();
    expect((await stack.graphql(url, RENEW, {}, p.token)).data?.renewAccessToken.accessToken ?? null).toBeNull();
    expect((await deleteAccount(p.token, { password: PASSWORD, confirmation: 'DELETE' })).data?.deleteMyAccount.deleted).toBe(false);
    expect((await stack.graphql(url, '{ me { id } }', {}, p.token)).data?.me ?? null).toBeNull();

    // The admin's record of the approval stays, without the member or their address.
    const audit = await stack.graphql(url, AUDIT, {}, admin);
    const approvals = audit.data?.auditLog.edges.filter((e: { node: { details: string } }) => e.node.details.includes('ようこそ'));
    expect(approvals.length).toBeGreaterThan(0);
    expect(JSON.stringify(audit.data)).not.toContain(p.email);
    expect(JSON.stringify(audit.data)).not.toContain(p.demoId);

    // The address is free again: the person can start over as someone new.
    const again = await stack.register({ email: p.email, password: PASSWORD, displayName: 'akira again' });
    expect(claimsOf(again.token).sub).not.toBe(p.accountId);
  });

  it('lets an owner go once the network has another owner', async () => {
    const corpNetwork = claimsOf(corpAdmin).nid;
    const [other] = await stack.sql<{ id: string }>(`SELECT id FROM identity.memberships WHERE network_id = $1 AND status = 'approved' AND id <> $2 LIMIT 1`, [
      corpNetwork,
      claimsOf(corpAdmin).mid,
    ]);
    await stack.sql(`UPDATE identity.memberships SET role = 'owner' WHERE id = $1`, [other.id]);
    const deleted = await deleteAccount(corpAdmin, { password: stack.demo.otherNetwork.admin.password, confirmation: 'DELETE' });
    expect(deleted.data?.deleteMyAccount).toEqual({ deleted: true, errors: [] });
    expect(await stack.sql(`SELECT role FROM identity.memberships WHERE network_id = $1 AND role = 'owner'`, [corpNetwork])).toEqual([{ role: 'owner' }]);
  });
});
