import { renderHook, waitFor } from '@testing-library/react';
import { graphqlPeer } from '../test/graphql-peer';
import { FeedItemCountsSubscription } from '../feed/feed.api';
import { useSubscription } from './hooks';

const COUNTS = { feedItemCounts: { feedItemId: 'item-1', reactionCount: 3, commentCount: 1 } };

describe('useSubscription', () => {
  it('opens the subscription again after a passing failure, and then delivers', async () => {
    let attempts = 0;
    const peer = graphqlPeer(() => {
      attempts += 1;
      if (attempts === 1) throw new Error('the connection dropped');
      return COUNTS;
    });
    const seen: unknown[] = [];
    renderHook(() => useSubscription(FeedItemCountsSubscription, { feedItemIds: ['item-1'] }, (data) => seen.push(data)), { wrapper: peer.wrapper });
    await waitFor(() => expect(seen).toEqual([COUNTS]), { timeout: 5000 });
    expect(attempts).toBe(2);
  });
});
