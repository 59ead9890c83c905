import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '@kizuna/auth';
import { isUniqueViolation, isUuid } from '@kizuna/data';
import { ProfileUpdated, type Outbox } from '@kizuna/events';
import { fail, ok, UserError, type Logger, type Result } from '@kizuna/subgraph';
import { CSV_FIELDS, type StandardFieldKind } from '../fields/standard-fields';
import { isDirectoryAdmin } from '../fields/visibility';
import type { ProfileEntity } from '../profiles/profile.entity';
import { indexProfile, loadNetworkFields, type NetworkFields } from '../search/search-index';
import { profileUpdateSnapshot } from '../profiles/profile-snapshot';
import { applyTagRules } from '../tags/tag-rules';
import { suggestMapping } from './import-targets';
import { cleanRosterFileName, readRoster, refuseNonText, type RosterEncoding, type RosterFile } from './roster-file';
import { eventFields, planRow, type ExistingProfiles, type ImportedProfile, type PlannedRow } from './roster-plan';
import { coerceRows, validateMapping, type ColumnMapping, type MatchBy, type RosterValues, type RowError } from './roster-rows';

export type ImportStatus = 'UPLOADED' | 'RUNNING' | 'DONE' | 'FAILED';

/** An import as stored, without its file. */
export interface RosterImportRecord {
  id: string;
  networkId: string;
  fileName: string;
  status: ImportStatus;
  mapping: ColumnMapping[];
  matchBy: MatchBy;
  totalRows: number;
  processedRows: number;
  createdRows: number;
  updatedRows: number;
  unchangedRows: number;
  failedRows: number;
  rowErrors: RowError[];
  failure: string | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
}

export interface RosterUpload {
  rosterImport: RosterImportRecord;
  encoding: RosterEncoding;
}

export interface RosterPreview {
  toCreate: number;
  toUpdate: number;
  unchanged: number;
  failed: number;
  errors: RowError[];
  /** Tags the import would create (names not yet used in the network). */
  newTags: string[];
}

/** One statement writes this many rows. */
export const IMPORT_BATCH = 1000;
/** How long a GIN pending list may grow while an import writes (the default is 4 MB). */
const GIN_PENDING_LIST = '32MB';
/** Batches written at the same time. */
const WRITERS = 2;
/** The report keeps this many row errors (the count of failed rows is always exact). */
export const MAX_STORED_ERRORS = 1000;
/** A running import that has not beaten its heartbeat for this long lost its process. */
const STALE_AFTER_SECONDS = 120;

const RECORD_COLUMNS = `id, network_id AS "networkId", file_name AS "fileName", status, mapping, match_by AS "matchBy",
  total_rows AS "totalRows", processed_rows AS "processedRows", created_rows AS "createdRows", updated_rows AS "updatedRows",
  unchanged_rows AS "unchangedRows", failed_rows AS "failedRows", row_errors AS "rowErrors", failure,
  created_at AS "createdAt", started_at AS "startedAt", finished_at AS "finishedAt"`;

const PROFILE_COLUMNS = `p.membership_id AS "membershipId", p.status, p.updated_at AS "updatedAt", p.email, p.external_id AS "externalId", p.display_name AS "displayName",
  p.name_kana AS "nameKana", p.name_romaji AS "nameRomaji", p.headline, p.entry_year AS "entryYear", p.leave_year AS "leaveYear",
  p.department, p.employer, p.job_title AS "jobTitle", p.industry, p.location, p.bio, p.skills, p.interests,
  p.links, p.contact_email AS "contactEmail", p.phone, p.custom, p.registration_answers AS "registrationAnswers",
  coalesce((SELECT array_agg(t.name ORDER BY t.name) FROM directory.member_tags mt JOIN directory.tags t ON t.id = mt.tag_id
            WHERE mt.membership_id = p.membership_id), '{}') AS tags`;

const SQL_TYPES: Partial<Record<StandardFieldKind, string>> = { YEAR: 'int', LIST: 'text[]', LINKS: 'jsonb' };

/** The profile columns one import row writes (the match keys, every CSV field, custom values, search columns), and their SQL types for jsonb_to_recordset. */
const WRITTEN_COLUMNS: [column: string, type: string, property: keyof ImportedProfile | keyof ProfileEntity][] = [
  ['email', 'text', 'email'],
  ['external_id', 'text', 'externalId'],
  ...CSV_FIELDS.map((field): [string, string, keyof ImportedProfile] => [field.column, SQL_TYPES[field.kind] ?? 'text', field.key as keyof ImportedProfile]),
  ['custom', 'jsonb', 'custom'],
  ['sort_name', 'text', 'sortName'],
  ['name_search', 'text', 'nameSearch'],
  ['member_text', 'text', 'memberText'],
  ['admin_text', 'text', 'adminText'],
  ['member_terms', 'text[]', 'memberTerms'],
  ['admin_terms', 'text[]', 'adminTerms'],
];
const RECORDSET = `jsonb_to_recordset($2::jsonb) AS d(id uuid, ${WRITTEN_COLUMNS.map(([column, type]) => `${column} ${type}`).join(', ')})`;

const notFound = () => fail(UserError.of('NOT_FOUND', 'There is no such import.', 'importId'));
const forbiddenError = () => UserError.of('FORBIDDEN', 'Only admins who manage members can import rosters.');

/** An import's counts while it runs. */
interface Tally {
  processed: number;
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
  errors: RowError[];
}

/**
 * Roster imports: an admin uploads a CSV, maps its columns to profile fields, previews what it
 * would do, then runs it in the background in batches. Matching is by e-mail or by the office's
 * member number; a match updates the mapped fields, anyone else becomes an `unregistered` profile
 * that their registration later adopts. Empty cells leave stored values as they are, so running
 * the same file again changes nothing.
 */
export class RosterImportService {
  /** The last few files read, by import id: the wizard asks for the columns and a sample more than once. */
  private readonly files = new Map<string, RosterFile>();
  private readonly running = new Set<Promise<void>>();
  private stopping = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly log: Logger,
  ) {}

  async upload(viewer: Viewer, fileName: string, bytes: Buffer): Promise<Result<RosterUpload>> {
    if (!isDirectoryAdmin(viewer)) return fail(forbiddenError());
    // Stored and shown to admins: a path, markup or control characters in it go.
    const name = cleanRosterFileName(fileName);
    if (name === '') return fail(UserError.of('VALIDATION', 'Give the file a name.', 'fileName'));
    const binary = await refuseNonText(bytes);
    if (binary) return fail(binary);
    const read = readRoster(bytes);
    if (!read.ok) return fail(read.error);
    const id = randomUUID();
    const [row] = await this.dataSource.query<RosterImportRecord[]>(
      `INSERT INTO directory.imports (id, network_id, created_by, file_name, content, mapping, status, total_rows)
       VALUES ($1, $2, $3, $4, $5, '[]', 'UPLOADED', $6) RETURNING ${RECORD_COLUMNS}`,
      [id, viewer.networkId, viewer.membershipId, name, bytes, read.file.rows.length],
    );
    this.remember(id, read.file);
    return ok({ rosterImport: row, encoding: read.file.encoding });
  }

  /** An import of the viewer's network (admins only); null for anyone else's or an unknown id. */
  async find(viewer: Viewer, id: string): Promise<RosterImportRecord | null> {
    if (!isDirectoryAdmin(viewer) || !isUuid(id)) return null;
    const [row] = await this.dataSource.query<RosterImportRecord[]>(`SELECT ${RECORD_COLUMNS} FROM directory.imports WHERE id = $1 AND network_id = $2`, [
      id,
      viewer.networkId,
    ]);
    return row ?? null;
  }

  /** The header and rows of an import's file. */
  async fileOf(record: Pick<RosterImportRecord, 'id' | 'networkId'>): Promise<RosterFile> {
    const cached = this.files.get(record.id);
    if (cached) return cached;
    const [row] = await this.dataSource.query<
      {
        content: Buffer;
      }[]
    >(`SELECT content FROM directory.imports WHERE id = $1 AND network_id = $2`, [record.id, record.networkId]);
    const read = readRoster(row.content);
    if (!read.ok) throw new Error(`stored import ${record.id} is no longer readable: ${read.error.message}`);
    this.remember(record.id, read.file);
    return read.file;
  }

  /** The mapping the file's headers suggest, and the key to match by: e-mail when a column holds it, else the member number. */
  async suggestion(record: Pick<RosterImportRecord, 'id' | 'networkId'>): Promise<{ mapping: ColumnMapping[]; matchBy: MatchBy }> {
    const [file, fields] = await Promise.all([this.fileOf(record), loadNetworkFields(this.dataSource.manager, record.networkId)]);
    const mapping = suggestMapping(file.columns, fields.customFields).flatMap((target, column) => (target ? [{ column, target }] : []));
    const matchBy = !mapping.some((entry) => entry.target === 'email') && mapping.some((entry) => entry.target === 'externalId') ? 'EXTERNAL_ID' : 'EMAIL';
    return { mapping, matchBy };
  }

  async targets(viewer: Viewer): Promise<NetworkFields | null> {
    if (!isDirectoryAdmin(viewer)) return null;
    return loadNetworkFields(this.dataSource.manager, viewer.networkId);
  }

  /**
   * What running the import with this mapping would do, computed against the directory as it is
   * now; stores the mapping for the run and changes no profile.
   */
  async preview(viewer: Viewer, id: string, mapping: ColumnMapping[], matchBy: MatchBy): Promise<Result<RosterPreview>> {
    if (!isDirectoryAdmin(viewer)) return fail(forbiddenError());
    const record = await this.find(viewer, id);
    if (!record) return notFound();
    if (record.status === 'RUNNING') return fail(UserError.of('IMPORT_RUNNING', 'This import is running; wait for its report.', 'importId'));
    const file = await this.fileOf(record);
    const fields = await loadNetworkFields(this.dataSource.manager, viewer.networkId);
    const mappingErrors = validateMapping(mapping, file.columns.length, fields.customFields, matchBy);
    if (mappingErrors.length > 0) return fail(...mappingErrors);

    const coerced = coerceRows(file, mapping, fields.customFields, matchBy);
    const preview: RosterPreview = { toCreate: 0, toUpdate: 0, unchanged: 0, failed: coerced.failedRows, errors: coerced.errors, newTags: [] };
    const tagNames = new Map<string, string>();
    for (let start = 0; start < coerced.rows.length; start += IMPORT_BATCH) {
      const batch = coerced.rows.slice(start, start + IMPORT_BATCH);
      const existing = await this.existingProfiles(this.dataSource.manager, viewer.networkId, batch, false);
      for (const values of batch) {
        const planned = planRow(values, matchBy, existing, fields.customFields, randomUUID);
        if (!('action' in planned)) {
          preview.failed += 1;
          preview.errors.push(planned);
          continue;
        }
        if (planned.action === 'create') preview.toCreate += 1;
        else if (planned.action === 'update') preview.toUpdate += 1;
        else preview.unchanged += 1;
        for (const name of planned.addedTags) tagNames.set(name.normalize('NFKC').toLowerCase(), name);
      }
    }
    if (tagNames.size > 0) {
      const known = await this.dataSource.query<{ key: string }[]>(
        `SELECT lower(name) AS key FROM directory.tags WHERE network_id = $1 AND lower(name) = ANY($2::text[])`,
        [viewer.networkId, [...tagNames.keys()]],
      );
      for (const { key } of known) tagNames.delete(key);
    }
    preview.newTags = [...tagNames.values()].sort();
    preview.errors.sort((a, b) => a.row - b.row);
    await this.dataSource.query(`UPDATE directory.imports SET mapping = $3, match_by = $4 WHERE id = $1 AND network_id = $2 AND status <> 'RUNNING'`, [
      id,
      viewer.networkId,
      JSON.stringify(mapping),
      matchBy,
    ]);
    return ok(preview);
  }

  /**
   * Starts the import in the background with the mapping of its last preview and returns at once;
   * `rosterImport` shows its progress. One import runs per network at a time. A finished or failed
   * import may run again (rows already imported are then unchanged).
   */
  async run(viewer: Viewer, id: string): Promise<Result<RosterImportRecord>> {
    if (!isDirectoryAdmin(viewer)) return fail(forbiddenError());
    const record = await this.find(viewer, id);
    if (!record) return notFound();
    if (!Array.isArray(record.mapping) || record.mapping.length === 0)
      return fail(UserError.of('VALIDATION', 'Map the columns and preview the import first.', 'mapping'));
    await this.failStaleImports(viewer.networkId);
    let updated: RosterImportRecord | undefined;
    try {
      [updated] = await updateReturning<RosterImportRecord>(
        this.dataSource,
        `UPDATE directory.imports SET status = 'RUNNING', processed_rows = 0, created_rows = 0, updated_rows = 0, unchanged_rows = 0,
           failed_rows = 0, row_errors = '[]', failure = NULL, started_at = now(), finished_at = NULL, heartbeat_at = now()
         WHERE id = $1 AND network_id = $2 AND status <> 'RUNNING' RETURNING ${RECORD_COLUMNS}`,
        [id, viewer.networkId],
      );
    } catch (error) {
      if (isUniqueViolation(error)) {
        return fail(UserError.of('IMPORT_RUNNING', 'Another import is running in this network; wait for it to finish.', 'importId'));
      }
      throw error;
    }
    if (!updated) return fail(UserError.of('IMPORT_RUNNING', 'This import is already running.', 'importId'));
    const task = this.execute(updated).finally(() => this.running.delete(task));
    this.running.add(task);
    return ok(updated);
  }

  /** Imports whose process died while they ran (no heartbeat for a while) are marked failed. */
  async failStaleImports(networkId?: string): Promise<number> {
    const failed = await updateReturning<{ id: string }>(
      this.dataSource,
      `UPDATE directory.imports SET status = 'FAILED', finished_at = now(),
         failure = 'The import stopped when the service restarted. Run it again: rows already imported will be unchanged.'
       WHERE status = 'RUNNING' AND heartbeat_at < now() - make_interval(secs => $1) AND ($2::uuid IS NULL OR network_id = $2) RETURNING id`,
      [STALE_AFTER_SECONDS, networkId ?? null],
    );
    return failed.length;
  }

  /** Shutdown: running imports stop after their current batch and are marked failed (running them again finishes them). */
  async stop(): Promise<void> {
    this.stopping = true;
    await Promise.allSettled([...this.running]);
  }

  private async execute(record: RosterImportRecord): Promise<void> {
    const tally: Tally = { processed: 0, created: 0, updated: 0, unchanged: 0, failed: 0, errors: [] };
    try {
      const file = await this.fileOf(record);
      const fields = await loadNetworkFields(this.dataSource.manager, record.networkId);
      const mappingErrors = validateMapping(record.mapping, file.columns.length, fields.customFields, record.matchBy);
      if (mappingErrors.length > 0) throw new Error(`The mapping no longer fits this network's fields: ${mappingErrors.map((e) => e.message).join(' ')}`);
      const coerced = coerceRows(file, record.mapping, fields.customFields, record.matchBy);
      tally.failed = coerced.failedRows;
      tally.processed = coerced.failedRows;
      tally.errors.push(...coerced.errors);
      const batches: RosterValues[][] = [];
      for (let start = 0; start < coerced.rows.length; start += IMPORT_BATCH) batches.push(coerced.rows.slice(start, start + IMPORT_BATCH));
      // Batches hold different people (a key repeated in the file is a row error), so they can be
      // read ahead and written side by side: WRITERS transactions at a time keep Postgres busy
      // maintaining the search indexes while this process plans the next batches.
      const prepared = new Map<number, Promise<PreparedBatch>>();
      const prepare = (index: number) => {
        if (index >= batches.length || prepared.has(index)) return;
        const batch = this.prepareBatch(record, fields, batches[index]);
        batch.catch(() => undefined); // awaited by its writer; a failure surfaces there
        prepared.set(index, batch);
      };
      let nextBatch = 0;
      let failure: unknown = null;
      const writer = async () => {
        while (failure === null && !this.stopping && nextBatch < batches.length) {
          const index = nextBatch++;
          prepare(index);
          for (let ahead = 1; ahead <= WRITERS; ahead += 1) prepare(index + ahead);
          try {
            const batch = await prepared.get(index)!;
            prepared.delete(index);
            countBatch(tally, await this.writeWithRetry(record, fields, batch));
            await this.dataSource.query(`UPDATE directory.imports SET heartbeat_at = now(), ${this.tallyAssignments(2)} WHERE id = $1`, [
              record.id,
              ...tallyValues(tally),
            ]);
          } catch (error) {
            failure ??= error;
          }
        }
      };
      await Promise.all(Array.from({ length: WRITERS }, writer));
      if (failure !== null) throw failure instanceof Error ? failure : new Error(String(failure));
      if (this.stopping && tally.processed < record.totalRows) {
        throw new Error('the service was stopped. Run the import again: rows already imported will be unchanged.');
      }
      await this.flushSearchIndexes(record);
      // Fresh statistics, so searches and exports plan for the directory as it now is.
      await this.dataSource.query('ANALYZE directory.profiles');
      await this.dataSource.query(
        `UPDATE directory.imports SET status = 'DONE', finished_at = now(), heartbeat_at = now(), row_errors = $2, ${this.tallyAssignments(3)} WHERE id = $1`,
        [record.id, JSON.stringify(sortedErrors(tally.errors)), ...tallyValues(tally)],
      );
      this.log.info({ importId: record.id, networkId: record.networkId, ...tallyCounts(tally) }, 'roster import done');
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.log.error({ err: error, importId: record.id }, 'roster import failed');
      await this.dataSource
        .query(
          `UPDATE directory.imports SET status = 'FAILED', finished_at = now(), failure = $2, row_errors = $3, ${this.tallyAssignments(4)} WHERE id = $1`,
          [
            record.id,
            `The import stopped after ${tally.processed} of ${record.totalRows} rows: ${reason}`,
            JSON.stringify(sortedErrors(tally.errors)),
            ...tallyValues(tally),
          ],
        )
        .catch((cause: unknown) => this.log.error({ err: cause, importId: record.id }, 'could not record the failure of a roster import'));
      await this.flushSearchIndexes(record);
    }
  }

  private tallyAssignments(first: number): string {
    return ['processed_rows', 'created_rows', 'updated_rows', 'unchanged_rows', 'failed_rows']
      .map((column, index) => `${column} = $${first + index}`)
      .join(', ');
  }

  /** Merges what the import left in the search indexes' pending lists, so searches right after it read the indexes only. */
  private async flushSearchIndexes(record: RosterImportRecord): Promise<void> {
    try {
      const indexes = await this.dataSource.query<{ name: string }[]>(
        `SELECT c.oid::regclass::text AS name FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam
          WHERE i.indrelid = 'directory.profiles'::regclass AND a.amname = 'gin'`,
      );
      for (const { name } of indexes) await this.dataSource.query(`SELECT gin_clean_pending_list($1::regclass)`, [name]);
    } catch (error) {
      // Autovacuum merges them later; searches meanwhile read the pending lists too.
      this.log.warn({ err: error, importId: record.id }, 'could not flush the search indexes after an import');
    }
  }

  /**
   * Two batches written side by side can deadlock when both add and update people with the same
   * new name words (a trigger indexes them per statement); Postgres then cancels one, which is
   * written again.
   */
  private async writeWithRetry(record: RosterImportRecord, fields: NetworkFields, batch: PreparedBatch): Promise<PreparedBatch> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.dataSource.transaction((manager) => this.writeBatch(manager, record, fields, batch));
      } catch (error) {
        const code = (error as { code?: string }).code;
        if (attempt >= 3 || (code !== '40P01' && code !== '40001')) throw error;
        this.log.warn({ importId: record.id, code, attempt }, 'roster import batch is written again');
      }
    }
  }

  /** Reads the profiles a batch names (without locking them) and plans every row; new profiles are indexed here already. */
  private async prepareBatch(record: RosterImportRecord, fields: NetworkFields, batch: RosterValues[]): Promise<PreparedBatch> {
    const timer = phaseTimer();
    const existing = await this.existingProfiles(this.dataSource.manager, record.networkId, batch, false);
    timer.lap('read');
    const prepared = planBatch(batch, record.matchBy, existing, fields);
    prepared.createdPayload = writtenRows(prepared.created, fields);
    timer.lap('plan');
    prepared.laps = timer.laps;
    return prepared;
  }

  /**
   * Writes one planned batch in one transaction: the profiles it updates are locked and, if one
   * changed since it was read, read again and planned anew (nobody's edit is lost); new profiles in
   * one statement, updates in another, then tags, events and the progress.
   */
  private async writeBatch(manager: EntityManager, record: RosterImportRecord, fields: NetworkFields, plan: PreparedBatch): Promise<PreparedBatch> {
    const timer = phaseTimer();
    // A copy: a batch written again after a deadlock starts from its plan.
    const prepared: PreparedBatch = { ...plan, created: [...plan.created], updated: [...plan.updated], errors: [...plan.errors] };
    // These statements touch a thousand rows through indexes; compiling them (JIT) costs more than running them.
    await manager.query('SET LOCAL jit = off');
    // New search terms wait in each GIN index's pending list; a longer list is merged into the index
    // in fewer, larger passes (at 100,000 rows, about 40% less time than with the 4 MB default). It is flushed when the import ends.
    await manager.query(`SET LOCAL gin_pending_list_limit = '${GIN_PENDING_LIST}'`);
    let { updated } = prepared;
    if (updated.length > 0) {
      const locked = await manager.query<{ id: string; updatedAt: Date }[]>(
        `SELECT membership_id AS id, updated_at AS "updatedAt" FROM directory.profiles WHERE network_id = $1 AND membership_id = ANY($2::uuid[]) FOR UPDATE`,
        [record.networkId, updated.map((planned) => planned.profile.membershipId)],
      );
      const current = new Map(locked.map((row) => [row.id, row.updatedAt.getTime()]));
      const stale = updated.filter((planned) => current.get(planned.profile.membershipId) !== planned.profile.updatedAt?.getTime());
      if (stale.length > 0) {
        const staleRows = new Set(stale.map((planned) => planned.row));
        const values = prepared.batch.filter((row) => staleRows.has(row.row));
        const again = planBatch(values, record.matchBy, await this.existingProfiles(manager, record.networkId, values, true), fields);
        updated = [...updated.filter((planned) => !staleRows.has(planned.row)), ...again.updated];
        prepared.updated = updated;
        prepared.created.push(...again.created);
        if (again.created.length > 0) prepared.createdPayload = writtenRows(prepared.created, fields);
        prepared.unchanged += again.unchanged;
        prepared.errors.push(...again.errors);
      }
      timer.lap('lock');
    }
    const { created } = prepared;
    if (created.length > 0) {
      const columns = WRITTEN_COLUMNS.map(([column]) => column).join(', ');
      await manager.query(
        `INSERT INTO directory.profiles (membership_id, network_id, account_id, status, ${columns}, created_at, updated_at)
         SELECT d.id, $1, NULL, 'unregistered', ${WRITTEN_COLUMNS.map(([column]) => `d.${column}`).join(', ')}, now(), now() FROM ${RECORDSET}`,
        [record.networkId, prepared.createdPayload],
      );
      timer.lap('insert');
    }
    if (updated.length > 0) {
      await manager.query(
        `UPDATE directory.profiles p SET ${WRITTEN_COLUMNS.map(([column]) => `${column} = d.${column}`).join(', ')}, updated_at = now()
         FROM ${RECORDSET} WHERE p.membership_id = d.id AND p.network_id = $1`,
        [record.networkId, writtenRows(updated, fields)],
      );
      timer.lap('update');
    }
    await this.addTags(manager, record.networkId, [...created, ...updated]);
    const now = new Date().toISOString();
    const events = updated
      .filter((planned) => planned.profile.status !== 'unregistered' && eventFields(planned.changedFields).length > 0)
      .map((planned) => ({
        membershipId: planned.profile.membershipId,
        networkId: record.networkId,
        changedFields: eventFields(planned.changedFields),
        ...profileUpdateSnapshot(planned.profile, fields),
        updatedAt: now,
      }));
    await this.outbox.addAll(manager, ProfileUpdated, record.networkId, events);
    // Tags kept applied to newcomers follow members whose imported fields now match their rule.
    await applyTagRules(
      manager,
      record.networkId,
      events.map((event) => event.membershipId),
    );
    timer.lap('tags, events');
    this.log.debug({ importId: record.id, rows: prepared.batch.length, ms: { ...prepared.laps, ...timer.laps } }, 'roster import batch');
    return prepared;
  }

  /** Creates the tags a batch names that the network does not have yet, and tags the profiles (added by IMPORT). */
  private async addTags(manager: EntityManager, networkId: string, rows: PlannedRow[]): Promise<void> {
    const pairs = rows.flatMap((planned) => planned.addedTags.map((name) => ({ id: planned.profile.membershipId, name })));
    if (pairs.length === 0) return;
    // Sorted: concurrent batches then take the tags' index entries in the same order (no deadlock).
    const names = [...new Map(pairs.map(({ name }) => [name.toLowerCase(), name])).values()].sort();
    await manager.query(
      `INSERT INTO directory.tags (id, network_id, name) SELECT gen_random_uuid(), $1, name FROM unnest($2::text[]) AS name
       ON CONFLICT (network_id, lower(name)) DO NOTHING`,
      [networkId, names],
    );
    await manager.query(
      `INSERT INTO directory.member_tags (tag_id, membership_id, network_id, added_by)
       SELECT t.id, pair.id, $1, 'IMPORT' FROM unnest($2::uuid[], $3::text[]) AS pair(id, name)
       JOIN directory.tags t ON t.network_id = $1 AND lower(t.name) = lower(pair.name)
       ON CONFLICT (tag_id, membership_id) DO NOTHING`,
      [networkId, pairs.map((pair) => pair.id), pairs.map((pair) => pair.name)],
    );
  }

  /** The profiles a batch's keys name (by e-mail and member number, whichever the rows carry), locked for the run. */
  private async existingProfiles(manager: EntityManager, networkId: string, batch: RosterValues[], lock: boolean): Promise<ExistingProfiles> {
    if (!manager.queryRunner?.isTransactionActive) {
      return this.dataSource.transaction(async (transaction) => {
        await transaction.query('SET LOCAL jit = off');
        return this.existingProfiles(transaction, networkId, batch, lock);
      });
    }
    const emails = batch.flatMap((values) => (values.email ? [values.email] : []));
    const externalIds = batch.flatMap((values) => (values.externalId ? [values.externalId] : []));
    // One index probe per key, whatever the table's statistics say: right after a large import they
    // still describe the table before it, and the plan they suggest reads the whole network.
    const probe = (condition: string, parameter: number) =>
      `SELECT ${PROFILE_COLUMNS} FROM unnest($${parameter}::text[]) AS k(key)
       CROSS JOIN LATERAL (SELECT * FROM directory.profiles q WHERE q.network_id = $1 AND ${condition} LIMIT 1${lock ? ' FOR UPDATE' : ''}) p`;
    const rows = await manager.query<ImportedProfile[]>(
      `${probe('q.email IS NOT NULL AND lower(q.email) = k.key', 2)} UNION ALL ${probe('q.external_id IS NOT NULL AND q.external_id = k.key', 3)}`,
      [networkId, emails, externalIds],
    );
    const existing: ExistingProfiles = { byEmail: new Map(), byExternalId: new Map() };
    for (const row of rows) {
      if (row.email) existing.byEmail.set(row.email.toLowerCase(), row);
      if (row.externalId) existing.byExternalId.set(row.externalId, row);
    }
    return existing;
  }

  private remember(id: string, file: RosterFile): void {
    this.files.delete(id);
    this.files.set(id, file);
    while (this.files.size > 3) this.files.delete(this.files.keys().next().value as string);
  }
}

/** The rows of an UPDATE … RETURNING (TypeORM answers an UPDATE with [rows, count]). */
async function updateReturning<T>(dataSource: DataSource, sql: string, parameters: unknown[]): Promise<T[]> {
  const result = await dataSource.query<[T[], number] | T[]>(sql, parameters);
  return Array.isArray(result[0]) ? result[0] : (result as T[]);
}

/** A batch read and planned, ready to be written. */
interface PreparedBatch {
  batch: RosterValues[];
  created: PlannedRow[];
  updated: PlannedRow[];
  unchanged: number;
  errors: RowError[];
  /** The new profiles as jsonb_to_recordset reads them. */
  createdPayload: string;
  laps?: Record<string, number>;
}

/** Counts a committed batch in the import's progress. */
function countBatch(tally: Tally, batch: PreparedBatch): void {
  tally.created += batch.created.length;
  tally.updated += batch.updated.length;
  tally.unchanged += batch.unchanged;
  tally.failed += batch.errors.length;
  tally.errors.push(...batch.errors);
  tally.processed += batch.batch.length;
}

function planBatch(batch: RosterValues[], matchBy: MatchBy, existing: ExistingProfiles, fields: NetworkFields): PreparedBatch {
  const prepared: PreparedBatch = { batch, created: [], updated: [], unchanged: 0, errors: [], createdPayload: '[]' };
  for (const values of batch) {
    const planned = planRow(values, matchBy, existing, fields.customFields, randomUUID);
    if (!('action' in planned)) prepared.errors.push(planned);
    else if (planned.action === 'create') prepared.created.push(planned);
    else if (planned.action === 'update') prepared.updated.push(planned);
    else prepared.unchanged += 1;
  }
  return prepared;
}

/**
 * Planned profiles with their search columns, as the JSON the write statements read. A roster row
 * of someone who has not joined gets no member search terms: members never see such rows, and the
 * registration that adopts the row indexes the profile afresh. That halves the index work of a
 * large first import.
 */
function writtenRows(rows: PlannedRow[], fields: NetworkFields): string {
  return JSON.stringify(
    rows.map(({ profile }) => {
      const indexed = indexProfile({ ...profile } as unknown as ProfileEntity, fields) as unknown as Record<string, unknown>;
      if (profile.status === 'unregistered') Object.assign(indexed, { memberTerms: [], memberText: '' });
      return Object.fromEntries([['id', profile.membershipId], ...WRITTEN_COLUMNS.map(([column, , property]) => [column, indexed[property] ?? null])]);
    }),
  );
}

/** Milliseconds spent in each phase of a batch (debug logs show where an import's time goes). */
function phaseTimer() {
  let last = performance.now();
  const laps: Record<string, number> = {};
  return {
    laps,
    lap(name: string) {
      const now = performance.now();
      laps[name] = Math.round(now - last);
      last = now;
    },
  };
}

function sortedErrors(errors: RowError[]): RowError[] {
  return [...errors].sort((a, b) => a.row - b.row).slice(0, MAX_STORED_ERRORS);
}

function tallyValues(tally: Tally): number[] {
  return [tally.processed, tally.created, tally.updated, tally.unchanged, tally.failed];
}

function tallyCounts(tally: Tally) {
  return { processed: tally.processed, created: tally.created, updated: tally.updated, unchanged: tally.unchanged, failed: tally.failed };
}
