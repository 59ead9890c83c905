import type { DataSource } from 'typeorm';
import type { FeedViewer } from '../segments/segment-membership';
import { FeedReactionChanged, type Outbox } from '@kizuna/events';
import { ok, type Result } from '@kizuna/subgraph';
import type { FeedItemRecord } from '../feed/feed-item.record';
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
      const item = await this.feed.lockReadable(manager, viewer, feedItemId);
      if (!item.ok) return item;
      const changed: unknown[] = liked
        ? await manager.query(
            `INSERT INTO content.feed_reactions (feed_item_id, membership_id, network_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING 1`,
            [item.value.id, viewer.membershipId, viewer.networkId],
          )
        : await manager.query(`WITH removed AS (DELETE FROM content.feed_reactions WHERE feed_item_id = $1 AND membership_id = $2 RETURNING 1) SELECT * FROM removed`, [
            item.value.id,
            viewer.membershipId,
          ]);
      if (changed.length === 0) return item;
      const [{ reaction_count: reactionCount }]: { reaction_count: number }[] = await manager.query(
        `WITH counted AS (UPDATE content.feed_items SET reaction_count = reaction_count + $2 WHERE id = $1 RETURNING reaction_count) SELECT * FROM counted`,
        [item.value.id, liked ? 1 : -1],
      );
      await this.outbox.add(manager, FeedReactionChanged, viewer.networkId, {
        feedItemId: item.value.id,
        networkId: viewer.networkId,
        membershipId: viewer.membershipId,
        itemActorMembershipId: item.value.actorMembershipId,
        liked,
        reactionCount,
        changedAt: new Date().toISOString(),
      });
      return ok({ ...item.value, reactionCount });
    });
  }
}
