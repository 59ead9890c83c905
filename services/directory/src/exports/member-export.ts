import type { DataSource } from 'typeorm';
import type { Viewer } from '@kizuna/auth';
import { fail, ok, UserError, type Result } from '@kizuna/subgraph';
import { isDirectoryAdmin } from '../fields/visibility';
import { ProfileEntity } from '../profiles/profile.entity';
import { DirectorySort, MemberStatus, type DirectoryFilter } from '../search/directory-filter';
import { compileFilter, networkScope } from '../search/directory-queries';
import { exportColumns, exportHeader, exportLine, type HeaderLanguage } from './members-csv';

/** Rows read per round trip while the file streams out. */
export const EXPORT_BATCH = 2000;

const ORDER: Record<DirectorySort, string> = {
  [DirectorySort.RELEVANCE]: 'p.sort_name, p.membership_id',
  [DirectorySort.NAME]: 'p.sort_name, p.membership_id',
  [DirectorySort.ENTRY_YEAR_DESC]: 'p.entry_year DESC NULLS LAST, p.sort_name, p.membership_id',
  [DirectorySort.ENTRY_YEAR_ASC]: 'p.entry_year ASC NULLS LAST, p.sort_name, p.membership_id',
  [DirectorySort.RECENTLY_JOINED]: 'p.created_at DESC, p.membership_id DESC',
  [DirectorySort.RECENTLY_UPDATED]: 'p.updated_at DESC, p.membership_id DESC',
  [DirectorySort.LAST_SIGN_IN]: 'p.last_sign_in_at DESC NULLS LAST, p.sort_name, p.membership_id',
};

export interface ExportRequest {
  filter: DirectoryFilter | null;
  sort: DirectorySort;
  language: HeaderLanguage;
}

/** Where the CSV goes: `write` resolves once the receiver can take more (backpressure); `aborted` says the receiver left. */
export interface ExportSink {
  write(chunk: string): Promise<void>;
  aborted(): boolean;
}

/**
 * The filter as GraphQL would hand it to the service: a client that holds it as GraphQL variables
 * writes statuses by their enum names (APPROVED), which stand for the stored values (approved).
 */
function asGraphQLReads(filter: DirectoryFilter): DirectoryFilter {
  if (!Array.isArray(filter.statuses)) return filter;
  const byName = MemberStatus as unknown as Record<string, string>;
  return { ...filter, statuses: filter.statuses.map((status) => (typeof status === 'string' && status in byName ? byName[status] : status) as MemberStatus) };
}

/**
 * Reads an export request's query parameters: `filter` (JSON of DirectoryFilter), `sort`
 * (a DirectorySort) and `headers` (en or ja). Each bad one is a VALIDATION error naming it.
 */
export function parseExportRequest(query: Record<string, unknown>): Result<ExportRequest> {
  const errors: UserError[] = [];
  let filter: DirectoryFilter | null = null;
  if (typeof query.filter === 'string' && query.filter.trim() !== '') {
    try {
      const parsed: unknown = JSON.parse(query.filter);
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object');
      filter = asGraphQLReads(parsed);
    } catch {
      errors.push(UserError.of('VALIDATION', 'The filter must be a JSON object of the directory filter.', 'filter'));
    }
  }
  const sort = (typeof query.sort === 'string' && query.sort !== '' ? query.sort : DirectorySort.NAME) as DirectorySort;
  if (!Object.values(DirectorySort).includes(sort)) errors.push(UserError.of('VALIDATION', 'Choose a known order.', 'sort'));
  const language = (typeof query.headers === 'string' && query.headers !== '' ? query.headers : 'en') as HeaderLanguage;
  if (language !== 'en' && language !== 'ja') errors.push(UserError.of('VALIDATION', 'Headers are en or ja.', 'headers'));
  return errors.length > 0 ? fail(...errors) : ok({ filter, sort, language });
}

/**
 * The admin's member export: every profile the filter finds in the admin's network, as CSV
 * (UTF-8 with a byte-order mark for Excel), through the same presenter as every other read, so a
 * hidden field never leaves the service. Read from one snapshot with a server-side cursor, a batch
 * at a time, and written as fast as the receiver takes it.
 */
export class MemberExportService {
  constructor(private readonly dataSource: DataSource) {}

  /** Checks the request; the errors come back before anything is written. */
  async prepare(viewer: Viewer, request: ExportRequest): Promise<Result<(sink: ExportSink) => Promise<number>>> {
    if (!isDirectoryAdmin(viewer)) return fail(UserError.of('FORBIDDEN', 'Only admins who manage members can export members.'));
    const scope = await networkScope(this.dataSource.manager, viewer.networkId, 'ADMIN');
    const params: unknown[] = [];
    const where = compileFilter(scope, request.filter, params);
    if (!where.ok) return where;
    const columns = exportColumns(scope.fields, request.language);
    const selected = this.dataSource
      .getMetadata(ProfileEntity)
      .columns.filter((column) => !['member_terms', 'admin_terms', 'member_text', 'admin_text', 'name_search'].includes(column.databaseName));
    const sql = `SELECT ${selected.map((column) => `p.${column.databaseName}`).join(', ')},
        coalesce((SELECT array_agg(t.name ORDER BY lower(t.name)) FROM directory.member_tags mt JOIN directory.tags t ON t.id = mt.tag_id
                  WHERE mt.membership_id = p.membership_id), '{}') AS tag_names
      FROM directory.profiles p WHERE ${where.value} ORDER BY ${ORDER[request.sort]}`;

    return ok(async (sink) => {
      const runner = this.dataSource.createQueryRunner();
      let rows = 0;
      try {
        await runner.connect();
        // One snapshot for the whole file, however long the download takes.
        await runner.startTransaction('REPEATABLE READ');
        await runner.query(`DECLARE member_export NO SCROLL CURSOR FOR ${sql}`, params);
        await sink.write(exportHeader(columns));
        while (!sink.aborted()) {
          const batch = (await runner.query(`FETCH ${EXPORT_BATCH} FROM member_export`)) as Record<string, unknown>[];
          if (batch.length === 0) break;
          let chunk = '';
          for (const row of batch) {
            const entity = new ProfileEntity();
            for (const column of selected) (entity as unknown as Record<string, unknown>)[column.propertyName] = row[column.databaseName];
            chunk += exportLine(columns, { entity, tags: row.tag_names as string[] }, scope.fields);
          }
          rows += batch.length;
          await sink.write(chunk);
        }
        await runner.commitTransaction();
        return rows;
      } catch (error) {
        if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
        throw error;
      } finally {
        await runner.release();
      }
    });
  }
}
