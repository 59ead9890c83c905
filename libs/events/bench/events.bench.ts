/**
 * npm run bench:events — 10,000 events through outbox → relay → transport → consumer (inbox + effect).
 * Uses Kafka at KAFKA_BROKERS (start it with `npm run infra:up`); `--embedded` measures the embedded
 * transport. As in production, the producing service (writers + outbox relay) is one process and the
 * consuming service another. Two phases: writers paced at BENCH_RATE (default 2,000 events/s), then
 * flat out (10 events per transaction; each commit costs an fsync). Prints events/s and end-to-end
 * latency (creation of the event in its transaction to its effect in the consumer's transaction) per
 * phase; the last line is one JSON object.
 */
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import pg from 'pg';
import { startTsProcess } from '@kizuna/stack';
import { createTestDatabase } from '@kizuna/testing';
import { createTransport, EventConsumer, on } from '../src';
import { CounterIncremented, createTables, SCHEMA, transactionRunner } from '../test/fixtures/counter';

const TOTAL = Number(process.env.BENCH_EVENTS ?? 10_000);
const RATE = Number(process.env.BENCH_RATE ?? 2_000);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function main() {
  const embedded = process.argv.includes('--embedded');
  const brokers = embedded ? [] : (process.env.KAFKA_BROKERS?.split(',').filter(Boolean) ?? []);
  if (!embedded && brokers.length === 0) {
    console.error('KAFKA_BROKERS is not set: run `npm run infra:up` and set KAFKA_BROKERS=127.0.0.1:9092 (or pass --embedded).');
    process.exit(2);
  }
  const database = await createTestDatabase();
  await createTables(database.url);
  const pool = new pg.Pool({ connectionString: database.url, max: 6 });
  const topicPrefix = `bench${randomBytes(3).toString('hex')}.`;
  const transport = createTransport({ kafkaBrokers: brokers, databaseUrl: database.url, clientId: 'bench-consumer' });

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
        lastAppliedAt = Date.now();
        latencies.push(lastAppliedAt - Date.parse(event.time));
      }),
    ],
  });
  await consumer.start();

  const producer = startTsProcess({
    name: 'bench-producer',
    entry: require.resolve('./producer.main.ts'),
    env: {
      DATABASE_URL: database.url,
      KAFKA_BROKERS: brokers.join(','),
      TOPIC_PREFIX: topicPrefix,
      BENCH_EVENTS: String(TOTAL),
      BENCH_PHASES: `warmup,${RATE},max`,
    },
    quiet: true,
    stdin: true,
  });
  producer.child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(chunk));
  const reports = createInterface({ input: producer.child.stdout! })[Symbol.asyncIterator]();

  const runPhase = async (expected: number) => {
    latencies.length = 0;
    const started = Date.now();
    producer.child.stdin!.write('next\n');
    const report = JSON.parse((await reports.next()).value as string) as { phase: string; commitMs: number };
    const deadline = Date.now() + 120_000;
    while (latencies.length < expected) {
      if (Date.now() > deadline) throw new Error(`only ${latencies.length} of ${expected} events arrived`);
      await new Promise((r) => setTimeout(r, 20));
    }
    const seconds = (lastAppliedAt - started) / 1000;
    const sorted = [...latencies].sort((a, b) => a - b);
    return {
      offered_per_second: report.phase === 'max' ? null : Number(report.phase),
      seconds: Number(seconds.toFixed(2)),
      commit_seconds: Number((report.commitMs / 1000).toFixed(2)),
      events_per_second: Math.round(expected / seconds),
      p50: percentile(sorted, 50),
      p99: percentile(sorted, 99),
      max: sorted[sorted.length - 1],
    };
  };

  await runPhase(1000); // warm-up (topic creation, group join, JIT), not reported
  const paced = await runPhase(TOTAL);
  const flatOut = await runPhase(TOTAL);
  const result = { transport: transport.kind, events: TOTAL, paced, flat_out: flatOut };

  producer.child.stdin!.write('next\n');
  await once(producer.child, 'exit');
  await consumer.stop();
  await transport.close();
  await pool.end();
  await database.drop();
  for (const [name, phase] of [
    ['paced', paced],
    ['flat out', flatOut],
  ] as const) {
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
