import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '@kizuna/auth';
import { cursorKey, encodeCursor, isTextAndId, isUniqueViolation, isUuid } from '@kizuna/data';
import { fail, ok, UserError, type Logger, type Result } from '@kizuna/subgraph';
import { filterErrors, filterToJson } from '../members/member-selection';
import type { DirectoryFilter } from '../search/directory-filter';
import { applyRule, tagMembers, untagMembers } from './tag-rules';
import { TagEntity } from './tag.entity';
import { validateTagColor, validateTagName } from './tag-validation';

export interface TagRequest {
  name?: string | null;
  color?: string | null;
  /** undefined: unchanged; null: no rule. */
  rule?: DirectoryFilter | null;
  ruleAppliesToNewcomers?: boolean | null;
}

export interface TagWithCount {
  tag: TagEntity;
  memberCount: number;
}

export interface TagPage {
  tags: TagWithCount[];
  cursors: string[];
  totalCount: number;
  hasNextPage: boolean;
}

export type BulkTagAction = 'ADD' | 'REMOVE';

const NOT_FOUND = (field: string) => UserError.of('NOT_FOUND', 'There is no such tag in this network.', field);
const NAME_TAKEN = (field = 'name') => UserError.of('NAME_TAKEN', 'A tag with this name already exists.', field);

/**
 * Tags of one network: create, rename, recolour, merge, delete, put on and take off members by
 * hand or by filter, and tag by rule. Every query is scoped to the viewer's network: another
 * network's tag ids are simply not found.
 */
export class TagService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly log: Logger,
  ) {}

  async list(viewer: Viewer, first: number, after?: string | null): Promise<TagPage> {
    const key = after ? cursorKey(after, isTextAndId) : undefined;
    const params: unknown[] = [viewer.networkId, first + 1];
    let where = 't.network_id = $1';
    if (key) {
      params.push(key[0], key[1]);
      where += ' AND (lower(t.name), t.id) > ($3, $4::uuid)';
    }
    const rows = await this.dataSource.query<{ id: string; member_count: number }[]>(
      `SELECT t.id, (SELECT count(*)::int FROM directory.member_tags m WHERE m.tag_id = t.id) AS member_count
       FROM directory.tags t WHERE ${where} ORDER BY lower(t.name), t.id LIMIT $2`,
      params,
    );
    const [{ total }] = await this.dataSource.query<
      {
        total: number;
      }[]
    >(`SELECT count(*)::int AS total FROM directory.tags WHERE network_id = $1`, [viewer.networkId]);
    const page = rows.slice(0, first);
    const entities = await this.byIds(
      viewer.networkId,
      page.map((row) => row.id),
    );
    const tags = page.map((row) => ({ tag: entities.get(row.id)!, memberCount: row.member_count }));
    return {
      tags,
      cursors: tags.map(({ tag }) => encodeCursor([tag.name.toLowerCase(), tag.id])),
      totalCount: total,
      hasNextPage: rows.length > first,
    };
  }

  async byIds(networkId: string, ids: string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, TagEntity>> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return new Map();
    const rows = await manager
      .getRepository(TagEntity)
      .createQueryBuilder('t')
      .where('t.network_id = :networkId AND t.id = ANY(:ids)', { networkId, ids: valid })
      .getMany();
    return new Map(rows.map((row) => [row.id, row]));
  }

  async find(viewer: Viewer, id: string): Promise<TagWithCount | null> {
    const tag = (await this.byIds(viewer.networkId, [id])).get(id);
    return tag ? { tag, memberCount: await this.memberCount(this.dataSource.manager, tag.id) } : null;
  }

  /** The tags each member carries (by membership id), sorted by name. */
  async tagsOfMembers(networkId: string, memberIds: string[]): Promise<Map<string, TagEntity[]>> {
    const ids = memberIds.filter(isUuid);
    const result = new Map<string, TagEntity[]>(ids.map((id) => [id, []]));
    if (ids.length === 0) return result;
    const rows = await this.dataSource.query<{ membership_id: string; id: string }[]>(
      `SELECT m.membership_id, t.id FROM directory.member_tags m JOIN directory.tags t ON t.id = m.tag_id
       WHERE m.network_id = $1 AND t.network_id = $1 AND m.membership_id = ANY($2::uuid[]) ORDER BY lower(t.name), t.id`,
      [networkId, ids],
    );
    const tags = await this.byIds(networkId, [...new Set(rows.map((row) => row.id))]);
    for (const row of rows) result.get(row.membership_id)?.push(tags.get(row.id)!);
    return result;
  }

  async create(viewer: Viewer, request: TagRequest): Promise<Result<{ tag: TagWithCount; taggedCount: number }>> {
    const errors: UserError[] = [];
    const { name, error: nameError } = validateTagName(request.name ?? '');
    const { color, error: colorError } = validateTagColor(request.color);
    if (nameError) errors.push(nameError);
    if (colorError) errors.push(colorError);
    if (request.rule) errors.push(...(await filterErrors(this.dataSource.manager, viewer.networkId, request.rule, 'rule')));
    if (errors.length > 0) return fail(...errors);
    try {
      return await this.dataSource.transaction(async (manager) => {
        if (await this.nameTaken(manager, viewer.networkId, name!)) return fail(NAME_TAKEN());
        const now = new Date();
        const tag: TagEntity = {
          id: randomUUID(),
          networkId: viewer.networkId,
          name: name!,
          color: color ?? null,
          rule: request.rule ? filterToJson(request.rule) : null,
          ruleAppliesToNewcomers: !!request.rule && !!request.ruleAppliesToNewcomers,
          createdAt: now,
          updatedAt: now,
        };
        await manager.query(
          `INSERT INTO directory.tags (id, network_id, name, color, rule, rule_applies_to_newcomers, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $7)`,
          [tag.id, tag.networkId, tag.name, tag.color, tag.rule, tag.ruleAppliesToNewcomers, now],
        );
        const taggedCount = tag.rule ? await applyRule(manager, tag) : 0;
        this.log.info({ actor: viewer.membershipId, networkId: viewer.networkId, tagId: tag.id, name: tag.name, taggedCount }, 'tag created');
        return ok({ tag: { tag, memberCount: taggedCount }, taggedCount });
      });
    } catch (error) {
      if (isUniqueViolation(error)) return fail(NAME_TAKEN());
      throw error;
    }
  }

  /** Renames, recolours or changes the rule of a tag; a new rule is applied at once. */
  async update(viewer: Viewer, id: string, request: TagRequest): Promise<Result<{ tag: TagWithCount; taggedCount: number }>> {
    const errors: UserError[] = [];
    const name = request.name === undefined || request.name === null ? undefined : validateTagName(request.name);
    const color = request.color === undefined ? undefined : validateTagColor(request.color);
    if (name?.error) errors.push(name.error);
    if (color?.error) errors.push(color.error);
    if (request.rule) errors.push(...(await filterErrors(this.dataSource.manager, viewer.networkId, request.rule, 'rule')));
    if (errors.length > 0) return fail(...errors);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const tag = await this.lockTag(manager, viewer.networkId, id);
        if (!tag) return fail(NOT_FOUND('id'));
        if (name?.name !== undefined && name.name !== tag.name) {
          if (name.name.toLowerCase() !== tag.name.toLowerCase() && (await this.nameTaken(manager, viewer.networkId, name.name))) return fail(NAME_TAKEN());
          tag.name = name.name;
        }
        if (color) tag.color = color.color ?? null;
        let taggedCount = 0;
        if (request.rule !== undefined) tag.rule = request.rule ? filterToJson(request.rule) : null;
        if (request.ruleAppliesToNewcomers !== undefined && request.ruleAppliesToNewcomers !== null)
          tag.ruleAppliesToNewcomers = request.ruleAppliesToNewcomers;
        if (!tag.rule) tag.ruleAppliesToNewcomers = false;
        tag.updatedAt = new Date();
        await manager.save(TagEntity, tag);
        if (request.rule) taggedCount = await applyRule(manager, tag);
        this.log.info({ actor: viewer.membershipId, networkId: viewer.networkId, tagId: tag.id, name: tag.name, rule: tag.rule, taggedCount }, 'tag updated');
        return ok({ tag: { tag, memberCount: await this.memberCount(manager, tag.id) }, taggedCount });
      });
    } catch (error) {
      if (isUniqueViolation(error)) return fail(NAME_TAKEN());
      throw error;
    }
  }

  /** Tags everyone the tag's rule matches now (again): for a rule kept while members changed. */
  async applyRuleNow(viewer: Viewer, id: string): Promise<Result<{ tag: TagWithCount; taggedCount: number }>> {
    return this.dataSource.transaction(async (manager) => {
      const tag = await this.lockTag(manager, viewer.networkId, id);
      if (!tag) return fail(NOT_FOUND('id'));
      if (!tag.rule) return fail(UserError.of('NO_RULE', 'This tag has no rule to apply.', 'id'));
      const taggedCount = await applyRule(manager, tag);
      this.log.info({ actor: viewer.membershipId, networkId: viewer.networkId, tagId: tag.id, taggedCount }, 'tag rule applied');
      return ok({ tag: { tag, memberCount: await this.memberCount(manager, tag.id) }, taggedCount });
    });
  }

  /** The sources' members move to the target (kept once), and the sources are deleted: all or nothing. */
  async merge(viewer: Viewer, sourceIds: string[], targetId: string): Promise<Result<{ tag: TagWithCount; movedCount: number }>> {
    const sources = [...new Set(sourceIds)].filter((sourceId) => sourceId !== targetId);
    if (sources.length === 0) return fail(UserError.of('VALIDATION', 'Choose at least one other tag to merge into this one.', 'sourceTagIds'));
    return this.dataSource.transaction(async (manager) => {
      const target = await this.lockTag(manager, viewer.networkId, targetId);
      if (!target) return fail(NOT_FOUND('targetTagId'));
      const found = await this.byIds(viewer.networkId, sources, manager);
      if (found.size !== sources.length) return fail(NOT_FOUND('sourceTagIds'));
      await manager.query(`SELECT id FROM directory.tags WHERE id = ANY($1::uuid[]) FOR UPDATE`, [sources]);
      const moved = await manager.query<unknown[]>(
        `INSERT INTO directory.member_tags (tag_id, membership_id, network_id, added_by, added_at)
         SELECT DISTINCT ON (membership_id) $1::uuid, membership_id, network_id, added_by, added_at
         FROM directory.member_tags WHERE tag_id = ANY($2::uuid[]) AND network_id = $3
         ORDER BY membership_id, added_at
         ON CONFLICT (tag_id, membership_id) DO NOTHING RETURNING membership_id`,
        [target.id, sources, viewer.networkId],
      );
      await manager.query(`DELETE FROM directory.tags WHERE id = ANY($1::uuid[]) AND network_id = $2`, [sources, viewer.networkId]);
      target.updatedAt = new Date();
      await manager.save(TagEntity, target);
      this.log.info(
        { actor: viewer.membershipId, networkId: viewer.networkId, targetTagId: target.id, sourceTagIds: sources, movedCount: moved.length },
        'tags merged',
      );
      return ok({ tag: { tag: target, memberCount: await this.memberCount(manager, target.id) }, movedCount: moved.length });
    });
  }

  async delete(viewer: Viewer, id: string): Promise<Result<{ deletedTagId: string }>> {
    if (!isUuid(id)) return fail(NOT_FOUND('id'));
    const deleted = await this.dataSource.query<[{ id: string; name: string }[], number]>(
      `DELETE FROM directory.tags WHERE id = $1 AND network_id = $2 RETURNING id, name`,
      [id, viewer.networkId],
    );
    const rows = deleted[0];
    if (!rows?.length) return fail(NOT_FOUND('id'));
    this.log.info({ actor: viewer.membershipId, networkId: viewer.networkId, tagId: id, name: rows[0].name }, 'tag deleted');
    return ok({ deletedTagId: id });
  }

  /**
   * Puts a tag on, or takes it off, the members given by id or everyone a filter matches.
   * Ids of another network (or unknown) are skipped. Returns how many members changed.
   */
  async bulkTag(
    viewer: Viewer,
    request: { tagId: string; memberIds?: string[] | null; filter?: DirectoryFilter | null; action: BulkTagAction },
  ): Promise<Result<{ tag: TagWithCount; affectedCount: number }>> {
    const byIds = request.memberIds !== undefined && request.memberIds !== null;
    if (byIds === !!request.filter) return fail(UserError.of('VALIDATION', 'Give either the members or a filter.', 'memberIds'));
    if (byIds && request.memberIds!.length > 10_000)
      return fail(UserError.of('VALIDATION', 'Give at most 10,000 members at once, or use a filter.', 'memberIds'));
    if (request.filter) {
      const errors = await filterErrors(this.dataSource.manager, viewer.networkId, request.filter, 'filter');
      if (errors.length > 0) return fail(...errors);
    }
    return this.dataSource.transaction(async (manager) => {
      const tag = await this.lockTag(manager, viewer.networkId, request.tagId);
      if (!tag) return fail(NOT_FOUND('tagId'));
      const members = byIds ? { ids: request.memberIds!.filter(isUuid) } : { filter: request.filter! };
      const affectedCount = request.action === 'ADD' ? await tagMembers(manager, tag, members, 'HAND') : await untagMembers(manager, tag, members);
      this.log.info(
        { actor: viewer.membershipId, networkId: viewer.networkId, tagId: tag.id, action: request.action, by: byIds ? 'ids' : 'filter', affectedCount },
        'members tagged in bulk',
      );
      return ok({ tag: { tag, memberCount: await this.memberCount(manager, tag.id) }, affectedCount });
    });
  }

  /** How many members carry each tag, by tag id. */
  async memberCounts(tagIds: string[]): Promise<Map<string, number>> {
    if (tagIds.length === 0) return new Map();
    const rows = await this.dataSource.query<{ tag_id: string; count: number }[]>(
      `SELECT tag_id, count(*)::int AS count FROM directory.member_tags WHERE tag_id = ANY($1::uuid[]) GROUP BY tag_id`,
      [tagIds],
    );
    return new Map(rows.map((row) => [row.tag_id, row.count]));
  }

  private async memberCount(manager: EntityManager, tagId: string): Promise<number> {
    const [{ count }] = await manager.query<{ count: number }[]>(`SELECT count(*)::int AS count FROM directory.member_tags WHERE tag_id = $1`, [tagId]);
    return count;
  }

  private async nameTaken(manager: EntityManager, networkId: string, name: string): Promise<boolean> {
    const rows = await manager.query<unknown[]>(`SELECT 1 FROM directory.tags WHERE network_id = $1 AND lower(name) = lower($2)`, [networkId, name]);
    return rows.length > 0;
  }

  private async lockTag(manager: EntityManager, networkId: string, id: string): Promise<TagEntity | null> {
    if (!isUuid(id)) return null;
    return manager
      .getRepository(TagEntity)
      .createQueryBuilder('t')
      .setLock('pessimistic_write')
      .where('t.id = :id AND t.network_id = :networkId', { id, networkId })
      .getOne();
  }
}
