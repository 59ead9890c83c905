import type { DataSource } from 'typeorm';
import type { Viewer } from '@kizuna/auth';
import { cursorKey, encodeCursor, isTimeAndId, pageSize } from '@kizuna/data';
import { ArticleReviewed, ArticleSubmitted, type Outbox } from '@kizuna/events';
import { characterCount, fail, ok, type Result, UserError } from '@kizuna/subgraph';
import {
  ARTICLE_COLUMNS,
  articleNotFound,
  authorOf,
  DEFAULT_ARTICLE_PAGE,
  MAX_ARTICLE_PAGE,
  type ArticlePage,
  type ArticleRecord,
  type ArticleService,
} from './article.service';
import { isContentModerator } from '../feed/feed-item.record';
import type { ContentSettingsService } from './content-settings.service';

export const MAX_REJECTION_REASON_CHARACTERS = 1000;

/**
 * Articles written by members, through the office's review: the author submits a draft (only
 * where the network lets members write) and may withdraw it while it waits; staff with
 * MANAGE_CONTENT approve it (ArticleService.publish: the one publishing path) or send it back with
 * a reason the author sees, who may change it and submit it again.
 */
export class ArticleReviewService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly articles: ArticleService,
    private readonly settings: ContentSettingsService,
  ) {}

  /** The author's draft goes into the review queue (a rejection's reason is cleared). */
  async submit(viewer: Viewer, articleId: string): Promise<Result<ArticleRecord>> {
    return this.dataSource.transaction(async (manager) => {
      // Staff may always ask a colleague to review their draft; members only where the network lets them write.
      if (!isContentModerator(viewer)) await this.settings.requireMemberWriting(viewer, manager);
      const article = await this.articles.lockedById(manager, viewer.networkId, articleId);
      if (!article || article.authorMembershipId !== viewer.membershipId) return fail(articleNotFound());
      if (article.status !== 'draft') return fail(UserError.of('NOT_DRAFT', 'Only a draft can be submitted for review.', 'articleId'));
      await manager.query(
        `UPDATE content.articles SET status = 'submitted', submitted_at = date_trunc('milliseconds', now()), rejection_reason = NULL WHERE id = $1`,
        [article.id],
      );
      const submitted = (await this.articles.lockedById(manager, viewer.networkId, article.id))!;
      await this.outbox.add(manager, ArticleSubmitted, submitted.networkId, {
        articleId: submitted.id,
        networkId: submitted.networkId,
        authorMembershipId: viewer.membershipId,
        title: submitted.title,
        excerpt: submitted.excerpt,
        submittedAt: submitted.submittedAt!.toISOString(),
      });
      return ok(submitted);
    });
  }

  /** The author takes their submission back: a draft again, out of the queue (allowed whatever the setting). */
  async withdraw(viewer: Viewer, articleId: string): Promise<Result<ArticleRecord>> {
    return this.dataSource.transaction(async (manager) => {
      const article = await this.articles.lockedById(manager, viewer.networkId, articleId);
      if (!article || article.authorMembershipId !== viewer.membershipId) return fail(articleNotFound());
      if (article.status !== 'submitted') return fail(UserError.of('NOT_SUBMITTED', 'This article is not waiting for review.', 'articleId'));
      await manager.query(`UPDATE content.articles SET status = 'draft', submitted_at = NULL WHERE id = $1`, [article.id]);
      return ok((await this.articles.lockedById(manager, viewer.networkId, article.id))!);
    });
  }

  /** Staff approve a submission: published now, or scheduled for `publishAt`. */
  approve(viewer: Viewer, articleId: string, publishAt?: Date | null): Promise<Result<ArticleRecord>> {
    return this.articles.publish(viewer, articleId, publishAt, true);
  }

  /** Staff send a submission back to its author as a draft, with the reason they see. */
  async reject(viewer: Viewer, articleId: string, rawReason: string): Promise<Result<ArticleRecord>> {
    const reason = rawReason.trim();
    if (reason === '') return fail(UserError.of('VALIDATION', 'Tell the author why.', 'reason'));
    if (characterCount(reason) > MAX_REJECTION_REASON_CHARACTERS)
      return fail(UserError.of('VALIDATION', `The reason may hold at most ${MAX_REJECTION_REASON_CHARACTERS} characters.`, 'reason'));
    return this.dataSource.transaction(async (manager) => {
      const article = await this.articles.lockedById(manager, viewer.networkId, articleId);
      if (!article) return fail(articleNotFound());
      if (article.status !== 'submitted') return fail(UserError.of('NOT_SUBMITTED', 'This article is not waiting for review.', 'articleId'));
      await manager.query(
        `UPDATE content.articles SET status = 'draft', submitted_at = NULL, rejection_reason = $2, reviewed_at = now(), reviewer_membership_id = $3 WHERE id = $1`,
        [article.id, reason, viewer.membershipId],
      );
      const rejected = (await this.articles.lockedById(manager, viewer.networkId, article.id))!;
      await this.outbox.add(manager, ArticleReviewed, rejected.networkId, {
        articleId: rejected.id,
        networkId: rejected.networkId,
        authorMembershipId: authorOf(rejected),
        reviewerMembershipId: viewer.membershipId,
        title: rejected.title,
        decision: 'REJECTED',
        reason,
        publishedAt: null,
        reviewedAt: new Date().toISOString(),
      });
      return ok(rejected);
    });
  }

  /** The network's submissions waiting for review, oldest first. */
  async queue(viewer: Viewer, options: { first?: number | null; after?: string | null }): Promise<ArticlePage> {
    const limit = pageSize(options.first, DEFAULT_ARTICLE_PAGE, MAX_ARTICLE_PAGE);
    const key = options.after ? cursorKey(options.after, isTimeAndId) : null;
    const rows: ArticleRecord[] = await this.dataSource.query(
      `SELECT ${ARTICLE_COLUMNS} FROM content.articles a WHERE a.network_id = $1 AND a.status = 'submitted'
       ${key ? 'AND (a.submitted_at, a.id) > ($2::timestamptz, $3::uuid)' : ''} ORDER BY a.submitted_at, a.id LIMIT ${limit + 1}`,
      [viewer.networkId, ...(key ?? [])],
    );
    const page = rows.slice(0, limit);
    return { items: page, cursors: page.map((row) => encodeCursor([row.submittedAt!.toISOString(), row.id])), hasNextPage: rows.length > limit };
  }

  async queueCount(viewer: Viewer): Promise<number> {
    const [row]: { count: string }[] = await this.dataSource.query(`SELECT count(*) FROM content.articles WHERE network_id = $1 AND status = 'submitted'`, [
      viewer.networkId,
    ]);
    return Number(row.count);
  }

  /** The viewer's own articles in their network, whatever their status, last changed first. */
  async mine(viewer: Viewer, options: { first?: number | null; after?: string | null }): Promise<ArticlePage> {
    const limit = pageSize(options.first, DEFAULT_ARTICLE_PAGE, MAX_ARTICLE_PAGE);
    const key = options.after ? cursorKey(options.after, isTimeAndId) : null;
    const rows: ArticleRecord[] = await this.dataSource.query(
      `SELECT ${ARTICLE_COLUMNS} FROM content.articles a WHERE a.author_membership_id = $1 AND a.network_id = $2
       ${key ? 'AND (a.updated_at, a.id) < ($3::timestamptz, $4::uuid)' : ''} ORDER BY a.updated_at DESC, a.id DESC LIMIT ${limit + 1}`,
      [viewer.membershipId, viewer.networkId, ...(key ?? [])],
    );
    const page = rows.slice(0, limit);
    return { items: page, cursors: page.map((row) => encodeCursor([row.updatedAt.toISOString(), row.id])), hasNextPage: rows.length > limit };
  }
}
