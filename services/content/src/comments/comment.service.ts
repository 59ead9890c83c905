import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { FeedViewer } from '../segments/segment-membership';
import { cursorKey, encodeCursor, isTimeAndId, isUuid, pageSize } from '@kizuna/data';
import { FeedCommentAdded, FeedCommentDeleted, type Outbox } from '@kizuna/events';
import { fail, ok, UserError, type Result } from '@kizuna/subgraph';
import { isContentModerator } from '../feed/feed-item.record';
import type { FeedService } from '../feed/feed.service';
import { checkedText } from '../posts/post.service';
import { MAX_COMMENT_CHARACTERS } from '../posts/post-text';

export interface CommentRecord {
  id: string;
  feedItemId: string;
  parentCommentId: string | null;
  networkId: string;
  authorMembershipId: string;
  body: string;
  mentions: string[];
  links: string[];
  createdAt: Date;
  editedAt: Date | null;
}

export interface CommentPage {
  comments: CommentRecord[];
  cursors: string[];
  hasNextPage: boolean;
}

const COMMENT_COLUMNS = `c.id, c.feed_item_id AS "feedItemId", c.parent_comment_id AS "parentCommentId", c.network_id AS "networkId",
  c.author_membership_id AS "authorMembershipId", c.body, c.mentions, c.links, c.created_at AS "createdAt", c.edited_at AS "editedAt"`;

export const DEFAULT_COMMENT_PAGE = 20;
export const MAX_COMMENT_PAGE = 100;
const commentNotFound = (field = 'commentId') => UserError.of('NOT_FOUND', 'No such comment.', field);

/** Comments on feed items, with one level of replies. */
export class CommentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly feed: FeedService,
  ) {}

  /** A comment on an item, or a reply to one of its comments; a reply to a reply is refused (one level). */
  async add(viewer: FeedViewer, feedItemId: string, body: string, replyToCommentId?: string | null): Promise<Result<CommentRecord>> {
    return this.dataSource.transaction(async (manager) => {
      const item = await this.feed.lockReadable(manager, viewer, feedItemId);
      if (!item.ok) return item;
      let parent: CommentRecord | null = null;
      if (replyToCommentId) {
        parent = isUuid(replyToCommentId) ? await this.byIdIn(manager, item.value.id, replyToCommentId) : null;
        if (!parent) return fail(commentNotFound('replyToCommentId'));
        if (parent.parentCommentId)
          return fail(UserError.of('VALIDATION', 'Reply to the comment itself: a reply cannot be answered in turn.', 'replyToCommentId'));
      }
      const text = await checkedText(manager, viewer, body, MAX_COMMENT_CHARACTERS, 'comment');
      if (!text.ok) return text;
      const id = randomUUID();
      await manager.query(
        `INSERT INTO content.comments (id, feed_item_id, parent_comment_id, network_id, author_membership_id, body, mentions, links) VALUES ($1, $2, $3, $4, $5, $6, $7::uuid[], $8::text[])`,
        [id, item.value.id, parent?.id ?? null, viewer.networkId, viewer.membershipId, text.value.body, text.value.mentions, text.value.links],
      );
      const [{ comment_count: commentCount, reaction_count: reactionCount }]: { comment_count: number; reaction_count: number }[] = await manager.query(
        `WITH counted AS (UPDATE content.feed_items SET comment_count = comment_count + 1 WHERE id = $1 RETURNING comment_count, reaction_count) SELECT * FROM counted`,
        [item.value.id],
      );
      const comment = (await this.byIdIn(manager, item.value.id, id))!;
      await this.outbox.add(manager, FeedCommentAdded, viewer.networkId, {
        commentId: id,
        feedItemId: item.value.id,
        networkId: viewer.networkId,
        authorMembershipId: viewer.membershipId,
        itemActorMembershipId: item.value.actorMembershipId,
        parentCommentId: parent?.id ?? null,
        parentAuthorMembershipId: parent?.authorMembershipId ?? null,
        mentionedMembershipIds: text.value.mentions,
        commentCount,
        reactionCount,
        addedAt: comment.createdAt.toISOString(),
      });
      return ok(comment);
    });
  }

  async edit(viewer: FeedViewer, commentId: string, body: string): Promise<Result<CommentRecord>> {
    return this.dataSource.transaction(async (manager) => {
      const comment = await this.lock(manager, viewer, commentId);
      if (!comment) return fail(commentNotFound());
      if (comment.authorMembershipId !== viewer.membershipId) return fail(UserError.of('FORBIDDEN', 'Only its author can edit a comment.', 'commentId'));
      const text = await checkedText(manager, viewer, body, MAX_COMMENT_CHARACTERS, 'comment');
      if (!text.ok) return text;
      await manager.query(`UPDATE content.comments SET body = $2, mentions = $3::uuid[], links = $4::text[], edited_at = now() WHERE id = $1`, [
        comment.id,
        text.value.body,
        text.value.mentions,
        text.value.links,
      ]);
      return ok((await this.byIdIn(manager, comment.feedItemId, comment.id))!);
    });
  }

  /** Its author, or staff with MANAGE_CONTENT; its replies go with it and the item's count follows. */
  async delete(viewer: FeedViewer, commentId: string): Promise<Result<CommentRecord>> {
    return this.dataSource.transaction(async (manager) => {
      const comment = await this.lock(manager, viewer, commentId);
      if (!comment) return fail(commentNotFound());
      if (comment.authorMembershipId !== viewer.membershipId && !isContentModerator(viewer)) {
        return fail(UserError.of('FORBIDDEN', 'Only its author or a moderator can delete a comment.', 'commentId'));
      }
      const removed: unknown[] = await manager.query(
        `WITH removed AS (DELETE FROM content.comments WHERE id = $1 OR parent_comment_id = $1 RETURNING 1) SELECT * FROM removed`,
        [comment.id],
      );
      const [{ comment_count: commentCount, reaction_count: reactionCount }]: { comment_count: number; reaction_count: number }[] = await manager.query(
        `WITH counted AS (UPDATE content.feed_items SET comment_count = comment_count - $2 WHERE id = $1 RETURNING comment_count, reaction_count) SELECT * FROM counted`,
        [comment.feedItemId, removed.length],
      );
      await this.outbox.add(manager, FeedCommentDeleted, viewer.networkId, {
        commentId: comment.id,
        feedItemId: comment.feedItemId,
        networkId: viewer.networkId,
        authorMembershipId: comment.authorMembershipId,
        parentCommentId: comment.parentCommentId,
        deletedBy: viewer.membershipId,
        byModerator: comment.authorMembershipId !== viewer.membershipId,
        removedCount: removed.length,
        commentCount,
        reactionCount,
        deletedAt: new Date().toISOString(),
      });
      return ok(comment);
    });
  }

  /** The comment, with its item locked, if the viewer may open the item. */
  private async lock(manager: EntityManager, viewer: FeedViewer, commentId: string): Promise<CommentRecord | null> {
    if (!isUuid(commentId)) return null;
    const [found]: { feed_item_id: string }[] = await manager.query(`SELECT feed_item_id FROM content.comments WHERE id = $1 AND network_id = $2`, [
      commentId,
      viewer.networkId,
    ]);
    if (!found) return null;
    const item = await this.feed.lockReadable(manager, viewer, found.feed_item_id, 'commentId');
    if (!item.ok) return null;
    return this.byIdIn(manager, found.feed_item_id, commentId);
  }

  private async byIdIn(manager: EntityManager, feedItemId: string, id: string): Promise<CommentRecord | null> {
    const [row]: CommentRecord[] = await manager.query(`SELECT ${COMMENT_COLUMNS} FROM content.comments c WHERE c.id = $1 AND c.feed_item_id = $2`, [
      id,
      feedItemId,
    ]);
    return row ?? null;
  }

  /** The item's comments (`parentCommentId` null) or a comment's replies, oldest first, by keyset. */
  async page(scope: { feedItemId: string } | { parentCommentId: string }, first?: number | null, after?: string | null): Promise<CommentPage> {
    const limit = pageSize(first, DEFAULT_COMMENT_PAGE, MAX_COMMENT_PAGE);
    const key = after ? cursorKey(after, isTimeAndId) : null;
    const where = 'feedItemId' in scope ? 'c.feed_item_id = $1 AND c.parent_comment_id IS NULL' : 'c.parent_comment_id = $1';
    const rows: CommentRecord[] = await this.dataSource.query(
      `SELECT ${COMMENT_COLUMNS} FROM content.comments c WHERE ${where} ${key ? 'AND (c.created_at, c.id) > ($2::timestamptz, $3::uuid)' : ''}
       ORDER BY c.created_at, c.id LIMIT ${limit + 1}`,
      ['feedItemId' in scope ? scope.feedItemId : scope.parentCommentId, ...(key ?? [])],
    );
    const page = rows.slice(0, limit);
    return { comments: page, cursors: page.map((row) => encodeCursor([row.createdAt.toISOString(), row.id])), hasNextPage: rows.length > limit };
  }

  /** How many replies each comment has. */
  async replyCounts(ids: string[]): Promise<Map<string, number>> {
    const rows: { parent: string; count: number }[] = await this.dataSource.query(
      `SELECT parent_comment_id AS parent, count(*)::int AS count FROM content.comments WHERE parent_comment_id = ANY($1::uuid[]) GROUP BY parent_comment_id`,
      [ids.filter(isUuid)],
    );
    const counts = new Map(ids.map((id) => [id, 0]));
    for (const row of rows) counts.set(row.parent, row.count);
    return counts;
  }
}
