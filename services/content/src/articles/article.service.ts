import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '@kizuna/auth';
import { cursorKey, encodeCursor, isUuid, pageSize } from '@kizuna/data';
import { ArticlePublished, ArticleReviewed, ArticleUnpublished, ArticleUpdated, type Outbox } from '@kizuna/events';
import {
  characterCount,
  DELETED_MEMBER_ID,
  fail,
  hasControlCharacters,
  type Logger,
  ok,
  periodicJob,
  type PeriodicJob,
  type Result,
  UserError,
} from '@kizuna/subgraph';
import { isContentModerator, isStaff, type FeedAudience } from '../feed/feed-item.record';
import { excerptOf, type FeedService } from '../feed/feed.service';
import type { FeedViewer } from '../segments/segment-membership';
import { readDocument, type ArticleDocument } from './article-document';
import { articleFilesExist } from './article-files.service';
import type { ContentSettingsService } from './content-settings.service';

export type ArticleStatus = 'draft' | 'submitted' | 'scheduled' | 'published';

export interface ArticleRecord {
  id: string;
  networkId: string;
  authorMembershipId: string | null;
  editorMembershipId: string | null;
  title: string;
  body: ArticleDocument;
  excerpt: string;
  coverImageId: string | null;
  categoryId: string | null;
  audience: FeedAudience;
  segmentId: string | null;
  status: ArticleStatus;
  publishedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  readCount: number;
  uniqueReaderCount: number;
  /** SUBMITTED: since when it waits for review. */
  submittedAt: Date | null;
  /** A draft staff sent back: why (cleared when it is submitted again). */
  rejectionReason: string | null;
}

export interface ArticleRevisionRecord {
  id: string;
  articleId: string;
  title: string;
  body: ArticleDocument;
  editorMembershipId: string | null;
  writtenAt: Date;
  replacedAt: Date;
}

export interface ArticleCategoryRecord {
  id: string;
  networkId: string;
  name: string;
  createdAt: Date;
}

/** What staff send to write an article or change it. */
export interface ArticleDraft {
  title: string;
  body: unknown;
  coverImageId?: string | null;
  categoryId?: string | null;
  audience: FeedAudience;
  segmentId?: string | null;
}

export interface ArticlePage {
  items: ArticleRecord[];
  cursors: string[];
  hasNextPage: boolean;
}

export const ARTICLE_COLUMNS = `a.id, a.network_id AS "networkId", a.author_membership_id AS "authorMembershipId", a.editor_membership_id AS "editorMembershipId",
  a.title, a.body, a.excerpt, a.cover_image_id AS "coverImageId", a.category_id AS "categoryId", a.audience, a.segment_id AS "segmentId", a.status,
  a.published_at AS "publishedAt", a.created_at AS "createdAt", a.updated_at AS "updatedAt", a.read_count AS "readCount", a.unique_reader_count AS "uniqueReaderCount",
  a.submitted_at AS "submittedAt", a.rejection_reason AS "rejectionReason"`;

/** Readers count only articles that are out: published, with a publication time that has come. */
const LIVE = `a.status = 'published' AND a.published_at <= now()`;

/**
 * Which articles of its network a viewer may open: all of them for MANAGE_CONTENT staff; their own
 * whatever their status (a member's drafts and submissions); live ones of their audience for
 * everyone else (the feed's rule: the network; staff items for staff; segment items for the
 * segment's members, staff and the author). Parameters: $1 network, $2 viewer's membership, $3
 * viewer is staff, $4 viewer manages content, $5 the viewer's segments.
 */
const VISIBLE = `a.network_id = $1 AND ($4 OR a.author_membership_id = $2 OR (${LIVE}
  AND (a.audience = 'network' OR a.author_membership_id = $2 OR ($3 AND a.audience IN ('staff', 'segment')) OR (a.audience = 'segment' AND a.segment_id = ANY($5::uuid[])))))`;

const visibleParams = (viewer: FeedViewer): [string, string, boolean, boolean, readonly string[]] => [
  viewer.networkId,
  viewer.membershipId,
  isStaff(viewer),
  isContentModerator(viewer),
  viewer.segmentIds,
];

export const MAX_TITLE_CHARACTERS = 200;
export const MAX_CATEGORY_CHARACTERS = 60;
export const DEFAULT_ARTICLE_PAGE = 20;
export const MAX_ARTICLE_PAGE = 50;
/** Due articles published per statement of the periodic check. */
const PUBLISH_BATCH = 100;

export const articlePath = (id: string) => `/articles/${id}`;
export const articleSourceKey = (id: string) => `content.article:${id}`;
export const articleNotFound = () => UserError.of('NOT_FOUND', 'No such article.', 'articleId');
const categoryNotFound = (field = 'categoryId') => UserError.of('NOT_FOUND', 'No such category.', field);
const EVENT_AUDIENCE = { network: 'NETWORK', staff: 'STAFF', segment: 'SEGMENT' } as const;
const EVENT_STATUS = { draft: 'DRAFT', submitted: 'SUBMITTED', scheduled: 'SCHEDULED', published: 'PUBLISHED' } as const;

/** An article whose author deleted their account is by no one. */
export const authorOf = (article: ArticleRecord) => (article.authorMembershipId === DELETED_MEMBER_ID ? null : article.authorMembershipId);

type ArticleKey = [string, string];
const isArticleKey = (key: unknown): key is ArticleKey =>
  Array.isArray(key) && key.length === 2 && typeof key[0] === 'string' && !Number.isNaN(Date.parse(key[0])) && isUuid(key[1]);

/** A one-line name or title of 1–`max` characters. */
function readLine(value: string, max: number, field: string, what: string): Result<string> {
  const trimmed = value.trim();
  if (trimmed === '') return fail(UserError.of('VALIDATION', `Give the ${what}.`, field));
  if (characterCount(trimmed) > max) return fail(UserError.of('VALIDATION', `The ${what} may hold at most ${max} characters.`, field));
  if (hasControlCharacters(trimmed, 'none')) return fail(UserError.of('VALIDATION', `The ${what} is one line without control characters.`, field));
  return ok(trimmed);
}

/**
 * The office's articles: written by staff with MANAGE_CONTENT as structured documents, published
 * now or at a set time into the feed (a feed item of kind ARTICLE with the same id, written in the
 * same transaction), edited with every earlier version kept, read by their audience.
 */
export class ArticleService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly feed: FeedService,
    private readonly settings: ContentSettingsService,
  ) {}

  /** Live articles of the viewer's network, in total. */
  async publishedCount(viewer: Viewer): Promise<number> {
    const [row]: { count: string }[] = await this.dataSource.query(`SELECT count(*) FROM content.articles a WHERE a.network_id = $1 AND ${LIVE}`, [
      viewer.networkId,
    ]);
    return Number(row.count);
  }

  /** Live articles per author among `memberIds`, counting only the viewer's network (0 for anyone else). */
  async publishedCountsByAuthor(viewer: Viewer, memberIds: string[]): Promise<Map<string, number>> {
    const ids = memberIds.filter(isUuid);
    const counts = new Map(memberIds.map((id) => [id, 0]));
    if (ids.length === 0) return counts;
    const rows: { author: string; count: string }[] = await this.dataSource.query(
      `SELECT a.author_membership_id AS author, count(*) FROM content.articles a
       WHERE a.network_id = $1 AND a.author_membership_id = ANY($2::uuid[]) AND ${LIVE} GROUP BY a.author_membership_id`,
      [viewer.networkId, ids],
    );
    for (const row of rows) counts.set(row.author, Number(row.count));
    return counts;
  }

  /** Checks a draft: every error at once, each on its field; images and the category must be this network's. */
  private async checkDraft(
    manager: EntityManager,
    viewer: Viewer,
    draft: ArticleDraft,
  ): Promise<Result<{ title: string; body: ArticleDocument; excerpt: string; fileIds: string[] }>> {
    const errors: UserError[] = [];
    const title = readLine(draft.title, MAX_TITLE_CHARACTERS, 'title', 'title');
    if (!title.ok) errors.push(...title.errors);
    const body = readDocument(draft.body);
    if (!body.ok) errors.push(...body.errors);
    // Members write for the whole network; choosing readers is the office's.
    if (!isContentModerator(viewer) && draft.audience !== 'network')
      errors.push(UserError.of('FORBIDDEN', 'Articles by members are for the whole network.', 'audience'));
    if (draft.audience === 'segment' && !isUuid(draft.segmentId)) errors.push(UserError.of('VALIDATION', 'Choose the segment that may read it.', 'segmentId'));
    if (draft.audience !== 'segment' && draft.segmentId) errors.push(UserError.of('VALIDATION', 'Only a SEGMENT audience names a segment.', 'segmentId'));
    const imageIds = [...(body.ok ? body.value.imageIds : []), ...(draft.coverImageId ? [draft.coverImageId] : [])];
    const images = await manager.query<{ id: string }[]>(
      `SELECT id FROM content.post_images WHERE id = ANY($1::uuid[]) AND network_id = $2 AND purpose = 'article'`,
      [imageIds.filter(isUuid), viewer.networkId],
    );
    const known = new Set(images.map((row) => row.id));
    if (body.ok && body.value.imageIds.some((id) => !known.has(id)))
      errors.push(UserError.of('NOT_FOUND', 'An image of the body is not an uploaded article image.', 'body'));
    if (draft.coverImageId && !known.has(draft.coverImageId)) errors.push(UserError.of('NOT_FOUND', 'No such article image.', 'coverImageId'));
    if (body.ok && !(await articleFilesExist(manager, viewer.networkId, body.value.files)))
      errors.push(UserError.of('VALIDATION', 'A video or PDF of the body is not an uploaded article file of that kind.', 'body'));
    if (draft.categoryId && !(await this.category(manager, viewer.networkId, draft.categoryId))) errors.push(categoryNotFound());
    if (errors.length > 0 || !title.ok || !body.ok) return fail(...errors);
    return ok({
      title: title.value,
      body: body.value.json,
      excerpt: excerptOf(body.value.plainText),
      fileIds: [...new Set(body.value.files.map((file) => file.fileId))],
    });
  }

  /**
   * A new draft; nobody but staff and its author sees it until it is published. Members (without
   * MANAGE_CONTENT) write only where their network lets them (FORBIDDEN otherwise).
   */
  async create(viewer: Viewer, draft: ArticleDraft): Promise<Result<ArticleRecord>> {
    return this.dataSource.transaction(async (manager) => {
      if (!isContentModerator(viewer)) await this.settings.requireMemberWriting(viewer, manager);
      const checked = await this.checkDraft(manager, viewer, draft);
      if (!checked.ok) return checked;
      const id = randomUUID();
      await manager.query(
        `INSERT INTO content.articles (id, network_id, author_membership_id, editor_membership_id, title, body, excerpt, cover_image_id, category_id, audience, segment_id, status, file_ids)
         VALUES ($1, $2, $3, $3, $4, $5::jsonb, $6, $7, $8, $9, $10, 'draft', $11::uuid[])`,
        [
          id,
          viewer.networkId,
          viewer.membershipId,
          checked.value.title,
          JSON.stringify(checked.value.body),
          checked.value.excerpt,
          draft.coverImageId ?? null,
          draft.categoryId ?? null,
          draft.audience,
          draft.audience === 'segment' ? draft.segmentId! : null,
          checked.value.fileIds,
        ],
      );
      return ok((await this.lockedById(manager, viewer.networkId, id))!);
    });
  }

  /**
   * Changes an article; the version it replaces is kept (title, body, who wrote it and when) when
   * the title or the body changed. A published article's feed item follows at once. A member
   * changes only their own drafts and submissions; a submission they change leaves the review
   * queue and is a draft again, to be submitted once more.
   */
  async edit(viewer: Viewer, articleId: string, draft: ArticleDraft): Promise<Result<ArticleRecord>> {
    return this.dataSource.transaction(async (manager) => {
      const byMember = !isContentModerator(viewer);
      if (byMember) await this.settings.requireMemberWriting(viewer, manager);
      const article = await this.lockedById(manager, viewer.networkId, articleId);
      if (!article || (byMember && article.authorMembershipId !== viewer.membershipId)) return fail(articleNotFound());
      if (byMember && (article.status === 'scheduled' || article.status === 'published'))
        return fail(UserError.of('FORBIDDEN', 'Once approved, an article is changed by the office.', 'articleId'));
      const checked = await this.checkDraft(manager, viewer, draft);
      if (!checked.ok) return checked;
      if (byMember && article.status === 'submitted')
        await manager.query(`UPDATE content.articles SET status = 'draft', submitted_at = NULL WHERE id = $1`, [article.id]);
      const textChanged = article.title !== checked.value.title || JSON.stringify(article.body) !== JSON.stringify(checked.value.body);
      if (textChanged) {
        await manager.query(
          `INSERT INTO content.article_revisions (id, article_id, network_id, title, body, editor_membership_id, written_at) VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7)`,
          [randomUUID(), article.id, article.networkId, article.title, JSON.stringify(article.body), article.editorMembershipId, article.updatedAt],
        );
      }
      await manager.query(
        `UPDATE content.articles SET title = $2, body = $3::jsonb, excerpt = $4, cover_image_id = $5, category_id = $6, audience = $7, segment_id = $8,
           editor_membership_id = $9, file_ids = $10::uuid[], updated_at = now() WHERE id = $1`,
        [
          article.id,
          checked.value.title,
          JSON.stringify(checked.value.body),
          checked.value.excerpt,
          draft.coverImageId ?? null,
          draft.categoryId ?? null,
          draft.audience,
          draft.audience === 'segment' ? draft.segmentId! : null,
          viewer.membershipId,
          checked.value.fileIds,
        ],
      );
      const updated = (await this.lockedById(manager, viewer.networkId, article.id))!;
      if (updated.status === 'published') await this.feed.upsert(manager, this.feedRow(updated));
      await this.outbox.add(manager, ArticleUpdated, updated.networkId, {
        articleId: updated.id,
        networkId: updated.networkId,
        editorMembershipId: viewer.membershipId,
        title: updated.title,
        status: EVENT_STATUS[updated.status],
        audience: EVENT_AUDIENCE[updated.audience],
        segmentId: updated.segmentId,
        updatedAt: updated.updatedAt.toISOString(),
      });
      return ok(updated);
    });
  }

  /**
   * Publishes now (into the feed, announced), or schedules it for a future time (the periodic check
   * publishes it then). Publishing a member's submitted article approves it (`ArticleReviewed`).
   * `submittedOnly`: the review queue's approval, for submitted articles only.
   */
  async publish(viewer: Viewer, articleId: string, publishAt?: Date | null, submittedOnly = false): Promise<Result<ArticleRecord>> {
    return this.dataSource.transaction(async (manager) => {
      const article = await this.lockedById(manager, viewer.networkId, articleId);
      if (!article) return fail(articleNotFound());
      if (submittedOnly && article.status !== 'submitted') return fail(UserError.of('NOT_SUBMITTED', 'This article is not waiting for review.', 'articleId'));
      if (article.status === 'published') return fail(UserError.of('ALREADY_PUBLISHED', 'This article is already published.', 'articleId'));
      if (publishAt && publishAt.getTime() <= Date.now()) return fail(UserError.of('VALIDATION', 'The publication time must be in the future.', 'publishAt'));
      const reviewed = article.status === 'submitted' ? `, submitted_at = NULL, reviewed_at = now(), reviewer_membership_id = $2` : '';
      const reviewer = article.status === 'submitted' ? [viewer.membershipId] : [];
      let result: ArticleRecord;
      if (publishAt) {
        await manager.query(`UPDATE content.articles SET status = 'scheduled', published_at = $${reviewer.length + 2}${reviewed} WHERE id = $1`, [
          article.id,
          ...reviewer,
          publishAt,
        ]);
        result = (await this.lockedById(manager, viewer.networkId, article.id))!;
      } else {
        await manager.query(`UPDATE content.articles SET status = 'published', published_at = date_trunc('milliseconds', now())${reviewed} WHERE id = $1`, [
          article.id,
          ...reviewer,
        ]);
        result = (await this.lockedById(manager, viewer.networkId, article.id))!;
        await this.announce(manager, result, false);
      }
      if (article.status === 'submitted')
        await this.outbox.add(manager, ArticleReviewed, result.networkId, {
          articleId: result.id,
          networkId: result.networkId,
          authorMembershipId: authorOf(result),
          reviewerMembershipId: viewer.membershipId,
          title: result.title,
          decision: 'APPROVED',
          reason: null,
          publishedAt: result.publishedAt!.toISOString(),
          reviewedAt: new Date().toISOString(),
        });
      return ok(result);
    });
  }

  /** Back to a draft: out of the feed (with its likes and comments), or no longer scheduled. */
  async unpublish(viewer: Viewer, articleId: string): Promise<Result<ArticleRecord>> {
    return this.dataSource.transaction(async (manager) => {
      const article = await this.lockedById(manager, viewer.networkId, articleId);
      if (!article) return fail(articleNotFound());
      if (article.status === 'draft' || article.status === 'submitted')
        return fail(UserError.of('NOT_PUBLISHED', 'This article is not published.', 'articleId'));
      await manager.query(`UPDATE content.articles SET status = 'draft', published_at = NULL WHERE id = $1`, [article.id]);
      if (article.status === 'published') await this.withdraw(manager, article, false);
      return ok((await this.lockedById(manager, viewer.networkId, article.id))!);
    });
  }

  /** The article goes with its feed item, earlier versions and reads. */
  async delete(viewer: Viewer, articleId: string): Promise<Result<string>> {
    return this.dataSource.transaction(async (manager) => {
      const article = await this.lockedById(manager, viewer.networkId, articleId);
      if (!article) return fail<string>(articleNotFound());
      if (article.status === 'published') await this.withdraw(manager, article, true);
      await manager.query(`DELETE FROM content.articles WHERE id = $1`, [article.id]);
      return ok(article.id);
    });
  }

  /**
   * Publishes the scheduled articles whose time has come, each exactly once: the status changes in
   * the transaction that writes the feed item and the event, and SKIP LOCKED lets several instances
   * share the work without waiting on each other or publishing one twice.
   */
  async publishDue(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const due: ArticleRecord[] = await manager.query(
        `SELECT ${ARTICLE_COLUMNS} FROM content.articles a WHERE a.status = 'scheduled' AND a.published_at <= now()
         ORDER BY a.published_at LIMIT ${PUBLISH_BATCH} FOR UPDATE SKIP LOCKED`,
      );
      for (const article of due) {
        await manager.query(`UPDATE content.articles SET status = 'published' WHERE id = $1`, [article.id]);
        await this.announce(manager, { ...article, status: 'published' }, true);
      }
      return due.length;
    });
  }

  /** A reader opened the article: counted per open, and once per reader. NOT_FOUND for what they may not read. */
  async recordRead(viewer: FeedViewer, articleId: string): Promise<Result<ArticleRecord>> {
    return this.dataSource.transaction(async (manager) => {
      if (!isUuid(articleId)) return fail(articleNotFound());
      const [article]: ArticleRecord[] = await manager.query(
        `SELECT ${ARTICLE_COLUMNS} FROM content.articles a WHERE ${VISIBLE} AND ${LIVE} AND a.id = $6 FOR UPDATE`,
        [...visibleParams(viewer), articleId],
      );
      if (!article) return fail(articleNotFound());
      const [read]: { first: boolean }[] = await manager.query(
        `INSERT INTO content.article_reads (article_id, membership_id, network_id) VALUES ($1, $2, $3)
         ON CONFLICT (article_id, membership_id) DO UPDATE SET read_count = content.article_reads.read_count + 1, last_read_at = now()
         RETURNING (xmax = 0) AS first`,
        [article.id, viewer.membershipId, viewer.networkId],
      );
      const [[counts]]: [{ readCount: number; uniqueReaderCount: number }[], number] = await manager.query(
        `UPDATE content.articles SET read_count = read_count + 1, unique_reader_count = unique_reader_count + $2
         WHERE id = $1 RETURNING read_count AS "readCount", unique_reader_count AS "uniqueReaderCount"`,
        [article.id, read.first ? 1 : 0],
      );
      return ok({ ...article, ...counts });
    });
  }

  private feedRow(article: ArticleRecord) {
    return {
      id: article.id,
      networkId: article.networkId,
      sourceKey: articleSourceKey(article.id),
      kind: 'ARTICLE',
      actorMembershipId: authorOf(article),
      title: article.title,
      excerpt: article.excerpt,
      linkPath: articlePath(article.id),
      subjectTypename: 'Article',
      subjectId: article.id,
      audience: article.audience,
      segmentId: article.segmentId,
      publishedAt: article.publishedAt!,
    };
  }

  private async announce(manager: EntityManager, article: ArticleRecord, scheduled: boolean): Promise<void> {
    await this.feed.upsert(manager, this.feedRow(article));
    await this.outbox.add(manager, ArticlePublished, article.networkId, {
      articleId: article.id,
      networkId: article.networkId,
      authorMembershipId: authorOf(article),
      title: article.title,
      excerpt: article.excerpt,
      categoryId: article.categoryId,
      audience: EVENT_AUDIENCE[article.audience],
      segmentId: article.segmentId,
      scheduled,
      publishedAt: article.publishedAt!.toISOString(),
    });
  }

  private async withdraw(manager: EntityManager, article: ArticleRecord, deleted: boolean): Promise<void> {
    await this.feed.withdrawn(manager, article.networkId, articleSourceKey(article.id));
    await this.outbox.add(manager, ArticleUnpublished, article.networkId, {
      articleId: article.id,
      networkId: article.networkId,
      deleted,
      unpublishedAt: new Date().toISOString(),
    });
  }

  async lockedById(manager: EntityManager, networkId: string, id: string): Promise<ArticleRecord | null> {
    if (!isUuid(id)) return null;
    const [article]: ArticleRecord[] = await manager.query(
      `SELECT ${ARTICLE_COLUMNS} FROM content.articles a WHERE a.id = $1 AND a.network_id = $2 FOR UPDATE`,
      [id, networkId],
    );
    return article ?? null;
  }

  /** Articles by id that the viewer may open. */
  async visible(viewer: FeedViewer, ids: string[]): Promise<Map<string, ArticleRecord>> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return new Map();
    const rows: ArticleRecord[] = await this.dataSource.query(`SELECT ${ARTICLE_COLUMNS} FROM content.articles a WHERE ${VISIBLE} AND a.id = ANY($6::uuid[])`, [
      ...visibleParams(viewer),
      valid,
    ]);
    return new Map(rows.map((row) => [row.id, row]));
  }

  async find(viewer: FeedViewer, id: string): Promise<ArticleRecord | null> {
    return (await this.visible(viewer, [id])).get(id) ?? null;
  }

  /** Published articles of one network by id (their feed items were already checked for the viewer). */
  async byIds(networkId: string, ids: string[]): Promise<Map<string, ArticleRecord>> {
    const rows: ArticleRecord[] = await this.dataSource.query(
      `SELECT ${ARTICLE_COLUMNS} FROM content.articles a WHERE a.network_id = $1 AND a.id = ANY($2::uuid[]) AND a.status = 'published'`,
      [networkId, ids.filter(isUuid)],
    );
    return new Map(rows.map((row) => [row.id, row]));
  }

  /**
   * A page of articles, newest first (by publication time, drafts by creation): members get the
   * live ones of their audience; MANAGE_CONTENT staff every one, narrowed by status if they ask.
   */
  async list(
    viewer: FeedViewer,
    options: { first?: number | null; after?: string | null; categoryId?: string | null; status?: ArticleStatus | null },
  ): Promise<ArticlePage> {
    const limit = pageSize(options.first, DEFAULT_ARTICLE_PAGE, MAX_ARTICLE_PAGE);
    const key = options.after ? cursorKey(options.after, isArticleKey) : null;
    if (options.categoryId && !isUuid(options.categoryId)) return { items: [], cursors: [], hasNextPage: false };
    const params: unknown[] = [...visibleParams(viewer)];
    // Their own drafts and submissions are in `myArticles`, not among the network's articles.
    const where = [VISIBLE, `($4 OR ${LIVE})`];
    if (options.status) where.push(`a.status = $${params.push(options.status)}`);
    if (options.categoryId) where.push(`a.category_id = $${params.push(options.categoryId)}`);
    const sortAt = `coalesce(a.published_at, a.created_at)`;
    if (key) where.push(`(${sortAt}, a.id) < ($${params.push(key[0])}::timestamptz, $${params.push(key[1])}::uuid)`);
    const rows: (ArticleRecord & { sortAt: Date })[] = await this.dataSource.query(
      `SELECT ${ARTICLE_COLUMNS}, ${sortAt} AS "sortAt" FROM content.articles a WHERE ${where.join(' AND ')}
       ORDER BY ${sortAt} DESC, a.id DESC LIMIT ${limit + 1}`,
      params,
    );
    const page = rows.slice(0, limit);
    return { items: page, cursors: page.map((row) => encodeCursor([row.sortAt.toISOString(), row.id])), hasNextPage: rows.length > limit };
  }

  /** Earlier versions of articles, oldest first. */
  async revisionsOf(articleIds: string[]): Promise<Map<string, ArticleRevisionRecord[]>> {
    const rows: ArticleRevisionRecord[] = await this.dataSource.query(
      `SELECT id, article_id AS "articleId", title, body, editor_membership_id AS "editorMembershipId", written_at AS "writtenAt", replaced_at AS "replacedAt"
       FROM content.article_revisions WHERE article_id = ANY($1::uuid[]) ORDER BY replaced_at, id`,
      [articleIds.filter(isUuid)],
    );
    const result = new Map<string, ArticleRevisionRecord[]>(articleIds.map((id) => [id, []]));
    for (const row of rows) result.get(row.articleId)?.push(row);
    return result;
  }

  async categories(networkId: string): Promise<ArticleCategoryRecord[]> {
    return this.dataSource.query(
      `SELECT id, network_id AS "networkId", name, created_at AS "createdAt" FROM content.article_categories WHERE network_id = $1 ORDER BY lower(name), id`,
      [networkId],
    );
  }

  async categoriesByIds(networkId: string, ids: string[]): Promise<Map<string, ArticleCategoryRecord>> {
    const rows: ArticleCategoryRecord[] = await this.dataSource.query(
      `SELECT id, network_id AS "networkId", name, created_at AS "createdAt" FROM content.article_categories WHERE network_id = $1 AND id = ANY($2::uuid[])`,
      [networkId, ids.filter(isUuid)],
    );
    return new Map(rows.map((row) => [row.id, row]));
  }

  private async category(manager: EntityManager, networkId: string, id: string): Promise<ArticleCategoryRecord | null> {
    if (!isUuid(id)) return null;
    const [row]: ArticleCategoryRecord[] = await manager.query(
      `SELECT id, network_id AS "networkId", name, created_at AS "createdAt" FROM content.article_categories WHERE id = $1 AND network_id = $2 FOR UPDATE`,
      [id, networkId],
    );
    return row ?? null;
  }

  /** A new category; names are unique per network, whatever their case. */
  async createCategory(viewer: Viewer, rawName: string): Promise<Result<ArticleCategoryRecord>> {
    const name = readLine(rawName, MAX_CATEGORY_CHARACTERS, 'name', 'name');
    if (!name.ok) return name;
    return this.saveCategory(viewer, randomUUID(), name.value, true);
  }

  async renameCategory(viewer: Viewer, categoryId: string, rawName: string): Promise<Result<ArticleCategoryRecord>> {
    const name = readLine(rawName, MAX_CATEGORY_CHARACTERS, 'name', 'name');
    if (!name.ok) return name;
    return this.saveCategory(viewer, categoryId, name.value, false);
  }

  private async saveCategory(viewer: Viewer, id: string, name: string, create: boolean): Promise<Result<ArticleCategoryRecord>> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        if (!create && !(await this.category(manager, viewer.networkId, id))) return fail(categoryNotFound());
        const returning = `RETURNING id, network_id AS "networkId", name, created_at AS "createdAt"`;
        // An UPDATE answers [rows, count], an INSERT its rows.
        const [row] = create
          ? await manager.query<ArticleCategoryRecord[]>(`INSERT INTO content.article_categories (id, network_id, name) VALUES ($1, $2, $3) ${returning}`, [
              id,
              viewer.networkId,
              name,
            ])
          : (
              await manager.query<[ArticleCategoryRecord[], number]>(
                `UPDATE content.article_categories SET name = $3 WHERE id = $1 AND network_id = $2 ${returning}`,
                [id, viewer.networkId, name],
              )
            )[0];
        return ok(row);
      });
    } catch (error) {
      if ((error as { driverError?: { code?: string } }).driverError?.code === '23505')
        return fail(UserError.of('VALIDATION', 'There is a category of this name already.', 'name'));
      throw error;
    }
  }

  /** The category goes; its articles stay, uncategorised. */
  async deleteCategory(viewer: Viewer, categoryId: string): Promise<Result<string>> {
    return this.dataSource.transaction(async (manager) => {
      const category = await this.category(manager, viewer.networkId, categoryId);
      if (!category) return fail<string>(categoryNotFound());
      await manager.query(`DELETE FROM content.article_categories WHERE id = $1`, [category.id]);
      return ok(category.id);
    });
  }
}

/** Runs `publishDue` every `intervalMs` until stopped; a failed round is logged and the next one tries again. */
export function articlePublisher(articles: ArticleService, intervalMs: number, log: Pick<Logger, 'error' | 'info'>): PeriodicJob {
  return periodicJob(
    'publishing scheduled articles',
    intervalMs,
    async () => {
      let published: number;
      do {
        published = await articles.publishDue();
        if (published > 0) log.info({ published }, 'scheduled articles published');
      } while (published === PUBLISH_BATCH);
    },
    log,
  );
}
