import { openLimitStore, RateLimit, type LimitStore } from '../src';

// Redis at REDIS_URL when set (CI and this machine), else the in-memory store: the same rules hold for both.
const stores: [string, () => LimitStore][] = [['memory', () => openLimitStore()]];
if (process.env.REDIS_URL) stores.push(['redis', () => openLimitStore({ redisUrl: process.env.REDIS_URL })]);

describe.each(stores)('rate limits (%s store)', (_kind, open) => {
  let store: LimitStore;
  beforeAll(async () => {
    store = open();
    await store.ready();
  });
  afterAll(() => store.close());
  const unique = () => `test-${process.pid}-${Math.random().toString(36).slice(2)}`;

  it('allows the rule’s points per window, then refuses with the time to wait', async () => {
    const limit = new RateLimit(store, { name: unique(), points: 3, perSeconds: 60 });
    const decisions = [];
    for (let i = 0; i < 4; i++) decisions.push(await limit.consume('203.0.113.7'));
    expect(decisions.slice(0, 3).every((d) => d.allowed)).toBe(true);
    expect(decisions[3]).toEqual({ allowed: false, retryAfterSeconds: expect.any(Number) });
    const refused = decisions[3] as { retryAfterSeconds: number };
    expect(refused.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(60);
  });

  it('counts each key apart and forgets a key that is reset', async () => {
    const limit = new RateLimit(store, { name: unique(), points: 1, perSeconds: 60 });
    expect((await limit.consume('a')).allowed).toBe(true);
    expect((await limit.consume('b')).allowed).toBe(true);
    expect((await limit.consume('a')).allowed).toBe(false);
    expect(await limit.spent('a')).toBe(2);
    await limit.reset('a');
    expect(await limit.spent('a')).toBe(0);
    expect((await limit.consume('a')).allowed).toBe(true);
  });

  it('keeps a key blocked for the block time once over', async () => {
    const limit = new RateLimit(store, { name: unique(), points: 1, perSeconds: 1, blockSeconds: 120 });
    await limit.consume('k');
    const refused = await limit.consume('k');
    expect(refused.allowed).toBe(false);
    expect((refused as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(60);
  });

  it('blocks a key for a chosen time, whatever it spent, and tells how long without spending', async () => {
    const limit = new RateLimit(store, { name: unique(), points: 5, perSeconds: 1 });
    expect(await limit.retryAfter('k')).toBe(0);
    await limit.block('k', 30);
    const wait = await limit.retryAfter('k');
    expect(wait).toBeGreaterThan(25);
    expect(wait).toBeLessThanOrEqual(30);
    expect((await limit.consume('k')).allowed).toBe(false);
    expect(await limit.retryAfter('other')).toBe(0);
    await limit.reset('k');
    expect(await limit.retryAfter('k')).toBe(0);
  });
});

if (process.env.REDIS_URL) {
  it('shares counters between two processes’ stores (instances of one service)', async () => {
    const [one, two] = [openLimitStore({ redisUrl: process.env.REDIS_URL }), openLimitStore({ redisUrl: process.env.REDIS_URL })];
    try {
      await Promise.all([one.ready(), two.ready()]);
      const name = `shared-${process.pid}-${Date.now()}`;
      const a = new RateLimit(one, { name, points: 2, perSeconds: 60 });
      const b = new RateLimit(two, { name, points: 2, perSeconds: 60 });
      expect((await a.consume('m')).allowed).toBe(true);
      expect((await b.consume('m')).allowed).toBe(true);
      expect((await a.consume('m')).allowed).toBe(false);
    } finally {
      await Promise.all([one.close(), two.close()]);
    }
  });
}

it('keeps the counters of two deployments (namespaces) apart', async () => {
  const [one, two] = [
    openLimitStore({ redisUrl: process.env.REDIS_URL, namespace: 'one.' }),
    openLimitStore({ redisUrl: process.env.REDIS_URL, namespace: 'two.' }),
  ];
  try {
    await Promise.all([one.ready(), two.ready()]);
    const rule = { name: `ns-${process.pid}-${Date.now()}`, points: 1, perSeconds: 60 };
    expect((await new RateLimit(one, rule).consume('k')).allowed).toBe(true);
    expect((await new RateLimit(two, rule).consume('k')).allowed).toBe(true);
  } finally {
    await Promise.all([one.close(), two.close()]);
  }
});

it('answers from memory while Redis is unreachable', async () => {
  const store = openLimitStore({ redisUrl: 'redis://127.0.0.1:1' });
  try {
    const limit = new RateLimit(store, { name: 'unreachable', points: 1, perSeconds: 60 });
    expect((await limit.consume('x')).allowed).toBe(true);
    expect((await limit.consume('x')).allowed).toBe(false);
  } finally {
    await store.close();
  }
});
