import { randomBytes, randomUUID } from 'node:crypto';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { combinePermissions, hasPermission, Permission, type Role, type Viewer } from '@kizuna/auth';
import { cursorKey, encodeCursor, isOffset, isTimeAndId, isUuid, pageSize } from '@kizuna/data';
import { fail, ok, UserError, type Result } from '@kizuna/subgraph';
import { recordAudit } from '../audit/audit-writer';
import { MembershipEntity } from '../memberships/membership.entity';
import type { Joining } from '../memberships/membership-lifecycle';
import { CustomRoleEntity } from '../roles/custom-role.entity';
import { currentActor } from '../roles/permissions';
import { InvitationLinkEntity } from './invitation.entities';

export type InvitationLinkStatus = 'active' | 'expired' | 'used_up' | 'revoked';

const MAX_LABEL_LENGTH = 100;
const MAX_USES_LIMIT = 100_000;
const FIELD = 'invitationCode';

export function linkStatus(link: InvitationLinkEntity, now = Date.now()): InvitationLinkStatus {
  if (link.revokedAt) return 'revoked';
  if (link.expiresAt && link.expiresAt.getTime() <= now) return 'expired';
  if (link.maxUses !== null && link.uses >= link.maxUses) return 'used_up';
  return 'active';
}

/** Why a code cannot be used, as the error on the registration's `invitationCode` field. */
function codeError(status: InvitationLinkStatus | 'unknown'): UserError {
  switch (status) {
    case 'expired':
      return UserError.of('INVITATION_EXPIRED', 'This invitation link has expired. Ask the person who invited you for a new one.', FIELD);
    case 'used_up':
      return UserError.of('INVITATION_USED_UP', 'This invitation link has been used as often as it allows.', FIELD);
    case 'revoked':
      return UserError.of('INVITATION_REVOKED', 'This invitation link was withdrawn.', FIELD);
    default:
      return UserError.of('INVITATION_INVALID', 'This invitation link is not valid for this network.', FIELD);
  }
}

/** Whether members (not only those who approve members) may make invitation links in a network. */
export async function membersCanInvite(manager: EntityManager, networkId: string): Promise<boolean> {
  const [row] = await manager.query<{ members_can_invite: boolean }[]>('SELECT members_can_invite FROM identity.networks WHERE id = $1', [networkId]);
  return row?.members_can_invite ?? false;
}

/**
 * The usable link behind a code in a network, or the field error saying why not. With `lock` the
 * row stays locked until the transaction ends, so two registrations cannot both take the last use.
 */
export async function findUsableLink(manager: EntityManager, networkId: string, code: string, lock = false): Promise<Result<InvitationLinkEntity>> {
  const trimmed = code.trim();
  const query = manager
    .getRepository(InvitationLinkEntity)
    .createQueryBuilder('l')
    .where('l.code = :code AND l.network_id = :networkId', { code: trimmed, networkId });
  if (lock) query.setLock('pessimistic_write');
  const link = trimmed ? await query.getOne() : null;
  if (!link) return fail(codeError('unknown'));
  const status = linkStatus(link);
  if (status !== 'active') return fail(codeError(status));
  // A member's link works while they are an approved member and the network lets members invite.
  const [creator] = await manager.query<{ status: string; role: Role; permissions: string[] | null }[]>(
    `SELECT m.status, m.role, r.permissions FROM identity.memberships m
     LEFT JOIN identity.custom_roles r ON r.id = m.custom_role_id AND r.network_id = m.network_id WHERE m.id = $1`,
    [link.createdBy],
  );
  if (!creator || creator.status !== 'approved') return fail(codeError('unknown'));
  const creatorApproves = combinePermissions(creator.role, creator.permissions ?? []).includes(Permission.APPROVE_MEMBERS);
  if (!creatorApproves && !(await membersCanInvite(manager, networkId))) return fail(codeError('revoked'));
  return ok(link);
}

/** What a registration through the link sets on the new membership: who referred it, its role, and an approval when the link skips it. */
export function invitationTerms(link: InvitationLinkEntity): Pick<Joining, 'referredBy' | 'invitationLinkId' | 'role' | 'customRoleId' | 'approvedBy'> {
  return {
    referredBy: link.createdBy,
    invitationLinkId: link.id,
    ...(link.role ? { role: link.role } : {}),
    customRoleId: link.customRoleId,
    ...(link.skipApproval ? { approvedBy: link.createdBy } : {}),
  };
}

/** Counts a registration against the link, inside the registration's transaction. */
export async function redeemInvitationLink(manager: EntityManager, link: InvitationLinkEntity): Promise<void> {
  await manager.increment(InvitationLinkEntity, { id: link.id }, 'uses', 1);
}

export interface CreateLinkRequest {
  label?: string | null;
  expiresAt?: Date | null;
  maxUses?: number | null;
  role?: Role | null;
  customRoleId?: string | null;
  skipApproval?: boolean | null;
}

export interface ReferrerRow {
  referrerId: string;
  total: number;
  approved: number;
  pending: number;
  lastReferredAt: Date;
}

export class InvitationLinkService {
  constructor(private readonly dataSource: DataSource) {}

  /** Whoever approves members sees and manages every link and referral of the network; others their own. */
  static managesLinks(viewer: Viewer): boolean {
    return hasPermission(viewer, Permission.APPROVE_MEMBERS);
  }

  /** The usable link behind a code, or why it cannot be used (for the registration page). */
  findUsable(networkId: string, code: string): Promise<Result<InvitationLinkEntity>> {
    return findUsableLink(this.dataSource.manager, networkId, code);
  }

  /** Memberships by id, only of the given network. */
  membershipsByIds(networkId: string, ids: string[]): Promise<MembershipEntity[]> {
    const wanted = [...new Set(ids.filter(isUuid))];
    if (wanted.length === 0) return Promise.resolve([]);
    return this.dataSource.getRepository(MembershipEntity).findBy({ networkId, id: In(wanted) });
  }

  membersCanInvite(networkId: string): Promise<boolean> {
    return membersCanInvite(this.dataSource.manager, networkId);
  }

  async create(viewer: Viewer, request: CreateLinkRequest): Promise<Result<InvitationLinkEntity>> {
    const errors: UserError[] = [];
    const label = request.label?.trim() || null;
    if (label && label.length > MAX_LABEL_LENGTH)
      errors.push(UserError.of('VALIDATION', `The label can have at most ${MAX_LABEL_LENGTH} characters.`, 'label'));
    if (request.expiresAt && request.expiresAt.getTime() <= Date.now()) errors.push(UserError.of('VALIDATION', 'Choose an expiry in the future.', 'expiresAt'));
    if (
      request.maxUses !== null &&
      request.maxUses !== undefined &&
      (!Number.isInteger(request.maxUses) || request.maxUses < 1 || request.maxUses > MAX_USES_LIMIT)
    ) {
      errors.push(UserError.of('VALIDATION', `The limit must be between 1 and ${MAX_USES_LIMIT}.`, 'maxUses'));
    }
    if (request.role === 'owner') errors.push(UserError.of('VALIDATION', 'An invitation link cannot make owners.', 'role'));
    if (request.customRoleId && (request.role === 'admin' || request.role === 'owner')) {
      errors.push(UserError.of('VALIDATION', 'A custom role goes with staff or member.', 'customRoleId'));
    }
    if (errors.length > 0) return fail(...errors);

    return this.dataSource.transaction(async (manager) => {
      const actor = await currentActor(manager, viewer);
      const approves = actor.permissions.includes(Permission.APPROVE_MEMBERS);
      if (!approves && !(await membersCanInvite(manager, viewer.networkId))) {
        return fail(UserError.of('NOT_ALLOWED', 'In this network only administrators invite new members.'));
      }
      if (request.skipApproval && !approves)
        return fail(UserError.of('NOT_ALLOWED', 'Only those who approve members can let a link skip approval.', 'skipApproval'));
      const customRole = request.customRoleId
        ? isUuid(request.customRoleId)
          ? await manager.findOneBy(CustomRoleEntity, { id: request.customRoleId, networkId: viewer.networkId })
          : null
        : null;
      if (request.customRoleId && !customRole) return fail(UserError.of('NOT_FOUND', 'No such role in this network.', 'customRoleId'));
      const role = (request.role ?? null) as InvitationLinkEntity['role'];
      if (role || customRole) {
        if (!actor.permissions.includes(Permission.MANAGE_SETTINGS)) {
          return fail(UserError.of('NOT_ALLOWED', 'Only administrators can attach a role to a link.', 'role'));
        }
        if (role === 'admin' && actor.role !== 'owner') return fail(UserError.of('NOT_ALLOWED', 'Only an owner can make admins.', 'role'));
        const granted = combinePermissions(role ?? 'member', customRole?.permissions ?? []);
        if (!granted.every((p) => actor.permissions.includes(p))) {
          return fail(UserError.of('NOT_ALLOWED', 'You can only give roles whose permissions you hold yourself.', 'role'));
        }
      }
      const link = await manager.save(InvitationLinkEntity, {
        id: randomUUID(),
        networkId: viewer.networkId,
        code: randomBytes(9).toString('base64url'),
        label,
        createdBy: viewer.membershipId,
        role,
        customRoleId: customRole?.id ?? null,
        skipApproval: !!request.skipApproval,
        maxUses: request.maxUses ?? null,
        uses: 0,
        expiresAt: request.expiresAt ?? null,
        revokedAt: null,
        revokedBy: null,
      });
      await recordAudit(manager, [
        {
          networkId: viewer.networkId,
          actorMembershipId: viewer.membershipId,
          action: 'invitation-link.created',
          targetMembershipId: null,
          details: {
            linkId: link.id,
            label,
            role: role ?? null,
            customRole: customRole?.name ?? null,
            skipApproval: String(link.skipApproval),
            maxUses: link.maxUses === null ? null : String(link.maxUses),
            expiresAt: link.expiresAt?.toISOString() ?? null,
          },
        },
      ]);
      return ok(link);
    });
  }

  async revoke(viewer: Viewer, id: string): Promise<Result<InvitationLinkEntity>> {
    return this.dataSource.transaction(async (manager) => {
      const actor = await currentActor(manager, viewer);
      const link = isUuid(id) ? await manager.findOneBy(InvitationLinkEntity, { id, networkId: viewer.networkId }) : null;
      const mayManage = actor.permissions.includes(Permission.APPROVE_MEMBERS) || link?.createdBy === viewer.membershipId;
      if (!link || !mayManage) return fail(UserError.of('NOT_FOUND', 'No such invitation link.', 'id'));
      if (link.revokedAt) return fail(UserError.of('INVALID_STATE', 'This link is already withdrawn.', 'id'));
      link.revokedAt = new Date();
      link.revokedBy = viewer.membershipId;
      await manager.update(InvitationLinkEntity, { id: link.id }, { revokedAt: link.revokedAt, revokedBy: link.revokedBy });
      await recordAudit(manager, [
        {
          networkId: viewer.networkId,
          actorMembershipId: viewer.membershipId,
          action: 'invitation-link.revoked',
          targetMembershipId: null,
          details: { linkId: link.id, label: link.label, uses: String(link.uses) },
        },
      ]);
      return ok(link);
    });
  }

  /** Links newest first: every link of the network for those who approve members (unless `mine`), otherwise the viewer's own. */
  async list(viewer: Viewer, mine: boolean, first?: number | null, after?: string | null) {
    const limit = pageSize(first, 50, 200);
    const cursor = after ? cursorKey(after, isTimeAndId) : undefined;
    const query = this.dataSource
      .getRepository(InvitationLinkEntity)
      .createQueryBuilder('l')
      .where('l.network_id = :networkId', { networkId: viewer.networkId });
    if (mine || !InvitationLinkService.managesLinks(viewer)) query.andWhere('l.created_by = :me', { me: viewer.membershipId });
    const totalCount = await query.getCount();
    if (cursor) query.andWhere('(l.created_at, l.id) < (:at, :id)', { at: cursor[0], id: cursor[1] });
    const rows = await query
      .orderBy('l.created_at', 'DESC')
      .addOrderBy('l.id', 'DESC')
      .limit(limit + 1)
      .getMany();
    const page = rows.slice(0, limit);
    return {
      rows: page,
      totalCount,
      hasNextPage: rows.length > limit,
      cursorOf: (link: InvitationLinkEntity) => encodeCursor([link.createdAt.toISOString(), link.id]),
    };
  }

  /** Who brought how many people in, most first (registrations through their links). */
  async referrers(viewer: Viewer, first?: number | null, after?: string | null) {
    const limit = pageSize(first, 50, 200);
    const offset = after ? cursorKey(after, isOffset) : 0;
    const rows = await this.dataSource.query<{ referrer_id: string; total: string; approved: string; pending: string; last_referred_at: Date }[]>(
      `SELECT referred_by AS referrer_id, count(*) AS total,
              count(*) FILTER (WHERE status = 'approved') AS approved,
              count(*) FILTER (WHERE status = 'pending') AS pending,
              max(created_at) AS last_referred_at
       FROM identity.memberships WHERE network_id = $1 AND referred_by IS NOT NULL
       GROUP BY referred_by ORDER BY count(*) DESC, max(created_at) DESC, referred_by OFFSET $2 LIMIT $3`,
      [viewer.networkId, offset, limit + 1],
    );
    const [{ count }] = await this.dataSource.query<{ count: string }[]>(
      'SELECT count(DISTINCT referred_by) FROM identity.memberships WHERE network_id = $1 AND referred_by IS NOT NULL',
      [viewer.networkId],
    );
    const page: ReferrerRow[] = rows.slice(0, limit).map((row) => ({
      referrerId: row.referrer_id,
      total: Number(row.total),
      approved: Number(row.approved),
      pending: Number(row.pending),
      lastReferredAt: row.last_referred_at,
    }));
    return { rows: page, totalCount: Number(count), hasNextPage: rows.length > limit, cursorAt: (index: number) => encodeCursor(offset + index + 1) };
  }

  /** The people one member referred, newest first. */
  referredBy(viewer: Viewer, referrerId: string): Promise<MembershipEntity[]> {
    if (!isUuid(referrerId)) return Promise.resolve([]);
    return this.dataSource.getRepository(MembershipEntity).find({
      where: { networkId: viewer.networkId, referredBy: referrerId },
      order: { createdAt: 'DESC' },
      take: 500,
    });
  }

  /** Each membership's referrer, only within the viewer's network. */
  async referrersOf(viewer: Viewer, membershipIds: string[]): Promise<Map<string, string>> {
    const ids = membershipIds.filter(isUuid);
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource.query<{ id: string; referred_by: string }[]>(
      'SELECT id, referred_by FROM identity.memberships WHERE network_id = $1 AND id = ANY($2) AND referred_by IS NOT NULL',
      [viewer.networkId, ids],
    );
    return new Map(rows.map((row) => [row.id, row.referred_by]));
  }

  async setMembersCanInvite(viewer: Viewer, allowed: boolean): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      await currentActor(manager, viewer, Permission.MANAGE_SETTINGS);
      const before = await membersCanInvite(manager, viewer.networkId);
      if (before === allowed) return allowed;
      await manager.query('UPDATE identity.networks SET members_can_invite = $2 WHERE id = $1', [viewer.networkId, allowed]);
      await recordAudit(manager, [
        {
          networkId: viewer.networkId,
          actorMembershipId: viewer.membershipId,
          action: 'settings.members-can-invite',
          targetMembershipId: null,
          details: { from: String(before), to: String(allowed) },
        },
      ]);
      return allowed;
    });
  }
}
