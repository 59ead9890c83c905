/**
 * Real-time chat through the gateway: `npm run bench:chat`.
 *
 * Starts the whole system with the test harness (demo seed) on the configured transport (Kafka
 * when KAFKA_BROKERS is set), creates a talk room, adds BENCH_SUBSCRIBERS (default 1,000) approved
 * members to it (straight into messaging's tables, with access tokens signed by identity's key and
 * valid for the whole run), and opens one graphql-ws connection per member subscribed to
 * `messageEvents` of the room through the gateway (in worker threads). The room's owner then posts
 * through the HTTP mutation at BENCH_RATE (50) messages/s for BENCH_SECONDS (30), then up
 * BENCH_STEPS (100,200,400,800) messages/s, BENCH_STEP_SECONDS (10) each, while p99 stays within
 * 200 ms — or, when the main rate already misses it, down by halves until a rate keeps it. The room and its
 * members are written straight into messaging's tables (joining 1,000 members one request at a
 * time is not what is measured).
 *
 * Latency = a subscriber's receipt − the start of the mutation that posted the message, for every
 * (subscriber, message). Lost = deliveries that never arrived (every subscriber must get every
 * message). Prints a line per phase, then, as its last line, one JSON object:
 *   {"subscribers","rate","seconds","p50","p99","lost","maxRateWithP99Under200","steps":[…]}
 * (latencies in ms).
 */
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { startStack, tokenWithClaims, claimsOf, type Stack } from '@kizuna/testing';
import { BUCKETS, type WorkerInput, type WorkerReport, type WorkerRequest } from './chat-bench-protocol';

const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? 1000);
const RATE = Number(process.env.BENCH_RATE ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const STEPS = (process.env.BENCH_STEPS ?? '100,200,400,800').split(',').filter(Boolean).map(Number);
const STEP_SECONDS = Number(process.env.BENCH_STEP_SECONDS ?? 10);
const WORKERS = Number(process.env.BENCH_WORKERS ?? 2);
const DRAIN_MS = 5000;
const P99_LIMIT_MS = 200;

interface Phase {
  rate: number;
  seconds: number;
  fromSeq: number;
  toSeq: number;
}

interface PhaseResult {
  rate: number;
  seconds: number;
  sent: number;
  sendErrors: number;
  p50: number;
  p99: number;
  max: number;
  lost: number;
  duplicates: number;
  mutationP50: number;
}

const round = (value: number) => Math.round(value * 10) / 10;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const log = (line: string) => process.stderr.write(`${line}\n`);

function percentileOf(histogram: Uint32Array, total: number, p: number): number {
  const rank = Math.ceil((p / 100) * total);
  let seen = 0;
  for (let i = 0; i < histogram.length; i++) {
    seen += histogram[i];
    if (seen >= rank) return i / 10;
  }
  return (histogram.length - 1) / 10;
}

function sortedPercentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** A talk room owned by the admin, made in messaging's tables as `createRoom` leaves them. */
async function createRoom(stack: Stack, adminToken: string): Promise<string> {
  const { nid: networkId, mid: ownerId } = claimsOf(adminToken);
  const roomId = randomUUID();
  await stack.sql(`INSERT INTO messaging.conversations (id, network_id, kind) VALUES ($1, $2, 'room')`, [roomId, networkId]);
  await stack.sql(
    `INSERT INTO messaging.rooms (conversation_id, network_id, name, description, category, visibility, created_by, member_count)
     VALUES ($1, $2, $3, 'bench:chat', 'topic', 'open', $4, 1)`,
    [roomId, networkId, `Bench ${roomId.slice(0, 8)}`, ownerId],
  );
  await stack.sql(`INSERT INTO messaging.conversation_members (conversation_id, membership_id, network_id, role) VALUES ($1, $2, $3, 'owner')`, [roomId, ownerId, networkId]);
  return roomId;
}

/** Adds approved members to the room without going through registration (which would take minutes for 1,000). */
async function seedMembers(stack: Stack, adminToken: string, roomId: string, count: number): Promise<string[]> {
  const networkId = claimsOf(adminToken).nid;
  const ids = Array.from({ length: count }, () => randomUUID());
  await stack.sql(
    `INSERT INTO messaging.members (membership_id, network_id, role, status, display_name, profile, updated_at)
     SELECT id, $2, 'member', 'approved', 'Bench member ' || ord, '{}', now() FROM unnest($1::uuid[]) WITH ORDINALITY AS t(id, ord)`,
    [ids, networkId],
  );
  await stack.sql(
    `INSERT INTO messaging.conversation_members (conversation_id, membership_id, network_id, role) SELECT $1, id, $2, 'member' FROM unnest($3::uuid[]) AS t(id)`,
    [roomId, networkId, ids],
  );
  await stack.sql('UPDATE messaging.rooms SET member_count = member_count + $2 WHERE conversation_id = $1', [roomId, count]);
  const expiresAt = Math.floor(Date.now() / 1000) + 3 * 3600;
  const tokens: string[] = [];
  for (const id of ids) {
    tokens.push(await tokenWithClaims(stack, adminToken, { sub: randomUUID(), mid: id, role: 'member', status: 'approved', perms: [], exp: expiresAt }));
  }
  return tokens;
}

async function main(): Promise<void> {
  process.env.LOG_LEVEL ??= 'warn';
  // One sender posts far more than a member may: the per-member limit must not be what is measured.
  process.env.MESSAGE_RATE_LIMIT ??= '1000000';
  process.env.MESSAGE_RATE_WINDOW_SECONDS ??= '1';
  process.env.RATE_LIMIT_MEMBER ??= '1000000/1m'; // the gateway's, likewise
  log(`Starting the system (${process.env.KAFKA_BROKERS ? 'Kafka' : 'embedded transport'})…`);
  const stack = await startStack({ seed: 'demo' });
  // Interrupted: the services are processes of their own and must not outlive the bench.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void stack.stop().finally(() => process.exit(130)));
  const workers: Worker[] = [];
  try {
    const url = stack.gatewayUrl!;
    const adminToken = await stack.signInAdmin();
    const roomId = await createRoom(stack, adminToken);
    log(`Adding ${SUBSCRIBERS} members to the room…`);
    const tokens = await seedMembers(stack, adminToken, roomId, SUBSCRIBERS);

    // Room for the longest run: the main phase and every step up (steps down are shorter).
    const maxSeq = Math.round(RATE * SECONDS) + STEPS.reduce((sum, rate) => sum + Math.round(rate * STEP_SECONDS), 0);
    let nextSeq = 1;
    const phaseOf = (rate: number, seconds: number): Phase => {
      const count = Math.round(rate * seconds);
      const phase = { rate, seconds, fromSeq: nextSeq, toSeq: nextSeq + count - 1 };
      nextSeq += count;
      return phase;
    };
    const sentAtBuffer = new SharedArrayBuffer(8 * (maxSeq + 1));
    const sentAt = new Float64Array(sentAtBuffer);
    const now = () => performance.timeOrigin + performance.now();

    log(`Opening ${SUBSCRIBERS} graphql-ws subscriptions in ${WORKERS} threads…`);
    const perWorker = Math.ceil(tokens.length / WORKERS);
    const probes = new Map<Worker, number>();
    const pendingReports = new Map<Worker, (report: WorkerReport & { type: 'phase' }) => void>();
    for (let w = 0; w < WORKERS; w++) {
      const input: WorkerInput = { url, tokens: tokens.slice(w * perWorker, (w + 1) * perWorker), conversationId: roomId, sentAt: sentAtBuffer, maxSeq };
      const worker = new Worker(resolve(__dirname, 'chat-subscribers.worker.ts'), { workerData: input, execArgv: ['-r', '@swc-node/register'] });
      worker.on('message', (report: WorkerReport) => {
        if (report.type === 'received') probes.set(worker, report.subscribersWithAny);
        if (report.type === 'phase') pendingReports.get(worker)?.(report);
      });
      worker.on('error', (error) => log(`subscriber thread failed: ${String(error)}`));
      workers.push(worker);
    }

    const phaseReports = (phase: Phase) =>
      Promise.all(
        workers.map(
          (worker) =>
            new Promise<WorkerReport & { type: 'phase' }>((resolveReport) => {
              pendingReports.set(worker, resolveReport);
              worker.postMessage({ type: 'phase', fromSeq: phase.fromSeq, toSeq: phase.toSeq } satisfies WorkerRequest);
            }),
        ),
      );
    const total = (reports: { received: number }[]) => reports.reduce((sum, r) => sum + r.received, 0);

    let sendErrors = 0;
    const mutationTimes: number[] = [];
    const post = async (seq: number) => {
      const started = now();
      sentAt[seq] = started;
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
          body: JSON.stringify({
            query: 'mutation($input: SendMessageInput!) { sendMessage(input: $input) { message { id } errors { code message } } }',
            variables: { input: { conversationId: roomId, body: `bench:${seq}` } },
          }),
        });
        const result = (await response.json()) as { data?: { sendMessage?: { errors: unknown[] } }; errors?: unknown[] };
        if (result.errors || result.data?.sendMessage?.errors.length) {
          sendErrors += 1;
          if (sendErrors <= 3) log(`sendMessage failed: ${JSON.stringify(result)}`);
        }
      } catch (error) {
        sendErrors += 1;
        if (sendErrors <= 3) log(`sendMessage failed: ${String(error)}`);
      }
      mutationTimes.push(now() - started);
    };

    // Warm-up: message 0 until every subscriber has it (all subscriptions are live), at most 2 minutes.
    const warmupDeadline = Date.now() + 120_000;
    for (;;) {
      const ready = [...probes.values()].reduce((a, b) => a + b, 0);
      if (ready >= SUBSCRIBERS) break;
      if (Date.now() > warmupDeadline) throw new Error(`only ${ready} of ${SUBSCRIBERS} subscribers are receiving after 2 minutes`);
      await post(0);
      log(`warm-up: ${ready}/${SUBSCRIBERS} subscribers receiving`);
      await sleep(1000);
    }
    await sleep(2000);

    const results: PhaseResult[] = [];
    const passes = (r: PhaseResult) => r.p99 <= P99_LIMIT_MS && r.lost === 0 && r.sendErrors === 0;
    // The main phase, then up the steps while p99 stays within the limit; when even the main rate
    // misses it, down by halves to find the rate that does not.
    const plan: { rate: number; seconds: number }[] = [{ rate: RATE, seconds: SECONDS }];
    for (let index = 0; index < plan.length; index++) {
      const phase = phaseOf(plan[index].rate, plan[index].seconds);
      log(`${phase.rate} messages/s for ${phase.seconds} s (messages ${phase.fromSeq}–${phase.toSeq})…`);
      sendErrors = 0;
      mutationTimes.length = 0;
      const start = now();
      const inflight: Promise<void>[] = [];
      for (let seq = phase.fromSeq; seq <= phase.toSeq; seq++) {
        const due = start + ((seq - phase.fromSeq) * 1000) / phase.rate;
        const wait = due - now();
        if (wait > 1) await sleep(wait);
        inflight.push(post(seq));
      }
      await Promise.all(inflight);
      const sent = phase.toSeq - phase.fromSeq + 1;
      const expected = SUBSCRIBERS * (sent - sendErrors);
      // Wait for the stragglers: until everything arrived, or nothing more did for DRAIN_MS.
      let reports = await phaseReports(phase);
      let lastProgress = Date.now();
      for (let received = total(reports); received < expected && Date.now() - lastProgress < DRAIN_MS; ) {
        await sleep(500);
        reports = await phaseReports(phase);
        if (total(reports) > received) lastProgress = Date.now();
        received = total(reports);
      }
      const histogram = new Uint32Array(BUCKETS);
      let received = 0;
      let duplicates = 0;
      for (const report of reports) {
        received += report.received;
        duplicates += report.duplicates;
        report.histogram.forEach((n, i) => (histogram[i] += n));
      }
      const slowest = histogram.findLastIndex((n) => n > 0);
      const max = slowest < 0 ? 0 : slowest / 10;
      const result: PhaseResult = {
        rate: phase.rate,
        seconds: phase.seconds,
        sent,
        sendErrors,
        p50: round(percentileOf(histogram, received, 50)),
        p99: round(percentileOf(histogram, received, 99)),
        max,
        lost: SUBSCRIBERS * (sent - sendErrors) - received,
        duplicates,
        mutationP50: round(sortedPercentile(mutationTimes, 50)),
      };
      results.push(result);
      log(`  → p50 ${result.p50} ms, p99 ${result.p99} ms, max ${result.max} ms, lost ${result.lost}, duplicates ${result.duplicates}, send errors ${result.sendErrors}, mutation p50 ${result.mutationP50} ms`);
      const goingDown = results[0] && !passes(results[0]);
      if (!goingDown && passes(result)) {
        const higher = STEPS.find((rate) => rate > result.rate);
        if (higher) plan.push({ rate: higher, seconds: STEP_SECONDS });
      } else if (goingDown && !passes(result) && result.rate >= 2) {
        plan.push({ rate: Math.floor(result.rate / 2), seconds: STEP_SECONDS });
      }
    }

    const [main50, ...steps] = results;
    const underLimit = results.filter(passes).map((r) => r.rate);
    console.log(
      JSON.stringify({
        subscribers: SUBSCRIBERS,
        rate: main50.rate,
        seconds: main50.seconds,
        p50: main50.p50,
        p99: main50.p99,
        lost: main50.lost,
        maxRateWithP99Under200: underLimit.length > 0 ? Math.max(...underLimit) : 0,
        steps: steps.map(({ rate, p50, p99, lost }) => ({ rate, p50, p99, lost })),
      }),
    );
  } finally {
    await Promise.all(workers.map((worker) => new Promise<void>((done) => {
      worker.once('exit', () => done());
      worker.postMessage({ type: 'close' } satisfies WorkerRequest);
      setTimeout(() => void worker.terminate().then(() => done()), 5000).unref();
    })));
    await stack.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
