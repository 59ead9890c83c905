import { In, type DataSource } from 'typeorm';
import type { Viewer } from '@kizuna/auth';
import { cursorKey, encodeCursor, isTimeAndId, pageSize } from '@kizuna/data';
import { MembershipEntity } from '../memberships/membership.entity';
import { membersFor } from '../memberships/member-views';
import { AuditLogEntity } from './audit-log.entity';
import type { AuditLogConnection } from './audit-log.type';

/** Reads the administrators' audit log of the viewer's network (entries are written by `recordAudit`, in each action's transaction). */
export class AuditLogReader {
  constructor(private readonly dataSource: DataSource) {}

  /** Every action the network's log holds, for filtering. */
  async actions(viewer: Viewer): Promise<string[]> {
    const rows = await this.dataSource.query<{ action: string }[]>('SELECT DISTINCT action FROM identity.audit_log WHERE network_id = $1 ORDER BY action', [
      viewer.networkId,
    ]);
    return rows.map((row) => row.action);
  }

  /** The viewer's network's log, newest first; optionally only one action (`role.created`) or one kind (`role.`). */
  async list(viewer: Viewer, first?: number | null, after?: string | null, action?: string | null): Promise<AuditLogConnection> {
    const limit = pageSize(first, 50, 200);
    const cursor = after ? cursorKey(after, isTimeAndId) : undefined;
    const query = this.dataSource.getRepository(AuditLogEntity).createQueryBuilder('a').where('a.network_id = :networkId', { networkId: viewer.networkId });
    const only = action?.trim();
    if (only) {
      if (only.endsWith('.')) query.andWhere('starts_with(a.action, :kind)', { kind: only });
      else query.andWhere('a.action = :action', { action: only });
    }
    if (cursor) query.andWhere('(a.created_at, a.id) < (:at, :id)', { at: cursor[0], id: cursor[1] });
    const rows = await query
      .orderBy('a.created_at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .limit(limit + 1)
      .getMany();
    const page = rows.slice(0, limit);

    const ids = [...new Set(page.flatMap((row) => [row.actorMembershipId, row.targetMembershipId]).filter((id): id is string => !!id))];
    const found = ids.length ? await this.dataSource.getRepository(MembershipEntity).findBy({ id: In(ids), networkId: viewer.networkId }) : [];
    const members = new Map((await membersFor(this.dataSource.manager, viewer, found)).map((m) => [m.id, m]));

    const edges = page.map((row) => ({
      cursor: encodeCursor([row.createdAt.toISOString(), row.id]),
      node: {
        id: row.id,
        action: row.action,
        actor: row.actorMembershipId ? (members.get(row.actorMembershipId) ?? null) : null,
        target: row.targetMembershipId ? (members.get(row.targetMembershipId) ?? null) : null,
        details: JSON.stringify(row.details),
        createdAt: row.createdAt,
      },
    }));
    return { edges, pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null } };
  }
}
