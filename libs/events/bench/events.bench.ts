/**
 * npm run bench:events — 10,000 events through outbox → relay → transport → consumer (inbox + effect).
 * Uses Kafka at KAFKA_BROKERS (start it with `npm run infra:up`); `--embedded` measures the embedded transport.
 * Four writers commit 10 events per transaction (a commit costs an fsync, so the writers' rate is the
 * database's commit rate, not the pipeline's). Prints events/s and end-to-end latency (creation of
 * the event in its transaction to the consumer's effect), last line one JSON object.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createTestDatabase } from '@kizuna/testing';
import { createTransport, EventConsumer, on, Outbox, OutboxRelay } from '../src';
import { CounterIncremented, createTables, NETWORK_ID, SCHEMA, transactionRunner } from '../test/fixtures/counter';

const TOTAL = Number(process.env.BENCH_EVENTS ?? 10_000);
const PER_TRANSACTION = 10;
const WRITERS = 4;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function main() {
  const embedded = process.argv.includes('--embedded');
  const brokers = process.env.KAFKA_BROKERS?.split(',').filter(Boolean) ?? [];
  if (!embedded && brokers.length === 0) {
    console.error('KAFKA_BROKERS is not set: run `npm run infra:up` and set KAFKA_BROKERS=127.0.0.1:9092 (or pass --embedded).');
    process.exit(2);
  }
  const database = await createTestDatabase();
  await createTables(database.url);
  const pool = new pg.Pool({ connectionString: database.url, max: WRITERS + 4 });
  const topicPrefix = `bench${randomBytes(3).toString('hex')}.`;
  const transport = createTransport({ kafkaBrokers: embedded ? [] : brokers, databaseUrl: database.url, clientId: 'bench' });
  const latencies: number[] = [];
  let lastAppliedAt = 0;
  let done: () => void;
  const finished = new Promise<void>((resolve) => (done = resolve));

  const consumer = new EventConsumer({
    name: 'bench',
    schema: SCHEMA,
    transport,
    topicPrefix,
    transaction: transactionRunner(pool),
    handlers: [
      on(CounterIncremented, async (event, tx) => {
        await tx.query(`INSERT INTO ${SCHEMA}.effects (consumer, event_id, counter_id, seq) VALUES ('bench', $1, $2, $3)`, [
          event.id,
          event.data.counterId,
          event.data.seq,
        ]);
        // Measured when the effect's transaction is about to commit.
        const now = Date.now();
        latencies.push(now - Date.parse(event.time));
        lastAppliedAt = now;
        if (latencies.length >= TOTAL) done();
      }),
    ],
  });
  const relay = new OutboxRelay({ databaseUrl: database.url, schema: SCHEMA, transport });
  await consumer.start();
  await relay.start();
  // Warm-up: one event end to end before the clock starts (topic creation, group join).
  const outbox = new Outbox(SCHEMA, topicPrefix);
  await transactionRunner(pool)((tx) => outbox.add(tx, CounterIncremented, NETWORK_ID, { counterId: 'warmup', seq: 0 }).then(() => undefined));
  while (latencies.length < 1) await new Promise((r) => setTimeout(r, 50));
  latencies.length = 0;

  const started = Date.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: WRITERS }, async () => {
      while (next < TOTAL) {
        const batch = Array.from({ length: Math.min(PER_TRANSACTION, TOTAL - next) }, () => next++);
        await transactionRunner(pool)(async (tx) => {
          await outbox.addAll(tx, CounterIncremented, NETWORK_ID, batch.map((seq) => ({ counterId: `counter-${seq % 64}`, seq })));
        });
      }
    }),
  );
  const committedAt = Date.now();
  await Promise.race([finished, new Promise((_, reject) => setTimeout(() => reject(new Error(`only ${latencies.length} of ${TOTAL} events arrived`)), 120_000))]);
  const seconds = (lastAppliedAt - started) / 1000;
  const sorted = [...latencies].sort((a, b) => a - b);
  const result = {
    transport: transport.kind,
    events: TOTAL,
    seconds: Number(seconds.toFixed(2)),
    commit_seconds: Number(((committedAt - started) / 1000).toFixed(2)),
    events_per_second: Math.round(TOTAL / seconds),
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1],
  };

  await consumer.stop();
  await relay.stop();
  await transport.close();
  await pool.end();
  await database.drop();
  console.log(`transport ${result.transport}: ${TOTAL} events in ${result.seconds} s (writers done after ${result.commit_seconds} s)`);
  console.log(`throughput ${result.events_per_second} events/s; latency p50 ${result.p50} ms, p99 ${result.p99} ms, max ${result.max} ms`);
  console.log(JSON.stringify(result));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
