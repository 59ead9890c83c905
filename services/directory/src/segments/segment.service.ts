import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '@kizuna/auth';
import { cursorKey, decodeCursor, encodeCursor, isTextAndId, isUniqueViolation, isUuid } from '@kizuna/data';
import { fail, hasControlCharacters, ok, UserError, type Logger, type Result } from '@kizuna/subgraph';
import { adminScope, filterErrors, filterFromJson, filterToJson } from '../members/member-selection';
import type { DirectoryFilter } from '../search/directory-filter';
import { compileFilter, count } from '../search/directory-queries';
import { SegmentEntity } from './segment.entity';

export const SEGMENT_NAME_MAX = 100;
export const SEGMENT_DESCRIPTION_MAX = 500;
const NOT_FOUND = UserError.of('NOT_FOUND', 'There is no such segment in this network.', 'id');
const NAME_TAKEN = UserError.of('NAME_TAKEN', 'A segment with this name already exists.', 'name');

export interface SegmentRequest {
  name?: string | null;
  /** undefined: unchanged; null or blank: none. */
  description?: string | null;
  filter?: DirectoryFilter | null;
}

export interface SegmentMembersPage {
  ids: string[];
  cursors: string[];
  hasNextPage: boolean;
  totalCount: number;
}

/** Checks a segment's name and description without the database; one error per field at fault. */
export function validateSegmentText(request: SegmentRequest): { name?: string; description?: string | null; errors: UserError[] } {
  const errors: UserError[] = [];
  let name: string | undefined;
  let description: string | null | undefined;
  if (request.name !== undefined && request.name !== null) {
    name = request.name.trim().normalize('NFC');
    if ([...name].length < 1 || [...name].length > SEGMENT_NAME_MAX)
      errors.push(UserError.of('VALIDATION', `Enter a name of 1 to ${SEGMENT_NAME_MAX} characters.`, 'name'));
    else if (hasControlCharacters(name)) errors.push(UserError.of('VALIDATION', 'The name must be one line of text.', 'name'));
  }
  if (request.description !== undefined) {
    description = request.description?.trim() || null;
    if (description && [...description].length > SEGMENT_DESCRIPTION_MAX) {
      errors.push(UserError.of('VALIDATION', `The description can have up to ${SEGMENT_DESCRIPTION_MAX} characters.`, 'description'));
    }
  }
  return { name, description, errors };
}

/**
 * Saved filters of a network. The filter is validated as an admin's (it may use admin-only
 * conditions); members are computed when asked, so a segment follows the people as they change.
 */
export class SegmentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly log: Logger,
  ) {}

  async list(
    viewer: Viewer,
    first: number,
    after?: string | null,
  ): Promise<{ segments: SegmentEntity[]; cursors: string[]; hasNextPage: boolean; totalCount: number }> {
    const key = after ? cursorKey(after, isTextAndId) : undefined;
    const query = this.dataSource
      .getRepository(SegmentEntity)
      .createQueryBuilder('s')
      .where('s.network_id = :networkId', { networkId: viewer.networkId })
      .orderBy('lower(s.name)')
      .addOrderBy('s.id')
      .limit(first + 1);
    const totalCount = await query.clone().getCount();
    if (key) {
      query.andWhere('(lower(s.name), s.id) > (:name, :id)', { name: key[0], id: key[1] });
    }
    const rows = await query.getMany();
    const segments = rows.slice(0, first);
    return {
      segments,
      cursors: segments.map((segment) => encodeCursor([segment.name.toLowerCase(), segment.id])),
      hasNextPage: rows.length > first,
      totalCount,
    };
  }

  async find(viewer: Viewer, id: string): Promise<SegmentEntity | null> {
    if (!isUuid(id)) return null;
    return this.dataSource.getRepository(SegmentEntity).findOneBy({ id, networkId: viewer.networkId });
  }

  async create(viewer: Viewer, request: SegmentRequest & { filter: DirectoryFilter }): Promise<Result<SegmentEntity>> {
    const { name, description, errors } = validateSegmentText({ ...request, name: request.name ?? '' });
    errors.push(...(await filterErrors(this.dataSource.manager, viewer.networkId, request.filter ?? {}, 'filter')));
    if (errors.length > 0) return fail(...errors);
    const now = new Date();
    const segment: SegmentEntity = {
      id: randomUUID(),
      networkId: viewer.networkId,
      name: name!,
      description: description ?? null,
      filter: filterToJson(request.filter ?? {}),
      createdBy: viewer.membershipId,
      createdAt: now,
      updatedAt: now,
    };
    try {
      return await this.dataSource.transaction(async (manager) => {
        if (await this.nameTaken(manager, viewer.networkId, segment.name)) return fail(NAME_TAKEN);
        await manager.query(
          `INSERT INTO directory.segments (id, network_id, name, description, filter, created_by, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $7)`,
          [segment.id, segment.networkId, segment.name, segment.description, segment.filter, segment.createdBy, now],
        );
        this.log.info(
          { actor: viewer.membershipId, networkId: viewer.networkId, segmentId: segment.id, name: segment.name, filter: segment.filter },
          'segment created',
        );
        return ok(segment);
      });
    } catch (error) {
      if (isUniqueViolation(error)) return fail(NAME_TAKEN);
      throw error;
    }
  }

  async update(viewer: Viewer, id: string, request: SegmentRequest): Promise<Result<SegmentEntity>> {
    const { name, description, errors } = validateSegmentText(request);
    if (request.filter) errors.push(...(await filterErrors(this.dataSource.manager, viewer.networkId, request.filter, 'filter')));
    if (errors.length > 0) return fail(...errors);
    try {
      return await this.dataSource.transaction(async (manager) => {
        if (!isUuid(id)) return fail(NOT_FOUND);
        const segment = await manager
          .getRepository(SegmentEntity)
          .createQueryBuilder('s')
          .setLock('pessimistic_write')
          .where('s.id = :id AND s.network_id = :networkId', { id, networkId: viewer.networkId })
          .getOne();
        if (!segment) return fail(NOT_FOUND);
        if (name !== undefined && name.toLowerCase() !== segment.name.toLowerCase() && (await this.nameTaken(manager, viewer.networkId, name)))
          return fail(NAME_TAKEN);
        if (name !== undefined) segment.name = name;
        if (description !== undefined) segment.description = description;
        if (request.filter) segment.filter = filterToJson(request.filter);
        segment.updatedAt = new Date();
        await manager.query(`UPDATE directory.segments SET name = $3, description = $4, filter = $5, updated_at = $6 WHERE id = $1 AND network_id = $2`, [
          segment.id,
          segment.networkId,
          segment.name,
          segment.description,
          segment.filter,
          segment.updatedAt,
        ]);
        this.log.info(
          { actor: viewer.membershipId, networkId: viewer.networkId, segmentId: segment.id, name: segment.name, filter: segment.filter },
          'segment updated',
        );
        return ok(segment);
      });
    } catch (error) {
      if (isUniqueViolation(error)) return fail(NAME_TAKEN);
      throw error;
    }
  }

  async delete(viewer: Viewer, id: string): Promise<Result<string>> {
    if (!isUuid(id)) return fail(NOT_FOUND);
    const [rows] = await this.dataSource.query<[{ name: string }[], number]>(
      `DELETE FROM directory.segments WHERE id = $1 AND network_id = $2 RETURNING name`,
      [id, viewer.networkId],
    );
    if (!rows?.length) return fail(NOT_FOUND);
    this.log.info({ actor: viewer.membershipId, networkId: viewer.networkId, segmentId: id, name: rows[0].name }, 'segment deleted');
    return ok(id);
  }

  /** How many people the segment's filter matches now; a filter that no longer holds (an archived custom field) matches nobody. */
  async memberCount(segment: SegmentEntity): Promise<number> {
    const counted = await count(await adminScope(this.dataSource.manager, segment.networkId), filterFromJson(segment.filter));
    return counted.ok ? counted.value : 0;
  }

  /** The segment's members by membership id (a stable order that survives profile edits). */
  async members(segment: SegmentEntity, first: number, after?: string | null): Promise<Result<SegmentMembersPage>> {
    let afterId: string | null = null;
    if (after !== undefined && after !== null) {
      const key = decodeCursor<string>(after);
      if (!isUuid(key)) return fail(UserError.of('VALIDATION', 'This cursor does not belong to this list.', 'after'));
      afterId = key;
    }
    const scope = await adminScope(this.dataSource.manager, segment.networkId);
    const params: unknown[] = [];
    const where = compileFilter(scope, filterFromJson(segment.filter), params);
    if (!where.ok) return ok({ ids: [], cursors: [], hasNextPage: false, totalCount: 0 });
    const pageParams = [...params, first + 1];
    let condition = where.value;
    if (afterId) {
      pageParams.push(afterId);
      condition += ` AND p.membership_id > $${pageParams.length}::uuid`;
    }
    const rows = await this.dataSource.query<{ id: string }[]>(
      `SELECT p.membership_id AS id FROM directory.profiles p WHERE ${condition} ORDER BY p.membership_id LIMIT $${params.length + 1}::int`,
      pageParams,
    );
    const [{ total }] = await this.dataSource.query<
      {
        total: number;
      }[]
    >(`SELECT count(*)::int AS total FROM directory.profiles p WHERE ${where.value}`, params);
    const ids = rows.slice(0, first).map((row) => row.id);
    return ok({ ids, cursors: ids.map((id) => encodeCursor(id)), hasNextPage: rows.length > first, totalCount: total });
  }

  /**
   * The ids of the network's segments whose filter matches this member now, in one query: other
   * services (content's segment audiences) show segment-targeted things by them. Only ids: a
   * member learns nothing of a segment's name or filter.
   */
  async segmentIdsOf(viewer: Viewer): Promise<string[]> {
    const segments = await this.dataSource.getRepository(SegmentEntity).findBy({ networkId: viewer.networkId });
    if (segments.length === 0) return [];
    const scope = await adminScope(this.dataSource.manager, viewer.networkId);
    const params: unknown[] = [viewer.membershipId];
    const matches: string[] = [];
    for (const segment of segments) {
      const where = compileFilter(scope, filterFromJson(segment.filter), params);
      if (!where.ok) continue;
      params.push(segment.id);
      matches.push(
        `SELECT $${params.length}::uuid AS id WHERE EXISTS (SELECT 1 FROM directory.profiles p WHERE p.membership_id = $1::uuid AND ${where.value})`,
      );
    }
    if (matches.length === 0) return [];
    const rows = await this.dataSource.query<{ id: string }[]>(matches.join(' UNION ALL '), params);
    return rows.map((row) => row.id);
  }

  private async nameTaken(manager: EntityManager, networkId: string, name: string): Promise<boolean> {
    const rows = await manager.query<unknown[]>(`SELECT 1 FROM directory.segments WHERE network_id = $1 AND lower(name) = lower($2)`, [networkId, name]);
    return rows.length > 0;
  }
}
