import { randomUUID } from 'node:crypto';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { type MembershipStatus, type Viewer } from '@kizuna/auth';
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
import { findUsableLink, invitationTerms, redeemInvitationLink } from '../invitations/invitation-link.service';
import { currentActor, DECISION_PERMISSION, refuseActingOnAdministrators, seesMemberEmails } from '../roles/permissions';
import { AccountEntity } from '../accounts/account.entity';
import { passwordRuleErrors } from '../accounts/password-rules';
import { hashPassword, verifyPassword } from '../accounts/passwords';
import { findNetworkBySlug } from '../networks/network.service';
import type { AnswerRequest } from '../registration/questions';
import type { RegistrationService } from '../registration/registration.service';
import type { SocialSignupTicketEntity } from '../social/social.entities';
import type { SocialLoginService } from '../social/social-login.service';
import { membersById } from './member-reads';
import { MembershipEntity } from './membership.entity';
import type { MemberConnection, MemberType } from './member.type';

export interface RegistrationRequest {
  networkSlug: string;
  email: string;
  /** Absent when signing up through a sign-in provider. */
  password?: string | null;
  displayName: string;
  /** A sign-up ticket from a sign-in provider's return (see SocialLoginService). */
  socialSignupTicket?: string | null;
  /** Answers to the network's registration questions. */
  answers?: AnswerRequest[] | null;
  /** The code of the invitation link the person came through (`/join/<slug>?invite=<code>`). */
  invitationCode?: string | null;
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
  private registration?: RegistrationService;
  private socialSignups?: SocialLoginService;

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  /** The network's registration rules (questions, open or closed, auto-approval), which themselves decide through this service. */
  followRegistrationRules(registration: RegistrationService): void {
    this.registration = registration;
  }

  /** Sign-ups through sign-in providers (a `socialSignupTicket` instead of a password). */
  acceptSocialSignups(social: SocialLoginService): void {
    this.socialSignups = social;
  }

  /** Checks a registration without touching the database: one error per field at fault. */
  validateRegistration(request: RegistrationRequest): UserError[] {
    const errors: UserError[] = [];
    if (!EMAIL.test(request.email.trim())) errors.push(UserError.of('VALIDATION', 'Enter a valid e-mail address.', 'email'));
    if (!request.socialSignupTicket) errors.push(...passwordRuleErrors(request.password ?? '', request.email, 'password'));
    const name = request.displayName.trim();
    if (name.length === 0 || name.length > 100) {
      errors.push(UserError.of('VALIDATION', 'Enter your name (up to 100 characters).', 'displayName'));
    }
    return errors;
  }

  /** Registers a person in a network: a pending membership, published as an event in the same transaction. */
  async register(request: RegistrationRequest): Promise<Result<MembershipEntity>> {
    const errors = this.validateRegistration(request);
    const network = await findNetworkBySlug(this.dataSource.manager, request.networkSlug);
    if (!network) errors.push(UserError.of('NOT_FOUND', 'This network does not exist.', 'networkSlug'));
    const rules = network && this.registration ? await this.registration.check(network, request.answers) : null;
    if (rules && !rules.ok) errors.push(...rules.errors);
    const social = network && request.socialSignupTicket ? await this.checkSocialSignup(request.socialSignupTicket, network.id) : null;
    if (social && !social.ok) errors.push(...social.errors);
    const invitation = network && request.invitationCode?.trim() ? await findUsableLink(this.dataSource.manager, network.id, request.invitationCode) : null;
    if (invitation && !invitation.ok) errors.push(...invitation.errors);
    if (errors.length > 0 || !network) return { ok: false, errors };
    const socialTicket = social?.ok ? social.value : null;
    const answers = rules?.ok ? rules.answers : [];

    const email = request.email.trim().toLowerCase();
    const displayName = request.displayName.trim();
    // A ticket of a login already linked to an account joins with that account; no password to check.
    const accountOfLogin = socialTicket?.accountId ? await this.dataSource.getRepository(AccountEntity).findOneBy({ id: socialTicket.accountId }) : null;
    if (accountOfLogin && accountOfLogin.email !== email) {
      return { ok: false, errors: [UserError.of('VALIDATION', 'Your account joins with its own e-mail address.', 'email')] };
    }
    const existing = accountOfLogin ?? (await this.dataSource.getRepository(AccountEntity).findOneBy({ email }));
    if (existing && !accountOfLogin && !(await verifyPassword(existing.passwordHash, request.password ?? ''))) {
      return { ok: false, errors: [UserError.of('EMAIL_TAKEN', 'This e-mail is already registered. Sign in with it to join this network.', 'email')] };
    }
    const passwordHash = existing ? existing.passwordHash : socialTicket ? null : await hashPassword(request.password ?? '');

    return this.dataSource.transaction(async (manager) => {
      // Locked until commit: two registrations cannot both take a link's last use.
      const link = invitation?.ok ? await findUsableLink(manager, network.id, request.invitationCode!, true) : null;
      if (link && !link.ok) return link;
      const account =
        existing ??
        (await manager.save(AccountEntity, {
          id: randomUUID(),
          email,
          passwordHash,
          displayName,
          // The sign-in provider vouches for the address it gave, if the person kept it.
          emailVerifiedAt: socialTicket?.emailVerified && socialTicket.email === email ? new Date() : null,
        }));
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
        ...(link?.ok ? invitationTerms(link.value, new Date()) : {}),
      });
      if (socialTicket) await this.socialSignups!.redeemSignupTicket(manager, socialTicket, account.id, membership.id);
      await this.registration?.store(manager, membership, answers);
      await this.outbox.add(manager, MembershipRegistered, network.id, {
        membershipId: membership.id,
        accountId: account.id,
        networkId: network.id,
        displayName,
        email,
        role: membership.role,
        status: membership.status,
        registeredAt: membership.createdAt.toISOString(),
        profileAnswers: this.registration?.profileAnswers(answers),
      });
      // An account that already proved its e-mail (joining another network) can match e-mail rules at once.
      const verifiedEmail = account.emailVerifiedAt ? account.email : null;
      if (link?.ok) await redeemInvitationLink(manager, this.outbox, link.value, membership);
      const decided = this.registration && membership.status === 'pending' ? await this.registration.approveIfRuleMatches(manager, membership, answers, verifiedEmail) : membership;
      return { ok: true, value: decided };
    });
  }

  private checkSocialSignup(ticket: string, networkId: string): Promise<Result<SocialSignupTicketEntity>> {
    if (!this.socialSignups) return Promise.resolve(fail(UserError.of('SIGNUP_EXPIRED', 'Sign-up through a sign-in provider is not available.', 'socialSignupTicket')));
    return this.socialSignups.checkSignupTicket(ticket, networkId);
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
      // The token may be up to 15 minutes old: the actor must still be approved and hold the permission now.
      const actor = await currentActor(manager, viewer, DECISION_PERMISSION[decision]);
      const protectedMembers = await refuseActingOnAdministrators(manager, actor, membershipIds, fieldOf);
      if (protectedMembers.length > 0) return fail(...protectedMembers);
      return this.decideWithin(manager, { networkId: viewer.networkId, membershipId: viewer.membershipId }, decision, membershipIds, note, fieldOf);
    });
  }

  /**
   * Approves pending memberships because one of the network's rules matched (e-mail domain, roster),
   * inside the caller's transaction: the same decision routine, audited without an acting
   * administrator and published with `approvedBy: null`.
   */
  async approveByRule(manager: EntityManager, networkId: string, membershipIds: string[], rule: string): Promise<MembershipEntity[]> {
    const result = await this.decideWithin(manager, { networkId, membershipId: null, auditDetails: { rule } }, 'approve', membershipIds, null, (i) => `memberIds.${i}`);
    if (!result.ok) throw new Error(`Auto-approval (${rule}) refused: ${result.errors.map((e) => e.message).join('; ')}`);
    return result.value;
  }

  /** The decision itself, in the caller's transaction, by an administrator or (membershipId null) by a rule. */
  private async decideWithin(
    manager: EntityManager,
    actor: { networkId: string; membershipId: string | null; auditDetails?: Record<string, string> },
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
          .where('m.id IN (:...ids) AND m.network_id = :networkId', { ids, networkId: actor.networkId })
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
      } else if (decision === 'suspend' && membership.id === actor.membershipId) {
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
        membership.approvedBy = actor.membershipId;
      }
    }
    await manager.save(decided);
    await recordAudit(
      manager,
      decided.map((membership) => ({
        networkId: membership.networkId,
        actorMembershipId: actor.membershipId,
        action: rule.action,
        targetMembershipId: membership.id,
        details: { ...(rule.noteField === null ? {} : { [rule.noteField]: note }), ...actor.auditDetails },
      })),
    );
    for (const membership of decided) await this.publishDecision(manager, decision, membership, actor.membershipId, note, decidedAt);
    return ok(decided);
  }

  private async publishDecision(
    manager: EntityManager,
    decision: Decision,
    membership: MembershipEntity,
    decidedBy: string | null,
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
    if (!decidedBy) throw new Error(`Only approvals are decided by rules, not ${decision}`);
    await this.outbox.add(manager, contract, membership.networkId, { ...ids, decidedBy, message, decidedAt: decidedAt.toISOString() });
  }

  /** A member of the viewer's network; never one of another network. */
  findInNetwork(networkId: string, membershipId: string): Promise<MembershipEntity | null> {
    return this.dataSource.getRepository(MembershipEntity).findOneBy({ id: membershipId, networkId });
  }

  /** Members of the viewer's network by id, in one query, e-mail where the viewer may see it. */
  membersById(viewer: Viewer, ids: string[]): Promise<Map<string, MemberType>> {
    return membersById(this.dataSource, viewer, ids);
  }

  /** Members with e-mail where the viewer may see it (themself, or an admin of that network). */
  async membersFor(viewer: Viewer, memberships: MembershipEntity[]): Promise<MemberType[]> {
    const visible = memberships.filter((m) => m.accountId === viewer.accountId || seesMemberEmails(viewer));
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
