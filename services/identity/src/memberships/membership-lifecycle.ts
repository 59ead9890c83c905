import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { MembershipStatus, Role } from '@kizuna/auth';
import { isUuid } from '@kizuna/data';
import {
  MembershipApproved,
  MembershipRegistered,
  MembershipReinstated,
  MembershipRejected,
  MembershipSuspended,
  type EventData,
  type Outbox,
} from '@kizuna/events';
import { fail, ok, UserError, type Result } from '@kizuna/subgraph';
import { recordAudit } from '../audit/audit-writer';
import { MembershipEntity } from './membership.entity';

export type Decision = 'approve' | 'reject' | 'suspend' | 'reinstate';

/** Each decision: the state it starts from, the state it leads to, its audit action and what its note is called. */
const DECISIONS: Record<Decision, { from: MembershipStatus; to: MembershipStatus; action: string; noteField: 'message' | 'reason' | null }> = {
  approve: { from: 'pending', to: 'approved', action: 'membership.approved', noteField: 'message' },
  reject: { from: 'pending', to: 'rejected', action: 'membership.rejected', noteField: 'message' },
  suspend: { from: 'approved', to: 'suspended', action: 'membership.suspended', noteField: 'reason' },
  reinstate: { from: 'suspended', to: 'approved', action: 'membership.reinstated', noteField: null },
};

/** What a decision's note is called (`message`, `reason`), or null when it takes none. */
export function noteFieldOf(decision: Decision): 'message' | 'reason' | null {
  return DECISIONS[decision].noteField;
}

/** Who decides: an administrator (their membership) or, with `membershipId: null`, one of the network's rules. */
export interface Decider {
  networkId: string;
  membershipId: string | null;
  /** Added to each audit entry's details (e.g. `{ rule }`). */
  auditDetails?: Record<string, string>;
}

/** A person joining a network with their account. */
export interface Joining {
  networkId: string;
  accountId: string;
  /** The account's address, carried by the `registered` event. */
  email: string;
  displayName: string;
  role?: Role;
  customRoleId?: string | null;
  referredBy?: string | null;
  invitationLinkId?: string | null;
  /** Joins approved at once, approved by this member (an invitation that skips approval, a staff invitation); absent: pending. */
  approvedBy?: string | null;
  profileAnswers?: EventData<typeof MembershipRegistered>['profileAnswers'];
}

/**
 * Every change of a membership's status — joining (pending, or approved through an invitation),
 * approval, rejection, suspension, reinstatement, by an administrator, a network rule or an
 * accepted invitation — made in the caller's transaction together with its audit entry (for
 * decisions) and its event. The one place that builds the membership events.
 */
export class MembershipLifecycle {
  constructor(private readonly outbox: Outbox) {}

  /**
   * Adds the membership and publishes `registered` (and `approved` when it joins approved).
   * `prepare` runs once the row exists and before anything is published (answers, linked logins).
   */
  async join(manager: EntityManager, joining: Joining, prepare?: (membership: MembershipEntity) => Promise<void>): Promise<MembershipEntity> {
    const joinsApproved = joining.approvedBy !== undefined;
    const now = new Date();
    const membership = await manager.save(MembershipEntity, {
      id: randomUUID(),
      networkId: joining.networkId,
      accountId: joining.accountId,
      displayName: joining.displayName,
      role: joining.role ?? 'member',
      customRoleId: joining.customRoleId ?? null,
      referredBy: joining.referredBy ?? null,
      invitationLinkId: joining.invitationLinkId ?? null,
      status: joinsApproved ? 'approved' : 'pending',
      approvedAt: joinsApproved ? now : null,
      approvedBy: joinsApproved ? (joining.approvedBy ?? null) : null,
    });
    await prepare?.(membership);
    await this.outbox.add(manager, MembershipRegistered, membership.networkId, {
      membershipId: membership.id,
      accountId: membership.accountId,
      networkId: membership.networkId,
      displayName: membership.displayName,
      email: joining.email,
      role: membership.role,
      status: membership.status,
      registeredAt: membership.createdAt.toISOString(),
      ...(joining.profileAnswers ? { profileAnswers: joining.profileAnswers } : {}),
    });
    if (joinsApproved) await this.publishApproved(manager, membership, membership.approvedBy, null, now);
    return membership;
  }

  /**
   * Approves a pending membership that is not an administrator's decision to audit on its own: an
   * accepted staff invitation (whose acceptance is audited) or the demo seed.
   */
  async admit(manager: EntityManager, membership: MembershipEntity, approvedBy: string | null): Promise<MembershipEntity> {
    if (membership.status !== 'pending') return membership;
    const now = new Date();
    Object.assign(membership, { status: 'approved', approvedAt: now, approvedBy });
    await manager.update(MembershipEntity, { id: membership.id }, { status: 'approved', approvedAt: now, approvedBy });
    await this.publishApproved(manager, membership, approvedBy, null, now);
    return membership;
  }

  /**
   * A decision in the caller's transaction: checks every membership (in the decider's network, in
   * the state the decision starts from), then changes all of them, writes an audit entry and
   * publishes an event for each. Any error changes nothing.
   */
  async decide(
    manager: EntityManager,
    decider: Decider,
    decision: Decision,
    membershipIds: string[],
    note: string | null,
    fieldOf: (index: number) => string,
  ): Promise<Result<MembershipEntity[]>> {
    const rule = DECISIONS[decision];
    const ids = [...new Set(membershipIds.filter(isUuid))].sort();
    const rows = ids.length
      ? await manager
          .getRepository(MembershipEntity)
          .createQueryBuilder('m')
          .setLock('pessimistic_write')
          .where('m.id IN (:...ids) AND m.network_id = :networkId', { ids, networkId: decider.networkId })
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
      } else if (decision === 'suspend' && membership.id === decider.membershipId) {
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
        membership.approvedBy = decider.membershipId;
      }
    }
    await manager.save(decided);
    await recordAudit(
      manager,
      decided.map((membership) => ({
        networkId: membership.networkId,
        actorMembershipId: decider.membershipId,
        action: rule.action,
        targetMembershipId: membership.id,
        details: { ...(rule.noteField === null ? {} : { [rule.noteField]: note }), ...decider.auditDetails },
      })),
    );
    for (const membership of decided) await this.publishDecision(manager, decision, membership, decider.membershipId, note, decidedAt);
    return ok(decided);
  }

  /**
   * Approves pending memberships because one of the network's rules matched (e-mail domain, roster),
   * inside the caller's transaction: audited without an acting administrator and published with
   * `approvedBy: null`.
   */
  async approveByRule(manager: EntityManager, networkId: string, membershipIds: string[], rule: string): Promise<MembershipEntity[]> {
    const result = await this.decide(
      manager,
      { networkId, membershipId: null, auditDetails: { rule } },
      'approve',
      membershipIds,
      null,
      (i) => `memberIds.${i}`,
    );
    if (!result.ok) throw new Error(`Auto-approval (${rule}) refused: ${result.errors.map((e) => e.message).join('; ')}`);
    return result.value;
  }

  private async publishDecision(
    manager: EntityManager,
    decision: Decision,
    membership: MembershipEntity,
    decidedBy: string | null,
    message: string | null,
    decidedAt: Date,
  ): Promise<void> {
    if (decision === 'approve') return this.publishApproved(manager, membership, decidedBy, message, decidedAt);
    const contract = { reject: MembershipRejected, suspend: MembershipSuspended, reinstate: MembershipReinstated }[decision];
    if (!decidedBy) throw new Error(`Only approvals are decided by rules, not ${decision}`);
    await this.outbox.add(manager, contract, membership.networkId, {
      membershipId: membership.id,
      accountId: membership.accountId,
      networkId: membership.networkId,
      decidedBy,
      message,
      decidedAt: decidedAt.toISOString(),
    });
  }

  private async publishApproved(
    manager: EntityManager,
    membership: MembershipEntity,
    approvedBy: string | null,
    message: string | null,
    approvedAt: Date,
  ): Promise<void> {
    await this.outbox.add(manager, MembershipApproved, membership.networkId, {
      membershipId: membership.id,
      accountId: membership.accountId,
      networkId: membership.networkId,
      displayName: membership.displayName,
      approvedBy,
      message,
      approvedAt: approvedAt.toISOString(),
    });
  }
}
