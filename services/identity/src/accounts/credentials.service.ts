import { In, IsNull, Not, type DataSource, type EntityManager } from 'typeorm';
import type { Viewer } from '@kizuna/auth';
import { AccountEmailVerified, type EventData, type MembershipRegistered, type Outbox } from '@kizuna/events';
import type { Logger } from '@kizuna/runtime';
import { fail, ok, UserError, type Result } from '@kizuna/subgraph';
import type { AccountMailer } from '../email/account-mailer';
import { EmailTokenEntity } from '../email/email-token.entity';
import { consumeEmailToken, hashToken, issueEmailToken, newestEmailToken } from '../email/email-tokens';
import { mailContext, firstNetworkOf } from '../email/mail-context';
import { templates } from '../email/templates';
import { MembershipEntity } from '../memberships/membership.entity';
import { NetworkEntity } from '../networks/network.entity';
import type { SessionService } from '../sessions/session.service';
import { AccountEntity } from './account.entity';
import { passwordRuleErrors } from './password-rules';
import { hashPassword, verifyPassword } from './passwords';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MAX_EMAIL_LENGTH = 254;

/** At most one verification, reset or change mail per account and purpose in this interval. */
export const MAIL_INTERVAL_MS = 60_000;

/** What changing a password needs from sessions: ending the account's sessions. */
export type SessionEnder = Pick<SessionService, 'revokeAllSessions' | 'signOutEverywhere'>;

const normalise = (email: string) => email.trim().toLowerCase();

/**
 * Accounts that sign in only with a linked login have no password to confirm changes with; they set
 * one through a reset link, which proves they hold the mailbox.
 */
const NO_PASSWORD = UserError.of(
  'NO_PASSWORD',
  'Your account has no password yet. Set one with "Forgot your password?" on the sign-in page first.',
  'currentPassword',
);

/** E-mail verification, password reset, password change and e-mail change of an account. */
export class CredentialsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly mail: AccountMailer,
    private readonly log: Logger,
    private readonly sessions: SessionEnder,
  ) {}

  /** After a registration: sends the verification link unless the address is verified or one went out a moment ago. */
  async sendVerificationAfterRegistration(manager: EntityManager, registered: EventData<typeof MembershipRegistered>): Promise<void> {
    const account = await manager.findOneBy(AccountEntity, { id: registered.accountId });
    if (!account || account.emailVerifiedAt) return;
    const newest = await newestEmailToken(manager, account.id, 'verify-email');
    if (newest && newest.email === account.email && Date.now() - newest.createdAt.getTime() < MAIL_INTERVAL_MS) return;
    await this.sendVerification(manager, account, registered.networkId);
  }

  /** Sends a new verification link to a signed-in person whose address is not verified yet. */
  async resendVerification(viewer: Viewer): Promise<Result<true>> {
    return this.dataSource.transaction(async (manager) => {
      const account = await manager.findOne(AccountEntity, { where: { id: viewer.accountId }, lock: { mode: 'pessimistic_write' } });
      if (!account) return fail(UserError.of('NOT_FOUND', 'Your account no longer exists.'));
      if (account.emailVerifiedAt) return fail(UserError.of('ALREADY_VERIFIED', 'Your e-mail address is already verified.'));
      const newest = await newestEmailToken(manager, account.id, 'verify-email');
      if (newest && Date.now() - newest.createdAt.getTime() < MAIL_INTERVAL_MS) {
        return fail(UserError.of('RATE_LIMITED', 'A verification e-mail was sent less than a minute ago. Check your inbox, or try again in a minute.'));
      }
      await this.sendVerification(manager, account, viewer.networkId);
      return ok(true);
    });
  }

  private async sendVerification(manager: EntityManager, account: AccountEntity, networkId: string | null): Promise<void> {
    const token = await issueEmailToken(manager, { accountId: account.id, purpose: 'verify-email', email: account.email, networkId });
    const link = this.mail.link('/verify-email', { token });
    await this.mail.send(account.email, 'verify-email', templates.verifyEmail(await mailContext(manager, networkId, account.id), link), link);
  }

  /**
   * Spends a verification link: the account's address is verified, announced once per membership.
   * Opening it proves the mailbox, so it also gives the membership in the link's network that may
   * sign in (pending or approved): registering with a password starts the session this way.
   */
  async verifyEmail(token: string): Promise<Result<{ account: AccountEntity; membership: MembershipEntity | null }>> {
    return this.dataSource.transaction(async (manager) => {
      const spent = await consumeEmailToken(manager, 'verify-email', token);
      if (!spent.ok) return spent;
      const account = await manager.findOne(AccountEntity, { where: { id: spent.value.accountId }, lock: { mode: 'pessimistic_write' } });
      // The address changed after this link was sent: it proves nothing about the current one.
      if (!account || account.email !== spent.value.email) {
        return fail(UserError.of('TOKEN_INVALID', 'This link was sent to an address your account no longer uses.', 'token'));
      }
      if (!account.emailVerifiedAt) {
        account.emailVerifiedAt = new Date();
        await manager.update(AccountEntity, { id: account.id }, { emailVerifiedAt: account.emailVerifiedAt });
        await this.publishVerified(manager, account);
      }
      const member = spent.value.networkId ? await manager.findOneBy(MembershipEntity, { accountId: account.id, networkId: spent.value.networkId }) : null;
      const membership = member && (member.status === 'pending' || member.status === 'approved') ? member : null;
      return ok({ account, membership });
    });
  }

  /**
   * Sends a reset link if the address belongs to an account. The answer is the same either way and
   * comes before any lookup or sending, so neither its content nor its timing tells whether an
   * address is registered.
   */
  async requestPasswordReset(email: string, networkSlug?: string | null): Promise<Result<true>> {
    const address = normalise(email);
    if (!EMAIL.test(address) || address.length > MAX_EMAIL_LENGTH) return fail(UserError.of('VALIDATION', 'Enter a valid e-mail address.', 'email'));
    setImmediate(() => {
      this.sendResetLink(address, networkSlug).catch((error: unknown) => this.log.error({ err: error }, 'password reset e-mail could not be sent'));
    });
    return ok(true);
  }

  private async sendResetLink(address: string, networkSlug?: string | null): Promise<void> {
    const network = networkSlug ? await this.dataSource.getRepository(NetworkEntity).findOneBy({ slug: normalise(networkSlug) }) : null;
    await this.dataSource.transaction(async (manager) => {
      const account = await manager.findOne(AccountEntity, { where: { email: address }, lock: { mode: 'pessimistic_write' } });
      if (!account) return;
      const newest = await newestEmailToken(manager, account.id, 'reset-password');
      if (newest && Date.now() - newest.createdAt.getTime() < MAIL_INTERVAL_MS) return; // the earlier mail is on its way
      const member = network ? await manager.findOneBy(MembershipEntity, { accountId: account.id, networkId: network.id }) : null;
      const networkId = member ? member.networkId : await firstNetworkOf(manager, account.id);
      const token = await issueEmailToken(manager, { accountId: account.id, purpose: 'reset-password', email: account.email, networkId });
      const slug = networkId ? (await manager.findOneBy(NetworkEntity, { id: networkId }))?.slug : undefined;
      const link = this.mail.link('/reset-password', { token, ...(slug ? { network: slug } : {}) });
      await this.mail.send(account.email, 'reset-password', templates.resetPassword(await mailContext(manager, networkId, account.id), link), link);
    });
  }

  /** Sets a new password with a reset link; the account's other sessions end. */
  async resetPassword(token: string, newPassword: string): Promise<Result<{ account: AccountEntity; networkSlug: string | null }>> {
    const outcome = await this.dataSource
      .transaction(async (manager): Promise<Result<{ account: AccountEntity; networkSlug: string | null }>> => {
        const row = await manager.findOneBy(EmailTokenEntity, { purpose: 'reset-password', tokenHash: hashToken(token.trim()) });
        const account = row ? await manager.findOneBy(AccountEntity, { id: row.accountId }) : null;
        const ruleErrors = passwordRuleErrors(newPassword, account?.email, 'newPassword');
        const spent = await consumeEmailToken(manager, 'reset-password', token);
        if (!spent.ok) return { ok: false, errors: [...spent.errors, ...ruleErrors] };
        if (ruleErrors.length > 0) throw new Rollback(ruleErrors);
        const current = await manager.findOneOrFail(AccountEntity, { where: { id: spent.value.accountId }, lock: { mode: 'pessimistic_write' } });
        current.passwordHash = await hashPassword(newPassword);
        // Opening the link proves the mailbox, as a verification link does.
        const newlyVerified = !current.emailVerifiedAt && current.email === spent.value.email;
        if (newlyVerified) current.emailVerifiedAt = new Date();
        await manager.update(AccountEntity, { id: current.id }, { passwordHash: current.passwordHash, emailVerifiedAt: current.emailVerifiedAt });
        // Whoever knew the old password may hold a session: every session ends, in the same transaction.
        await this.sessions.revokeAllSessions(current.id, manager, 'password-reset');
        if (newlyVerified) await this.publishVerified(manager, current);
        const networkSlug = spent.value.networkId ? ((await manager.findOneBy(NetworkEntity, { id: spent.value.networkId }))?.slug ?? null) : null;
        return ok({ account: current, networkSlug });
      })
      .catch((error: unknown) => {
        if (error instanceof Rollback) return { ok: false as const, errors: error.errors };
        throw error;
      });
    if (outcome.ok) await this.sendPasswordChangedNotice(outcome.value.account, null);
    return outcome;
  }

  /**
   * Changes the password of the signed-in person, who proves it is them with the current one.
   * Their other sessions end; the one asking (its refresh token, when known) stays signed in.
   */
  async changePassword(viewer: Viewer, currentPassword: string, newPassword: string, currentSessionId: string | null): Promise<Result<true>> {
    const account = await this.dataSource.getRepository(AccountEntity).findOneBy({ id: viewer.accountId });
    if (!account) return fail(UserError.of('NOT_FOUND', 'Your account no longer exists.'));
    if (!account.passwordHash) return fail(NO_PASSWORD);
    const errors: UserError[] = [];
    if (!(await verifyPassword(account.passwordHash, currentPassword))) {
      errors.push(UserError.of('INVALID_PASSWORD', 'Your current password is not correct.', 'currentPassword'));
    }
    errors.push(...passwordRuleErrors(newPassword, account.email, 'newPassword'));
    if (errors.length === 0 && newPassword === currentPassword) {
      errors.push(UserError.of('PASSWORD_UNCHANGED', 'Choose a password different from your current one.', 'newPassword'));
    }
    if (errors.length > 0) return { ok: false, errors };
    await this.dataSource.getRepository(AccountEntity).update({ id: account.id }, { passwordHash: await hashPassword(newPassword) });
    await this.sessions.signOutEverywhere(account.id, currentSessionId, false);
    await this.sendPasswordChangedNotice(account, viewer.networkId);
    return ok(true);
  }

  private async sendPasswordChangedNotice(account: AccountEntity, networkId: string | null): Promise<void> {
    try {
      const context = await mailContext(this.dataSource.manager, networkId, account.id);
      await this.mail.send(account.email, 'password-changed', templates.passwordChanged(context));
    } catch (error) {
      this.log.error({ err: error }, 'password change notice could not be sent');
    }
  }

  /**
   * Starts moving the account to another address: a confirmation link goes to the new address and
   * a notice to the current one. Nothing changes until the link is opened.
   */
  async changeEmail(viewer: Viewer, newEmail: string, currentPassword: string): Promise<Result<AccountEntity>> {
    const address = normalise(newEmail);
    const account = await this.dataSource.getRepository(AccountEntity).findOneBy({ id: viewer.accountId });
    if (!account) return fail(UserError.of('NOT_FOUND', 'Your account no longer exists.'));
    if (!account.passwordHash) return fail(NO_PASSWORD);
    const errors: UserError[] = [];
    if (!EMAIL.test(address) || address.length > MAX_EMAIL_LENGTH) errors.push(UserError.of('VALIDATION', 'Enter a valid e-mail address.', 'newEmail'));
    else if (address === account.email) errors.push(UserError.of('EMAIL_UNCHANGED', 'This is already your e-mail address.', 'newEmail'));
    else if (await this.dataSource.getRepository(AccountEntity).existsBy({ email: address })) {
      errors.push(UserError.of('EMAIL_TAKEN', 'This e-mail address cannot be used. Choose another one.', 'newEmail'));
    }
    if (!(await verifyPassword(account.passwordHash, currentPassword))) {
      errors.push(UserError.of('INVALID_PASSWORD', 'Your current password is not correct.', 'currentPassword'));
    }
    if (errors.length > 0) return { ok: false, errors };

    return this.dataSource.transaction(async (manager) => {
      const locked = await manager.findOneOrFail(AccountEntity, { where: { id: account.id }, lock: { mode: 'pessimistic_write' } });
      const newest = await newestEmailToken(manager, locked.id, 'change-email');
      if (newest && newest.email === address && !newest.usedAt && Date.now() - newest.createdAt.getTime() < MAIL_INTERVAL_MS) {
        return fail(
          UserError.of(
            'RATE_LIMITED',
            'A confirmation was sent to this address less than a minute ago. Check that inbox, or try again in a minute.',
            'newEmail',
          ),
        );
      }
      // A new request replaces any earlier one: only the newest link can move the account.
      await manager.delete(EmailTokenEntity, { accountId: locked.id, purpose: 'change-email', usedAt: IsNull() });
      locked.pendingEmail = address;
      await manager.update(AccountEntity, { id: locked.id }, { pendingEmail: address });
      const token = await issueEmailToken(manager, { accountId: locked.id, purpose: 'change-email', email: address, networkId: viewer.networkId });
      const context = await mailContext(manager, viewer.networkId, locked.id);
      const link = this.mail.link('/confirm-email', { token });
      await this.mail.send(address, 'confirm-email-change', templates.confirmEmailChange(context, link, address), link);
      await this.mail.send(locked.email, 'email-change-notice', templates.emailChangeRequested(context, address));
      return ok(locked);
    });
  }

  /** Withdraws a pending e-mail change: its link stops working. */
  async cancelEmailChange(viewer: Viewer): Promise<Result<AccountEntity>> {
    return this.dataSource.transaction(async (manager) => {
      const account = await manager.findOne(AccountEntity, { where: { id: viewer.accountId }, lock: { mode: 'pessimistic_write' } });
      if (!account) return fail(UserError.of('NOT_FOUND', 'Your account no longer exists.'));
      if (!account.pendingEmail) return fail(UserError.of('NO_PENDING_CHANGE', 'There is no e-mail change to cancel.'));
      await manager.delete(EmailTokenEntity, { accountId: account.id, purpose: 'change-email', usedAt: IsNull() });
      account.pendingEmail = null;
      await manager.update(AccountEntity, { id: account.id }, { pendingEmail: null });
      return ok(account);
    });
  }

  /** Spends an e-mail change link: the account now uses (and has proved) the new address. */
  async confirmEmailChange(token: string): Promise<Result<AccountEntity>> {
    return this.dataSource
      .transaction(async (manager) => {
        const spent = await consumeEmailToken(manager, 'change-email', token);
        if (!spent.ok) return spent;
        const account = await manager.findOne(AccountEntity, { where: { id: spent.value.accountId }, lock: { mode: 'pessimistic_write' } });
        if (!account) return fail(UserError.of('TOKEN_INVALID', 'This link is not valid. Ask for a new one.', 'token'));
        const takenMeanwhile = await manager.existsBy(AccountEntity, { email: spent.value.email, id: Not(account.id) });
        if (takenMeanwhile) {
          throw new Rollback([UserError.of('EMAIL_TAKEN', 'This e-mail address cannot be used any more. Choose another one.', 'token')]);
        }
        account.email = spent.value.email;
        account.pendingEmail = null;
        account.emailVerifiedAt = new Date();
        await manager.update(AccountEntity, { id: account.id }, { email: account.email, pendingEmail: null, emailVerifiedAt: account.emailVerifiedAt });
        await this.publishVerified(manager, account);
        return ok(account);
      })
      .catch((error: unknown) => {
        if (error instanceof Rollback) return { ok: false as const, errors: error.errors };
        throw error;
      });
  }

  /** Accounts by id, for the e-mail fields of members. */
  accountsByIds(ids: string[]): Promise<AccountEntity[]> {
    return ids.length ? this.dataSource.getRepository(AccountEntity).findBy({ id: In(ids) }) : Promise.resolve([]);
  }

  findAccount(accountId: string): Promise<AccountEntity | null> {
    return this.dataSource.getRepository(AccountEntity).findOneBy({ id: accountId });
  }

  /** AccountEmailVerified, once per membership of the account (an event always belongs to a network). */
  private async publishVerified(manager: EntityManager, account: AccountEntity): Promise<void> {
    const memberships = await manager.findBy(MembershipEntity, { accountId: account.id });
    for (const membership of memberships) {
      await this.outbox.add(manager, AccountEmailVerified, membership.networkId, {
        accountId: account.id,
        membershipId: membership.id,
        email: account.email,
        verifiedAt: account.emailVerifiedAt!.toISOString(),
      });
    }
  }
}

/** Thrown inside a transaction to undo it and answer with user errors. */
class Rollback extends Error {
  constructor(readonly errors: UserError[]) {
    super('rolled back');
  }
}
