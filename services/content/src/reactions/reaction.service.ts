import type { DataSource } from 'typeorm';
import type { FeedViewer } from '../segments/segment-membership';
import { FeedReactionChanged, type Outbox } from '@kizuna/events';
import { fail, ok, type Result } from '@kizuna/subgraph';
import { itemNotFound, type FeedItemRecord } from '../feed/feed-item.record';
import type { FeedService } from '../feed/feed.service';

/** Likes on any feed item (a post, a new member, a new job…). */
export class ReactionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly feed: FeedService,
  ) {}

  /**
   * Likes (`liked`) or unlikes an item. The (item, member) key lets a like in once however many
   * requests race, and the count changes in the same transaction only when a row did: it stays
   * exactly the number of likes. Doing it twice changes nothing and publishes nothing.
   */
  async set(viewer: FeedViewer, feedItemId: string, liked: boolean): Promise<Result<FeedItemRecord>> {
    return this.dataSource.transaction(async (manager) => {
      // Read without a lock: the item's row is locked only by the count's UPDATE, just before commit, so
      // likes on a popular item queue for as short a time as possible (the increment keeps the count exact).
      const found = (await this.feed.readable(viewer, [feedItemId], manager)).get(feedItemId);
      if (!found) return fail(itemNotFound());
      const changed: unknown[] = liked
        ? await manager.query(
            // An item deleted meanwhile gets no like (KEY SHARE waits for, or sees, the deletion).
            `INSERT INTO content.feed_reactions (feed_item_id, membership_id, network_id)
             SELECT id, $2, $3 FROM content.feed_items WHERE id = $1 FOR KEY SHARE ON CONFLICT DO NOTHING RETURNING 1`,
            [found.id, viewer.membershipId, viewer.networkId],
          )
        : await manager.query(
            `WITH removed AS (DELETE FROM content.feed_reactions WHERE feed_item_id = $1 AND membership_id = $2 RETURNING 1) SELECT * FROM removed`,
            [found.id, viewer.membershipId],
          );
      if (changed.length === 0) return ok(found);
      const [{ reaction_count: reactionCount, comment_count: commentCount }]: { reaction_count: number; comment_count: number }[] = await manager.query(
        `WITH counted AS (UPDATE content.feed_items SET reaction_count = reaction_count + $2 WHERE id = $1 RETURNING reaction_count, comment_count) SELECT * FROM counted`,
        [found.id, liked ? 1 : -1],
      );
      await this.outbox.add(manager, FeedReactionChanged, viewer.networkId, {
        feedItemId: found.id,
        networkId: viewer.networkId,
        membershipId: viewer.membershipId,
        itemActorMembershipId: found.actorMembershipId,
        liked,
        reactionCount,
        commentCount,
        changedAt: new Date().toISOString(),
      });
      return ok({ ...found, reactionCount });
    });
  }
}
