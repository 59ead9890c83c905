/**
 * npm run bench:events — 10,000 events through outbox → relay → transport → consumer (inbox + effect).
 * Uses Kafka at KAFKA_BROKERS (start it with `npm run infra:up`); `--embedded` measures the embedded transport.
 * Two phases: writers paced at BENCH_RATE (default 2,000 events/s), then writers flat out (up to 10
 * events per transaction; a commit costs an fsync). Prints events/s and end-to-end latency (creation of
 * the event in its transaction to the consumer's effect) per phase; the last line is one JSON object.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createTestDatabase } from '@kizuna/testing';
import { createTransport, EventConsumer, on, Outbox, OutboxRelay } from '../src';
import { CounterIncremented, createTables, NETWORK_ID, SCHEMA, transactionRunner } from '../test/fixtures/counter';

const TOTAL = Number(process.env.BENCH_EVENTS ?? 10_000);
const PER_TRANSACTION = 10;
const WRITERS = 4;
const RATE = Number(process.env.BENCH_RATE ?? 2_000);

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

  const runPhase = async (ratePerSecond: number | undefined) => {
    latencies.length = 0;
    const started = Date.now();
    let next = 0;
    // Paced: each writer commits its share every tick; flat out: as fast as commits go.
    const tickMs = 20;
    await Promise.all(
      Array.from({ length: WRITERS }, async (_, writer) => {
        let tick = 0;
        while (next < TOTAL) {
          if (ratePerSecond) {
            const due = started + tick * tickMs;
            tick += 1;
            if (due > Date.now()) await new Promise((r) => setTimeout(r, due - Date.now()));
          }
          const perTick = ratePerSecond ? Math.max(1, Math.round((ratePerSecond * tickMs) / 1000 / WRITERS)) : PER_TRANSACTION;
          for (let written = 0; written < perTick && next < TOTAL; written += PER_TRANSACTION) {
            const batch = Array.from({ length: Math.min(PER_TRANSACTION, perTick - written, TOTAL - next) }, () => next++);
            await transactionRunner(pool)(async (tx) => {
              await outbox.addAll(tx, CounterIncremented, NETWORK_ID, batch.map((seq) => ({ counterId: `counter-${writer}-${seq % 16}`, seq })));
            });
          }
        }
      }),
    );
    const committedAt = Date.now();
    const deadline = Date.now() + 120_000;
    while (latencies.length < TOTAL) {
      if (Date.now() > deadline) throw new Error(`only ${latencies.length} of ${TOTAL} events arrived`);
      await new Promise((r) => setTimeout(r, 20));
    }
    const seconds = (lastAppliedAt - started) / 1000;
    const sorted = [...latencies].sort((a, b) => a - b);
    return {
      offered_per_second: ratePerSecond ?? null,
      seconds: Number(seconds.toFixed(2)),
      commit_seconds: Number(((committedAt - started) / 1000).toFixed(2)),
      events_per_second: Math.round(TOTAL / seconds),
      p50: percentile(sorted, 50),
      p99: percentile(sorted, 99),
      max: sorted[sorted.length - 1],
    };
  };

  const paced = await runPhase(RATE);
  const flatOut = await runPhase(undefined);
  const result = { transport: transport.kind, events: TOTAL, paced, flat_out: flatOut };

  await consumer.stop();
  await relay.stop();
  await transport.close();
  await pool.end();
  await database.drop();
  for (const [name, phase] of [['paced', paced], ['flat out', flatOut]] as const) {
    console.log(
      `${result.transport}, ${name}${phase.offered_per_second ? ` at ${phase.offered_per_second} events/s offered` : ''}: ${TOTAL} events in ${phase.seconds} s ` +
        `(writers done after ${phase.commit_seconds} s) = ${phase.events_per_second} events/s; latency p50 ${phase.p50} ms, p99 ${phase.p99} ms, max ${phase.max} ms`,
    );
  }
  console.log(JSON.stringify(result));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
