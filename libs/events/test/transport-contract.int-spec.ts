import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import { createTestDatabase } from '@kizuna/testing';
import { startTsProcess } from '@kizuna/stack';
import {
  createEnvelope,
  createTransport,
  deadLetterTopic,
  EmbeddedTransport,
  KafkaTransport,
  Outbox,
  OutboxRelay,
  type DeliveredMessage,
  type EventTransport,
  type Subscription,
} from '../src';
import { counterConsumer, CounterIncremented, createTables, NETWORK_ID, SCHEMA } from './fixtures/counter';

/**
 * One contract for every transport: what the rest of Kizuna relies on, proven against Kafka
 * (when KAFKA_BROKERS is set, as in CI) and the embedded transport.
 */
const kafkaBrokers = process.env.KAFKA_BROKERS?.split(',').filter(Boolean) ?? [];
const transports: ['kafka' | 'embedded'][] = kafkaBrokers.length ? [['kafka'], ['embedded']] : [['embedded']];

describe.each(transports)('event transport contract: %s', (kind) => {
  let database: { url: string; drop(): Promise<void> };
  let pool: pg.Pool;
  const open: { stop?: () => Promise<void>; close?: () => Promise<void> }[] = [];

  const newTransport = (): EventTransport => {
    const transport =
      kind === 'kafka'
        ? new KafkaTransport({ brokers: kafkaBrokers, clientId: 'contract-test' })
        : new EmbeddedTransport({ databaseUrl: database.url, pollIntervalMs: 200 });
    open.push(transport);
    return transport;
  };
  const prefix = () => `c${randomBytes(4).toString('hex')}.`;

  /** Commits `count` events for `counterId` to the outbox, one transaction each. */
  async function commitEvents(topicPrefix: string, counterId: string, seqs: number[]): Promise<void> {
    const outbox = new Outbox(SCHEMA, topicPrefix);
    for (const seq of seqs) {
      const client = await pool.connect();
      await client.query('BEGIN');
      await outbox.add(client, CounterIncremented, NETWORK_ID, { counterId, seq });
      await client.query('COMMIT');
      client.release();
    }
  }

  function startRelay(transport: EventTransport): OutboxRelay {
    const relay = new OutboxRelay({ databaseUrl: database.url, schema: SCHEMA, transport, idlePollMs: 200 });
    open.push(relay);
    return relay;
  }

  async function effects(consumer: string): Promise<{ counter_id: string; seq: number; event_id: string }[]> {
    return (await pool.query(`SELECT counter_id, seq, event_id FROM ${SCHEMA}.effects WHERE consumer = $1 ORDER BY position`, [consumer])).rows;
  }

  async function waitFor<T>(probe: () => Promise<T | undefined | false>, timeoutMs = 30_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const value = await probe();
      if (value) return value;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('timed out');
  }

  async function readTopic(transport: EventTransport, topic: string, until: (m: DeliveredMessage[]) => boolean): Promise<DeliveredMessage[]> {
    const messages: DeliveredMessage[] = [];
    let subscription: Subscription | undefined;
    try {
      subscription = await transport.subscribe({
        groupId: `reader-${randomUUID()}`,
        topics: [topic],
        fromBeginning: true,
        handleBatch: async (batch) => void messages.push(...batch),
      });
      await waitFor(async () => until(messages));
      return messages;
    } finally {
      await subscription?.close();
    }
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    await createTables(database.url);
    pool = new pg.Pool({ connectionString: database.url, max: 6 });
    // `pool.end()` resolves before its connections close; dropping the database may terminate one.
    pool.on('error', () => undefined);
  });

  afterEach(async () => {
    for (const item of open.splice(0).reverse()) await (item.stop ?? item.close)!.call(item).catch(() => undefined);
  });

  afterAll(async () => {
    await pool?.end();
    await database?.drop();
  });

  it('delivers every event of one key in the order it was committed', async () => {
    const topicPrefix = prefix();
    const transport = newTransport();
    const consumer = counterConsumer({ name: 'order', pool, transport, topicPrefix });
    await consumer.start();
    open.push(consumer);
    await startRelay(transport).start();
    await Promise.all(
      ['a', 'b', 'c', 'd'].map((key) =>
        commitEvents(
          topicPrefix,
          key,
          Array.from({ length: 40 }, (_, i) => i + 1),
        ),
      ),
    );
    const rows = await waitFor(async () => {
      const all = await effects('order');
      return all.length >= 160 && all;
    });
    expect(rows).toHaveLength(160);
    for (const key of ['a', 'b', 'c', 'd']) {
      expect(rows.filter((r) => r.counter_id === key).map((r) => r.seq)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    }
  });

  it('applies a redelivered event once: a duplicate send and a consumer killed mid-stream', async () => {
    const topicPrefix = prefix();
    const transport = newTransport();
    // A duplicate on the transport (e.g. the relay crashed after sending, before deleting the row).
    const envelope = createEnvelope(CounterIncremented, NETWORK_ID, { counterId: 'dup', seq: 1 });
    const raw = { topic: topicPrefix + CounterIncremented.topic, key: 'dup', value: JSON.stringify(envelope) };
    await transport.publish([raw, raw]);

    // A consumer process killed while applying a stream of events.
    await commitEvents(
      topicPrefix,
      'crash',
      Array.from({ length: 150 }, (_, i) => i + 1),
    );
    await startRelay(transport).start();
    const child = startTsProcess({
      name: 'consumer',
      entry: require.resolve('./fixtures/consumer.main.ts'),
      env: {
        DATABASE_URL: database.url,
        KAFKA_BROKERS: kind === 'kafka' ? kafkaBrokers.join(',') : '',
        TOPIC_PREFIX: topicPrefix,
        CONSUMER_NAME: 'redelivery',
        DELAY_MS: '5',
      },
      quiet: true,
    });
    await waitFor(async () => (await effects('redelivery')).length >= 30);
    child.child.kill('SIGKILL');
    await child.exited;

    const consumer = counterConsumer({ name: 'redelivery', pool, transport, topicPrefix });
    await consumer.start();
    open.push(consumer);
    const rows = await waitFor(async () => {
      const all = await effects('redelivery');
      return all.length >= 151 && all;
    });
    await new Promise((r) => setTimeout(r, 500)); // room for any late duplicate to show up
    const final = await effects('redelivery');
    expect(final).toHaveLength(151);
    expect(new Set(final.map((r) => r.event_id)).size).toBe(151);
    expect(
      rows
        .filter((r) => r.counter_id === 'crash')
        .map((r) => r.seq)
        .sort((a, b) => a - b),
    ).toEqual(Array.from({ length: 150 }, (_, i) => i + 1));
  });

  it('sends a poison message and a failing event to the dead-letter topic with the reason, and goes on', async () => {
    const topicPrefix = prefix();
    const transport = newTransport();
    const topic = topicPrefix + CounterIncremented.topic;
    const bad = { ...createEnvelope(CounterIncremented, NETWORK_ID, { counterId: 'p', seq: 1 }), data: { counterId: 'p', seq: 'one' } };
    await transport.publish([{ topic, key: 'p', value: JSON.stringify(bad) }]);
    await transport.publish([{ topic, key: 'p', value: 'not json at all' }]);
    await commitEvents(topicPrefix, 'p', [2, 3, 4, 5]);
    await startRelay(transport).start();
    const consumer = counterConsumer({ name: 'poison', pool, transport, topicPrefix, failOn: 3 });
    await consumer.start();
    open.push(consumer);

    const rows = await waitFor(async () => {
      const all = await effects('poison');
      return all.length >= 3 && all;
    });
    expect(rows.map((r) => r.seq)).toEqual([2, 4, 5]);

    const dead = await readTopic(newTransport(), deadLetterTopic('poison', topicPrefix), (m) => m.length >= 3);
    expect(dead).toHaveLength(3);
    const reasons = dead.map((m) => m.headers?.['kizuna-dlq-reason']);
    expect(reasons[0]).toMatch(/violates its contract: seq/);
    expect(reasons[1]).toMatch(/not JSON/);
    expect(reasons[2]).toBe('counter p cannot take seq 3');
    expect(dead.every((m) => m.headers?.['kizuna-dlq-topic'] === topic && m.key === 'p')).toBe(true);
  });

  it('resumes from the committed position after a restart', async () => {
    const topicPrefix = prefix();
    const transport = newTransport();
    await startRelay(transport).start();
    const first = counterConsumer({ name: 'resume', pool, transport, topicPrefix });
    await first.start();
    await commitEvents(
      topicPrefix,
      'r',
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
    await waitFor(async () => (await effects('resume')).length >= 20);
    await first.stop();

    await commitEvents(
      topicPrefix,
      'r',
      Array.from({ length: 20 }, (_, i) => i + 21),
    );
    const seen: number[] = [];
    const second = counterConsumer({ name: 'resume', pool, transport, topicPrefix, seen });
    await second.start();
    open.push(second);
    await waitFor(async () => (await effects('resume')).length >= 40);
    expect(seen.every((seq) => seq > 20)).toBe(true);
    expect((await effects('resume')).map((r) => r.seq)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
  });

  it('loses no event while the transport is down: the service keeps committing and the outbox catches up', async () => {
    const topicPrefix = prefix();
    const down =
      kind === 'kafka'
        ? createTransport({ kafkaBrokers: ['127.0.0.1:1'], databaseUrl: database.url, clientId: 'down' })
        : createTransport({ databaseUrl: 'postgres://postgres@127.0.0.1:1/none', clientId: 'down' });
    open.push(down);
    const errors: unknown[] = [];
    const failingRelay = new OutboxRelay({ databaseUrl: database.url, schema: SCHEMA, transport: down, idlePollMs: 100, onError: (e) => errors.push(e) });
    await failingRelay.start();
    await commitEvents(
      topicPrefix,
      'down',
      Array.from({ length: 30 }, (_, i) => i + 1),
    );
    await waitFor(async () => errors.length > 0);
    const waiting = await pool.query(`SELECT count(*)::int AS n FROM ${SCHEMA}.outbox WHERE topic LIKE $1`, [`${topicPrefix}%`]);
    expect(waiting.rows[0].n).toBe(30);
    await failingRelay.stop().catch(() => undefined);

    const transport = newTransport();
    const consumer = counterConsumer({ name: 'outage', pool, transport, topicPrefix });
    await consumer.start();
    open.push(consumer);
    await startRelay(transport).start();
    const rows = await waitFor(async () => {
      const all = await effects('outage');
      return all.length >= 30 && all;
    });
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    const left = await pool.query(`SELECT count(*)::int AS n FROM ${SCHEMA}.outbox WHERE topic LIKE $1`, [`${topicPrefix}%`]);
    expect(left.rows[0].n).toBe(0);
  });
});
