import type { DataSource } from 'typeorm';
import type { Viewer } from '@kizuna/auth';
import { cursorKey, encodeCursor, isTimeAndId, pageSize } from '@kizuna/data';
import { fail, ok, UserError } from '@kizuna/subgraph';
import { currentActor, DECISION_PERMISSION, refuseActingOnAdministrators } from '../roles/permissions';
import { membersFor } from './member-views';
import { membersById } from './member-reads';
import { MembershipEntity } from './membership.entity';
import { noteFieldOf, type Decision, type MembershipLifecycle } from './membership-lifecycle';
import type { MemberConnection, MemberType } from './member.type';

export { toMember } from './member-views';
export type { Decision } from './membership-lifecycle';

export type Result<T> = { ok: true; value: T } | { ok: false; errors: UserError[] };

export const MAX_BULK_DECISIONS = 500;
const MAX_MESSAGE_LENGTH = 2000;

/** Administrators' decisions on members, and reading members. Every status change itself is the lifecycle's. */
export class MembershipService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly lifecycle: MembershipLifecycle,
  ) {}

  approve(viewer: Viewer, membershipId: string, message?: string | null): Promise<Result<MembershipEntity>> {
    return this.decideOne(viewer, 'approve', membershipId, message);
  }

  reject(viewer: Viewer, membershipId: string, message?: string | null): Promise<Result<MembershipEntity>> {
    return this.decideOne(viewer, 'reject', membershipId, message);
  }

  suspend(viewer: Viewer, membershipId: string, reason?: string | null): Promise<Result<MembershipEntity>> {
    return this.decideOne(viewer, 'suspend', membershipId, reason);
  }

  reinstate(viewer: Viewer, membershipId: string): Promise<Result<MembershipEntity>> {
    return this.decideOne(viewer, 'reinstate', membershipId, null);
  }

  /** Approves or rejects many applicants at once: all of them, or none when any id is at fault. */
  decideMany(viewer: Viewer, decision: 'approve' | 'reject', membershipIds: string[], message?: string | null): Promise<Result<MembershipEntity[]>> {
    if (membershipIds.length === 0) return Promise.resolve(fail(UserError.of('VALIDATION', 'Choose at least one applicant.', 'memberIds')));
    if (membershipIds.length > MAX_BULK_DECISIONS) {
      return Promise.resolve(fail(UserError.of('VALIDATION', `Decide on at most ${MAX_BULK_DECISIONS} applicants at once.`, 'memberIds')));
    }
    return this.decide(viewer, decision, membershipIds, message, (index) => `memberIds.${index}`);
  }

  private async decideOne(viewer: Viewer, decision: Decision, membershipId: string, message: string | null | undefined): Promise<Result<MembershipEntity>> {
    const result = await this.decide(viewer, decision, [membershipId], message, () => 'memberId');
    return result.ok ? ok(result.value[0]) : result;
  }

  /**
   * Every administrator decision: the acting administrator is re-checked in the database (the
   * token may be up to 15 minutes old), owners and admins are protected, then the lifecycle decides
   * in the same transaction. Any error changes nothing.
   */
  private async decide(
    viewer: Viewer,
    decision: Decision,
    membershipIds: string[],
    message: string | null | undefined,
    fieldOf: (index: number) => string,
  ): Promise<Result<MembershipEntity[]>> {
    const noteField = noteFieldOf(decision);
    const note = message?.trim() || null;
    if (note && note.length > MAX_MESSAGE_LENGTH) {
      return fail(UserError.of('VALIDATION', `The ${noteField} can have at most ${MAX_MESSAGE_LENGTH} characters.`, noteField ?? undefined));
    }
    return this.dataSource.transaction(async (manager) => {
      const actor = await currentActor(manager, viewer, DECISION_PERMISSION[decision]);
      const protectedMembers = await refuseActingOnAdministrators(manager, actor, membershipIds, fieldOf);
      if (protectedMembers.length > 0) return fail(...protectedMembers);
      return this.lifecycle.decide(manager, { networkId: viewer.networkId, membershipId: viewer.membershipId }, decision, membershipIds, note, fieldOf);
    });
  }

  /** A member of the viewer's network; never one of another network. */
  findInNetwork(networkId: string, membershipId: string): Promise<MembershipEntity | null> {
    return this.dataSource.getRepository(MembershipEntity).findOneBy({ id: membershipId, networkId });
  }

  /** Members of the viewer's network by id, in one query, e-mail where the viewer may see it. */
  membersById(viewer: Viewer, ids: string[]): Promise<Map<string, MemberType>> {
    return membersById(this.dataSource, viewer, ids);
  }

  /** Members with e-mail where the viewer may see it (themself, or an admin of that network). */
  membersFor(viewer: Viewer, memberships: MembershipEntity[]): Promise<MemberType[]> {
    return membersFor(this.dataSource.manager, viewer, memberships);
  }

  async pending(viewer: Viewer, first?: number | null, after?: string | null): Promise<MemberConnection> {
    const limit = pageSize(first, 50, 200);
    const cursor = after ? cursorKey(after, isTimeAndId) : undefined;
    const query = this.dataSource
      .getRepository(MembershipEntity)
      .createQueryBuilder('m')
      .where('m.network_id = :networkId AND m.status = :status', { networkId: viewer.networkId, status: 'pending' });
    const totalCount = await query.getCount();
    if (cursor) query.andWhere('(m.created_at, m.id) > (:at, :id)', { at: cursor[0], id: cursor[1] });
    const rows = await query
      .orderBy('m.created_at', 'ASC')
      .addOrderBy('m.id', 'ASC')
      .limit(limit + 1)
      .getMany();
    const page = rows.slice(0, limit);
    const members = await this.membersFor(viewer, page);
    const edges = members.map((node, i) => ({ node, cursor: encodeCursor([page[i].createdAt.toISOString(), page[i].id]) }));
    return {
      edges,
      totalCount,
      pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
    };
  }
}
