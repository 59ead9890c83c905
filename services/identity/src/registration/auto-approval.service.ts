import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '@kizuna/auth';
import { cursorKey, encodeCursor, isTimeAndId, isUuid, pageSize } from '@kizuna/data';
import { fail, ok, UserError, type Result } from '@kizuna/subgraph';
import { recordAudit } from '../audit/audit-writer';
import { MembershipEntity } from '../memberships/membership.entity';
import type { MembershipLifecycle } from '../memberships/membership-lifecycle';
import { assertCurrentAdmin } from '../networks/current-admin';
import type { AcceptedAnswer } from './questions';
import { AutoApprovalRulesEntity, RegistrationQuestionEntity, RosterEntryEntity } from './registration.entities';
import { nameKey, parseRoster, type RosterRow } from './roster-csv';

export const MAX_EMAIL_DOMAINS = 50;
const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
/** Errors listed when an import is refused; the preview shows every row. */
const MAX_IMPORT_ERRORS = 100;

export type RosterImportMode = 'replace' | 'append';
export type AutoApprovalRule = 'email-domain' | 'roster-email' | 'roster-name-year';

export interface AutoApprovalRulesRequest {
  emailDomains: string[];
  rosterEnabled: boolean;
  rosterYearQuestionId?: string | null;
}

export interface RosterPreview {
  rows: RosterRow[];
  validCount: number;
  errorCount: number;
  errors: UserError[];
}

export interface RosterPage {
  entries: RosterEntryEntity[];
  cursors: string[];
  hasNextPage: boolean;
  totalCount: number;
}

export function defaultRules(networkId: string): AutoApprovalRulesEntity {
  return Object.assign(new AutoApprovalRulesEntity(), {
    networkId,
    emailDomains: [],
    rosterEnabled: false,
    rosterYearQuestionId: null,
    updatedAt: new Date(0),
  });
}

/** The domain part of an e-mail address, lower case. */
export function emailDomain(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}

/**
 * Approving applicants without an administrator: by the domain of their verified e-mail, or because
 * the roster the administrators uploaded lists them (by verified e-mail, or by name and year).
 * Every approval goes through the membership lifecycle's decision routine.
 */
export class AutoApprovalService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly lifecycle: MembershipLifecycle,
  ) {}

  async rules(networkId: string, manager: EntityManager = this.dataSource.manager): Promise<AutoApprovalRulesEntity> {
    return (await manager.findOneBy(AutoApprovalRulesEntity, { networkId })) ?? defaultRules(networkId);
  }

  rosterYearQuestion(rules: AutoApprovalRulesEntity): Promise<RegistrationQuestionEntity | null> {
    if (!rules.rosterYearQuestionId) return Promise.resolve(null);
    return this.dataSource.getRepository(RegistrationQuestionEntity).findOneBy({ id: rules.rosterYearQuestionId, networkId: rules.networkId });
  }

  rosterCount(networkId: string): Promise<number> {
    return this.dataSource.getRepository(RosterEntryEntity).countBy({ networkId });
  }

  async updateRules(viewer: Viewer, request: AutoApprovalRulesRequest): Promise<Result<{ rules: AutoApprovalRulesEntity; approved: number }>> {
    const errors: UserError[] = [];
    const domains: string[] = [];
    for (const [index, given] of request.emailDomains.entries()) {
      const domain = given.trim().toLowerCase().replace(/^@/, '');
      if (domain === '') continue;
      if (!DOMAIN.test(domain)) errors.push(UserError.of('VALIDATION', `“${given.trim()}” is not a domain like example.ac.jp.`, `emailDomains.${index}`));
      else if (!domains.includes(domain)) domains.push(domain);
    }
    if (domains.length > MAX_EMAIL_DOMAINS) errors.push(UserError.of('VALIDATION', `List at most ${MAX_EMAIL_DOMAINS} domains.`, 'emailDomains'));
    const yearQuestionId = request.rosterYearQuestionId || null;
    if (yearQuestionId !== null && !isUuid(yearQuestionId)) {
      errors.push(UserError.of('NOT_FOUND', 'No such question in this network.', 'rosterYearQuestionId'));
    }
    if (errors.length > 0) return fail(...errors);

    return this.dataSource.transaction(async (manager) => {
      const actor = await assertCurrentAdmin(manager, viewer);
      if (yearQuestionId) {
        const question = await manager.findOneBy(RegistrationQuestionEntity, { id: yearQuestionId, networkId: viewer.networkId });
        if (!question || question.archivedAt)
          return fail(UserError.of('NOT_FOUND', 'No such question is being asked in this network.', 'rosterYearQuestionId'));
        if (question.kind !== 'year') return fail(UserError.of('VALIDATION', 'Choose a question that asks for a year.', 'rosterYearQuestionId'));
      }
      const before = await this.rules(viewer.networkId, manager);
      const rules = Object.assign(before.updatedAt.getTime() === 0 ? new AutoApprovalRulesEntity() : before, {
        networkId: viewer.networkId,
        emailDomains: domains,
        rosterEnabled: request.rosterEnabled,
        rosterYearQuestionId: yearQuestionId,
      });
      const saved = await manager.save(AutoApprovalRulesEntity, rules);
      await recordAudit(manager, [
        {
          networkId: viewer.networkId,
          actorMembershipId: actor.id,
          action: 'registration.auto-approval.updated',
          targetMembershipId: null,
          details: { emailDomains: domains.join(', '), rosterEnabled: String(saved.rosterEnabled), rosterYearQuestionId: yearQuestionId },
        },
      ]);
      const approved = await this.applyToPending(manager, viewer.networkId);
      return ok({ rules: saved, approved });
    });
  }

  /** What an upload would do, row by row, without storing anything. */
  async previewRoster(viewer: Viewer, csv: string, mode: RosterImportMode): Promise<RosterPreview> {
    const parsed = parseRoster(csv);
    if (mode === 'append') await this.flagKnownEmails(this.dataSource.manager, viewer.networkId, parsed.rows);
    const errorCount = parsed.rows.filter((r) => r.errors.length > 0).length;
    return { rows: parsed.rows, validCount: parsed.rows.length - errorCount, errorCount, errors: parsed.errors };
  }

  /** Stores a roster upload: all rows or, when any row is at fault, none. Replace removes the current roster first. */
  async importRoster(viewer: Viewer, csv: string, mode: RosterImportMode): Promise<Result<{ imported: number; total: number; approved: number }>> {
    const parsed = parseRoster(csv);
    if (parsed.errors.length > 0) return fail(...parsed.errors);
    return this.dataSource.transaction(async (manager) => {
      const actor = await assertCurrentAdmin(manager, viewer);
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('identity.roster'), hashtext($1))`, [viewer.networkId]);
      if (mode === 'append') await this.flagKnownEmails(manager, viewer.networkId, parsed.rows);
      const rowErrors = parsed.rows.flatMap((r) => r.errors);
      if (rowErrors.length > 0) {
        const shown = rowErrors.slice(0, MAX_IMPORT_ERRORS);
        if (rowErrors.length > shown.length) {
          shown.push(UserError.of('VALIDATION', `…and ${rowErrors.length - shown.length} more problems. Check the preview.`, 'csv'));
        }
        return fail(...shown);
      }
      if (mode === 'replace') await manager.delete(RosterEntryEntity, { networkId: viewer.networkId });
      const entries = parsed.rows.map((row) => ({
        id: randomUUID(),
        networkId: viewer.networkId,
        email: row.email,
        name: row.name,
        nameKey: row.name ? nameKey(row.name) : null,
        year: row.year,
      }));
      for (let i = 0; i < entries.length; i += 500) await manager.insert(RosterEntryEntity, entries.slice(i, i + 500));
      const total = await manager.countBy(RosterEntryEntity, { networkId: viewer.networkId });
      await recordAudit(manager, [
        {
          networkId: viewer.networkId,
          actorMembershipId: actor.id,
          action: 'registration.roster.imported',
          targetMembershipId: null,
          details: { mode, rows: String(entries.length), total: String(total) },
        },
      ]);
      const approved = await this.applyToPending(manager, viewer.networkId);
      return ok({ imported: entries.length, total, approved });
    });
  }

  /** The roster, oldest entries first; `search` matches e-mail or name (any part), or a year. */
  async roster(viewer: Viewer, search: string | null | undefined, first?: number | null, after?: string | null): Promise<RosterPage> {
    const limit = pageSize(first, 50, 200);
    const query = this.dataSource.getRepository(RosterEntryEntity).createQueryBuilder('r').where('r.network_id = :networkId', { networkId: viewer.networkId });
    const term = search?.trim();
    if (term) {
      const pattern = `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      const year = /^\d{4}$/.test(term) ? Number(term) : null;
      query.andWhere('(r.email ILIKE :pattern OR r.name ILIKE :pattern OR r.name_key LIKE :key OR r.year = :year)', {
        pattern,
        key: `%${nameKey(term).replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
        year,
      });
    }
    const totalCount = await query.getCount();
    const cursor = after ? cursorKey(after, isTimeAndId) : undefined;
    if (cursor) query.andWhere('(r.created_at, r.id) > (:at, :id)', { at: cursor[0], id: cursor[1] });
    const rows = await query
      .orderBy('r.created_at', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .limit(limit + 1)
      .getMany();
    const entries = rows.slice(0, limit);
    return {
      entries,
      cursors: entries.map((e) => encodeCursor([e.createdAt.toISOString(), e.id])),
      hasNextPage: rows.length > limit,
      totalCount,
    };
  }

  async deleteRosterEntry(viewer: Viewer, entryId: string): Promise<Result<RosterEntryEntity>> {
    if (!isUuid(entryId)) return fail(UserError.of('NOT_FOUND', 'No such roster entry in this network.', 'entryId'));
    return this.dataSource.transaction(async (manager) => {
      const actor = await assertCurrentAdmin(manager, viewer);
      const entry = await manager.findOneBy(RosterEntryEntity, { id: entryId, networkId: viewer.networkId });
      if (!entry) return fail(UserError.of('NOT_FOUND', 'No such roster entry in this network.', 'entryId'));
      await manager.delete(RosterEntryEntity, { id: entry.id, networkId: viewer.networkId });
      await recordAudit(manager, [
        {
          networkId: viewer.networkId,
          actorMembershipId: actor.id,
          action: 'registration.roster.entry-deleted',
          targetMembershipId: null,
          details: { email: entry.email, name: entry.name, year: entry.year === null ? null : String(entry.year) },
        },
      ]);
      return ok(entry);
    });
  }

  /**
   * At registration, in its transaction: a name and year on the roster approve at once. Rules on
   * the e-mail address wait for it to be verified (see `onEmailVerified`), unless it already is.
   */
  async applyAtRegistration(
    manager: EntityManager,
    membership: MembershipEntity,
    answers: AcceptedAnswer[],
    verifiedEmail: string | null,
  ): Promise<MembershipEntity> {
    const rule = await this.matchingRule(manager, membership, answers, verifiedEmail);
    if (!rule) return membership;
    const [approved] = await this.lifecycle.approveByRule(manager, membership.networkId, [membership.id], rule);
    return approved;
  }

  /**
   * After the rules or the roster change: approves the network's pending applicants who match now
   * (by verified e-mail, or by name and year). Returns how many were approved.
   */
  async applyToPending(manager: EntityManager, networkId: string): Promise<number> {
    const rules = await manager.findOneBy(AutoApprovalRulesEntity, { networkId });
    if (!rules || (rules.emailDomains.length === 0 && !rules.rosterEnabled)) return 0;
    const pending = await manager.query<{ id: string; display_name: string; verified_email: string | null; year: string | null }[]>(
      `SELECT m.id, m.display_name, CASE WHEN a.email_verified_at IS NOT NULL THEN a.email END AS verified_email,
              (SELECT ans.value #>> '{}' FROM identity.registration_answers ans
                WHERE ans.membership_id = m.id AND ans.network_id = m.network_id AND ans.question_id = $2) AS year
         FROM identity.memberships m JOIN identity.accounts a ON a.id = m.account_id
        WHERE m.network_id = $1 AND m.status = 'pending'
          FOR UPDATE OF m`,
      [networkId, rules.rosterYearQuestionId],
    );
    if (pending.length === 0) return 0;
    const roster = rules.rosterEnabled
      ? await manager.find(RosterEntryEntity, { where: { networkId }, select: { email: true, nameKey: true, year: true } })
      : [];
    const rosterEmails = new Set(roster.map((r) => r.email).filter(Boolean));
    const rosterNames = new Set(roster.filter((r) => r.nameKey && r.year !== null).map((r) => `${r.nameKey}|${r.year}`));
    const byRule = new Map<AutoApprovalRule, string[]>();
    for (const applicant of pending) {
      const email = applicant.verified_email;
      const rule: AutoApprovalRule | null =
        email && rules.emailDomains.includes(emailDomain(email))
          ? 'email-domain'
          : email && rosterEmails.has(email)
            ? 'roster-email'
            : applicant.year && rosterNames.has(`${nameKey(applicant.display_name)}|${Number(applicant.year)}`)
              ? 'roster-name-year'
              : null;
      if (rule) byRule.set(rule, [...(byRule.get(rule) ?? []), applicant.id]);
    }
    let approved = 0;
    for (const [rule, ids] of byRule) approved += (await this.lifecycle.approveByRule(manager, networkId, ids, rule)).length;
    return approved;
  }

  /** A member verified their e-mail: approve the pending membership it was published for when a rule matches. */
  async onEmailVerified(manager: EntityManager, networkId: string, data: { membershipId: string; email: string }): Promise<void> {
    const membership = await manager
      .getRepository(MembershipEntity)
      .createQueryBuilder('m')
      .setLock('pessimistic_write')
      .where('m.id = :id AND m.network_id = :networkId', { id: data.membershipId, networkId })
      .getOne();
    if (!membership || membership.status !== 'pending') return;
    const rule = await this.matchingRule(manager, membership, null, data.email.toLowerCase());
    if (rule) await this.lifecycle.approveByRule(manager, networkId, [membership.id], rule);
  }

  private async matchingRule(
    manager: EntityManager,
    membership: MembershipEntity,
    answers: AcceptedAnswer[] | null,
    verifiedEmail: string | null,
  ): Promise<AutoApprovalRule | null> {
    const rules = await manager.findOneBy(AutoApprovalRulesEntity, { networkId: membership.networkId });
    if (!rules) return null;
    if (verifiedEmail && rules.emailDomains.includes(emailDomain(verifiedEmail))) return 'email-domain';
    if (!rules.rosterEnabled) return null;
    const roster = manager.getRepository(RosterEntryEntity);
    if (verifiedEmail && (await roster.existsBy({ networkId: membership.networkId, email: verifiedEmail }))) return 'roster-email';
    const yearAnswer = rules.rosterYearQuestionId ? await this.yearAnswer(manager, membership, answers, rules.rosterYearQuestionId) : null;
    if (yearAnswer !== null) {
      const found = await roster.existsBy({ networkId: membership.networkId, nameKey: nameKey(membership.displayName), year: yearAnswer });
      if (found) return 'roster-name-year';
    }
    return null;
  }

  private async yearAnswer(manager: EntityManager, membership: MembershipEntity, answers: AcceptedAnswer[] | null, questionId: string): Promise<number | null> {
    if (answers) {
      const given = answers.find((a) => a.question.id === questionId)?.value;
      return typeof given === 'string' ? Number(given) : null;
    }
    const [row] = await manager.query<{ value: unknown }[]>(
      `SELECT value FROM identity.registration_answers WHERE membership_id = $1 AND question_id = $2 AND network_id = $3`,
      [membership.id, questionId, membership.networkId],
    );
    return typeof row?.value === 'string' ? Number(row.value) : null;
  }

  /** In append mode an e-mail already on the roster is an error of its row. */
  private async flagKnownEmails(manager: EntityManager, networkId: string, rows: RosterRow[]): Promise<void> {
    const emails = [...new Set(rows.map((r) => r.email).filter((e): e is string => !!e))];
    if (emails.length === 0) return;
    const known = new Set(
      (
        await manager.query<
          {
            email: string;
          }[]
        >(`SELECT email FROM identity.roster_entries WHERE network_id = $1 AND email = ANY($2::text[])`, [networkId, emails])
      ).map((r) => r.email),
    );
    for (const row of rows) {
      if (row.email && known.has(row.email)) {
        row.errors.push(UserError.of('VALIDATION', 'This e-mail is already on the roster.', `rows.${row.line}.email`));
      }
    }
  }
}
