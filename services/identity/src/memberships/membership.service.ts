import { randomUUID } from 'node:crypto';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { forbidden, isAdmin, type MembershipStatus, type Viewer } from '@kizuna/auth';
import { decodeCursor, encodeCursor, isUuid, pageSize } from '@kizuna/data';
import {
  MembershipApproved,
  MembershipRegistered,
  MembershipReinstated,
  MembershipRejected,
  MembershipSuspended,
  type Outbox,
} from '@kizuna/events';
import { fail, ok, UserError } from '@kizuna/subgraph';
import { recordAudit } from '../audit/audit-log.service';
import { AccountEntity } from '../accounts/account.entity';
import { hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from '../accounts/passwords';
import { NetworkEntity } from '../networks/network.entity';
import { MembershipEntity } from './membership.entity';
import type { MemberConnection, MemberType } from './member.type';

export interface RegistrationRequest {
  networkSlug: string;
  email: string;
  password: string;
  displayName: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; errors: UserError[] };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const MAX_BULK_DECISIONS = 500;
const MAX_MESSAGE_LENGTH = 2000;

export type Decision = 'approve' | 'reject' | 'suspend' | 'reinstate';

/** Each administrator decision: the state it starts from, the state it leads to, its audit action and what its note is called. */
const DECISIONS: Record<Decision, { from: MembershipStatus; to: MembershipStatus; action: string; noteField: 'message' | 'reason' | null }> = {
  approve: { from: 'pending', to: 'approved', action: 'membership.approved', noteField: 'message' },
  reject: { from: 'pending', to: 'rejected', action: 'membership.rejected', noteField: 'message' },
  suspend: { from: 'approved', to: 'suspended', action: 'membership.suspended', noteField: 'reason' },
  reinstate: { from: 'suspended', to: 'approved', action: 'membership.reinstated', noteField: null },
};

export function toMember(membership: MembershipEntity, email?: string): MemberType {
  return {
    id: membership.id,
    displayName: membership.displayName,
    email: email ?? null,
    role: membership.role as MemberType['role'],
    status: membership.status as MemberType['status'],
    createdAt: membership.createdAt,
    networkId: membership.networkId,
    accountId: membership.accountId,
  };
}

export class MembershipService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  /** Checks a registration without touching the database: one error per field at fault. */
  validateRegistration(request: RegistrationRequest): UserError[] {
    const errors: UserError[] = [];
    if (!EMAIL.test(request.email.trim())) errors.push(UserError.of('VALIDATION', 'Enter a valid e-mail address.', 'email'));
    if (request.password.length < MIN_PASSWORD_LENGTH) {
      errors.push(UserError.of('VALIDATION', `The password needs at least ${MIN_PASSWORD_LENGTH} characters.`, 'password'));
    }
    if (request.password.length > 256) errors.push(UserError.of('VALIDATION', 'The password is too long.', 'password'));
    const name = request.displayName.trim();
    if (name.length === 0 || name.length > 100) {
      errors.push(UserError.of('VALIDATION', 'Enter your name (up to 100 characters).', 'displayName'));
    }
    return errors;
  }

  /** Registers a person in a network: a pending membership, published as an event in the same transaction. */
  async register(request: RegistrationRequest): Promise<Result<MembershipEntity>> {
    const errors = this.validateRegistration(request);
    const network = await this.dataSource.getRepository(NetworkEntity).findOneBy({ slug: request.networkSlug.trim().toLowerCase() });
    if (!network) errors.push(UserError.of('NOT_FOUND', 'This network does not exist.', 'networkSlug'));
    if (errors.length > 0 || !network) return { ok: false, errors };

    const email = request.email.trim().toLowerCase();
    const displayName = request.displayName.trim();
    const existing = await this.dataSource.getRepository(AccountEntity).findOneBy({ email });
    if (existing && !(await verifyPassword(existing.passwordHash, request.password))) {
      return { ok: false, errors: [UserError.of('EMAIL_TAKEN', 'This e-mail is already registered. Sign in with it to join this network.', 'email')] };
    }
    const passwordHash = existing ? existing.passwordHash : await hashPassword(request.password);

    return this.dataSource.transaction(async (manager) => {
      const account =
        existing ?? (await manager.save(AccountEntity, { id: randomUUID(), email, passwordHash, displayName }));
      const already = await manager.findOneBy(MembershipEntity, { networkId: network.id, accountId: account.id });
      if (already) {
        return { ok: false, errors: [UserError.of('ALREADY_MEMBER', 'You have already registered in this network. Sign in instead.', 'email')] };
      }
      const membership = await manager.save(MembershipEntity, {
        id: randomUUID(),
        networkId: network.id,
        accountId: account.id,
        displayName,
        role: 'member',
        status: 'pending',
        approvedAt: null,
        approvedBy: null,
      });
      await this.outbox.add(manager, MembershipRegistered, network.id, {
        membershipId: membership.id,
        accountId: account.id,
        networkId: network.id,
        displayName,
        email,
        role: 'member',
        status: 'pending',
        registeredAt: membership.createdAt.toISOString(),
      });
      return { ok: true, value: membership };
    });
  }

  approve(viewer: Viewer, membershipId: string, message?: string | null): Promise<Result<MembershipEntity>> {
    return this.decideOne(viewer, 'approve', membershipId, message);
  }

  reject(viewer: Viewer, membershipId: string, message?: string | null): Promise<Result<MembershipEntity>> {
    return this.decideOne(viewer, 'reject', membershipId, message);
  }

  suspend(viewer: Viewer, membershipId: string, reason?: string | null): Promise<Result<MembershipEntity>> {
    return this.decideOne(viewer, 'suspend', membershipId, reason);
  }

  reinstate(viewer: Viewer, membershipId: string): Promise<Result<MembershipEntity>> {
    return this.decideOne(viewer, 'reinstate', membershipId, null);
  }

  /** Approves or rejects many applicants at once: all of them, or none when any id is at fault. */
  decideMany(viewer: Viewer, decision: 'approve' | 'reject', membershipIds: string[], message?: string | null): Promise<Result<MembershipEntity[]>> {
    if (membershipIds.length === 0) return Promise.resolve(fail(UserError.of('VALIDATION', 'Choose at least one applicant.', 'memberIds')));
    if (membershipIds.length > MAX_BULK_DECISIONS) {
      return Promise.resolve(fail(UserError.of('VALIDATION', `Decide on at most ${MAX_BULK_DECISIONS} applicants at once.`, 'memberIds')));
    }
    return this.decide(viewer, decision, membershipIds, message, (index) => `memberIds.${index}`);
  }

  private async decideOne(viewer: Viewer, decision: Decision, membershipId: string, message: string | null | undefined): Promise<Result<MembershipEntity>> {
    const result = await this.decide(viewer, decision, [membershipId], message, () => 'memberId');
    return result.ok ? ok(result.value[0]) : result;
  }

  /**
   * The one routine behind every administrator decision: checks every membership (in the viewer's
   * network, in the state the decision starts from, allowed), then changes all of them, writes an
   * audit entry and publishes an event for each, in one transaction. Any error changes nothing.
   */
  private async decide(
    viewer: Viewer,
    decision: Decision,
    membershipIds: string[],
    message: string | null | undefined,
    fieldOf: (index: number) => string,
  ): Promise<Result<MembershipEntity[]>> {
    const rule = DECISIONS[decision];
    const note = message?.trim() || null;
    if (note && note.length > MAX_MESSAGE_LENGTH) {
      return fail(UserError.of('VALIDATION', `The ${rule.noteField} can have at most ${MAX_MESSAGE_LENGTH} characters.`, rule.noteField ?? undefined));
    }
    return this.dataSource.transaction(async (manager) => {
      // The token may be up to 15 minutes old: the actor must still be an approved administrator now.
      const actor = await manager.findOneBy(MembershipEntity, { id: viewer.membershipId, networkId: viewer.networkId });
      if (!actor || actor.status !== 'approved' || (actor.role !== 'owner' && actor.role !== 'admin')) throw forbidden();
      const ids = [...new Set(membershipIds.filter(isUuid))].sort();
      const rows = ids.length
        ? await manager
            .getRepository(MembershipEntity)
            .createQueryBuilder('m')
            .setLock('pessimistic_write')
            .where('m.id IN (:...ids) AND m.network_id = :networkId', { ids, networkId: viewer.networkId })
            .orderBy('m.id')
            .getMany()
        : [];
      const byId = new Map(rows.map((m) => [m.id, m]));
      const seen = new Set<string>();
      const errors: UserError[] = [];
      for (const [index, id] of membershipIds.entries()) {
        const field = fieldOf(index);
        const membership = byId.get(id);
        if (seen.has(id)) errors.push(UserError.of('VALIDATION', 'This member is listed more than once.', field));
        else if (!membership) errors.push(UserError.of('NOT_FOUND', 'No such member in this network.', field));
        else if (membership.status !== rule.from) {
          errors.push(UserError.of('INVALID_STATE', `This membership is ${membership.status}, not ${rule.from}.`, field));
        } else if (decision === 'suspend' && membership.id === viewer.membershipId) {
          errors.push(UserError.of('NOT_ALLOWED', 'You cannot suspend yourself.', field));
        } else if (decision === 'suspend' && membership.role === 'owner') {
          errors.push(UserError.of('NOT_ALLOWED', 'The owner of a network cannot be suspended.', field));
        }
        seen.add(id);
      }
      if (errors.length > 0) return fail(...errors);

      const decided = membershipIds.map((id) => byId.get(id)!);
      const decidedAt = new Date();
      for (const membership of decided) {
        membership.status = rule.to;
        if (decision === 'approve') {
          membership.approvedAt = decidedAt;
          membership.approvedBy = viewer.membershipId;
        }
      }
      await manager.save(decided);
      await recordAudit(
        manager,
        decided.map((membership) => ({
          networkId: membership.networkId,
          actorMembershipId: viewer.membershipId,
          action: rule.action,
          targetMembershipId: membership.id,
          details: rule.noteField === null ? {} : { [rule.noteField]: note },
        })),
      );
      for (const membership of decided) await this.publishDecision(manager, decision, membership, viewer.membershipId, note, decidedAt);
      return ok(decided);
    });
  }

  private async publishDecision(
    manager: EntityManager,
    decision: Decision,
    membership: MembershipEntity,
    decidedBy: string,
    message: string | null,
    decidedAt: Date,
  ): Promise<void> {
    const ids = { membershipId: membership.id, accountId: membership.accountId, networkId: membership.networkId };
    if (decision === 'approve') {
      await this.outbox.add(manager, MembershipApproved, membership.networkId, {
        ...ids,
        displayName: membership.displayName,
        approvedBy: decidedBy,
        message,
        approvedAt: decidedAt.toISOString(),
      });
      return;
    }
    const contract = { reject: MembershipRejected, suspend: MembershipSuspended, reinstate: MembershipReinstated }[decision];
    await this.outbox.add(manager, contract, membership.networkId, { ...ids, decidedBy, message, decidedAt: decidedAt.toISOString() });
  }

  /** A member of the viewer's network; never one of another network. */
  findInNetwork(networkId: string, membershipId: string): Promise<MembershipEntity | null> {
    return this.dataSource.getRepository(MembershipEntity).findOneBy({ id: membershipId, networkId });
  }

  /** Members with e-mail where the viewer may see it (themself, or an admin of that network). */
  async membersFor(viewer: Viewer, memberships: MembershipEntity[]): Promise<MemberType[]> {
    const visible = memberships.filter((m) => m.accountId === viewer.accountId || (isAdmin(viewer) && viewer.status === 'approved'));
    const accounts = visible.length
      ? await this.dataSource.getRepository(AccountEntity).findBy({ id: In(visible.map((m) => m.accountId)) })
      : [];
    const emails = new Map(accounts.map((a) => [a.id, a.email]));
    return memberships.map((m) => toMember(m, emails.get(m.accountId)));
  }

  async pending(viewer: Viewer, first?: number | null, after?: string | null): Promise<MemberConnection> {
    const limit = pageSize(first, 50, 200);
    const cursor = after ? decodeCursor<[string, string]>(after) : undefined;
    const query = this.dataSource
      .getRepository(MembershipEntity)
      .createQueryBuilder('m')
      .where('m.network_id = :networkId AND m.status = :status', { networkId: viewer.networkId, status: 'pending' });
    const totalCount = await query.getCount();
    if (cursor) query.andWhere('(m.created_at, m.id) > (:at, :id)', { at: cursor[0], id: cursor[1] });
    const rows = await query.orderBy('m.created_at', 'ASC').addOrderBy('m.id', 'ASC').limit(limit + 1).getMany();
    const page = rows.slice(0, limit);
    const members = await this.membersFor(viewer, page);
    const edges = members.map((node, i) => ({ node, cursor: encodeCursor([page[i].createdAt.toISOString(), page[i].id]) }));
    return {
      edges,
      totalCount,
      pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
    };
  }
}
