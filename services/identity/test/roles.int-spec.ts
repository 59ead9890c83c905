import { claimsOf, startStack, type Stack } from '@kizuna/testing';

const PASSWORD = 'correct-horse-battery-staple';

const ROLES = `query { roles { builtIn { role permissions memberCount } custom { id name description permissions memberCount } } }`;
const CREATE_ROLE = `mutation($input: CreateCustomRoleInput!) { createCustomRole(input: $input) { role { id name permissions memberCount } errors { code field } } }`;
const UPDATE_ROLE = `mutation($input: UpdateCustomRoleInput!) { updateCustomRole(input: $input) { role { id name permissions } errors { code field } } }`;
const DELETE_ROLE = `mutation($input: DeleteCustomRoleInput!) { deleteCustomRole(input: $input) { deletedId errors { code field } } }`;
const CHANGE_ROLE = `mutation($input: ChangeMemberRoleInput!) {
  changeMemberRole(input: $input) { member { id role customRole { id name } permissions } errors { code field } } }`;
const TRANSFER = `mutation($input: TransferOwnershipInput!) { transferOwnership(input: $input) { owner { id role } previousOwner { id role } errors { code field } } }`;
const PENDING = 'query { pendingMembers { edges { node { id email } } } }';
const APPROVE = 'mutation($input: ApproveMembershipInput!) { approveMembership(input: $input) { member { id status } errors { code field } } }';
const SUSPEND = 'mutation($input: SuspendMembershipInput!) { suspendMembership(input: $input) { member { id status } errors { code field } } }';
const RENEW = 'mutation { renewAccessToken(input: {}) { accessToken errors { code } } }';
const AUDIT = 'query($action: String) { auditLog(first: 200, action: $action) { edges { node { action actor { id } target { id } details } } } }';
const MEMBER_ROLES = 'query($search: String) { memberRoles(search: $search) { totalCount edges { node { id displayName role email } } } }';

describe('identity: roles, permissions and custom roles', () => {
  let stack: Stack;
  let url: string;
  let owner: string;
  let corpAdmin: string;
  let people = 0;

  const gql = (query: string, variables: Record<string, unknown>, token?: string) => stack.graphql(url, query, variables, token);
  const memberIdOf = async (email: string, slug = 'demo') =>
    (
      await stack.sql<{ id: string }>(
        'SELECT m.id FROM identity.memberships m JOIN identity.accounts a ON a.id = m.account_id JOIN identity.networks n ON n.id = m.network_id WHERE a.email = $1 AND n.slug = $2',
        [email, slug],
      )
    )[0].id;
  /** A fresh approved member of the demo network, signed in. */
  const approvedMember = async (name: string) => {
    people += 1;
    const email = `${name}-${people}@example.jp`;
    const { memberId } = await stack.register({ email, password: PASSWORD, displayName: `${name} ${people}` });
    expect((await gql(APPROVE, { input: { memberId } }, owner)).data?.approveMembership.errors).toEqual([]);
    return { memberId, email, token: await stack.signIn(email, PASSWORD) };
  };
  const renew = async (token: string) => {
    const result = await gql(RENEW, {}, token);
    return result.data?.renewAccessToken.accessToken as string;
  };
  const customRoleCount = async () => Number((await stack.sql<{ count: string }>('SELECT count(*) FROM identity.custom_roles'))[0].count);

  beforeAll(async () => {
    stack = await startStack({ services: ['identity'], seed: 'demo' });
    url = stack.serviceUrl('identity');
    owner = await stack.signInAdmin();
    corpAdmin = await stack.signInAdmin('otherNetwork');
  });
  afterAll(() => stack?.stop());

  it("puts the member's permissions in the access token", async () => {
    expect(claimsOf(owner)).toMatchObject({
      role: 'owner',
      perms: ['approve_members', 'manage_members', 'send_bulk_messages', 'manage_content', 'view_analytics', 'manage_settings'],
    });
    const member = await stack.signIn('hanako.sato@demo.kizuna.dev', stack.demo.memberPassword);
    expect(claimsOf(member)).toMatchObject({ role: 'member', perms: [] });
    const roles = (await gql(ROLES, {}, owner)).data?.roles;
    expect(roles.builtIn.map((r: { role: string; permissions: string[] }) => [r.role, r.permissions])).toEqual([
      ['OWNER', ['APPROVE_MEMBERS', 'MANAGE_MEMBERS', 'SEND_BULK_MESSAGES', 'MANAGE_CONTENT', 'VIEW_ANALYTICS', 'MANAGE_SETTINGS']],
      ['ADMIN', ['APPROVE_MEMBERS', 'MANAGE_MEMBERS', 'SEND_BULK_MESSAGES', 'MANAGE_CONTENT', 'VIEW_ANALYTICS', 'MANAGE_SETTINGS']],
      ['STAFF', ['APPROVE_MEMBERS', 'MANAGE_CONTENT']],
      ['MEMBER', []],
    ]);
    expect(roles.builtIn[0].memberCount).toBe(1);
  });

  it('refuses a bad custom role with one error per field and stores nothing', async () => {
    const before = await customRoleCount();
    const bad = await gql(CREATE_ROLE, { input: { name: '  ', permissions: [] } }, owner);
    expect(bad.data?.createCustomRole).toEqual({
      role: null,
      errors: [
        { code: 'VALIDATION', field: 'name' },
        { code: 'VALIDATION', field: 'permissions' },
      ],
    });
    const builtIn = await gql(CREATE_ROLE, { input: { name: 'Admin', permissions: ['APPROVE_MEMBERS'] } }, owner);
    expect(builtIn.data?.createCustomRole.errors).toEqual([{ code: 'NAME_TAKEN', field: 'name' }]);
    expect(await customRoleCount()).toBe(before);

    const made = await gql(CREATE_ROLE, { input: { name: 'Content editor', permissions: ['MANAGE_CONTENT', 'VIEW_ANALYTICS'] } }, owner);
    expect(made.data?.createCustomRole.role).toMatchObject({ name: 'Content editor', permissions: ['MANAGE_CONTENT', 'VIEW_ANALYTICS'], memberCount: 0 });
    const twice = await gql(CREATE_ROLE, { input: { name: 'content EDITOR', permissions: ['MANAGE_CONTENT'] } }, owner);
    expect(twice.data?.createCustomRole.errors).toEqual([{ code: 'NAME_TAKEN', field: 'name' }]);
    expect(await customRoleCount()).toBe(before + 1);
  });

  it('lets a custom role with APPROVE_MEMBERS approve applicants from the next token on, but not change roles', async () => {
    const created = await gql(CREATE_ROLE, { input: { name: '入会審査係', description: '申請を確認します', permissions: ['APPROVE_MEMBERS'] } }, owner);
    const roleId = created.data?.createCustomRole.role.id;
    const approver = await approvedMember('approver');

    const collector = await stack.collectEvents('kizuna.identity.membership');
    const assigned = await gql(CHANGE_ROLE, { input: { memberId: approver.memberId, role: 'MEMBER', customRoleId: roleId } }, owner);
    expect(assigned.data?.changeMemberRole).toEqual({
      member: { id: approver.memberId, role: 'MEMBER', customRole: { id: roleId, name: '入会審査係' }, permissions: ['APPROVE_MEMBERS'] },
      errors: [],
    });
    const event = await stack.waitFor(async () =>
      collector.events.find((e) => e.subject === approver.memberId && e.type === 'kizuna.identity.membership.role-changed.v1'),
    );
    expect(event.data).toMatchObject({
      role: 'member',
      previousRole: 'member',
      customRoleId: roleId,
      customRoleName: '入会審査係',
      permissions: ['approve_members'],
    });

    // The token from before the change still says "member": nothing more until it is renewed.
    expect((await gql(PENDING, {}, approver.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const renewed = await renew(approver.token);
    expect(claimsOf(renewed).perms).toEqual(['approve_members']);

    const applicant = await stack.register({ email: `applicant-${Date.now()}@example.jp`, password: PASSWORD, displayName: '申請 太郎' });
    const queue = (await gql(PENDING, {}, renewed)).data?.pendingMembers.edges.map((e: { node: { id: string; email: string } }) => e.node);
    expect(queue).toContainEqual({ id: applicant.memberId, email: expect.stringContaining('@example.jp') });
    expect((await gql(APPROVE, { input: { memberId: applicant.memberId } }, renewed)).data?.approveMembership).toEqual({
      member: { id: applicant.memberId, status: 'APPROVED' },
      errors: [],
    });

    for (const [query, input] of [
      [CHANGE_ROLE, { memberId: applicant.memberId, role: 'STAFF' }],
      [CREATE_ROLE, { name: 'Escalation', permissions: ['MANAGE_SETTINGS'] }],
      [SUSPEND, { memberId: applicant.memberId }],
    ] as const) {
      expect((await gql(query, { input }, renewed)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect((await gql(ROLES, {}, renewed)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const [stored] = await stack.sql<{ role: string }>('SELECT role FROM identity.memberships WHERE id = $1', [applicant.memberId]);
    expect(stored.role).toBe('member');

    // Taking the role away stops approvals at once, even with a token that still lists the permission.
    await gql(CHANGE_ROLE, { input: { memberId: approver.memberId, role: 'MEMBER', customRoleId: null } }, owner);
    const another = await stack.register({ email: `applicant-b-${Date.now()}@example.jp`, password: PASSWORD, displayName: '申請 次郎' });
    expect((await gql(APPROVE, { input: { memberId: another.memberId } }, renewed)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await stack.sql('SELECT status FROM identity.memberships WHERE id = $1', [another.memberId]))[0].status).toBe('pending');
    expect(claimsOf(await renew(renewed)).perms).toEqual([]);
  });

  it('keeps plain members out of roles entirely', async () => {
    const member = await stack.signIn('hanako.sato@demo.kizuna.dev', stack.demo.memberPassword);
    const target = await memberIdOf('ichiro.suzuki@demo.kizuna.dev');
    expect((await gql(CHANGE_ROLE, { input: { memberId: target, role: 'ADMIN' } }, member)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await gql(MEMBER_ROLES, {}, member)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await gql(ROLES, {}, member)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await stack.sql('SELECT role FROM identity.memberships WHERE id = $1', [target]))[0].role).toBe('member');
  });

  it('leaves owners and admins to the owner, keeps the last owner, and hands ownership over', async () => {
    const ownerId = await memberIdOf(stack.demo.admin.email);
    const second = await approvedMember('second-admin');
    const plain = await approvedMember('plain');
    expect((await gql(CHANGE_ROLE, { input: { memberId: second.memberId, role: 'ADMIN' } }, owner)).data?.changeMemberRole.member.role).toBe('ADMIN');
    const admin = await renew(second.token);
    expect(claimsOf(admin).role).toBe('admin');

    // An admin manages staff, but neither makes admins nor touches the owner.
    expect((await gql(CHANGE_ROLE, { input: { memberId: plain.memberId, role: 'STAFF' } }, admin)).data?.changeMemberRole.member.role).toBe('STAFF');
    expect((await gql(CHANGE_ROLE, { input: { memberId: plain.memberId, role: 'ADMIN' } }, admin)).data?.changeMemberRole.errors).toEqual([
      { code: 'NOT_ALLOWED', field: 'role' },
    ]);
    expect((await gql(CHANGE_ROLE, { input: { memberId: ownerId, role: 'MEMBER' } }, admin)).data?.changeMemberRole.errors).toEqual([
      { code: 'NOT_ALLOWED', field: 'role' },
    ]);
    expect((await gql(TRANSFER, { input: { memberId: plain.memberId } }, admin)).data?.transferOwnership.errors).toEqual([
      { code: 'NOT_ALLOWED', field: null },
    ]);
    // A custom role goes with staff or member only.
    const roles = (await gql(ROLES, {}, owner)).data?.roles.custom;
    expect(
      (await gql(CHANGE_ROLE, { input: { memberId: plain.memberId, role: 'ADMIN', customRoleId: roles[0].id } }, owner)).data?.changeMemberRole.errors,
    ).toEqual([{ code: 'VALIDATION', field: 'customRoleId' }]);

    expect((await gql(CHANGE_ROLE, { input: { memberId: ownerId, role: 'ADMIN' } }, owner)).data?.changeMemberRole.errors).toEqual([
      { code: 'LAST_OWNER', field: 'role' },
    ]);
    expect((await stack.sql('SELECT role FROM identity.memberships WHERE id = $1', [ownerId]))[0].role).toBe('owner');

    const transferred = await gql(TRANSFER, { input: { memberId: second.memberId } }, owner);
    expect(transferred.data?.transferOwnership).toEqual({
      owner: { id: second.memberId, role: 'OWNER' },
      previousOwner: { id: ownerId, role: 'ADMIN' },
      errors: [],
    });
    const newOwner = await renew(admin);
    // Hand it back, so the other tests keep the seeded owner.
    expect((await gql(TRANSFER, { input: { memberId: ownerId } }, newOwner)).data?.transferOwnership.errors).toEqual([]);
    owner = await stack.signInAdmin();
    expect(claimsOf(owner).role).toBe('owner');

    const changes = (await gql(AUDIT, { action: 'membership.role-changed' }, owner)).data?.auditLog.edges.map(
      (e: { node: { target: { id: string }; details: string } }) => [e.node.target.id, JSON.parse(e.node.details).to],
    );
    // Each hand-over is one transaction: its two entries share their time, so only the pairs are ordered.
    const sorted = (pairs: string[][]) => [...pairs].sort((x, y) => x.join().localeCompare(y.join()));
    expect(sorted(changes.slice(0, 2))).toEqual(
      sorted([
        [second.memberId, 'admin'],
        [ownerId, 'owner'],
      ]),
    );
    expect(sorted(changes.slice(2, 4))).toEqual(
      sorted([
        [ownerId, 'admin'],
        [second.memberId, 'owner'],
      ]),
    );
  });

  it("edits and deletes custom roles: never one still held, never beyond the editor's own permissions", async () => {
    const made = (await gql(CREATE_ROLE, { input: { name: 'Settings keeper', permissions: ['MANAGE_SETTINGS', 'APPROVE_MEMBERS'] } }, owner)).data
      ?.createCustomRole.role;
    const keeper = await approvedMember('keeper');
    await gql(CHANGE_ROLE, { input: { memberId: keeper.memberId, role: 'MEMBER', customRoleId: made.id } }, owner);
    const keeperToken = await renew(keeper.token);

    // Holding MANAGE_SETTINGS through a custom role does not let anyone grant what they lack.
    expect(
      (await gql(UPDATE_ROLE, { input: { id: made.id, name: 'Settings keeper', permissions: ['MANAGE_SETTINGS', 'MANAGE_MEMBERS'] } }, keeperToken)).data
        ?.updateCustomRole.errors,
    ).toEqual([{ code: 'NOT_ALLOWED', field: 'permissions' }]);
    expect(
      (await gql(CHANGE_ROLE, { input: { memberId: keeper.memberId, role: 'STAFF', customRoleId: made.id } }, keeperToken)).data?.changeMemberRole.errors,
    ).toEqual([{ code: 'NOT_ALLOWED', field: 'role' }]);

    const renamed = await gql(
      UPDATE_ROLE,
      { input: { id: made.id, name: 'Settings & approvals', permissions: ['MANAGE_SETTINGS', 'APPROVE_MEMBERS', 'VIEW_ANALYTICS'] } },
      owner,
    );
    expect(renamed.data?.updateCustomRole.role).toMatchObject({
      name: 'Settings & approvals',
      permissions: ['APPROVE_MEMBERS', 'VIEW_ANALYTICS', 'MANAGE_SETTINGS'],
    });
    expect(claimsOf(await renew(keeperToken)).perms).toEqual(['approve_members', 'view_analytics', 'manage_settings']);

    expect((await gql(DELETE_ROLE, { input: { id: made.id } }, owner)).data?.deleteCustomRole.errors).toEqual([{ code: 'IN_USE', field: 'id' }]);
    await gql(CHANGE_ROLE, { input: { memberId: keeper.memberId, role: 'MEMBER' } }, owner);
    expect((await gql(DELETE_ROLE, { input: { id: made.id } }, owner)).data?.deleteCustomRole).toEqual({ deletedId: made.id, errors: [] });
    expect((await stack.sql('SELECT count(*) FROM identity.custom_roles WHERE id = $1', [made.id]))[0].count).toBe('0');

    const roleActions = (await gql(AUDIT, { action: 'role.' }, owner)).data?.auditLog.edges.map((e: { node: { action: string } }) => e.node.action);
    expect(roleActions.slice(0, 3)).toEqual(['role.deleted', 'role.updated', 'role.created']);
    expect(new Set(roleActions)).toEqual(new Set(['role.created', 'role.updated', 'role.deleted']));
  });

  it('finds members for role changes by name or e-mail, owners first', async () => {
    const all = (await gql(MEMBER_ROLES, {}, owner)).data?.memberRoles;
    expect(all.edges[0].node.role).toBe('OWNER');
    const found = (await gql(MEMBER_ROLES, { search: 'hanako' }, owner)).data?.memberRoles;
    expect(found.edges.map((e: { node: { email: string } }) => e.node.email)).toEqual(['hanako.sato@demo.kizuna.dev']);
  });

  it("keeps each network's roles to itself", async () => {
    const demoRole = (await gql(ROLES, {}, owner)).data?.roles.custom[0];
    const corpRoles = (await gql(ROLES, {}, corpAdmin)).data?.roles;
    expect(corpRoles.custom).toEqual([]);
    expect(corpRoles.builtIn.find((r: { role: string }) => r.role === 'OWNER').memberCount).toBe(1);

    const demoMember = await memberIdOf('taro.yamada@demo.kizuna.dev');
    const corpMember = await memberIdOf('kenichi.okada@corp.kizuna.dev', 'kizuna-corp');
    expect((await gql(CHANGE_ROLE, { input: { memberId: demoMember, role: 'STAFF' } }, corpAdmin)).data?.changeMemberRole.errors).toEqual([
      { code: 'NOT_FOUND', field: 'memberId' },
    ]);
    expect(
      (await gql(CHANGE_ROLE, { input: { memberId: corpMember, role: 'MEMBER', customRoleId: demoRole.id } }, corpAdmin)).data?.changeMemberRole.errors,
    ).toEqual([{ code: 'NOT_FOUND', field: 'customRoleId' }]);
    expect(
      (await gql(UPDATE_ROLE, { input: { id: demoRole.id, name: 'taken over', permissions: ['APPROVE_MEMBERS'] } }, corpAdmin)).data?.updateCustomRole.errors,
    ).toEqual([{ code: 'NOT_FOUND', field: 'id' }]);
    expect((await gql(DELETE_ROLE, { input: { id: demoRole.id } }, corpAdmin)).data?.deleteCustomRole.errors).toEqual([{ code: 'NOT_FOUND', field: 'id' }]);
    expect((await gql(MEMBER_ROLES, { search: 'demo.kizuna.dev' }, corpAdmin)).data?.memberRoles.totalCount).toBe(0);
    expect((await gql(AUDIT, { action: 'role.' }, corpAdmin)).data?.auditLog.edges).toEqual([]);
    const [{ name }] = await stack.sql<{ name: string }>('SELECT name FROM identity.custom_roles WHERE id = $1', [demoRole.id]);
    expect(name).toBe(demoRole.name);
    expect((await stack.sql('SELECT role, custom_role_id FROM identity.memberships WHERE id = $1', [corpMember]))[0]).toEqual({
      role: 'member',
      custom_role_id: null,
    });
  });
});
