/**
 * The producing side of `bench:events`, in its own process as in production (the service that writes
 * the events runs the relay): writers commit events to the outbox, paced or flat out, and the relay
 * ships them. Reads BENCH_* settings from the environment; prints one JSON line per phase when its
 * writers are done, and waits for "next" on stdin between phases.
 */
import { createInterface } from 'node:readline';
import pg from 'pg';
import { createTransport, Outbox, OutboxRelay } from '../src';
import { CounterIncremented, NETWORK_ID, SCHEMA, transactionRunner } from '../test/fixtures/counter';

const PER_TRANSACTION = 10;
const WRITERS = 4;
const TICK_MS = 20;
const WARMUP_EVENTS = 1000;

async function writeAll(pool: pg.Pool, outbox: Outbox, total: number, ratePerSecond: number | undefined): Promise<number> {
  const started = Date.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: WRITERS }, async (_, writer) => {
      let tick = 0;
      while (next < total) {
        if (ratePerSecond) {
          const due = started + tick * TICK_MS;
          tick += 1;
          if (due > Date.now()) await new Promise((r) => setTimeout(r, due - Date.now()));
        }
        // Paced: each writer commits its share every tick; flat out: as fast as commits go.
        const perTick = ratePerSecond ? Math.max(1, Math.round((ratePerSecond * TICK_MS) / 1000 / WRITERS)) : PER_TRANSACTION;
        for (let written = 0; written < perTick && next < total; written += PER_TRANSACTION) {
          const batch = Array.from({ length: Math.min(PER_TRANSACTION, perTick - written, total - next) }, () => next++);
          await transactionRunner(pool)(async (tx) => {
            await outbox.addAll(
              tx,
              CounterIncremented,
              NETWORK_ID,
              batch.map((seq) => ({ counterId: `counter-${writer}-${seq % 16}`, seq })),
            );
          });
        }
      }
    }),
  );
  return Date.now() - started;
}

async function main() {
  const env = process.env;
  const databaseUrl = env.DATABASE_URL!;
  const total = Number(env.BENCH_EVENTS);
  const pool = new pg.Pool({ connectionString: databaseUrl, max: WRITERS + 2 });
  const transport = createTransport({ kafkaBrokers: env.KAFKA_BROKERS?.split(',').filter(Boolean), databaseUrl, clientId: 'bench-producer' });
  const relay = new OutboxRelay({ databaseUrl, schema: SCHEMA, transport });
  await relay.start();
  const outbox = new Outbox(SCHEMA, env.TOPIC_PREFIX ?? '');
  const lines = createInterface({ input: process.stdin })[Symbol.asyncIterator]();
  for (const rate of (env.BENCH_PHASES ?? '').split(',')) {
    await lines.next();
    const ms = await writeAll(pool, outbox, rate === 'warmup' ? WARMUP_EVENTS : total, rate === 'max' || rate === 'warmup' ? undefined : Number(rate));
    console.log(JSON.stringify({ phase: rate, commitMs: ms }));
  }
  await lines.next();
  await relay.stop();
  await transport.close();
  await pool.end();
  process.exit(0); // stdin stays open
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
