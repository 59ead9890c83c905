import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '@kizuna/auth';
import { AccountDeleted, type Outbox } from '@kizuna/events';
import { fail, ok, UserError, type PersonalDataHolder, type PersonalDataOwner, type Result } from '@kizuna/subgraph';
import { verifyPassword } from '../accounts/passwords';
import { DELETE_CONFIRMATION } from './privacy.inputs';

/** What an erased e-mail address reads as where a record of others keeps its place. */
const ERASED_EMAIL = 'erased@deleted.invalid';

/** Columns that hold secrets (hashes, tokens, keys): never part of a data download. */
const SECRET_COLUMN = /(hash|secret|token|nonce|verifier|private)/i;

function withoutSecrets(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).filter(([column]) => !SECRET_COLUMN.test(column)));
}

/**
 * Tables (besides accounts and memberships) that hold rows of one account or one of its memberships,
 * with the column that names it. A data download includes their rows; deleting an account removes
 * them. Listed only when the table exists, so the download follows the schema as it grows.
 */
const ACCOUNT_TABLES: { table: string; column: string; key: 'account' | 'membership'; label: string }[] = [
  { table: 'registration_answers', column: 'membership_id', key: 'membership', label: 'registrationAnswers' },
  { table: 'linked_logins', column: 'account_id', key: 'account', label: 'linkedLogins' },
  { table: 'sessions', column: 'account_id', key: 'account', label: 'sessions' },
  { table: 'known_devices', column: 'account_id', key: 'account', label: 'knownDevices' },
  { table: 'invitation_links', column: 'created_by', key: 'membership', label: 'invitationLinks' },
];

export interface DeletionRequest {
  password?: string | null;
  confirmation: string;
}

export class PrivacyService implements PersonalDataHolder {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  private async existingTables(manager: EntityManager): Promise<Set<string>> {
    const rows: { table_name: string }[] = await manager.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'identity'`);
    return new Set(rows.map((row) => row.table_name));
  }

  /** identity's part of the viewer's data download: the account, every membership in every network, and what is recorded about them. */
  async exportFor({ viewer }: PersonalDataOwner): Promise<Record<string, unknown>> {
    const manager = this.dataSource.manager;
    const [account] = await manager.query(`SELECT to_jsonb(a) AS row FROM identity.accounts a WHERE a.id = $1`, [viewer.accountId]);
    if (!account) return { account: null, memberships: [] };
    const memberships: { row: Record<string, unknown> }[] = await manager.query(
      `SELECT to_jsonb(m) || jsonb_build_object('network', jsonb_build_object('id', n.id, 'slug', n.slug, 'name', n.name)) AS row
       FROM identity.memberships m JOIN identity.networks n ON n.id = m.network_id
       WHERE m.account_id = $1 ORDER BY m.created_at`,
      [viewer.accountId],
    );
    const membershipIds = memberships.map(({ row }) => row.id as string);
    const auditEntries: { row: Record<string, unknown> }[] = await manager.query(
      `SELECT jsonb_build_object('id', a.id, 'networkId', a.network_id, 'action', a.action, 'details', a.details, 'createdAt', a.created_at,
                                'byYou', a.actor_membership_id = ANY($1::uuid[]), 'aboutYou', a.target_membership_id = ANY($1::uuid[])) AS row
       FROM identity.audit_log a
       WHERE a.actor_membership_id = ANY($1::uuid[]) OR a.target_membership_id = ANY($1::uuid[])
       ORDER BY a.created_at`,
      [membershipIds],
    );
    const data: Record<string, unknown> = {
      account: withoutSecrets(account.row),
      memberships: memberships.map(({ row }) => withoutSecrets(row)),
      auditLogEntries: auditEntries.map(({ row }) => row),
    };
    const tables = await this.existingTables(manager);
    for (const { table, column, key, label } of ACCOUNT_TABLES) {
      if (!tables.has(table)) continue;
      const rows: { row: Record<string, unknown> }[] = await manager.query(
        `SELECT to_jsonb(t) AS row FROM identity."${table}" t WHERE t."${column}" = ANY($1::uuid[])`,
        [key === 'account' ? [viewer.accountId] : membershipIds],
      );
      data[label] = rows.map(({ row }) => withoutSecrets(row));
    }
    return data;
  }

  /**
   * Deletes the viewer's account for good: its personal data is erased, every membership and
   * session ends, and each membership's deletion is published so every service erases or
   * anonymises what it holds. Administrators' records that mention the member stay, without them.
   */
  async deleteAccount(viewer: Viewer, request: DeletionRequest): Promise<Result<true>> {
    if (request.confirmation.trim() !== DELETE_CONFIRMATION) {
      return fail(UserError.of('CONFIRMATION_REQUIRED', `Type ${DELETE_CONFIRMATION} to confirm that you want to delete your account.`, 'confirmation'));
    }
    const [account]: { id: string; password_hash: string | null }[] = await this.dataSource.query(
      `SELECT id, password_hash FROM identity.accounts WHERE id = $1`,
      [viewer.accountId],
    );
    if (!account) return fail(UserError.of('NOT_FOUND', 'This account no longer exists.'));
    if (account.password_hash) {
      if (!request.password) return fail(UserError.of('PASSWORD_REQUIRED', 'Enter your password to delete your account.', 'password'));
      if (!(await verifyPassword(account.password_hash, request.password))) {
        return fail(UserError.of('INVALID_PASSWORD', 'The password is not correct.', 'password'));
      }
    }
    return this.dataSource.transaction(async (manager) => {
      const locked: unknown[] = await manager.query(`SELECT id FROM identity.accounts WHERE id = $1 FOR UPDATE`, [viewer.accountId]);
      if (locked.length === 0) return fail<true>(UserError.of('NOT_FOUND', 'This account no longer exists.'));
      const memberships: { id: string; network_id: string; role: string; network_name: string }[] = await manager.query(
        `SELECT m.id, m.network_id, m.role, n.name AS network_name FROM identity.memberships m
         JOIN identity.networks n ON n.id = m.network_id WHERE m.account_id = $1 FOR UPDATE OF m`,
        [viewer.accountId],
      );
      const soleOwnerships: { network_name: string }[] = [];
      for (const membership of memberships.filter((m) => m.role === 'owner')) {
        const [{ count }]: { count: string }[] = await manager.query(
          `SELECT count(*) FROM identity.memberships WHERE network_id = $1 AND role = 'owner' AND status = 'approved' AND id <> $2`,
          [membership.network_id, membership.id],
        );
        if (Number(count) === 0) soleOwnerships.push(membership);
      }
      if (soleOwnerships.length > 0) {
        const names = soleOwnerships.map((m) => m.network_name).join(', ');
        return fail<true>(UserError.of('LAST_OWNER', `You are the only owner of ${names}. Make someone else an owner before you delete your account.`));
      }
      const deletedAt = new Date().toISOString();
      // Published first, in the same transaction: every service hears of each membership's end exactly when it happens.
      for (const membership of memberships) {
        await this.outbox.add(manager, AccountDeleted, membership.network_id, { accountId: viewer.accountId, membershipId: membership.id, deletedAt });
      }
      await this.erase(
        manager,
        viewer.accountId,
        memberships.map((m) => m.id),
      );
      return ok(true as const);
    });
  }

  private async erase(manager: EntityManager, accountId: string, membershipIds: string[]): Promise<void> {
    const tables = await this.existingTables(manager);
    for (const { table, column, key } of ACCOUNT_TABLES) {
      if (!tables.has(table)) continue;
      await manager.query(`DELETE FROM identity."${table}" WHERE "${column}" = ANY($1::uuid[])`, [key === 'account' ? [accountId] : membershipIds]);
    }
    const [{ email }]: { email: string | null }[] = await manager.query(`SELECT email FROM identity.accounts WHERE id = $1`, [accountId]);
    if (tables.has('staff_invitations')) {
      // The network keeps the fact that an invitation was accepted, not the address it went to.
      await manager.query(`UPDATE identity.staff_invitations SET email = $2 WHERE accepted_membership_id = ANY($1::uuid[])`, [membershipIds, ERASED_EMAIL]);
    }
    if (email) {
      await manager.query(`UPDATE identity.audit_log SET details = replace(details::text, $1, $2)::jsonb WHERE strpos(details::text, $1) > 0`, [
        email,
        ERASED_EMAIL,
      ]);
    }
    // Administrators' audit entries stay (what was decided, and when) but no longer name the member.
    await manager.query(`UPDATE identity.memberships SET approved_by = NULL WHERE approved_by = ANY($1::uuid[])`, [membershipIds]);
    await manager.query(`DELETE FROM identity.memberships WHERE id = ANY($1::uuid[])`, [membershipIds]);
    await manager.query(`DELETE FROM identity.accounts WHERE id = $1`, [accountId]);
  }
}
