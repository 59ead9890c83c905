import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { combinePermissions, Permission, type Role, type Viewer } from '@kizuna/auth';
import { isUuid } from '@kizuna/data';
import { fail, ok, UserError, type Result } from '@kizuna/subgraph';
import { AccountEntity } from '../accounts/account.entity';
import { passwordRuleErrors } from '../accounts/password-rules';
import { hashPassword, verifyPassword } from '../accounts/passwords';
import { recordAudit } from '../audit/audit-writer';
import { MembershipEntity } from '../memberships/membership.entity';
import type { MembershipLifecycle } from '../memberships/membership-lifecycle';
import { NetworkEntity } from '../networks/network.entity';
import { CustomRoleEntity } from '../roles/custom-role.entity';
import { currentActor, type Actor } from '../roles/permissions';
import type { RoleService } from '../roles/role.service';
import { StaffInvitationEntity } from './invitation.entities';
import { staffInvitationMail, type StaffInvitationMail } from './staff-invitation.mail';

export type StaffInvitationStatus = 'pending' | 'accepted' | 'revoked' | 'expired';

/** Sends one e-mail (identity's mailer: SMTP, and the link in the log when mail stays on this machine). */
export interface InvitationMailSender {
  send(to: string, kind: string, content: StaffInvitationMail, link?: string): Promise<void>;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DAY_MS = 86_400_000;
export const DEFAULT_EXPIRY_DAYS = 7;
const MAX_EXPIRY_DAYS = 30;
const MAX_MESSAGE_LENGTH = 1000;
/** A resend at most this often, so an invitee's mailbox is not flooded. */
const RESEND_INTERVAL_MS = 60_000;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export function invitationStatus(invitation: StaffInvitationEntity, now = Date.now()): StaffInvitationStatus {
  if (invitation.acceptedAt) return 'accepted';
  if (invitation.revokedAt) return 'revoked';
  if (invitation.expiresAt.getTime() <= now) return 'expired';
  return 'pending';
}

export interface InviteRequest {
  email: string;
  role: Role;
  customRoleId?: string | null;
  message?: string | null;
  expiresInDays?: number | null;
}

export interface StaffInvitationPreview {
  invitation: StaffInvitationEntity;
  status: StaffInvitationStatus;
  network: NetworkEntity;
  customRoleName: string | null;
  inviterName: string | null;
  accountExists: boolean;
}

export class StaffInvitationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly lifecycle: MembershipLifecycle,
    private readonly roles: RoleService,
    private readonly mail: InvitationMailSender,
    private readonly publicWebUrl: string,
  ) {}

  /** Who may give this role: MANAGE_SETTINGS, only permissions they hold, admins only from owners. */
  private refuseRole(actor: Actor, role: Role, customRole: CustomRoleEntity | null): UserError | null {
    if (role === 'owner') return UserError.of('VALIDATION', 'Ownership is handed over, not invited: invite as admin and transfer ownership later.', 'role');
    if (role === 'admin' && actor.role !== 'owner') return UserError.of('NOT_ALLOWED', 'Only an owner can invite admins.', 'role');
    const granted = combinePermissions(role, customRole?.permissions ?? []);
    if (!granted.every((p) => actor.permissions.includes(p))) {
      return UserError.of('NOT_ALLOWED', 'You can only give roles whose permissions you hold yourself.', 'role');
    }
    return null;
  }

  private async customRoleOf(manager: EntityManager, networkId: string, id: string | null | undefined): Promise<CustomRoleEntity | null | 'missing'> {
    if (!id) return null;
    const role = isUuid(id) ? await manager.findOneBy(CustomRoleEntity, { id, networkId }) : null;
    return role ?? 'missing';
  }

  async invite(viewer: Viewer, request: InviteRequest): Promise<Result<StaffInvitationEntity>> {
    const email = request.email.trim().toLowerCase();
    const message = request.message?.trim() || null;
    const days = request.expiresInDays ?? DEFAULT_EXPIRY_DAYS;
    const errors: UserError[] = [];
    if (!EMAIL.test(email)) errors.push(UserError.of('VALIDATION', 'Enter a valid e-mail address.', 'email'));
    if (message && message.length > MAX_MESSAGE_LENGTH)
      errors.push(UserError.of('VALIDATION', `The message can have at most ${MAX_MESSAGE_LENGTH} characters.`, 'message'));
    if (!Number.isInteger(days) || days < 1 || days > MAX_EXPIRY_DAYS) {
      errors.push(UserError.of('VALIDATION', `The invitation can last 1 to ${MAX_EXPIRY_DAYS} days.`, 'expiresInDays'));
    }
    if (request.customRoleId && (request.role === 'admin' || request.role === 'owner')) {
      errors.push(UserError.of('VALIDATION', 'A custom role goes with staff or member.', 'customRoleId'));
    }
    if (errors.length > 0) return fail(...errors);

    return this.dataSource.transaction(async (manager) => {
      const actor = await currentActor(manager, viewer, Permission.MANAGE_SETTINGS);
      const customRole = await this.customRoleOf(manager, viewer.networkId, request.customRoleId);
      if (customRole === 'missing') return fail(UserError.of('NOT_FOUND', 'No such role in this network.', 'customRoleId'));
      const refusal = this.refuseRole(actor, request.role, customRole);
      if (refusal) return fail(refusal);
      const open = await manager
        .getRepository(StaffInvitationEntity)
        .createQueryBuilder('i')
        .where('i.network_id = :networkId AND i.email = :email AND i.accepted_at IS NULL AND i.revoked_at IS NULL', { networkId: viewer.networkId, email })
        .getOne();
      if (open && invitationStatus(open) === 'pending') {
        return fail(UserError.of('ALREADY_INVITED', 'This address already has an open invitation. Resend or withdraw it.', 'email'));
      }
      // An expired invitation to the same address gives way to the new one.
      if (open) await manager.update(StaffInvitationEntity, { id: open.id }, { revokedAt: new Date() });
      const [existing] = await manager.query<{ role: Role; status: string }[]>(
        `SELECT m.role, m.status FROM identity.memberships m JOIN identity.accounts a ON a.id = m.account_id WHERE m.network_id = $1 AND a.email = $2`,
        [viewer.networkId, email],
      );
      if (
        existing &&
        (existing.role === 'owner' ||
          (existing.role === 'admin' && request.role !== 'admin') ||
          existing.status === 'suspended' ||
          existing.status === 'rejected')
      ) {
        return fail(
          UserError.of(
            'ALREADY_MEMBER',
            `This person is already in the network as ${existing.status === 'approved' ? existing.role : existing.status}. Change their role on the roles page instead.`,
            'email',
          ),
        );
      }

      const token = randomBytes(32).toString('base64url');
      const now = new Date();
      const invitation = await manager.save(StaffInvitationEntity, {
        id: randomUUID(),
        networkId: viewer.networkId,
        email,
        role: request.role as StaffInvitationEntity['role'],
        customRoleId: customRole?.id ?? null,
        message,
        tokenHash: hashToken(token),
        invitedBy: viewer.membershipId,
        expiresAt: new Date(now.getTime() + days * DAY_MS),
        lastSentAt: now,
        sendCount: 1,
        acceptedAt: null,
        acceptedMembershipId: null,
        revokedAt: null,
      });
      await recordAudit(manager, [
        {
          networkId: viewer.networkId,
          actorMembershipId: viewer.membershipId,
          action: 'staff-invitation.sent',
          targetMembershipId: null,
          details: { invitationId: invitation.id, email, role: invitation.role, customRole: customRole?.name ?? null },
        },
      ]);
      // Sent inside the transaction: if the mail server refuses it, no invitation exists that nobody received.
      await this.sendMail(manager, invitation, token, customRole?.name ?? null, actor.membership.displayName);
      return ok(invitation);
    });
  }

  private async sendMail(manager: EntityManager, invitation: StaffInvitationEntity, token: string, customRoleName: string | null, inviterName: string | null) {
    const network = await manager.findOneByOrFail(NetworkEntity, { id: invitation.networkId });
    const link = new URL(`/invitations/${encodeURIComponent(token)}`, this.publicWebUrl).toString();
    const content = staffInvitationMail({
      locale: network.defaultLocale,
      networkName: network.name,
      inviterName,
      role: invitation.role,
      customRoleName,
      message: invitation.message,
      link,
      expiresAt: invitation.expiresAt,
    });
    await this.mail.send(invitation.email, 'staff-invitation', content, link);
  }

  /** A new link (the old one stops working) with a fresh expiry, mailed again. */
  async resend(viewer: Viewer, id: string, expiresInDays?: number | null): Promise<Result<StaffInvitationEntity>> {
    const days = expiresInDays ?? DEFAULT_EXPIRY_DAYS;
    if (!Number.isInteger(days) || days < 1 || days > MAX_EXPIRY_DAYS) {
      return fail(UserError.of('VALIDATION', `The invitation can last 1 to ${MAX_EXPIRY_DAYS} days.`, 'expiresInDays'));
    }
    return this.dataSource.transaction(async (manager) => {
      const actor = await currentActor(manager, viewer, Permission.MANAGE_SETTINGS);
      const invitation = isUuid(id)
        ? await manager.getRepository(StaffInvitationEntity).findOne({ where: { id, networkId: viewer.networkId }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!invitation) return fail(UserError.of('NOT_FOUND', 'No such invitation in this network.', 'id'));
      const status = invitationStatus(invitation);
      if (status === 'accepted' || status === 'revoked') return fail(UserError.of('INVALID_STATE', `This invitation was ${status}.`, 'id'));
      if (Date.now() - invitation.lastSentAt.getTime() < RESEND_INTERVAL_MS) {
        return fail(UserError.of('TOO_SOON', 'The invitation was just sent. Wait a minute before sending it again.', 'id'));
      }
      const customRole = await this.customRoleOf(manager, viewer.networkId, invitation.customRoleId);
      const refusal = this.refuseRole(actor, invitation.role, customRole === 'missing' ? null : customRole);
      if (refusal) return fail(UserError.of(refusal.code, refusal.message, 'id'));
      const token = randomBytes(32).toString('base64url');
      const now = new Date();
      Object.assign(invitation, {
        tokenHash: hashToken(token),
        lastSentAt: now,
        expiresAt: new Date(now.getTime() + days * DAY_MS),
        sendCount: invitation.sendCount + 1,
      });
      await manager.save(invitation);
      await recordAudit(manager, [
        {
          networkId: viewer.networkId,
          actorMembershipId: viewer.membershipId,
          action: 'staff-invitation.resent',
          targetMembershipId: null,
          details: { invitationId: invitation.id, email: invitation.email },
        },
      ]);
      await this.sendMail(manager, invitation, token, customRole === 'missing' || !customRole ? null : customRole.name, actor.membership.displayName);
      return ok(invitation);
    });
  }

  async revoke(viewer: Viewer, id: string): Promise<Result<StaffInvitationEntity>> {
    return this.dataSource.transaction(async (manager) => {
      await currentActor(manager, viewer, Permission.MANAGE_SETTINGS);
      const invitation = isUuid(id)
        ? await manager.getRepository(StaffInvitationEntity).findOne({ where: { id, networkId: viewer.networkId }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!invitation) return fail(UserError.of('NOT_FOUND', 'No such invitation in this network.', 'id'));
      const status = invitationStatus(invitation);
      if (status === 'accepted' || status === 'revoked') return fail(UserError.of('INVALID_STATE', `This invitation was ${status}.`, 'id'));
      invitation.revokedAt = new Date();
      await manager.update(StaffInvitationEntity, { id: invitation.id }, { revokedAt: invitation.revokedAt });
      await recordAudit(manager, [
        {
          networkId: viewer.networkId,
          actorMembershipId: viewer.membershipId,
          action: 'staff-invitation.revoked',
          targetMembershipId: null,
          details: { invitationId: invitation.id, email: invitation.email },
        },
      ]);
      return ok(invitation);
    });
  }

  /** The network's invitations, newest first. */
  list(viewer: Viewer): Promise<StaffInvitationEntity[]> {
    return this.dataSource.getRepository(StaffInvitationEntity).find({ where: { networkId: viewer.networkId }, order: { createdAt: 'DESC' }, take: 500 });
  }

  customRoleNames(networkId: string, ids: string[]): Promise<Map<string, string>> {
    const wanted = ids.filter(isUuid);
    if (wanted.length === 0) return Promise.resolve(new Map());
    return this.dataSource
      .query<{ id: string; name: string }[]>('SELECT id, name FROM identity.custom_roles WHERE network_id = $1 AND id = ANY($2)', [networkId, wanted])
      .then((rows) => new Map(rows.map((row) => [row.id, row.name])));
  }

  /** What the invitation page shows to whoever holds the link. */
  async preview(token: string): Promise<StaffInvitationPreview | null> {
    const invitation = token.trim() ? await this.dataSource.getRepository(StaffInvitationEntity).findOneBy({ tokenHash: hashToken(token.trim()) }) : null;
    if (!invitation) return null;
    const network = await this.dataSource.getRepository(NetworkEntity).findOneByOrFail({ id: invitation.networkId });
    const names = await this.customRoleNames(invitation.networkId, invitation.customRoleId ? [invitation.customRoleId] : []);
    const inviter = invitation.invitedBy ? await this.dataSource.getRepository(MembershipEntity).findOneBy({ id: invitation.invitedBy }) : null;
    const accountExists = await this.dataSource.getRepository(AccountEntity).existsBy({ email: invitation.email });
    return {
      invitation,
      status: invitationStatus(invitation),
      network,
      customRoleName: invitation.customRoleId ? (names.get(invitation.customRoleId) ?? null) : null,
      inviterName: inviter?.displayName ?? null,
      accountExists,
    };
  }

  /**
   * Accepts an invitation: with the password of the invited address's account, or a new account
   * for that address (the link came to its mailbox, so the address counts as verified). The
   * membership is approved with the invited role at once.
   */
  async accept(request: { token: string; password: string; displayName?: string | null }): Promise<Result<{ membership: MembershipEntity; email: string }>> {
    const tokenHash = hashToken(request.token.trim());
    const found = request.token.trim() ? await this.dataSource.getRepository(StaffInvitationEntity).findOneBy({ tokenHash }) : null;
    if (!found) return fail(UserError.of('TOKEN_INVALID', 'This invitation link is not valid.', 'token'));
    const account = await this.dataSource.getRepository(AccountEntity).findOneBy({ email: found.email });
    const displayName = request.displayName?.trim() ?? '';
    if (account) {
      if (!(await verifyPassword(account.passwordHash, request.password))) {
        return fail(UserError.of('INVALID_CREDENTIALS', "The password is not correct for this address's account.", 'password'));
      }
    } else {
      const errors: UserError[] = [];
      if (displayName.length === 0 || displayName.length > 100)
        errors.push(UserError.of('VALIDATION', 'Enter your name (up to 100 characters).', 'displayName'));
      errors.push(...passwordRuleErrors(request.password, found.email, 'password'));
      if (errors.length > 0) return fail(...errors);
    }
    const passwordHash = account ? null : await hashPassword(request.password);

    return this.dataSource.transaction(async (manager) => {
      const invitation = await manager.getRepository(StaffInvitationEntity).findOne({ where: { tokenHash }, lock: { mode: 'pessimistic_write' } });
      if (!invitation) return fail(UserError.of('TOKEN_INVALID', 'This invitation link is not valid.', 'token'));
      const status = invitationStatus(invitation);
      if (status === 'accepted') return fail(UserError.of('TOKEN_USED', 'This invitation has already been accepted.', 'token'));
      if (status === 'revoked') return fail(UserError.of('INVITATION_REVOKED', 'This invitation was withdrawn.', 'token'));
      if (status === 'expired') return fail(UserError.of('TOKEN_EXPIRED', 'This invitation has expired. Ask for a new one.', 'token'));

      const now = new Date();
      const holder =
        account ??
        (await manager.save(AccountEntity, {
          id: randomUUID(),
          email: invitation.email,
          passwordHash: passwordHash!,
          displayName,
          emailVerifiedAt: now,
          pendingEmail: null,
        }));
      const customRole = invitation.customRoleId
        ? await manager.findOneBy(CustomRoleEntity, { id: invitation.customRoleId, networkId: invitation.networkId })
        : null;
      let membership = await manager.findOneBy(MembershipEntity, { networkId: invitation.networkId, accountId: holder.id });
      if (membership && (membership.status === 'suspended' || membership.status === 'rejected')) {
        return fail(UserError.of('NOT_ALLOWED', `Your membership in this network is ${membership.status}. Contact the network's administrators.`, 'token'));
      }
      if (membership) {
        membership = await this.lifecycle.admit(manager, membership, invitation.invitedBy);
        membership = await this.roles.grantInvitedRole(manager, membership, invitation.role, customRole?.id ?? null, invitation.invitedBy);
      } else {
        membership = await this.lifecycle.join(manager, {
          networkId: invitation.networkId,
          accountId: holder.id,
          email: holder.email,
          displayName: account?.displayName ?? displayName,
          role: invitation.role,
          customRoleId: customRole?.id ?? null,
          approvedBy: invitation.invitedBy,
        });
      }
      await manager.update(StaffInvitationEntity, { id: invitation.id }, { acceptedAt: now, acceptedMembershipId: membership.id });
      await recordAudit(manager, [
        {
          networkId: invitation.networkId,
          actorMembershipId: membership.id,
          action: 'staff-invitation.accepted',
          targetMembershipId: membership.id,
          details: { invitationId: invitation.id, email: invitation.email, role: invitation.role, customRole: customRole?.name ?? null },
        },
      ]);
      return ok({ membership, email: holder.email });
    });
  }
}
