// The feed as it happens: items others publish wait above the list ("3 new posts") until the
// reader asks for them, so the list never jumps under their eyes; the viewer's own items (from
// another tab or device) go straight in; likes and comments of the items shown follow live.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useClient, useSubscription } from '../api/hooks';
import { useSession } from '../session/hooks';
import { FeedItemAddedSubscription, FeedItemCountsSubscription, FeedQuery, type FeedItem } from './feed.api';
import type { FeedPages } from './useFeedPages';

/** The gateway keeps counts live for at most this many items of one subscription. */
const MAX_COUNTED_ITEMS = 100;

export interface LiveFeed {
  /** Items published since the list was loaded, newest first, not shown yet. */
  waiting: FeedItem[];
  /** Puts the waiting items on top of the list. */
  showWaiting: () => void;
}

/** Live counts for the items shown; with `arrivals`, new items wait to be shown (the newest order). */
export function useLiveFeed(pages: FeedPages, { arrivals, viewerId }: { arrivals: boolean; viewerId: string }): LiveFeed {
  const client = useClient();
  const { token, connection } = useSession();
  const [waiting, setWaiting] = useState<FeedItem[]>([]);
  const shown = useRef(new Set<string>());
  shown.current = new Set(pages.items.map((item) => item.id));
  const { merge } = pages;

  const arrived = useCallback(
    (items: readonly FeedItem[]) => {
      const own = items.filter((item) => item.actor?.id === viewerId);
      if (own.length > 0) merge(own);
      const others = items.filter((item) => item.actor?.id !== viewerId && !shown.current.has(item.id));
      if (others.length === 0) return;
      setWaiting((current) => {
        const known = new Set(current.map((item) => item.id));
        return [...others.filter((item) => !known.has(item.id)), ...current];
      });
    },
    [merge, viewerId],
  );

  useSubscription(FeedItemAddedSubscription, {}, (data) => arrived([data.feedItemAdded]), { pause: !arrivals || token === null });

  // After the socket was down, what was published meanwhile is asked for once.
  const wasDown = useRef(false);
  useEffect(() => {
    if (!arrivals) return;
    if (connection === 'closed') wasDown.current = true;
    if (connection !== 'connected' || !wasDown.current) return;
    wasDown.current = false;
    void client
      .query(FeedQuery, { order: 'NEWEST', first: 10 })
      .toPromise()
      .then((result) => {
        const items = result.data?.feed.edges.map((edge) => edge.node).filter((item) => !item.pinned) ?? [];
        arrived(items);
      });
  }, [arrivals, connection, client, arrived]);

  // Leaving the newest order drops what was waiting: the list is asked again when it comes back.
  useEffect(() => {
    if (!arrivals) setWaiting([]);
  }, [arrivals]);

  const ids = useMemo(() => pages.items.slice(0, MAX_COUNTED_ITEMS).map((item) => item.id), [pages.items]);
  const { update } = pages;
  useFeedItemCounts(ids, (counts) => update(counts.feedItemId, (item) => ({ ...item, ...counts })));

  const showWaiting = useCallback(() => {
    merge(waiting);
    setWaiting([]);
  }, [merge, waiting]);

  return { waiting, showWaiting };
}

export interface FeedItemCounts {
  feedItemId: string;
  reactionCount: number;
  commentCount: number;
}

/** Calls `onCounts` whenever likes or comments of one of the items change. */
export function useFeedItemCounts(ids: readonly string[], onCounts: (counts: FeedItemCounts) => void): void {
  const { token } = useSession();
  // Variables are compared by value: the same ids keep the subscription.
  useSubscription(FeedItemCountsSubscription, { feedItemIds: [...ids] }, (data) => onCounts(data.feedItemCounts), {
    pause: token === null || ids.length === 0,
  });
}
