import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '@kizuna/auth';
import type { FeedViewer } from '../segments/segment-membership';
import { cursorKey, encodeCursor, isOffset, isUuid, pageSize, pagingError } from '@kizuna/data';
import {
  FeedItemAdded,
  type EventData,
  type FeedItemPublished,
  type MembershipApproved,
  type Outbox,
  type ProfileUpdated,
  type RoomCreated,
} from '@kizuna/events';
import { fail, ok, type Result } from '@kizuna/subgraph';
import { normaliseHashtag } from '../posts/post-text';
import { FEED_COLUMNS, itemNotFound, LISTED, listedParams, READABLE, readableParams, type FeedAudience, type FeedItemRecord } from './feed-item.record';

export type FeedOrder = 'newest' | 'popular';

export interface FeedPage {
  items: FeedItemRecord[];
  cursors: string[];
  hasNextPage: boolean;
}

/** What a new item carries; content's own posts and every other service's FeedItemPublished alike. */
export interface NewFeedItem {
  id?: string;
  networkId: string;
  sourceKey: string;
  kind: string;
  actorMembershipId: string | null;
  title: string;
  excerpt: string;
  linkPath: string | null;
  subjectTypename: string | null;
  subjectId: string | null;
  audience: FeedAudience;
  segmentId: string | null;
  publishedAt: Date | string;
}

export const DEFAULT_FEED_PAGE = 20;
export const MAX_FEED_PAGE = 50;
/** `feedItems(ids)` answers at most this many (a client's items on screen). */
export const MAX_ITEMS_BY_ID = 100;
const POPULAR_WINDOW = `interval '7 days'`;
const EXCERPT_CHARACTERS = 280;
/** Where the web client shows what an item is about. */
const memberPath = (membershipId: string) => `/members/${membershipId}`;

/** `['p' | 'n', time, id]`: the pinned section (by pin time) or the rest (by publication time). */
type NewestKey = ['p' | 'n', string, string];
const isNewestKey = (key: unknown): key is NewestKey =>
  Array.isArray(key) &&
  key.length === 3 &&
  (key[0] === 'p' || key[0] === 'n') &&
  typeof key[1] === 'string' &&
  !Number.isNaN(Date.parse(key[1])) &&
  isUuid(key[2]);

export function excerptOf(text: string): string {
  const characters = [...text.replace(/\s+/g, ' ').trim()];
  return characters.length > EXCERPT_CHARACTERS ? `${characters.slice(0, EXCERPT_CHARACTERS - 1).join('')}…` : characters.join('');
}

/** The feed read model: what a member's feed lists, and how other services' events enter it. */
export class FeedService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  /**
   * A page of the viewer's feed. NEWEST: pinned items first (latest pin first), then the rest newest
   * first, by keyset. POPULAR: likes and comments of the last 7 days, most first, among items
   * published or active in those days; the ranking moves, so its cursor is a position.
   */
  async feed(viewer: FeedViewer, order: FeedOrder, first?: number | null, after?: string | null): Promise<FeedPage> {
    const limit = pageSize(first, DEFAULT_FEED_PAGE, MAX_FEED_PAGE);
    return order === 'popular' ? this.popular(viewer, limit, after) : this.newest(viewer, limit, after);
  }

  private async newest(viewer: FeedViewer, limit: number, after?: string | null): Promise<FeedPage> {
    const key = after ? cursorKey(after, isNewestKey) : null;
    const params = listedParams(viewer);
    const rows: (FeedItemRecord & { section: 'p' | 'n' })[] = [];
    if (!key || key[0] === 'p') {
      const keyset = key ? `AND (f.pinned_at, f.id) < ($5::timestamptz, $6::uuid)` : '';
      rows.push(
        ...(await this.dataSource.query(
          `SELECT ${FEED_COLUMNS}, 'p' AS section FROM content.feed_items f WHERE ${LISTED} AND f.pinned_at IS NOT NULL ${keyset}
           ORDER BY f.pinned_at DESC, f.id DESC LIMIT ${limit + 1}`,
          key ? [...params, key[1], key[2]] : params,
        )),
      );
    }
    if (rows.length <= limit) {
      const keyset = key?.[0] === 'n' ? `AND (f.published_at, f.id) < ($5::timestamptz, $6::uuid)` : '';
      rows.push(
        ...(await this.dataSource.query(
          `SELECT ${FEED_COLUMNS}, 'n' AS section FROM content.feed_items f WHERE ${LISTED} AND f.pinned_at IS NULL ${keyset}
           ORDER BY f.published_at DESC, f.id DESC LIMIT ${limit + 1 - rows.length}`,
          key?.[0] === 'n' ? [...params, key[1], key[2]] : params,
        )),
      );
    }
    const page = rows.slice(0, limit);
    return {
      items: page,
      cursors: page.map((row) => encodeCursor([row.section, (row.section === 'p' ? row.pinnedAt! : row.publishedAt).toISOString(), row.id])),
      hasNextPage: rows.length > limit,
    };
  }

  private async popular(viewer: FeedViewer, limit: number, after?: string | null): Promise<FeedPage> {
    const offset = after ? cursorKey(after, isOffset) + 1 : 0;
    const rows: FeedItemRecord[] = await this.dataSource.query(
      `WITH activity AS (
         SELECT feed_item_id, count(*)::int AS score FROM (
           SELECT feed_item_id FROM content.feed_reactions WHERE network_id = $1 AND created_at > now() - ${POPULAR_WINDOW}
           UNION ALL
           SELECT feed_item_id FROM content.comments WHERE network_id = $1 AND created_at > now() - ${POPULAR_WINDOW}) recent
         GROUP BY feed_item_id)
       SELECT ${FEED_COLUMNS} FROM content.feed_items f LEFT JOIN activity a ON a.feed_item_id = f.id
       WHERE ${LISTED} AND (a.score IS NOT NULL OR f.published_at > now() - ${POPULAR_WINDOW})
       ORDER BY coalesce(a.score, 0) DESC, f.published_at DESC, f.id DESC OFFSET $5 LIMIT ${limit + 1}`,
      [...listedParams(viewer), offset],
    );
    const page = rows.slice(0, limit);
    return { items: page, cursors: page.map((_, index) => encodeCursor(offset + index)), hasNextPage: rows.length > limit };
  }

  /** Posts carrying a hashtag, newest first (`#なんでもOKデー` and `なんでもokデー` are the same tag). */
  async hashtag(viewer: FeedViewer, rawTag: string, first?: number | null, after?: string | null): Promise<FeedPage> {
    const limit = pageSize(first, DEFAULT_FEED_PAGE, MAX_FEED_PAGE);
    const tag = normaliseHashtag(rawTag.trim());
    if (tag === '') return { items: [], cursors: [], hasNextPage: false };
    const key = after ? cursorKey(after, isNewestKey) : null;
    if (key && key[0] !== 'n') throw pagingError('after', 'this cursor does not belong to this list.');
    const rows: FeedItemRecord[] = await this.dataSource.query(
      `SELECT ${FEED_COLUMNS} FROM content.feed_items f JOIN content.posts p ON p.id = f.id
       WHERE ${LISTED} AND p.network_id = $1 AND p.hashtags @> ARRAY[$5]::text[] ${key ? 'AND (f.published_at, f.id) < ($6::timestamptz, $7::uuid)' : ''}
       ORDER BY f.published_at DESC, f.id DESC LIMIT ${limit + 1}`,
      key ? [...listedParams(viewer), tag, key[1], key[2]] : [...listedParams(viewer), tag],
    );
    const page = rows.slice(0, limit);
    return { items: page, cursors: page.map((row) => encodeCursor(['n', row.publishedAt.toISOString(), row.id])), hasNextPage: rows.length > limit };
  }

  /** Items by id that the viewer may open; others (unknown, another network's, not their audience) are absent. */
  async readable(viewer: FeedViewer, ids: string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, FeedItemRecord>> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return new Map();
    const rows: FeedItemRecord[] = await manager.query(`SELECT ${FEED_COLUMNS} FROM content.feed_items f WHERE ${READABLE} AND f.id = ANY($6::uuid[])`, [
      ...readableParams(viewer),
      valid,
    ]);
    return new Map(rows.map((row) => [row.id, row]));
  }

  async find(viewer: FeedViewer, id: string): Promise<FeedItemRecord | null> {
    return (await this.readable(viewer, [id])).get(id) ?? null;
  }

  /** The item locked for a change by the viewer (a like, a comment, a report); NOT_FOUND when they may not open it. */
  async lockReadable(manager: EntityManager, viewer: FeedViewer, id: string, field = 'feedItemId'): Promise<Result<FeedItemRecord>> {
    if (!isUuid(id)) return fail(itemNotFound(field));
    const [row]: FeedItemRecord[] = await manager.query(`SELECT ${FEED_COLUMNS} FROM content.feed_items f WHERE ${READABLE} AND f.id = $6 FOR UPDATE`, [
      ...readableParams(viewer),
      id,
    ]);
    return row ? ok(row) : fail(itemNotFound(field));
  }

  /** Which of the items the viewer liked. */
  async likedBy(viewer: Viewer, ids: string[]): Promise<Map<string, boolean>> {
    const rows: { feed_item_id: string }[] = await this.dataSource.query(
      `SELECT feed_item_id FROM content.feed_reactions WHERE membership_id = $1 AND feed_item_id = ANY($2::uuid[])`,
      [viewer.membershipId, ids.filter(isUuid)],
    );
    const liked = new Set(rows.map((row) => row.feed_item_id));
    return new Map(ids.map((id) => [id, liked.has(id)]));
  }

  /** "Hide this item" (or show it again): from the viewer's own feed only. Doing it twice changes nothing. */
  async hideForViewer(viewer: FeedViewer, feedItemId: string, hidden: boolean): Promise<Result<FeedItemRecord>> {
    return this.dataSource.transaction(async (manager) => {
      const item = await this.lockReadable(manager, viewer, feedItemId);
      if (!item.ok) return item;
      if (hidden) {
        await manager.query(`INSERT INTO content.feed_item_hides (feed_item_id, membership_id, network_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [
          item.value.id,
          viewer.membershipId,
          viewer.networkId,
        ]);
      } else {
        await manager.query(`DELETE FROM content.feed_item_hides WHERE feed_item_id = $1 AND membership_id = $2`, [item.value.id, viewer.membershipId]);
      }
      return item;
    });
  }

  /**
   * Adds an item, or (same network and key) updates what it shows; counts, pins and moderation stay.
   * A new item that is already out is announced (FeedItemAdded), so open feeds offer it at once.
   */
  async upsert(manager: EntityManager, item: NewFeedItem): Promise<void> {
    const [row]: { id: string; inserted: boolean; out: boolean }[] = await manager.query(
      `INSERT INTO content.feed_items (id, network_id, source_key, kind, actor_membership_id, title, excerpt, link_path, subject_typename, subject_id, audience, segment_id, published_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
       ON CONFLICT (network_id, source_key) DO UPDATE SET kind = EXCLUDED.kind, actor_membership_id = EXCLUDED.actor_membership_id, title = EXCLUDED.title,
         excerpt = EXCLUDED.excerpt, link_path = EXCLUDED.link_path, subject_typename = EXCLUDED.subject_typename, subject_id = EXCLUDED.subject_id,
         audience = EXCLUDED.audience, segment_id = EXCLUDED.segment_id, published_at = EXCLUDED.published_at, updated_at = now()
       RETURNING id, (xmax = 0) AS inserted, published_at <= now() AS out`,
      [
        item.id ?? randomUUID(),
        item.networkId,
        item.sourceKey,
        item.kind,
        item.actorMembershipId,
        item.title,
        item.excerpt,
        item.linkPath,
        item.subjectTypename,
        item.subjectId,
        item.audience,
        item.segmentId,
        item.publishedAt,
      ],
    );
    if (!row.inserted || !row.out) return;
    await this.outbox.add(manager, FeedItemAdded, item.networkId, {
      feedItemId: row.id,
      networkId: item.networkId,
      kind: item.kind,
      actorMembershipId: item.actorMembershipId,
      audience: item.audience === 'network' ? 'NETWORK' : item.audience === 'staff' ? 'STAFF' : 'SEGMENT',
      segmentId: item.segmentId,
      publishedAt: new Date(item.publishedAt).toISOString(),
    });
  }

  /** Adds an item unless its key is already in the network's feed; its id, or null when it was there. */
  async insertOnce(manager: EntityManager, item: NewFeedItem): Promise<string | null> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO content.feed_items (id, network_id, source_key, kind, actor_membership_id, title, excerpt, link_path, subject_typename, subject_id, audience, segment_id, published_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) ON CONFLICT (network_id, source_key) DO NOTHING RETURNING id`,
      [
        item.id ?? randomUUID(),
        item.networkId,
        item.sourceKey,
        item.kind,
        item.actorMembershipId,
        item.title,
        item.excerpt,
        item.linkPath,
        item.subjectTypename,
        item.subjectId,
        item.audience,
        item.segmentId,
        item.publishedAt,
      ],
    );
    return rows[0]?.id ?? null;
  }

  /** FeedItemPublished from any service. */
  published(manager: EntityManager, data: EventData<typeof FeedItemPublished>): Promise<void> {
    return this.upsert(manager, {
      networkId: data.networkId,
      sourceKey: data.key,
      kind: data.kind,
      actorMembershipId: data.actorMembershipId,
      title: data.title,
      excerpt: data.excerpt,
      linkPath: data.linkPath,
      subjectTypename: data.subject?.typename ?? null,
      subjectId: data.subject?.id ?? null,
      audience: data.audience === 'NETWORK' ? 'network' : data.audience === 'STAFF' ? 'staff' : 'segment',
      segmentId: data.audience === 'SEGMENT' ? data.segmentId : null,
      publishedAt: data.publishedAt,
    });
  }

  /** An item taken back by its publisher goes with its likes, comments and reports. */
  async withdrawn(manager: EntityManager, networkId: string, key: string): Promise<void> {
    await manager.query(`DELETE FROM content.feed_items WHERE network_id = $1 AND source_key = $2`, [networkId, key]);
  }

  /** A member approved into the network: everyone may welcome them. */
  newMember(manager: EntityManager, data: EventData<typeof MembershipApproved>): Promise<void> {
    return this.upsert(manager, {
      networkId: data.networkId,
      sourceKey: `identity.membership:${data.membershipId}`,
      kind: 'NEW_MEMBER',
      actorMembershipId: data.membershipId,
      title: data.displayName,
      excerpt: '',
      linkPath: memberPath(data.membershipId),
      subjectTypename: 'Member',
      subjectId: data.membershipId,
      audience: 'network',
      segmentId: null,
      publishedAt: data.approvedAt,
    });
  }

  /**
   * A new employer or job title, when the network may see it: the snapshot says which fields the
   * network sees; without that, nothing is announced. One item per member, the latest change.
   */
  async jobChange(manager: EntityManager, data: EventData<typeof ProfileUpdated>): Promise<void> {
    if (!data.profile || !data.networkVisibleFields) return;
    const visible = new Set(data.networkVisibleFields);
    const changed = data.changedFields.filter(
      (field) => (field === 'employer' || field === 'jobTitle') && visible.has(field) && data.profile!.fields[field] !== undefined,
    );
    if (changed.length === 0) return;
    const [known]: { status: string }[] = await manager.query(`SELECT status FROM content.members WHERE membership_id = $1 AND network_id = $2`, [
      data.membershipId,
      data.networkId,
    ]);
    if (known?.status !== 'approved') return;
    const shown = (field: string) => (visible.has(field) && typeof data.profile!.fields[field] === 'string' ? data.profile!.fields[field] : '');
    await this.upsert(manager, {
      networkId: data.networkId,
      sourceKey: `directory.job:${data.membershipId}`,
      kind: 'JOB_CHANGE',
      actorMembershipId: data.membershipId,
      title: data.profile.displayName,
      excerpt: [shown('jobTitle'), shown('employer')].filter((part) => part !== '').join(' · '),
      linkPath: memberPath(data.membershipId),
      subjectTypename: 'Member',
      subjectId: data.membershipId,
      audience: 'network',
      segmentId: null,
      publishedAt: data.updatedAt,
    });
  }

  /** A new open talk room (invite-only rooms stay out of the feed). */
  async newRoom(manager: EntityManager, data: EventData<typeof RoomCreated>): Promise<void> {
    if (data.visibility !== 'open') return;
    await this.upsert(manager, {
      networkId: data.networkId,
      sourceKey: `messaging.room:${data.conversationId}`,
      kind: 'NEW_ROOM',
      actorMembershipId: data.createdBy,
      title: data.name,
      excerpt: excerptOf(data.description),
      linkPath: `/messages/${data.conversationId}`,
      subjectTypename: 'Conversation',
      subjectId: data.conversationId,
      audience: 'network',
      segmentId: null,
      publishedAt: data.createdAt,
    });
  }
}
