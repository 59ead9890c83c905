import { randomUUID } from 'node:crypto';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { combinePermissions, isPermission, Permission, PERMISSIONS, ROLE_PERMISSIONS, ROLES, type Role, type Viewer } from '@kizuna/auth';
import { cursorKey, encodeCursor, isOffset, isUuid, pageSize } from '@kizuna/data';
import { MembershipRoleChanged, type Outbox } from '@kizuna/events';
import { fail, ok, UserError, type Result } from '@kizuna/subgraph';
import { recordAudit } from '../audit/audit-writer';
import { MembershipEntity } from '../memberships/membership.entity';
import { CustomRoleEntity } from './custom-role.entity';
import { currentActor, type Actor } from './permissions';

const MAX_NAME_LENGTH = 60;
const MAX_DESCRIPTION_LENGTH = 300;
/** Memberships that hold a role: applicants and rejected people do not. */
const ROLE_HOLDING = ['approved', 'suspended'];

export interface CustomRoleView {
  id: string;
  name: string;
  description: string | null;
  permissions: Permission[];
  memberCount: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface RoleChange {
  membershipId: string;
  role: Role;
  customRoleId?: string | null;
}

/** What the actor may hand out: nobody grants a permission they do not hold themselves. */
function grantable(actor: Actor, permissions: readonly Permission[]): boolean {
  return permissions.every((permission) => actor.permissions.includes(permission));
}

function notAllowed(message: string, field?: string): UserError {
  return UserError.of('NOT_ALLOWED', message, field);
}

export class RoleService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  /** Built-in roles with their permissions and holders, and the network's custom roles. */
  async roles(viewer: Viewer): Promise<{ builtIn: { role: Role; permissions: Permission[]; memberCount: number }[]; custom: CustomRoleView[] }> {
    const counts = await this.dataSource.query<{ role: Role; count: string }[]>(
      `SELECT role, count(*) FROM identity.memberships WHERE network_id = $1 AND status = ANY($2) GROUP BY role`,
      [viewer.networkId, ROLE_HOLDING],
    );
    const countOf = new Map(counts.map((row) => [row.role, Number(row.count)]));
    return {
      builtIn: ROLES.map((role) => ({ role, permissions: [...ROLE_PERMISSIONS[role]], memberCount: countOf.get(role) ?? 0 })),
      custom: await this.customRoles(this.dataSource.manager, viewer.networkId),
    };
  }

  private async customRoles(manager: EntityManager, networkId: string, ids?: string[]): Promise<CustomRoleView[]> {
    const rows = await manager.find(CustomRoleEntity, {
      where: ids ? { networkId, id: In(ids) } : { networkId },
      order: { name: 'ASC' },
    });
    if (rows.length === 0) return [];
    const counts = await manager.query<{ id: string; count: string }[]>(
      `SELECT custom_role_id AS id, count(*) FROM identity.memberships
       WHERE network_id = $1 AND custom_role_id = ANY($2) AND status = ANY($3) GROUP BY custom_role_id`,
      [networkId, rows.map((r) => r.id), ROLE_HOLDING],
    );
    const countOf = new Map(counts.map((row) => [row.id, Number(row.count)]));
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      description: row.description,
      permissions: PERMISSIONS.filter((p) => row.permissions.includes(p)),
      memberCount: countOf.get(row.id) ?? 0,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    }));
  }

  /** Custom roles by id, only of the given network (for `Member.customRole`). */
  async customRolesById(networkId: string, ids: string[]): Promise<Map<string, CustomRoleView>> {
    const roles = await this.customRoles(this.dataSource.manager, networkId, ids);
    return new Map(roles.map((role) => [role.id, role]));
  }

  private validateRole(input: { name: string; description?: string | null; permissions: string[] }): UserError[] {
    const errors: UserError[] = [];
    const name = input.name.trim();
    if (name.length === 0 || name.length > MAX_NAME_LENGTH) {
      errors.push(UserError.of('VALIDATION', `Give the role a name of up to ${MAX_NAME_LENGTH} characters.`, 'name'));
    } else if ((ROLES as readonly string[]).includes(name.toLowerCase())) {
      errors.push(UserError.of('NAME_TAKEN', 'That is the name of a built-in role. Choose another name.', 'name'));
    }
    if ((input.description?.trim().length ?? 0) > MAX_DESCRIPTION_LENGTH) {
      errors.push(UserError.of('VALIDATION', `The description can have at most ${MAX_DESCRIPTION_LENGTH} characters.`, 'description'));
    }
    if (input.permissions.length === 0) errors.push(UserError.of('VALIDATION', 'Choose at least one permission.', 'permissions'));
    return errors;
  }

  createCustomRole(viewer: Viewer, input: { name: string; description?: string | null; permissions: Permission[] }): Promise<Result<CustomRoleView>> {
    return this.saveCustomRole(viewer, null, input);
  }

  updateCustomRole(
    viewer: Viewer,
    id: string,
    input: { name: string; description?: string | null; permissions: Permission[] },
  ): Promise<Result<CustomRoleView>> {
    return this.saveCustomRole(viewer, id, input);
  }

  private async saveCustomRole(
    viewer: Viewer,
    id: string | null,
    input: { name: string; description?: string | null; permissions: Permission[] },
  ): Promise<Result<CustomRoleView>> {
    const errors = this.validateRole(input);
    if (errors.length > 0) return fail(...errors);
    const name = input.name.trim();
    const description = input.description?.trim() || null;
    const permissions = PERMISSIONS.filter((p) => input.permissions.includes(p));
    return this.dataSource.transaction(async (manager) => {
      const actor = await currentActor(manager, viewer, Permission.MANAGE_SETTINGS);
      if (!grantable(actor, permissions)) return fail(notAllowed('You can only grant permissions you hold yourself.', 'permissions'));
      const existing = id && isUuid(id) ? await manager.findOneBy(CustomRoleEntity, { id, networkId: viewer.networkId }) : null;
      if (id && !existing) return fail(UserError.of('NOT_FOUND', 'No such role in this network.', 'id'));
      if (existing && !grantable(actor, existing.permissions.filter(isPermission))) {
        return fail(notAllowed('This role grants permissions you do not hold; only someone who holds them can change it.', 'id'));
      }
      const clash = await manager
        .getRepository(CustomRoleEntity)
        .createQueryBuilder('r')
        .where('r.network_id = :networkId AND lower(r.name) = lower(:name)', { networkId: viewer.networkId, name })
        .andWhere(existing ? 'r.id <> :id' : 'TRUE', { id })
        .getExists();
      if (clash) return fail(UserError.of('NAME_TAKEN', 'Another role already has this name.', 'name'));

      const saved = await manager.save(CustomRoleEntity, {
        ...(existing ?? { id: randomUUID(), networkId: viewer.networkId }),
        name,
        description,
        permissions,
      });
      await recordAudit(manager, [
        {
          networkId: viewer.networkId,
          actorMembershipId: viewer.membershipId,
          action: existing ? 'role.updated' : 'role.created',
          targetMembershipId: null,
          details: {
            roleId: saved.id,
            name,
            permissions: permissions.join(','),
            ...(existing && existing.name !== name ? { previousName: existing.name } : {}),
            ...(existing ? { previousPermissions: existing.permissions.join(',') } : {}),
          },
        },
      ]);
      return ok((await this.customRoles(manager, viewer.networkId, [saved.id]))[0]);
    });
  }

  async deleteCustomRole(viewer: Viewer, id: string): Promise<Result<string>> {
    return this.dataSource.transaction(async (manager) => {
      const actor = await currentActor(manager, viewer, Permission.MANAGE_SETTINGS);
      const existing = isUuid(id) ? await manager.findOneBy(CustomRoleEntity, { id, networkId: viewer.networkId }) : null;
      if (!existing) return fail(UserError.of('NOT_FOUND', 'No such role in this network.', 'id'));
      if (!grantable(actor, existing.permissions.filter(isPermission))) {
        return fail(notAllowed('This role grants permissions you do not hold; only someone who holds them can delete it.', 'id'));
      }
      const holders = await manager.countBy(MembershipEntity, { networkId: viewer.networkId, customRoleId: id });
      if (holders > 0) {
        return fail(UserError.of('IN_USE', `${holders} member(s) hold this role. Give them another role first.`, 'id'));
      }
      const inUse = await manager.query<{ n: string }[]>(
        `SELECT (SELECT count(*) FROM identity.invitation_links WHERE custom_role_id = $1 AND revoked_at IS NULL)
              + (SELECT count(*) FROM identity.staff_invitations WHERE custom_role_id = $1 AND accepted_at IS NULL AND revoked_at IS NULL) AS n`,
        [id],
      );
      if (Number(inUse[0].n) > 0) {
        return fail(UserError.of('IN_USE', 'Open invitations give this role. Revoke them first.', 'id'));
      }
      // Revoked and accepted invitations keep no hold on the role.
      await manager.query(`UPDATE identity.invitation_links SET custom_role_id = NULL WHERE custom_role_id = $1`, [id]);
      await manager.query(`UPDATE identity.staff_invitations SET custom_role_id = NULL WHERE custom_role_id = $1`, [id]);
      await manager.delete(CustomRoleEntity, { id, networkId: viewer.networkId });
      await recordAudit(manager, [
        {
          networkId: viewer.networkId,
          actorMembershipId: viewer.membershipId,
          action: 'role.deleted',
          targetMembershipId: null,
          details: { roleId: id, name: existing.name, permissions: existing.permissions.join(',') },
        },
      ]);
      return ok(id);
    });
  }

  /** Each membership's custom role and resulting permissions, for memberships of the viewer's network. */
  async heldRoles(viewer: Viewer | undefined, membershipIds: string[]): Promise<Map<string, { customRoleId: string | null; permissions: Permission[] }>> {
    if (!viewer || membershipIds.length === 0) return new Map();
    const rows = await this.dataSource.query<{ id: string; role: Role; custom_role_id: string | null; permissions: string[] | null }[]>(
      `SELECT m.id, m.role, m.custom_role_id, r.permissions FROM identity.memberships m
       LEFT JOIN identity.custom_roles r ON r.id = m.custom_role_id AND r.network_id = m.network_id
       WHERE m.network_id = $1 AND m.id = ANY($2)`,
      [viewer.networkId, membershipIds.filter(isUuid)],
    );
    return new Map(rows.map((row) => [row.id, { customRoleId: row.custom_role_id, permissions: combinePermissions(row.role, row.permissions ?? []) }]));
  }

  /** Owners and admins first, then staff, custom-role holders, members; by name. Searchable by name or e-mail. */
  async members(viewer: Viewer, search: string | null | undefined, first?: number | null, after?: string | null) {
    const limit = pageSize(first, 50, 200);
    const offset = after ? cursorKey(after, isOffset) : 0;
    const term = search?.trim();
    const params: unknown[] = [viewer.networkId, ROLE_HOLDING];
    let filter = '';
    if (term) {
      params.push(`%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      filter = `AND (m.display_name ILIKE $${params.length} OR a.email ILIKE $${params.length})`;
    }
    const from = `FROM identity.memberships m JOIN identity.accounts a ON a.id = m.account_id
      WHERE m.network_id = $1 AND m.status = ANY($2) ${filter}`;
    const [{ count }] = await this.dataSource.query<{ count: string }[]>(`SELECT count(*) ${from}`, params);
    const ids = await this.dataSource.query<{ id: string }[]>(
      `SELECT m.id ${from}
       ORDER BY CASE m.role WHEN 'owner' THEN 0 WHEN 'admin' THEN 1 WHEN 'staff' THEN 2 ELSE 3 END,
                (m.custom_role_id IS NULL), m.display_name, m.id
       OFFSET ${offset} LIMIT ${limit + 1}`,
      params,
    );
    const rows = ids.length ? await this.dataSource.getRepository(MembershipEntity).findBy({ networkId: viewer.networkId, id: In(ids.map((r) => r.id)) }) : [];
    const byId = new Map(rows.map((row) => [row.id, row]));
    const ordered = ids.map((r) => byId.get(r.id)!).filter(Boolean);
    return {
      rows: ordered.slice(0, limit),
      totalCount: Number(count),
      hasNextPage: ordered.length > limit,
      cursorAt: (index: number) => encodeCursor(offset + index + 1),
    };
  }

  /** Changes a member's role under the ownership rules; audited and published, in one transaction. */
  async changeMemberRole(viewer: Viewer, change: RoleChange): Promise<Result<MembershipEntity>> {
    const customRoleId = change.customRoleId || null;
    if (customRoleId && (change.role === 'owner' || change.role === 'admin')) {
      return fail(UserError.of('VALIDATION', 'Owners and admins hold every permission already: a custom role goes with staff or member.', 'customRoleId'));
    }
    return this.dataSource.transaction(async (manager) => {
      const actor = await currentActor(manager, viewer, Permission.MANAGE_SETTINGS);
      const target = isUuid(change.membershipId)
        ? await manager
            .getRepository(MembershipEntity)
            .createQueryBuilder('m')
            .setLock('pessimistic_write')
            .where('m.id = :id AND m.network_id = :networkId', { id: change.membershipId, networkId: viewer.networkId })
            .getOne()
        : null;
      if (!target) return fail(UserError.of('NOT_FOUND', 'No such member in this network.', 'memberId'));
      if (!ROLE_HOLDING.includes(target.status)) {
        return fail(UserError.of('INVALID_STATE', `This membership is ${target.status}: decide on it before giving it a role.`, 'memberId'));
      }
      const customRole = customRoleId
        ? isUuid(customRoleId)
          ? await manager.findOneBy(CustomRoleEntity, { id: customRoleId, networkId: viewer.networkId })
          : null
        : null;
      if (customRoleId && !customRole) return fail(UserError.of('NOT_FOUND', 'No such role in this network.', 'customRoleId'));

      const refusal = await this.refuseRoleChange(manager, actor, target, change.role, customRole);
      if (refusal) return fail(refusal);
      if (target.role === change.role && (target.customRoleId ?? null) === customRoleId) return ok(target);
      return ok(await this.applyRoleChange(manager, target, change.role, customRole, viewer.membershipId));
    });
  }

  /** Why the actor may not give the target this role, or null when they may. */
  private async refuseRoleChange(
    manager: EntityManager,
    actor: Actor,
    target: MembershipEntity,
    role: Role,
    customRole: CustomRoleEntity | null,
  ): Promise<UserError | null> {
    const touchesOwnership = role === 'owner' || role === 'admin' || target.role === 'owner' || target.role === 'admin';
    if (touchesOwnership && actor.role !== 'owner') {
      return notAllowed('Only an owner can make owners or admins, or change their role.', 'role');
    }
    const granted = combinePermissions(role, customRole?.permissions ?? []);
    if (!grantable(actor, granted)) return notAllowed('You can only give roles whose permissions you hold yourself.', 'role');
    if (target.customRoleId && target.customRoleId !== customRole?.id) {
      const current = await manager.findOneBy(CustomRoleEntity, { id: target.customRoleId, networkId: target.networkId });
      if (current && !grantable(actor, current.permissions.filter(isPermission))) {
        return notAllowed("This member's role grants permissions you do not hold; you cannot change it.", 'memberId');
      }
    }
    if (target.role === 'owner' && role !== 'owner') {
      const owners = await manager.countBy(MembershipEntity, { networkId: target.networkId, role: 'owner', status: 'approved' });
      if (owners <= 1) return UserError.of('LAST_OWNER', 'A network always keeps an owner. Make someone else owner first.', 'role');
    }
    return null;
  }

  private async applyRoleChange(
    manager: EntityManager,
    target: MembershipEntity,
    role: Role,
    customRole: CustomRoleEntity | null,
    changedBy: string | null,
  ): Promise<MembershipEntity> {
    const previousRole = target.role;
    const previousCustomRole = target.customRoleId ? await manager.findOneBy(CustomRoleEntity, { id: target.customRoleId, networkId: target.networkId }) : null;
    target.role = role;
    target.customRoleId = customRole?.id ?? null;
    await manager.update(MembershipEntity, { id: target.id, networkId: target.networkId }, { role, customRoleId: target.customRoleId });
    const changedAt = new Date();
    await recordAudit(manager, [
      {
        networkId: target.networkId,
        actorMembershipId: changedBy,
        action: 'membership.role-changed',
        targetMembershipId: target.id,
        details: {
          from: previousRole,
          to: role,
          previousCustomRole: previousCustomRole?.name ?? null,
          customRole: customRole?.name ?? null,
        },
      },
    ]);
    await this.outbox.add(manager, MembershipRoleChanged, target.networkId, {
      membershipId: target.id,
      accountId: target.accountId,
      networkId: target.networkId,
      role,
      previousRole,
      customRoleId: customRole?.id ?? null,
      customRoleName: customRole?.name ?? null,
      permissions: combinePermissions(role, customRole?.permissions ?? []),
      changedBy,
      changedAt: changedAt.toISOString(),
    });
    return target;
  }

  /**
   * Gives an existing membership the role an invitation carries (used when someone who is already a
   * member accepts a staff invitation); never lowers an owner or admin.
   */
  async grantInvitedRole(
    manager: EntityManager,
    target: MembershipEntity,
    role: Role,
    customRoleId: string | null,
    invitedBy: string | null,
  ): Promise<MembershipEntity> {
    const rank = (r: Role) => ['member', 'staff', 'admin', 'owner'].indexOf(r);
    if (rank(target.role) >= rank('admin') && rank(role) <= rank(target.role)) return target;
    const customRole = customRoleId ? await manager.findOneBy(CustomRoleEntity, { id: customRoleId, networkId: target.networkId }) : null;
    if (target.role === role && (target.customRoleId ?? null) === (customRole?.id ?? null)) return target;
    return this.applyRoleChange(manager, target, role, customRole, invitedBy);
  }

  /** The owner hands ownership to another approved member and becomes an admin. */
  async transferOwnership(viewer: Viewer, membershipId: string): Promise<Result<{ owner: MembershipEntity; previousOwner: MembershipEntity }>> {
    return this.dataSource.transaction(async (manager) => {
      const actor = await currentActor(manager, viewer);
      if (actor.role !== 'owner') return fail(notAllowed('Only an owner can hand over ownership.'));
      if (membershipId === actor.membership.id) return fail(UserError.of('VALIDATION', 'Choose another member.', 'memberId'));
      const target = isUuid(membershipId) ? await manager.findOneBy(MembershipEntity, { id: membershipId, networkId: viewer.networkId }) : null;
      if (!target) return fail(UserError.of('NOT_FOUND', 'No such member in this network.', 'memberId'));
      if (target.status !== 'approved') return fail(UserError.of('INVALID_STATE', 'Only an approved member can become owner.', 'memberId'));
      const owner = await this.applyRoleChange(manager, target, 'owner', null, viewer.membershipId);
      const previousOwner = await this.applyRoleChange(manager, actor.membership, 'admin', null, viewer.membershipId);
      return ok({ owner, previousOwner });
    });
  }
}
