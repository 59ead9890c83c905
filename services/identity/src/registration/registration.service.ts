import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { isUniqueViolation } from '@kizuna/data';
import { fail, UserError } from '@kizuna/subgraph';
import { AccountEntity } from '../accounts/account.entity';
import { passwordRuleErrors } from '../accounts/password-rules';
import { hashPassword, verifyPassword } from '../accounts/passwords';
import type { AccountNotices } from '../email/account-notices';
import { findUsableLink, invitationTerms, redeemInvitationLink } from '../invitations/invitation-link.service';
import { MembershipEntity } from '../memberships/membership.entity';
import type { MembershipLifecycle } from '../memberships/membership-lifecycle';
import type { Result } from '../memberships/membership.service';
import { findNetworkBySlug } from '../networks/network.service';
import type { NetworkEntity } from '../networks/network.entity';
import type { SocialSignupTicketEntity } from '../social/social.entities';
import type { SocialLoginService } from '../social/social-login.service';
import type { AutoApprovalService } from './auto-approval.service';
import type { QuestionService } from './question.service';
import { validateAnswers, type AcceptedAnswer, type AnswerRequest } from './questions';
import { RegistrationAnswerEntity } from './registration.entities';

export type ProfileAnswers = Record<string, string | string[]>;

export type RegistrationCheck = { ok: true; answers: AcceptedAnswer[] } | { ok: false; errors: UserError[] };

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

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A registration that cannot go on without the address's owner: worded so that it never tells whether the address has an account. */
const ADDRESS_NEEDS_CONFIRMATION = UserError.of('CHECK_YOUR_INBOX', 'We have sent a message to this address. Follow it to continue.', 'email');

/**
 * Registering in a network: it must be open, the answers must fit its questions (checked before
 * anything is stored), the answers are kept with the membership, an invitation link or a sign-in
 * provider's ticket may come with it, and an auto-approval rule may approve the new membership at
 * once. The membership itself joins through the lifecycle.
 */
export class RegistrationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly questions: QuestionService,
    private readonly autoApproval: AutoApprovalService,
    private readonly lifecycle: MembershipLifecycle,
    /** Sign-ups through sign-in providers (a `socialSignupTicket` instead of a password). */
    private readonly socialSignups: Pick<SocialLoginService, 'checkSignupTicket' | 'redeemSignupTicket'>,
    /** Tells the owner of an address someone tried to register with, or sends them the link that continues their joining. */
    private readonly notices?: Pick<AccountNotices, 'registrationWithTakenAddress' | 'continueJoining'>,
  ) {}

  /** Checks a registration without touching the database: one error per field at fault. */
  validate(request: RegistrationRequest): UserError[] {
    const errors: UserError[] = [];
    if (!EMAIL.test(request.email.trim())) errors.push(UserError.of('VALIDATION', 'Enter a valid e-mail address.', 'email'));
    if (!request.socialSignupTicket) errors.push(...passwordRuleErrors(request.password ?? '', request.email, 'password'));
    const name = request.displayName.trim();
    if (name.length === 0 || name.length > 100) {
      errors.push(UserError.of('VALIDATION', 'Enter your name (up to 100 characters).', 'displayName'));
    }
    return errors;
  }

  /**
   * Registers a person in a network: a pending membership, published as an event in the same
   * transaction. With a password the answer is always CHECK_YOUR_INBOX, so it never says whether the
   * address has an account: a new address gets the verification link (sent on the registration
   * event), which starts the session; an address that already has an account joins with it when the
   * password is that account's (a verified one gets a link that continues there); otherwise nothing
   * is stored and the owner is told by mail. Only a sign-in provider's ticket, which proves the
   * address, gets the membership back at once. Registrations racing for one new address make one
   * account: the others are answered as if they had come a moment later.
   */
  async register(request: RegistrationRequest): Promise<Result<MembershipEntity>> {
    const result = await this.registerRacing(request);
    if (!result.ok || request.socialSignupTicket) return result;
    return fail(ADDRESS_NEEDS_CONFIRMATION);
  }

  private async registerRacing(request: RegistrationRequest): Promise<Result<MembershipEntity>> {
    try {
      return await this.registerOnce(request);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
    try {
      return await this.registerOnce(request);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      return fail(ADDRESS_NEEDS_CONFIRMATION);
    }
  }

  private async registerOnce(request: RegistrationRequest): Promise<Result<MembershipEntity>> {
    const errors = this.validate(request);
    const network = await findNetworkBySlug(this.dataSource.manager, request.networkSlug);
    if (!network) errors.push(UserError.of('NOT_FOUND', 'This network does not exist.', 'networkSlug'));
    const rules = network ? await this.check(network, request.answers) : null;
    if (rules && !rules.ok) errors.push(...rules.errors);
    const social = network && request.socialSignupTicket ? await this.socialSignups.checkSignupTicket(request.socialSignupTicket, network.id) : null;
    if (social && !social.ok) errors.push(...social.errors);
    const invitation = network && request.invitationCode?.trim() ? await findUsableLink(this.dataSource.manager, network.id, request.invitationCode) : null;
    if (invitation && !invitation.ok) errors.push(...invitation.errors);
    if (errors.length > 0 || !network) return { ok: false, errors };
    const socialTicket: SocialSignupTicketEntity | null = social?.ok ? social.value : null;
    const answers = rules?.ok ? rules.answers : [];

    const email = request.email.trim().toLowerCase();
    const displayName = request.displayName.trim();
    // A ticket of a login already linked to an account joins with that account; no password to check.
    const accountOfLogin = socialTicket?.accountId ? await this.dataSource.getRepository(AccountEntity).findOneBy({ id: socialTicket.accountId }) : null;
    if (accountOfLogin && accountOfLogin.email !== email) {
      return { ok: false, errors: [UserError.of('VALIDATION', 'Your account joins with its own e-mail address.', 'email')] };
    }
    const existing = accountOfLogin ?? (await this.dataSource.getRepository(AccountEntity).findOneBy({ email }));
    // Checking the password costs what hashing a new one does: the answer's timing tells nothing either.
    if (existing && !accountOfLogin && !(await verifyPassword(existing.passwordHash, request.password ?? ''))) {
      this.notices?.registrationWithTakenAddress(existing, { id: network.id, slug: network.slug });
      return fail(ADDRESS_NEEDS_CONFIRMATION);
    }
    const passwordHash = existing ? existing.passwordHash : socialTicket ? null : await hashPassword(request.password ?? '');

    const joined = await this.dataSource.transaction(async (manager): Promise<Result<MembershipEntity>> => {
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
      const already = await manager.existsBy(MembershipEntity, { networkId: network.id, accountId: account.id });
      if (already && !socialTicket) {
        // The password was right, but the answer is the one anybody gets: the owner's mail says to sign in.
        this.notices?.registrationWithTakenAddress(account, { id: network.id, slug: network.slug });
        return fail(ADDRESS_NEEDS_CONFIRMATION);
      }
      if (already) {
        return { ok: false, errors: [UserError.of('ALREADY_MEMBER', 'You have already registered in this network. Sign in instead.', 'email')] };
      }
      const membership = await this.lifecycle.join(
        manager,
        {
          networkId: network.id,
          accountId: account.id,
          email,
          displayName,
          profileAnswers: this.profileAnswers(answers),
          ...(link?.ok ? invitationTerms(link.value) : {}),
        },
        async (joined) => {
          if (socialTicket) await this.socialSignups.redeemSignupTicket(manager, socialTicket, account.id, joined.id);
          await this.store(manager, joined, answers);
        },
      );
      if (link?.ok) await redeemInvitationLink(manager, link.value);
      // An account that already proved its e-mail (joining another network) can match e-mail rules at once.
      const verifiedEmail = account.emailVerifiedAt ? account.email : null;
      const decided = membership.status === 'pending' ? await this.autoApproval.applyAtRegistration(manager, membership, answers, verifiedEmail) : membership;
      return { ok: true, value: decided };
    });
    // An unverified address gets the verification link with the registration event; a verified one gets this link. Either starts the session.
    if (joined.ok && existing?.emailVerifiedAt && !socialTicket) this.notices?.continueJoining(existing, { id: network.id, slug: network.slug });
    return joined;
  }

  private async check(network: NetworkEntity, answers: AnswerRequest[] | null | undefined): Promise<RegistrationCheck> {
    if (!network.registrationOpen) {
      return { ok: false, errors: [UserError.of('REGISTRATION_CLOSED', 'This network is not accepting registrations at the moment.', 'networkSlug')] };
    }
    const result = validateAnswers(await this.questions.active(network.id), answers ?? []);
    return result.errors.length > 0 ? { ok: false, errors: result.errors } : { ok: true, answers: result.answers };
  }

  /** Keeps the answers with the new membership, in the registration's transaction. */
  private async store(manager: EntityManager, membership: MembershipEntity, answers: AcceptedAnswer[]): Promise<void> {
    if (answers.length === 0) return;
    await manager.insert(
      RegistrationAnswerEntity,
      answers.map((answer) => ({
        membershipId: membership.id,
        questionId: answer.question.id,
        networkId: membership.networkId,
        value: answer.value,
        displayText: answer.displayText,
      })),
    );
  }

  /** The answers handed to the directory as profile fields, by field key; undefined when there are none. */
  private profileAnswers(answers: AcceptedAnswer[]): ProfileAnswers | undefined {
    const entries = answers.filter((a) => a.question.profileField).map((a) => [a.question.profileField!, a.profileValue] as const);
    return entries.length > 0 ? Object.fromEntries(entries) : undefined;
  }
}
