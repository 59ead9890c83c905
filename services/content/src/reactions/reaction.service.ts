import type { DataSource } from 'typeorm';
import { WriteBatcher } from '@kizuna/data';
import { FeedReactionChanged, type Outbox } from '@kizuna/events';
import { fail, ok, type Result } from '@kizuna/subgraph';
import { itemNotFound, type FeedItemRecord } from '../feed/feed-item.record';
import type { FeedService } from '../feed/feed.service';
import type { FeedViewer } from '../segments/segment-membership';

/** One member's like or unlike of an item they may open. */
interface ReactionChange {
  viewer: FeedViewer;
  item: FeedItemRecord;
}

/** Likes on any feed item (a post, a new member, a new job…). */
export class ReactionService {
  /** Likes of one item (and unlikes apart) share a transaction when they arrive together: a popular item's count row is locked once per batch, not once per like. */
  private readonly batches = new WriteBatcher<ReactionChange, FeedItemRecord>((key, changes) => this.write(changes, key.endsWith(':like')));

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly feed: FeedService,
  ) {}

  /**
   * Likes (`liked`) or unlikes an item. The (item, member) key lets a like in once however many
   * requests race, and the count changes in the same transaction by the rows that did: it stays
   * exactly the number of likes. Doing it twice changes nothing and publishes nothing.
   */
  async set(viewer: FeedViewer, feedItemId: string, liked: boolean): Promise<Result<FeedItemRecord>> {
    const item = (await this.feed.readable(viewer, [feedItemId])).get(feedItemId);
    if (!item) return fail(itemNotFound());
    return ok(await this.batches.run(`${item.id}:${liked ? 'like' : 'unlike'}`, { viewer, item }));
  }

  /**
   * One transaction for a batch of changes to one item: the reactions, the count, and an event per
   * change with the counts right after it (so the counts events carry rise or fall one by one).
   * Answers each change with the item and its counts right after it.
   */
  private async write(changes: ReactionChange[], liked: boolean): Promise<FeedItemRecord[]> {
    const { item } = changes[0];
    const members = changes.map((change) => change.viewer.membershipId);
    return this.dataSource.transaction(async (manager) => {
      const changedRows: { membership_id: string }[] = liked
        ? await manager.query(
            // An item deleted meanwhile gets no like (KEY SHARE waits for, or sees, the deletion).
            `WITH item AS (SELECT id, network_id FROM content.feed_items WHERE id = $1 FOR KEY SHARE)
             INSERT INTO content.feed_reactions (feed_item_id, membership_id, network_id)
             SELECT item.id, m.id, item.network_id FROM item, unnest($2::uuid[]) AS m(id) ON CONFLICT DO NOTHING RETURNING membership_id`,
            [item.id, members],
          )
        : await manager.query(
            `WITH removed AS (DELETE FROM content.feed_reactions WHERE feed_item_id = $1 AND membership_id = ANY($2::uuid[]) RETURNING membership_id) SELECT * FROM removed`,
            [item.id, members],
          );
      const changed = new Set(changedRows.map((row) => row.membership_id));
      if (changed.size === 0) return changes.map((change) => change.item);
      // The row is locked from here to the commit: only the count and the events remain.
      const [{ reaction_count: finalCount, comment_count: commentCount }]: { reaction_count: number; comment_count: number }[] = await manager.query(
        `WITH counted AS (UPDATE content.feed_items SET reaction_count = reaction_count + $2 WHERE id = $1 RETURNING reaction_count, comment_count) SELECT * FROM counted`,
        [item.id, liked ? changed.size : -changed.size],
      );
      const step = liked ? 1 : -1;
      let count = finalCount - step * changed.size;
      const countAfter = new Map<string, number>();
      for (const member of members) {
        if (!changed.has(member) || countAfter.has(member)) continue;
        count += step;
        countAfter.set(member, count);
      }
      const changedAt = new Date().toISOString();
      await this.outbox.addAll(
        manager,
        FeedReactionChanged,
        item.networkId,
        [...countAfter].map(([membershipId, reactionCount]) => ({
          feedItemId: item.id,
          networkId: item.networkId,
          membershipId,
          itemActorMembershipId: item.actorMembershipId,
          liked,
          reactionCount,
          commentCount,
          changedAt,
        })),
      );
      return changes.map((change) => ({
        ...change.item,
        reactionCount: countAfter.get(change.viewer.membershipId) ?? finalCount,
        commentCount,
      }));
    });
  }
}
