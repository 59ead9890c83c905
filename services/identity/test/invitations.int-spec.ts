import { claimsOf, startStack, type Stack } from '@kizuna/testing';

const PASSWORD = 'correct-horse-battery-staple';

const CREATE_LINK = `mutation($input: CreateInvitationLinkInput!) {
  createInvitationLink(input: $input) { link { id code path uses maxUses status skipApproval role createdBy { id } } errors { code field } } }`;
const REVOKE_LINK = 'mutation($input: RevokeInvitationLinkInput!) { revokeInvitationLink(input: $input) { link { id status } errors { code field } } }';
const LINKS = 'query($mine: Boolean) { invitationLinks(mine: $mine) { totalCount edges { node { id code uses status createdBy { id } } } } }';
const PREVIEW =
  'query($slug: String!, $code: String!) { invitationLinkPreview(networkSlug: $slug, code: $code) { valid errorCode inviterName skipsApproval } }';
const REGISTER_SELECTION = 'accessToken member { id status role } errors { code field }';
const REFERRERS = 'query { referrers { totalCount edges { node { member { id } referredCount approvedCount pendingCount referred { id } } } } }';
const PENDING = 'query { pendingMembers(first: 200) { edges { node { id referredBy { id } } } } }';
const SETTINGS = 'mutation($input: InvitationSettingsInput!) { updateInvitationSettings(input: $input) { settings { membersCanInvite } errors { code } } }';
const INVITE = `mutation($input: InviteStaffInput!) {
  inviteStaff(input: $input) { invitation { id email role customRoleName status invitedBy { id } sendCount } errors { code field } } }`;
const STAFF_INVITATIONS = 'query { staffInvitations { id email status role acceptedMember { id } } }';
const RESEND =
  'mutation($input: StaffInvitationIdInput!) { resendStaffInvitation(input: $input) { invitation { id sendCount status } errors { code field } } }';
const REVOKE_INVITATION =
  'mutation($input: StaffInvitationIdInput!) { revokeStaffInvitation(input: $input) { invitation { id status } errors { code field } } }';
const INVITATION_PREVIEW = 'query($token: String!) { staffInvitation(token: $token) { email role status accountExists inviterName network { slug name } } }';
const ACCEPT = `mutation($input: AcceptStaffInvitationInput!) {
  acceptStaffInvitation(input: $input) { accessToken member { id role status email } errors { code field } } }`;
const AUDIT = 'query($action: String) { auditLog(first: 200, action: $action) { edges { node { action details } } } }';

describe('identity: invitation links, referrals and staff invitations', () => {
  let stack: Stack;
  let url: string;
  let admin: string;
  let corpAdmin: string;
  let member: string;
  let count = 0;

  const gql = (query: string, variables: Record<string, unknown>, token?: string) => stack.graphql(url, query, variables, token);
  const nextEmail = (name: string) => `${name}-${++count}@example.jp`;
  const registerWith = (code: string, email = nextEmail('invited'), networkSlug = 'demo') =>
    stack.registerThroughMail({ networkSlug, email, password: PASSWORD, displayName: `招待 ${count}`, invitationCode: code }, REGISTER_SELECTION);
  const accountsWith = async (email: string) =>
    Number((await stack.sql<{ count: string }>('SELECT count(*) FROM identity.accounts WHERE email = $1', [email]))[0].count);
  const createLink = async (input: Record<string, unknown>, token = admin) => {
    const result = await gql(CREATE_LINK, { input }, token);
    expect(result.data?.createInvitationLink.errors).toEqual([]);
    return result.data?.createInvitationLink.link as { id: string; code: string; path: string; createdBy: { id: string } };
  };
  const tokenFrom = (link: string) => decodeURIComponent(new URL(link).pathname.split('/').pop()!);

  beforeAll(async () => {
    stack = await startStack({ services: ['identity'], seed: 'demo' });
    url = stack.serviceUrl('identity');
    admin = await stack.signInAdmin();
    corpAdmin = await stack.signInAdmin('otherNetwork');
    member = await stack.signIn('hanako.sato@demo.kizuna.dev', stack.demo.memberPassword);
  });
  afterAll(() => stack?.stop());

  it('records who referred whom and stops a link at its use limit, storing nothing for the refused registration', async () => {
    const link = await createLink({ label: '2015年卒 同窓会', maxUses: 2 });
    expect(link.path).toBe(`/join/demo?invite=${link.code}`);
    expect((await gql(PREVIEW, { slug: 'demo', code: link.code })).data?.invitationLinkPreview).toEqual({
      valid: true,
      errorCode: null,
      inviterName: expect.any(String),
      skipsApproval: false,
    });

    const first = await registerWith(link.code);
    expect(first.data?.register.member).toMatchObject({ status: 'PENDING', role: 'MEMBER' });
    await registerWith(link.code);
    const [row] = await stack.sql<{ referred_by: string; invitation_link_id: string }>(
      'SELECT referred_by, invitation_link_id FROM identity.memberships WHERE id = $1',
      [first.data?.register.member.id],
    );
    expect(row).toEqual({ referred_by: link.createdBy.id, invitation_link_id: link.id });

    const refusedEmail = nextEmail('too-late');
    const third = await registerWith(link.code, refusedEmail);
    expect(third.data?.register).toEqual({ accessToken: null, member: null, errors: [{ code: 'INVITATION_USED_UP', field: 'invitationCode' }] });
    expect(await accountsWith(refusedEmail)).toBe(0);
    expect((await stack.sql('SELECT uses FROM identity.invitation_links WHERE id = $1', [link.id]))[0].uses).toBe(2);
    expect((await gql(PREVIEW, { slug: 'demo', code: link.code })).data?.invitationLinkPreview).toMatchObject({
      valid: false,
      errorCode: 'INVITATION_USED_UP',
    });
  });

  it("refuses expired, withdrawn, unknown and other networks' codes as a field error", async () => {
    const expiring = await createLink({ expiresAt: new Date(Date.now() + 3_600_000).toISOString() });
    await stack.sql("UPDATE identity.invitation_links SET expires_at = now() - interval '1 minute' WHERE id = $1", [expiring.id]);
    const withdrawn = await createLink({});
    expect((await gql(REVOKE_LINK, { input: { id: withdrawn.id } }, admin)).data?.revokeInvitationLink.link.status).toBe('REVOKED');
    const corpLink = (await gql(CREATE_LINK, { input: {} }, corpAdmin)).data?.createInvitationLink.link;

    for (const [code, error] of [
      [expiring.code, 'INVITATION_EXPIRED'],
      [withdrawn.code, 'INVITATION_REVOKED'],
      ['no-such-code', 'INVITATION_INVALID'],
      [corpLink.code, 'INVITATION_INVALID'],
    ]) {
      const email = nextEmail('refused');
      expect((await registerWith(code, email)).data?.register.errors).toEqual([{ code: error, field: 'invitationCode' }]);
      expect(await accountsWith(email)).toBe(0);
    }
    // A link must expire in the future and allow at least one use.
    const bad = await gql(CREATE_LINK, { input: { expiresAt: new Date(Date.now() - 1000).toISOString(), maxUses: 0 } }, admin);
    expect(bad.data?.createInvitationLink.errors).toEqual([
      { code: 'VALIDATION', field: 'expiresAt' },
      { code: 'VALIDATION', field: 'maxUses' },
    ]);
  });

  it('approves at once through a link that skips approval, published as registered and approved', async () => {
    const link = await createLink({ skipApproval: true, role: 'STAFF' });
    const result = await registerWith(link.code);
    const joined = result.data?.register;
    expect(joined.member).toMatchObject({ status: 'APPROVED', role: 'STAFF' });
    expect(claimsOf(joined.accessToken)).toMatchObject({ status: 'approved', role: 'staff', perms: ['approve_members', 'manage_content'] });
    const collector = await stack.collectEvents('kizuna.identity.membership');
    const events = await stack.waitFor(async () => {
      const mine = collector.events.filter((e) => e.subject === joined.member.id);
      return mine.length >= 2 ? mine : undefined;
    });
    expect(events.map((e) => e.type)).toEqual(['kizuna.identity.membership.registered.v1', 'kizuna.identity.membership.approved.v1']);
    expect(events[0].data).toMatchObject({ status: 'approved', role: 'staff' });
  });

  it('lets members invite (no role, no skipping approval) until the network stops it', async () => {
    const memberId = claimsOf(member).mid;
    const own = await createLink({ label: 'ゼミの仲間' }, member);
    expect(own.createdBy.id).toBe(memberId);
    for (const input of [{ skipApproval: true }, { role: 'STAFF' }]) {
      const refused = await gql(CREATE_LINK, { input }, member);
      expect(refused.data?.createInvitationLink.errors[0].code).toBe('NOT_ALLOWED');
    }
    const referred = await registerWith(own.code);
    const referredId = referred.data?.register.member.id;

    // The member sees only their own links; admins see them all.
    const mine = (await gql(LINKS, {}, member)).data?.invitationLinks;
    expect(mine.edges.every((e: { node: { createdBy: { id: string } } }) => e.node.createdBy.id === memberId)).toBe(true);
    expect(mine.totalCount).toBe(1);
    expect((await gql(LINKS, {}, admin)).data?.invitationLinks.totalCount).toBeGreaterThan(mine.totalCount);

    // Referrals are for those who approve members.
    expect((await gql(REFERRERS, {}, member)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const referrers = (await gql(REFERRERS, {}, admin)).data?.referrers.edges.map((e: { node: unknown }) => e.node);
    expect(referrers).toContainEqual({ member: { id: memberId }, referredCount: 1, approvedCount: 0, pendingCount: 1, referred: [{ id: referredId }] });
    const queue = (await gql(PENDING, {}, admin)).data?.pendingMembers.edges.map((e: { node: unknown }) => e.node);
    expect(queue).toContainEqual({ id: referredId, referredBy: { id: memberId } });

    expect((await gql(SETTINGS, { input: { membersCanInvite: false } }, member)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await gql(SETTINGS, { input: { membersCanInvite: false } }, admin)).data?.updateInvitationSettings.settings).toEqual({ membersCanInvite: false });
    expect((await gql(CREATE_LINK, { input: {} }, member)).data?.createInvitationLink.errors).toEqual([{ code: 'NOT_ALLOWED', field: null }]);
    expect((await registerWith(own.code)).data?.register.errors).toEqual([{ code: 'INVITATION_REVOKED', field: 'invitationCode' }]);
    await gql(SETTINGS, { input: { membersCanInvite: true } }, admin);
    expect((await registerWith(own.code)).data?.register.errors).toEqual([]);
    expect((await gql(AUDIT, { action: 'settings.members-can-invite' }, admin)).data?.auditLog.edges).toHaveLength(2);
  });

  it('keeps links and referrals to their own network', async () => {
    const demoLink = await createLink({ label: 'demo only' });
    const corpLinks = (await gql(LINKS, {}, corpAdmin)).data?.invitationLinks.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(corpLinks).not.toContain(demoLink.id);
    expect((await gql(REVOKE_LINK, { input: { id: demoLink.id } }, corpAdmin)).data?.revokeInvitationLink.errors).toEqual([{ code: 'NOT_FOUND', field: 'id' }]);
    expect((await gql(REFERRERS, {}, corpAdmin)).data?.referrers.totalCount).toBe(0);
    expect((await gql(AUDIT, { action: 'invitation-link.' }, corpAdmin)).data?.auditLog.edges).toHaveLength(1);
    expect((await gql(PREVIEW, { slug: 'kizuna-corp', code: demoLink.code })).data?.invitationLinkPreview.valid).toBe(false);
    expect((await stack.sql('SELECT revoked_at FROM identity.invitation_links WHERE id = $1', [demoLink.id]))[0].revoked_at).toBeNull();
  });

  it('e-mails a staff invitation that a new person accepts, joining approved as staff', async () => {
    const email = nextEmail('new-staff');
    const invited = await gql(INVITE, { input: { email, role: 'STAFF', message: 'イベント運営をお願いします' } }, admin);
    expect(invited.data?.inviteStaff).toMatchObject({ invitation: { email, role: 'STAFF', status: 'PENDING', sendCount: 1 }, errors: [] });

    const mail = await stack.mailbox.waitForMail({ to: email });
    expect(mail.text).toContain('イベント運営をお願いします');
    const link = mail.links.find((l) => l.includes('/invitations/'))!;
    const token = tokenFrom(link);
    expect((await gql(INVITATION_PREVIEW, { token })).data?.staffInvitation).toMatchObject({
      email,
      role: 'STAFF',
      status: 'PENDING',
      accountExists: false,
      network: { slug: 'demo' },
    });

    const weak = await gql(ACCEPT, { input: { token, password: 'short', displayName: '' } });
    expect(weak.data?.acceptStaffInvitation.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['displayName', 'password']));
    expect(await accountsWith(email)).toBe(0);

    const accepted = await gql(ACCEPT, { input: { token, password: PASSWORD, displayName: '運営 花子' } });
    expect(accepted.data?.acceptStaffInvitation.member).toMatchObject({ role: 'STAFF', status: 'APPROVED', email });
    expect(claimsOf(accepted.data?.acceptStaffInvitation.accessToken)).toMatchObject({
      role: 'staff',
      status: 'approved',
      perms: ['approve_members', 'manage_content'],
    });
    expect((await gql(ACCEPT, { input: { token, password: PASSWORD } })).data?.acceptStaffInvitation.errors).toEqual([{ code: 'TOKEN_USED', field: 'token' }]);
    const listed = (await gql(STAFF_INVITATIONS, {}, admin)).data?.staffInvitations.find((i: { email: string }) => i.email === email);
    expect(listed).toMatchObject({ status: 'ACCEPTED', acceptedMember: { id: accepted.data?.acceptStaffInvitation.member.id } });
  });

  it('lets someone with an account elsewhere accept with their password; resends with a new link and withdraws', async () => {
    const email = 'kenichi.okada@corp.kizuna.dev';
    const invited = (await gql(INVITE, { input: { email, role: 'STAFF' } }, admin)).data?.inviteStaff.invitation;
    const firstToken = tokenFrom((await stack.mailbox.waitForMail({ to: email })).links[0]);
    expect((await gql(INVITE, { input: { email, role: 'MEMBER' } }, admin)).data?.inviteStaff.errors).toEqual([{ code: 'ALREADY_INVITED', field: 'email' }]);
    expect((await gql(RESEND, { input: { id: invited.id } }, admin)).data?.resendStaffInvitation.errors).toEqual([{ code: 'TOO_SOON', field: 'id' }]);

    await stack.sql("UPDATE identity.staff_invitations SET last_sent_at = now() - interval '2 minutes' WHERE id = $1", [invited.id]);
    stack.mailbox.clear();
    expect((await gql(RESEND, { input: { id: invited.id } }, admin)).data?.resendStaffInvitation.invitation).toMatchObject({ sendCount: 2, status: 'PENDING' });
    const secondToken = tokenFrom((await stack.mailbox.waitForMail({ to: email })).links[0]);
    expect((await gql(ACCEPT, { input: { token: firstToken, password: stack.demo.memberPassword } })).data?.acceptStaffInvitation.errors).toEqual([
      { code: 'TOKEN_INVALID', field: 'token' },
    ]);

    expect((await gql(INVITATION_PREVIEW, { token: secondToken })).data?.staffInvitation.accountExists).toBe(true);
    expect((await gql(ACCEPT, { input: { token: secondToken, password: 'not-the-password' } })).data?.acceptStaffInvitation.errors).toEqual([
      { code: 'INVALID_CREDENTIALS', field: 'password' },
    ]);
    const accepted = await gql(ACCEPT, { input: { token: secondToken, password: stack.demo.memberPassword } });
    expect(accepted.data?.acceptStaffInvitation.member).toMatchObject({ role: 'STAFF', status: 'APPROVED' });
    expect(
      Number(
        (await stack.sql('SELECT count(*) FROM identity.memberships m JOIN identity.accounts a ON a.id = m.account_id WHERE a.email = $1', [email]))[0].count,
      ),
    ).toBe(2);

    const other = nextEmail('withdrawn');
    const withdrawn = (await gql(INVITE, { input: { email: other, role: 'MEMBER' } }, admin)).data?.inviteStaff.invitation;
    const withdrawnToken = tokenFrom((await stack.mailbox.waitForMail({ to: other })).links[0]);
    expect((await gql(REVOKE_INVITATION, { input: { id: withdrawn.id } }, admin)).data?.revokeStaffInvitation.invitation.status).toBe('REVOKED');
    expect((await gql(ACCEPT, { input: { token: withdrawnToken, password: PASSWORD, displayName: '取り消し' } })).data?.acceptStaffInvitation.errors).toEqual([
      { code: 'INVITATION_REVOKED', field: 'token' },
    ]);
    expect(await accountsWith(other)).toBe(0);

    const actions = (await gql(AUDIT, { action: 'staff-invitation.' }, admin)).data?.auditLog.edges.map((e: { node: { action: string } }) => e.node.action);
    expect(new Set(actions)).toEqual(new Set(['staff-invitation.sent', 'staff-invitation.resent', 'staff-invitation.accepted', 'staff-invitation.revoked']));
  });

  it("leaves inviting admins to the owner, bad addresses to the inviter, and each network's invitations to itself", async () => {
    const staffEmail = nextEmail('promoted');
    const { memberId } = await stack.register({ email: staffEmail, password: PASSWORD, displayName: '昇格 候補' });
    await gql('mutation($input: ApproveMembershipInput!) { approveMembership(input: $input) { errors { code } } }', { input: { memberId } }, admin);
    await gql(
      'mutation($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { errors { code } } }',
      { input: { memberId, role: 'ADMIN' } },
      admin,
    );
    const secondAdmin = await stack.signIn(staffEmail, PASSWORD);
    expect(claimsOf(secondAdmin).role).toBe('admin');
    expect((await gql(INVITE, { input: { email: nextEmail('would-be-admin'), role: 'ADMIN' } }, secondAdmin)).data?.inviteStaff.errors).toEqual([
      { code: 'NOT_ALLOWED', field: 'role' },
    ]);
    expect((await gql(INVITE, { input: { email: 'not-an-address', role: 'STAFF', expiresInDays: 90 } }, admin)).data?.inviteStaff.errors).toEqual([
      { code: 'VALIDATION', field: 'email' },
      { code: 'VALIDATION', field: 'expiresInDays' },
    ]);
    expect((await gql(INVITE, { input: { email: nextEmail('x'), role: 'STAFF' } }, member)).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const demoInvitations = (await gql(STAFF_INVITATIONS, {}, admin)).data?.staffInvitations;
    expect(demoInvitations.length).toBeGreaterThan(0);
    expect((await gql(STAFF_INVITATIONS, {}, corpAdmin)).data?.staffInvitations).toEqual([]);
    const pending =
      demoInvitations.find((i: { status: string }) => i.status === 'PENDING') ??
      (await gql(INVITE, { input: { email: nextEmail('open'), role: 'STAFF' } }, admin)).data?.inviteStaff.invitation;
    expect((await gql(REVOKE_INVITATION, { input: { id: pending.id } }, corpAdmin)).data?.revokeStaffInvitation.errors).toEqual([
      { code: 'NOT_FOUND', field: 'id' },
    ]);
    expect((await gql(RESEND, { input: { id: pending.id } }, corpAdmin)).data?.resendStaffInvitation.errors).toEqual([{ code: 'NOT_FOUND', field: 'id' }]);
    expect((await gql(AUDIT, { action: 'staff-invitation.' }, corpAdmin)).data?.auditLog.edges).toEqual([]);
  });
});
