import type { EntityManager } from 'typeorm';
import { isUuid } from '@kizuna/data';
import { filterFromJson, matchingMembersSql } from '../members/member-selection';
import type { DirectoryFilter } from '../search/directory-filter';
import { TagEntity, type TagSource } from './tag.entity';

/** Members chosen by id, or everyone a filter matches (optionally only among some ids). */
export type MemberChoice = { ids: string[] } | { filter: DirectoryFilter; among?: string[] };

/** SQL selecting the chosen members' ids, always within the tag's network; null when nobody is chosen. */
async function chosenSql(manager: EntityManager, tag: Pick<TagEntity, 'networkId'>, members: MemberChoice, params: unknown[]): Promise<string | null> {
  if ('filter' in members) {
    if (members.among && members.among.length === 0) return null;
    return matchingMembersSql(manager, tag.networkId, members.filter, params, members.among);
  }
  if (members.ids.length === 0) return null;
  params.push(tag.networkId, members.ids);
  return `SELECT p.membership_id FROM directory.profiles p WHERE p.network_id = $${params.length - 1}::uuid AND p.membership_id = ANY($${params.length}::uuid[])`;
}

/** Puts a tag on members of its network (by id or by filter); returns how many were not tagged before. */
export async function tagMembers(manager: EntityManager, tag: Pick<TagEntity, 'id' | 'networkId'>, members: MemberChoice, source: TagSource): Promise<number> {
  const params: unknown[] = [];
  const chosen = await chosenSql(manager, tag, members, params);
  if (!chosen) return 0;
  params.push(tag.id, tag.networkId, source);
  const n = params.length;
  const inserted = await manager.query<unknown[]>(
    `INSERT INTO directory.member_tags (tag_id, membership_id, network_id, added_by)
     SELECT $${n - 2}::uuid, c.membership_id, $${n - 1}::uuid, $${n} FROM (${chosen}) c
     ON CONFLICT (tag_id, membership_id) DO NOTHING RETURNING membership_id`,
    params,
  );
  return inserted.length;
}

/** Takes a tag off members of its network; returns how many carried it. */
export async function untagMembers(manager: EntityManager, tag: Pick<TagEntity, 'id' | 'networkId'>, members: MemberChoice): Promise<number> {
  const params: unknown[] = [];
  const chosen = await chosenSql(manager, tag, members, params);
  if (!chosen) return 0;
  params.push(tag.id);
  const [rows] = await manager.query<[unknown[], number]>(
    `DELETE FROM directory.member_tags WHERE tag_id = $${params.length}::uuid AND membership_id IN (${chosen}) RETURNING membership_id`,
    params,
  );
  return rows.length;
}

/** Tags everyone the tag's rule matches now (or only those among `among`); returns how many were newly tagged. */
export async function applyRule(manager: EntityManager, tag: TagEntity, among?: string[]): Promise<number> {
  if (!tag.rule) return 0;
  return tagMembers(manager, tag, { filter: filterFromJson(tag.rule), among }, 'RULE');
}

/**
 * Tags the given members with every tag of their network whose rule is kept applied to newcomers
 * and matches them now. Call it inside the transaction that created or changed those profiles,
 * after the change: registration and approval (the membership consumers), profile edits by the
 * member or an admin, roster imports. Tags are only added: a member who stops matching keeps the tag.
 * Returns how many taggings were added.
 */
export async function applyTagRules(manager: EntityManager, networkId: string, membershipIds: string[]): Promise<number> {
  const ids = [...new Set(membershipIds.filter(isUuid))];
  if (ids.length === 0) return 0;
  const tags = await manager
    .getRepository(TagEntity)
    .createQueryBuilder('t')
    .where('t.network_id = :networkId AND t.rule_applies_to_newcomers AND t.rule IS NOT NULL', { networkId })
    .getMany();
  let tagged = 0;
  for (const tag of tags) tagged += await applyRule(manager, tag, ids);
  return tagged;
}
