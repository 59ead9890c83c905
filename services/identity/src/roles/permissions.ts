import type { EntityManager } from 'typeorm';
import { combinePermissions, forbidden, hasPermission, isPermission, Permission, type Role, type Viewer } from '@kizuna/auth';
import { isUuid } from '@kizuna/data';
import { UserError } from '@kizuna/subgraph';
import { MembershipEntity } from '../memberships/membership.entity';
import { CustomRoleEntity } from './custom-role.entity';

/** What a membership may do now: its built-in role's permissions plus its custom role's. */
export async function permissionsOfMembership(
  manager: EntityManager,
  membership: Pick<MembershipEntity, 'role' | 'customRoleId' | 'networkId'>,
): Promise<Permission[]> {
  if (!membership.customRoleId) return combinePermissions(membership.role);
  const customRole = await manager.findOneBy(CustomRoleEntity, { id: membership.customRoleId, networkId: membership.networkId });
  return combinePermissions(membership.role, customRole?.permissions.filter(isPermission) ?? []);
}

export interface Actor {
  membership: MembershipEntity;
  role: Role;
  permissions: Permission[];
  /** Owners and admins: every permission, and the right to manage roles of non-owners. */
  isAdministrator: boolean;
}

/**
 * The acting member as the database says they are now (a token may be up to 15 minutes old): must
 * still be approved and, when a permission is named, hold it. Otherwise FORBIDDEN.
 */
export async function currentActor(manager: EntityManager, viewer: Viewer, required?: Permission): Promise<Actor> {
  const membership = await manager.findOneBy(MembershipEntity, { id: viewer.membershipId, networkId: viewer.networkId });
  if (!membership || membership.status !== 'approved') throw forbidden();
  const permissions = await permissionsOfMembership(manager, membership);
  if (required && !permissions.includes(required)) throw forbidden();
  return { membership, role: membership.role, permissions, isAdministrator: membership.role === 'owner' || membership.role === 'admin' };
}

/**
 * The permissions to put in a membership's access token: those of the role the token states, plus
 * those of the membership's custom role.
 */
export async function permissionsForToken(manager: EntityManager, membershipId: string, role: Role): Promise<Permission[]> {
  const [row] = await manager.query<{ permissions: string[] | null }[]>(
    `SELECT r.permissions FROM identity.memberships m
     JOIN identity.custom_roles r ON r.id = m.custom_role_id AND r.network_id = m.network_id WHERE m.id = $1`,
    [membershipId],
  );
  return combinePermissions(role, row?.permissions ?? []);
}

/** The permission each administrator decision on a membership needs. */
export const DECISION_PERMISSION = {
  approve: Permission.APPROVE_MEMBERS,
  reject: Permission.APPROVE_MEMBERS,
  suspend: Permission.MANAGE_MEMBERS,
  reinstate: Permission.MANAGE_MEMBERS,
} as const satisfies Record<string, Permission>;

/**
 * Someone who manages members through a custom role or as staff does not act on owners or admins:
 * one error per such membership among `membershipIds`.
 */
export async function refuseActingOnAdministrators(
  manager: EntityManager,
  actor: Actor,
  membershipIds: string[],
  fieldOf: (index: number) => string,
): Promise<UserError[]> {
  if (actor.isAdministrator) return [];
  const rows = await manager.query<{ id: string }[]>(
    `SELECT id FROM identity.memberships WHERE network_id = $1 AND id = ANY($2) AND role IN ('owner', 'admin')`,
    [actor.membership.networkId, membershipIds.filter(isUuid)],
  );
  const administrators = new Set(rows.map((row) => row.id));
  return membershipIds.flatMap((id, index) =>
    administrators.has(id) ? [UserError.of('NOT_ALLOWED', 'Only owners and admins can act on an owner or admin.', fieldOf(index))] : [],
  );
}

/** Who sees members' e-mail addresses besides the members themselves: those who decide on or manage members. */
export function seesMemberEmails(viewer: Viewer): boolean {
  return viewer.status === 'approved' && (hasPermission(viewer, Permission.APPROVE_MEMBERS) || hasPermission(viewer, Permission.MANAGE_MEMBERS));
}
