import type { DataSource } from 'typeorm';
import type { Viewer } from '@kizuna/auth';
import { isUuid, pageSize } from '@kizuna/data';
import { fail, ok, UserError, type Result } from '@kizuna/subgraph';
import { isVisibleTo, audienceOf } from '../fields/visibility';
import { ProfileEntity } from '../profiles/profile.entity';
import { presentProfile } from '../profiles/profile.presenter';
import { loadNetworkFields, type NetworkFields } from '../search/search-index';
import { SuggestionReasonKind, type SuggestionReasonType, type SuggestionType } from './suggestion.types';

/** How much each thing in common counts. Shared skills and interests count one each, up to a cap. */
export const SUGGESTION_WEIGHTS = {
  sameYear: 3,
  nearYear: 1,
  sameDepartment: 3,
  sameEmployer: 4,
  sharedValue: 1,
  sharedValuesCap: 3,
} as const;

/**
 * Candidates come from each "thing in common" separately, through its index, at most this many
 * each; only they are scored. Bounds the work in a network of 100,000 members.
 */
export const CANDIDATES_PER_REASON = 250;
export const SUGGESTIONS_MAX = 50;

/** The fields suggestions may compare: only those every member of the network may see. */
export type ComparableField = 'entryYear' | 'department' | 'employer' | 'skills' | 'interests';

export function comparableFields(fields: NetworkFields): Set<ComparableField> {
  const candidates: ComparableField[] = ['entryYear', 'department', 'employer', 'skills', 'interests'];
  return new Set(candidates.filter((key) => isVisibleTo(fields.visibilities[key], 'MEMBER')));
}

interface ScoredRow {
  membership_id: string;
  score: number;
  same_year: boolean;
  near_year: boolean;
  same_department: boolean;
  same_employer: boolean;
  shared_skills: string[];
  shared_interests: string[];
}

const lowerAll = (values: readonly string[] | null | undefined) => [...new Set((values ?? []).map((value) => value.trim().toLowerCase()).filter(Boolean))];

/**
 * "People you may know": approved members of the viewer's network who share the viewer's entry year
 * (or one year apart), department, employer, skills or interests. Only fields every member may see
 * are compared, so a field the network hides never shows as a reason nor moves anyone up the list.
 */
export class SuggestionService {
  constructor(private readonly dataSource: DataSource) {}

  async suggestions(viewer: Viewer, first?: number | null): Promise<SuggestionType[]> {
    const limit = pageSize(first, 10, SUGGESTIONS_MAX);
    const me = await this.dataSource.getRepository(ProfileEntity).findOneBy({ membershipId: viewer.membershipId, networkId: viewer.networkId });
    if (!me) return [];
    const fields = await loadNetworkFields(this.dataSource.manager, viewer.networkId);
    const comparable = comparableFields(fields);

    const year = comparable.has('entryYear') ? me.entryYear : null;
    const department = comparable.has('department') && me.department?.trim() ? me.department.trim().toLowerCase() : null;
    const employer = comparable.has('employer') && me.employer?.trim() ? me.employer.trim().toLowerCase() : null;
    const skills = comparable.has('skills') ? lowerAll(me.skills) : [];
    const interests = comparable.has('interests') ? lowerAll(me.interests) : [];

    const params: unknown[] = [viewer.networkId, viewer.membershipId, year, department, employer, skills, interests, CANDIDATES_PER_REASON];
    // Every arm: the viewer's network, approved, not the viewer, not dismissed by the viewer. Each
    // arm carries the columns scoring needs, so the candidates are not looked up again.
    const arm = (condition: string, order = '') => `(SELECT p.membership_id, p.sort_name, p.entry_year, p.department, p.employer, p.skills, p.interests
        FROM directory.profiles p
        WHERE p.network_id = $1 AND ${condition} AND p.status = 'approved' AND p.membership_id <> $2
          AND NOT EXISTS (SELECT 1 FROM directory.suggestion_dismissals d WHERE d.membership_id = $2 AND d.dismissed_id = p.membership_id)
        ${order} LIMIT $8)`;
    const arms: string[] = [];
    if (year !== null) {
      // One arm per year, each read in the order of profiles_by_year (network, year, name).
      arms.push(arm('p.entry_year = $3', 'ORDER BY p.sort_name, p.membership_id'));
      arms.push(arm('p.entry_year = $3 - 1', 'ORDER BY p.sort_name, p.membership_id'));
      arms.push(arm('p.entry_year = $3 + 1', 'ORDER BY p.sort_name, p.membership_id'));
    }
    if (department) arms.push(arm('lower(p.department) = $4'));
    if (employer) arms.push(arm('lower(p.employer) = $5'));
    if (skills.length > 0) arms.push(arm('directory.lower_array(p.skills) && $6::text[]'));
    if (interests.length > 0) arms.push(arm('directory.lower_array(p.interests) && $7::text[]'));
    if (arms.length === 0) return [];

    const w = SUGGESTION_WEIGHTS;
    const rows = await this.dataSource.query<ScoredRow[]>(
      `WITH candidates AS (${arms.join('\nUNION\n')}),
       compared AS (
         SELECT p.membership_id, p.sort_name,
           coalesce(p.entry_year = $3, false) AS same_year,
           coalesce(abs(p.entry_year - $3) = 1, false) AS near_year,
           coalesce(lower(p.department) = $4, false) AS same_department,
           coalesce(lower(p.employer) = $5, false) AS same_employer,
           ARRAY(SELECT s FROM unnest(p.skills) WITH ORDINALITY AS t(s, n) WHERE lower(s) = ANY($6::text[]) ORDER BY n) AS shared_skills,
           ARRAY(SELECT s FROM unnest(p.interests) WITH ORDINALITY AS t(s, n) WHERE lower(s) = ANY($7::text[]) ORDER BY n) AS shared_interests
         FROM candidates p)
       SELECT membership_id, same_year, near_year, same_department, same_employer, shared_skills, shared_interests,
         (CASE WHEN same_year THEN ${w.sameYear} WHEN near_year THEN ${w.nearYear} ELSE 0 END)
         + (CASE WHEN same_department THEN ${w.sameDepartment} ELSE 0 END)
         + (CASE WHEN same_employer THEN ${w.sameEmployer} ELSE 0 END)
         + least(cardinality(shared_skills), ${w.sharedValuesCap}) * ${w.sharedValue}
         + least(cardinality(shared_interests), ${w.sharedValuesCap}) * ${w.sharedValue} AS score
       FROM compared
       ORDER BY score DESC, sort_name, membership_id
       LIMIT $9`,
      [...params, limit],
    );
    if (rows.length === 0) return [];

    const profiles = new Map(
      (await this.dataSource.getRepository(ProfileEntity).findBy(rows.map((row) => ({ membershipId: row.membership_id, networkId: viewer.networkId })))).map(
        (profile) => [profile.membershipId, profile],
      ),
    );
    return rows
      .filter((row) => profiles.has(row.membership_id))
      .map((row) => {
        const profile = profiles.get(row.membership_id)!;
        return {
          member: { id: row.membership_id },
          profile: presentProfile(profile, audienceOf(viewer, profile.membershipId), fields),
          score: Number(row.score),
          reasons: reasonsOf(row, profile),
        };
      });
  }

  /** The viewer no longer wants this member suggested. */
  async dismiss(viewer: Viewer, memberId: string): Promise<Result<string>> {
    const notFound = () => fail<string>(UserError.of('NOT_FOUND', 'No such member in this network.', 'memberId'));
    if (!isUuid(memberId)) return notFound();
    if (memberId === viewer.membershipId) return fail(UserError.of('VALIDATION', 'You are never suggested to yourself.', 'memberId'));
    const inserted = await this.dataSource.query<{ dismissed_id: string }[]>(
      `INSERT INTO directory.suggestion_dismissals (membership_id, dismissed_id, network_id)
       SELECT me.membership_id, them.membership_id, me.network_id
       FROM directory.profiles me JOIN directory.profiles them ON them.network_id = me.network_id
       WHERE me.membership_id = $1 AND me.network_id = $2 AND them.membership_id = $3 AND them.status = 'approved'
       ON CONFLICT (membership_id, dismissed_id) DO UPDATE SET dismissed_at = suggestion_dismissals.dismissed_at
       RETURNING dismissed_id`,
      [viewer.membershipId, viewer.networkId, memberId],
    );
    return inserted.length > 0 ? ok(memberId) : notFound();
  }
}

/** The reasons, strongest first, with the values as the suggested person wrote them. */
function reasonsOf(row: ScoredRow, profile: ProfileEntity): SuggestionReasonType[] {
  const reasons: SuggestionReasonType[] = [];
  if (row.same_employer && profile.employer) reasons.push({ kind: SuggestionReasonKind.SAME_EMPLOYER, values: [profile.employer] });
  if (row.same_year && profile.entryYear !== null) reasons.push({ kind: SuggestionReasonKind.SAME_YEAR, values: [String(profile.entryYear)] });
  if (row.same_department && profile.department) reasons.push({ kind: SuggestionReasonKind.SAME_DEPARTMENT, values: [profile.department] });
  if (row.near_year && profile.entryYear !== null) reasons.push({ kind: SuggestionReasonKind.NEAR_YEAR, values: [String(profile.entryYear)] });
  if (row.shared_skills.length > 0) reasons.push({ kind: SuggestionReasonKind.SHARED_SKILLS, values: row.shared_skills });
  if (row.shared_interests.length > 0) reasons.push({ kind: SuggestionReasonKind.SHARED_INTERESTS, values: row.shared_interests });
  return reasons;
}
