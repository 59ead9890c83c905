import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Viewer } from '@kizuna/auth';
import type { FeedViewer } from '../segments/segment-membership';
import { cursorKey, encodeCursor, isTimeAndId, isUuid, pageSize } from '@kizuna/data';
import { FeedItemHidden, FeedItemReported, type Outbox } from '@kizuna/events';
import { characterCount, fail, ok, UserError, type Result } from '@kizuna/subgraph';
import { FEED_COLUMNS, itemNotFound, type FeedItemRecord } from '../feed/feed-item.record';
import type { FeedService } from '../feed/feed.service';

export const MAX_REASON_CHARACTERS = 1000;

export interface ReportRecord {
  id: string;
  feedItemId: string;
  commentId: string | null;
  reporterMembershipId: string;
  reason: string;
  status: 'open' | 'dismissed' | 'actioned';
  createdAt: Date;
}

export interface ModerationCase {
  item: FeedItemRecord;
  openReportCount: number;
  latestReportAt: Date;
  reports: ReportRecord[];
}

export interface ModerationPage {
  cases: ModerationCase[];
  cursors: string[];
  hasNextPage: boolean;
}

const REPORT_COLUMNS = `r.id, r.feed_item_id AS "feedItemId", r.comment_id AS "commentId", r.reporter_membership_id AS "reporterMembershipId", r.reason, r.status, r.created_at AS "createdAt"`;
/** The reports a case shows at once; the count says how many there are. */
const REPORTS_PER_CASE = 10;

/** Reports by members; the queue, hiding, dismissing and pinning by staff with MANAGE_CONTENT (checked by the resolver). */
export class ModerationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly feed: FeedService,
  ) {}

  /** Any member reports an item they can see, or one of its comments; reporting the same thing again while open changes nothing. */
  async report(viewer: FeedViewer, feedItemId: string, commentId: string | null | undefined, rawReason: string): Promise<Result<ReportRecord>> {
    const reason = rawReason.trim();
    if (reason === '') return fail(UserError.of('VALIDATION', 'Say why you report it.', 'reason'));
    if (characterCount(reason) > MAX_REASON_CHARACTERS)
      return fail(UserError.of('LIMIT_EXCEEDED', `A reason may hold at most ${MAX_REASON_CHARACTERS} characters.`, 'reason'));
    return this.dataSource.transaction(async (manager) => {
      const item = await this.feed.lockReadable(manager, viewer, feedItemId);
      if (!item.ok) return item;
      if (commentId) {
        const found: unknown[] = isUuid(commentId)
          ? await manager.query(`SELECT 1 FROM content.comments WHERE id = $1 AND feed_item_id = $2`, [commentId, item.value.id])
          : [];
        if (found.length === 0) return fail(UserError.of('NOT_FOUND', 'No such comment on this item.', 'commentId'));
      }
      const [existing]: ReportRecord[] = await manager.query(
        `SELECT ${REPORT_COLUMNS} FROM content.reports r WHERE r.reporter_membership_id = $1 AND r.feed_item_id = $2 AND r.comment_id IS NOT DISTINCT FROM $3 AND r.status = 'open'`,
        [viewer.membershipId, item.value.id, commentId || null],
      );
      if (existing) return ok(existing);
      const id = randomUUID();
      const [report]: ReportRecord[] = await manager.query(
        `INSERT INTO content.reports AS r (id, network_id, feed_item_id, comment_id, reporter_membership_id, reason) VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${REPORT_COLUMNS}`,
        [id, viewer.networkId, item.value.id, commentId || null, viewer.membershipId, reason],
      );
      await this.outbox.add(manager, FeedItemReported, viewer.networkId, {
        reportId: id,
        feedItemId: item.value.id,
        commentId: commentId || null,
        networkId: viewer.networkId,
        reportedBy: viewer.membershipId,
        reportedAt: report.createdAt.toISOString(),
      });
      return ok(report);
    });
  }

  /** Open reports grouped by item, the most recently reported item first. */
  async queue(viewer: Viewer, first?: number | null, after?: string | null): Promise<ModerationPage> {
    const limit = pageSize(first, 20, 50);
    const key = after ? cursorKey(after, isTimeAndId) : null;
    const groups: { feed_item_id: string; open: number; latest: Date }[] = await this.dataSource.query(
      `SELECT feed_item_id, count(*)::int AS open, max(created_at) AS latest FROM content.reports WHERE network_id = $1 AND status = 'open'
       GROUP BY feed_item_id ${key ? 'HAVING (max(created_at), feed_item_id) < ($2::timestamptz, $3::uuid)' : ''}
       ORDER BY latest DESC, feed_item_id DESC LIMIT ${limit + 1}`,
      [viewer.networkId, ...(key ?? [])],
    );
    const page = groups.slice(0, limit);
    const ids = page.map((group) => group.feed_item_id);
    const items: FeedItemRecord[] = await this.dataSource.query(
      `SELECT ${FEED_COLUMNS} FROM content.feed_items f WHERE f.network_id = $1 AND f.id = ANY($2::uuid[])`,
      [viewer.networkId, ids],
    );
    const reports: (ReportRecord & { rank: number })[] = await this.dataSource.query(
      `SELECT * FROM (SELECT ${REPORT_COLUMNS}, row_number() OVER (PARTITION BY r.feed_item_id ORDER BY r.created_at DESC, r.id) AS rank
       FROM content.reports r WHERE r.network_id = $1 AND r.status = 'open' AND r.feed_item_id = ANY($2::uuid[])) ranked WHERE rank <= ${REPORTS_PER_CASE}`,
      [viewer.networkId, ids],
    );
    const itemById = new Map(items.map((item) => [item.id, item]));
    return {
      cases: page.map((group) => ({
        item: itemById.get(group.feed_item_id)!,
        openReportCount: group.open,
        latestReportAt: group.latest,
        reports: reports.filter((report) => report.feedItemId === group.feed_item_id).map(({ rank: _rank, ...report }) => report),
      })),
      cursors: page.map((group) => encodeCursor([group.latest.toISOString(), group.feed_item_id])),
      hasNextPage: groups.length > limit,
    };
  }

  /** Hides an item from everyone but its author (or shows it again); hiding settles the item's open reports. */
  async setHidden(viewer: FeedViewer, feedItemId: string, hidden: boolean): Promise<Result<FeedItemRecord>> {
    return this.dataSource.transaction(async (manager) => {
      const item = await this.feed.lockReadable(manager, viewer, feedItemId);
      if (!item.ok) return item;
      if ((item.value.hiddenAt !== null) === hidden) return item;
      const [updated]: FeedItemRecord[] = await manager.query(
        `WITH changed AS (UPDATE content.feed_items SET hidden_at = ${hidden ? 'now()' : 'NULL'}, hidden_by = ${hidden ? '$2::uuid' : 'NULL'}, updated_at = now() WHERE id = $1 RETURNING *)
         SELECT ${FEED_COLUMNS} FROM changed f`,
        hidden ? [item.value.id, viewer.membershipId] : [item.value.id],
      );
      if (hidden) {
        await manager.query(
          `UPDATE content.reports SET status = 'actioned', resolved_at = now(), resolved_by = $2 WHERE feed_item_id = $1 AND status = 'open' AND comment_id IS NULL`,
          [item.value.id, viewer.membershipId],
        );
      }
      await this.outbox.add(manager, FeedItemHidden, viewer.networkId, {
        feedItemId: item.value.id,
        networkId: viewer.networkId,
        itemActorMembershipId: item.value.actorMembershipId,
        hidden,
        by: viewer.membershipId,
        at: new Date().toISOString(),
      });
      return ok(updated);
    });
  }

  /** Closes an open report without action. */
  async dismiss(viewer: Viewer, reportId: string): Promise<Result<ReportRecord>> {
    if (!isUuid(reportId)) return fail(UserError.of('NOT_FOUND', 'No such report.', 'reportId'));
    const [report]: ReportRecord[] = await this.dataSource.query(
      `WITH dismissed AS (UPDATE content.reports SET status = 'dismissed', resolved_at = now(), resolved_by = $3 WHERE id = $1 AND network_id = $2 AND status = 'open' RETURNING *)
       SELECT ${REPORT_COLUMNS} FROM dismissed r`,
      [reportId, viewer.networkId, viewer.membershipId],
    );
    if (report) return ok(report);
    const [closed]: ReportRecord[] = await this.dataSource.query(`SELECT ${REPORT_COLUMNS} FROM content.reports r WHERE r.id = $1 AND r.network_id = $2`, [
      reportId,
      viewer.networkId,
    ]);
    return closed ? ok(closed) : fail(UserError.of('NOT_FOUND', 'No such report.', 'reportId'));
  }

  /** Pins an item on top of everyone's feed (latest pin first), or unpins it. */
  async setPinned(viewer: FeedViewer, feedItemId: string, pinned: boolean): Promise<Result<FeedItemRecord>> {
    if (!isUuid(feedItemId)) return fail(itemNotFound());
    const [updated]: FeedItemRecord[] = await this.dataSource.query(
      `WITH changed AS (UPDATE content.feed_items SET pinned_at = ${pinned ? 'coalesce(pinned_at, now())' : 'NULL'}, pinned_by = ${pinned ? '$3::uuid' : 'NULL'}, updated_at = now()
         WHERE id = $1 AND network_id = $2 RETURNING *)
       SELECT ${FEED_COLUMNS} FROM changed f`,
      pinned ? [feedItemId, viewer.networkId, viewer.membershipId] : [feedItemId, viewer.networkId],
    );
    return updated ? ok(updated) : fail(itemNotFound());
  }
}
