import { useCallback, useEffect, useState } from 'react';
import { useClient, useQuery } from '../api/hooks';
import { FeedQuery, HashtagQuery, type FeedConnection, type FeedItem, type FeedOrder } from './feed.api';

export const FEED_PAGE_SIZE = 10;

export type FeedSource = { feed: FeedOrder } | { hashtag: string };

export interface FeedPages {
  items: FeedItem[];
  hasNextPage: boolean;
  /** The first page is on its way (nothing shown yet). */
  loading: boolean;
  loadingMore: boolean;
  /** The first page could not be loaded. */
  failed: boolean;
  loadMore: () => Promise<void>;
  /** Asks the first page again (after posting), keeping nothing of the old list. */
  refetch: () => void;
  /** Items that arrived otherwise (live, or changed by the viewer): new ones go on top below the pins, known ones are replaced. */
  merge: (items: readonly FeedItem[]) => void;
  /** Changes one item in place (a like, an edit). */
  update: (id: string, change: (item: FeedItem) => FeedItem) => void;
  remove: (id: string) => void;
}

/** The pages of a feed (or of a hashtag) shown so far, newest first, with "Load more". */
export function useFeedPages(source: FeedSource): FeedPages {
  const client = useClient();
  const byTag = 'hashtag' in source;
  const order = byTag ? 'NEWEST' : source.feed;
  const tag = byTag ? source.hashtag : '';
  const feed = useQuery(FeedQuery, { order, first: FEED_PAGE_SIZE }, { pause: byTag });
  const hashtag = useQuery(HashtagQuery, { tag, first: FEED_PAGE_SIZE }, { pause: !byTag });
  const first: FeedConnection | undefined = byTag ? hashtag.data?.hashtag : feed.data?.feed;
  const current = byTag ? hashtag : feed;
  const [items, setItems] = useState<FeedItem[]>([]);
  const [pageInfo, setPageInfo] = useState<{ hasNextPage: boolean; endCursor: string | null | undefined }>({ hasNextPage: false, endCursor: null });
  const [loadingMore, setLoadingMore] = useState(false);

  useEffect(() => {
    if (!first) return;
    setItems(first.edges.map((edge) => edge.node));
    setPageInfo(first.pageInfo);
  }, [first]);

  const loadMore = useCallback(async () => {
    if (!pageInfo.endCursor) return;
    setLoadingMore(true);
    const result = byTag
      ? (await client.query(HashtagQuery, { tag, first: FEED_PAGE_SIZE, after: pageInfo.endCursor }).toPromise()).data?.hashtag
      : (await client.query(FeedQuery, { order, first: FEED_PAGE_SIZE, after: pageInfo.endCursor }).toPromise()).data?.feed;
    setLoadingMore(false);
    if (!result) return;
    // The popular order moves while it is read: an item seen on an earlier page is not shown twice.
    setItems((shown) => {
      const known = new Set(shown.map((item) => item.id));
      return [...shown, ...result.edges.map((edge) => edge.node).filter((node) => !known.has(node.id))];
    });
    setPageInfo(result.pageInfo);
  }, [client, byTag, tag, order, pageInfo.endCursor]);

  const merge = useCallback((arrived: readonly FeedItem[]) => {
    setItems((shown) => {
      const byId = new Map(arrived.map((item) => [item.id, item]));
      const replaced = shown.map((item) => byId.get(item.id) ?? item);
      const known = new Set(shown.map((item) => item.id));
      const fresh = arrived.filter((item) => !known.has(item.id));
      if (fresh.length === 0) return replaced;
      const pins = replaced.filter((item) => item.pinned).length;
      return [...replaced.slice(0, pins), ...fresh, ...replaced.slice(pins)];
    });
  }, []);

  const update = useCallback((id: string, change: (item: FeedItem) => FeedItem) => {
    setItems((shown) => shown.map((item) => (item.id === id ? change(item) : item)));
  }, []);

  const remove = useCallback((id: string) => {
    setItems((shown) => shown.filter((item) => item.id !== id));
  }, []);

  return {
    items,
    hasNextPage: pageInfo.hasNextPage,
    loading: !first && !current.error,
    loadingMore,
    failed: !first && Boolean(current.error),
    loadMore,
    refetch: current.refetch,
    merge,
    update,
    remove,
  };
}
