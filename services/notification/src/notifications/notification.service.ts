import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { In, IsNull, type DataSource, type EntityManager } from 'typeorm';
import { forbidden, type Viewer } from '@kizuna/auth';
import { decodeCursor, encodeCursor, hotQuery, isUuid, pageSize } from '@kizuna/data';
import { NotificationCreated, type EventData, type MembershipApproved, type Outbox } from '@kizuna/events';
import { fail, ok, UserError, type Result } from '@kizuna/subgraph';
import { NotificationEntity } from './notification.entity';
import type { NotificationConnection, NotificationType } from './notification.type';

export const MEMBERSHIP_APPROVED = 'membership.approved';
export const MAX_IDS_PER_MARK = 500;

export interface NewNotification {
  networkId: string;
  recipientMembershipId: string;
  kind: string;
  title: string;
  body: string | null;
}

/** The notification an approved applicant receives, carrying the admin's message if there was one. */
export function approvalNotification(data: EventData<typeof MembershipApproved>): NewNotification {
  return {
    networkId: data.networkId,
    recipientMembershipId: data.membershipId,
    kind: MEMBERSHIP_APPROVED,
    title: 'Your membership was approved',
    body: data.message?.trim() || null,
  };
}

/** Validates the ids of a mark-read request: null means all; otherwise UUIDs, a bounded number of them. */
export function validateMarkRead(ids: string[] | null | undefined): { ids: string[] | null; errors: UserError[] } {
  if (ids === null || ids === undefined) return { ids: null, errors: [] };
  if (ids.length > MAX_IDS_PER_MARK) {
    return { ids: null, errors: [UserError.of('VALIDATION', `Mark at most ${MAX_IDS_PER_MARK} notifications at once.`, 'ids')] };
  }
  if (!ids.every(isUuid)) return { ids: null, errors: [UserError.of('NOT_FOUND', 'Some of these notifications do not exist.', 'ids')] };
  return { ids: [...new Set(ids.map((id) => id.toLowerCase()))], errors: [] };
}

type Cursor = [string, string];

function parseCursor(after: string): { at: Date; id: string } {
  const cursor = decodeCursor<Cursor>(after);
  const at = Array.isArray(cursor) && typeof cursor[0] === 'string' ? new Date(cursor[0]) : undefined;
  if (!at || Number.isNaN(at.getTime()) || !isUuid(cursor?.[1])) {
    throw new GraphQLError('The cursor "after" is not valid.', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return { at, id: cursor[1] };
}

export function toNotification(entity: NotificationEntity): NotificationType {
  return {
    id: entity.id,
    kind: entity.kind,
    title: entity.title,
    body: entity.body,
    createdAt: entity.createdAt,
    readAt: entity.readAt,
  };
}

// A member's notifications are read on every page (the bell), so these run as prepared statements.
const COLUMNS = `id, network_id AS "networkId", recipient_membership_id AS "recipientMembershipId", kind, title, body, created_at AS "createdAt", read_at AS "readAt"`;
const FIRST_PAGE = {
  name: 'notification.first-page',
  text: `SELECT ${COLUMNS} FROM {schema}.notifications WHERE network_id = $1 AND recipient_membership_id = $2 ORDER BY created_at DESC, id DESC LIMIT $3`,
};
const PAGE_AFTER = {
  name: 'notification.page-after',
  text: `SELECT ${COLUMNS} FROM {schema}.notifications WHERE network_id = $1 AND recipient_membership_id = $2 AND (created_at, id) < ($4::timestamptz, $5::uuid)
          ORDER BY created_at DESC, id DESC LIMIT $3`,
};
const COUNTS = {
  name: 'notification.counts',
  text: `SELECT count(*)::int AS total, (count(*) FILTER (WHERE read_at IS NULL))::int AS unread
           FROM {schema}.notifications WHERE network_id = $1 AND recipient_membership_id = $2`,
};

export class NotificationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  /** Notifications are private: only their recipient reads or changes them. */
  assertOwn(viewer: Viewer, memberId: string): void {
    if (memberId !== viewer.membershipId) throw forbidden('You can see only your own notifications.');
  }

  /** The viewer's notifications, newest first. */
  async list(viewer: Viewer, memberId: string, first?: number | null, after?: string | null): Promise<NotificationConnection> {
    this.assertOwn(viewer, memberId);
    const limit = pageSize(first, 20, 100);
    const cursor = after ? parseCursor(after) : undefined;
    const mine = [viewer.networkId, viewer.membershipId];
    const [rows, counts] = await Promise.all([
      cursor
        ? hotQuery<NotificationEntity>(this.dataSource, PAGE_AFTER, [...mine, limit + 1, cursor.at, cursor.id])
        : hotQuery<NotificationEntity>(this.dataSource, FIRST_PAGE, [...mine, limit + 1]),
      hotQuery<{ total: number; unread: number }>(this.dataSource, COUNTS, mine),
    ]);
    const [{ total: totalCount, unread: unreadCount }] = counts;
    const page = rows.slice(0, limit);
    const edges = page.map((row) => ({ node: toNotification(row), cursor: encodeCursor([row.createdAt.toISOString(), row.id] satisfies Cursor) }));
    return {
      edges,
      totalCount,
      unreadCount,
      pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
    };
  }

  /** One notification, only for its recipient (anyone else gets null, as if it did not exist). */
  async find(viewer: Viewer, id: string): Promise<NotificationType | null> {
    if (!isUuid(id)) return null;
    const row = await this.dataSource
      .getRepository(NotificationEntity)
      .findOneBy({ id, networkId: viewer.networkId, recipientMembershipId: viewer.membershipId });
    return row ? toNotification(row) : null;
  }

  unreadCount(viewer: Viewer, manager: EntityManager = this.dataSource.manager): Promise<number> {
    return manager.getRepository(NotificationEntity).countBy({ networkId: viewer.networkId, recipientMembershipId: viewer.membershipId, readAt: IsNull() });
  }

  /**
   * Marks the viewer's notifications read (all of them when `ids` is omitted) and returns how many
   * stay unread. Ids that are not the viewer's notifications fail the whole request.
   */
  async markRead(viewer: Viewer, requested: string[] | null | undefined): Promise<Result<number>> {
    const { ids, errors } = validateMarkRead(requested);
    if (errors.length > 0) return fail(...errors);
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(NotificationEntity);
      const mine = { networkId: viewer.networkId, recipientMembershipId: viewer.membershipId };
      if (ids) {
        const found = ids.length ? await repository.countBy({ ...mine, id: In(ids) }) : 0;
        if (found !== ids.length) return fail<number>(UserError.of('NOT_FOUND', 'Some of these notifications do not exist.', 'ids'));
        if (ids.length) await repository.update({ ...mine, id: In(ids), readAt: IsNull() }, { readAt: new Date() });
      } else {
        await repository.update({ ...mine, readAt: IsNull() }, { readAt: new Date() });
      }
      return ok(await this.unreadCount(viewer, manager));
    });
  }

  /** Creates a notification and announces it, inside the caller's transaction. */
  async create(manager: EntityManager, notification: NewNotification): Promise<NotificationEntity> {
    const entity = manager.getRepository(NotificationEntity).create({ id: randomUUID(), ...notification, createdAt: new Date(), readAt: null });
    await manager.getRepository(NotificationEntity).insert(entity);
    await this.outbox.add(manager, NotificationCreated, entity.networkId, {
      notificationId: entity.id,
      recipientMembershipId: entity.recipientMembershipId,
      networkId: entity.networkId,
      kind: entity.kind,
      createdAt: entity.createdAt.toISOString(),
    });
    return entity;
  }
}
