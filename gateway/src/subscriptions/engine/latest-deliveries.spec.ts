import { randomUUID } from 'node:crypto';
import pino from 'pino';
import type { Delivery } from '../delivery';
import type { Route } from './route';
import { SubscriptionEngine } from './subscription-engine';

/** A route whose events carry a counter: only its newest value matters (`latestKey`), as a like count does. */
const countsRoute: Route<Record<string, never>> = {
  field: 'counts',
  sdl: 'counts: Int!',
  supported: () => true,
  events: [{ type: 'test.count' }],
  open: () => ({ keys: ['counted'], eventFields: [['count', 'count']] }),
  route: (event) => {
    const data = event.data as { item: string; count: number };
    return [{ kind: 'deliver', to: { keys: ['counted'] }, values: { count: data.count }, latestKey: data.item }];
  },
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('deliveries of the latest value', () => {
  it('sends a burst of one key as its first and its last value, and another key apart', async () => {
    const engine = new SubscriptionEngine([countsRoute] as Route<never>[], {
      execute: () => Promise.reject(new Error('nothing is fetched')),
      log: pino({ level: 'silent' }),
      updateIntervalMs: 100,
    });
    const networkId = randomUUID();
    const subscriber = {
      viewer: { accountId: 'a', membershipId: randomUUID(), networkId, role: 'member', status: 'approved' } as const,
      token: 'token',
      expiresAt: Date.now() + 60_000,
      requestId: 'r',
    };
    const queue = engine.fileNow('counts', subscriber, { keys: ['counted'], eventFields: [['count', 'count']] });
    const received: unknown[] = [];
    void (async () => {
      for await (const delivery of queue as AsyncIterable<Delivery>) received.push(delivery.data);
    })();

    const send = (item: string, count: number) => engine.dispatch({ id: randomUUID(), type: 'test.count', networkid: networkId, data: { item, count } });
    for (let count = 1; count <= 50; count++) send('a', count);
    send('b', 7);
    await sleep(250);

    expect(received).toEqual([{ count: 1 }, { count: 7 }, { count: 50 }]);
    await queue.return?.();
  });
});
