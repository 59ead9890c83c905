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
 * message).
 *
 * The floor, in the same run and on the same machine: a bare `ws` server (a thread of this file)
 * that answers graphql-transport-ws's handshake and writes a frame of the gateway's size to every
 * socket at BENCH_RATE for BENCH_FLOOR_SECONDS (BENCH_SECONDS), measured by the same subscriber
 * threads. What no subscription server can beat on this machine; the gateway's p50/p99 are
 * printed against it as ratios.
 *
 * Prints a line per phase, then, as its last line, one JSON object:
 *   {"subscribers","rate","seconds","p50","p99","lost","maxRateWithP99Under200","gatewayCpuMs","steps":[…],"floor":{"rate","seconds","p50","p99","lost"},"p50VsFloor","p99VsFloor"}
 * (latencies in ms; gatewayCpuMs: CPU time the gateway process spent per message, all its
 * deliveries included, read from /proc — steadier than latencies on a shared machine).
 */
import { randomUUID } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { WebSocketServer, type WebSocket } from 'ws';
import { startStack, tokenWithClaims, claimsOf, type Stack } from '@kizuna/testing';
import { BUCKETS, type WorkerInput, type WorkerReport, type WorkerRequest } from './chat-bench-protocol';

const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? 1000);
const RATE = Number(process.env.BENCH_RATE ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const STEPS = (process.env.BENCH_STEPS ?? '100,200,400,800').split(',').filter(Boolean).map(Number);
const STEP_SECONDS = Number(process.env.BENCH_STEP_SECONDS ?? 10);
const WORKERS = Number(process.env.BENCH_WORKERS ?? 2);
const FLOOR_SECONDS = Number(process.env.BENCH_FLOOR_SECONDS ?? SECONDS);
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
  /** CPU time the gateway process spent per message sent (all its subscribers' deliveries), from /proc. */
  gatewayCpuMs?: number;
}

const round = (value: number) => Math.round(value * 10) / 10;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const log = (line: string) => process.stderr.write(`${line}\n`);
const now = () => performance.timeOrigin + performance.now();

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
  await stack.sql(`INSERT INTO messaging.conversation_members (conversation_id, membership_id, network_id, role) VALUES ($1, $2, $3, 'owner')`, [
    roomId,
    ownerId,
    networkId,
  ]);
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

/** CPU ticks (user + system, 100 a second) of a process so far, from /proc; undefined once it ended. */
function cpuTicks(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return undefined;
  }
}

/** The gateway the stack started (a child of this process). */
function gatewayPid(): number | undefined {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) !== process.pid) continue;
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes('gateway/src/main.ts')) return Number(entry);
    } catch {
      // The process ended meanwhile.
    }
  }
  return undefined;
}

/** Subscriber threads for one target (the gateway, or the floor's bare server), measuring against one send clock. */
class SubscriberThreads {
  private readonly workers: Worker[] = [];
  private readonly probes = new Map<Worker, number>();
  private readonly pendingReports = new Map<Worker, (report: WorkerReport & { type: 'phase' }) => void>();
  /** Send time (ms since the epoch) per message number, written here, read by the threads. */
  readonly sentAt: Float64Array;

  constructor(url: string, tokens: string[], conversationId: string, maxSeq: number) {
    const buffer = new SharedArrayBuffer(8 * (maxSeq + 1));
    this.sentAt = new Float64Array(buffer);
    const perWorker = Math.ceil(tokens.length / WORKERS);
    for (let w = 0; w < WORKERS; w++) {
      const input: WorkerInput = { url, tokens: tokens.slice(w * perWorker, (w + 1) * perWorker), conversationId, sentAt: buffer, maxSeq };
      const worker = new Worker(resolve(__dirname, 'chat-subscribers.worker.ts'), { workerData: input, execArgv: ['-r', '@swc-node/register'] });
      worker.on('message', (report: WorkerReport) => {
        if (report.type === 'received') this.probes.set(worker, report.subscribersWithAny);
        if (report.type === 'phase') this.pendingReports.get(worker)?.(report);
      });
      worker.on('error', (error) => log(`subscriber thread failed: ${String(error)}`));
      this.workers.push(worker);
    }
  }

  /** Subscribers that received message 0 (the warm-up). */
  get ready(): number {
    return [...this.probes.values()].reduce((a, b) => a + b, 0);
  }

  reports(phase: Phase): Promise<(WorkerReport & { type: 'phase' })[]> {
    return Promise.all(
      this.workers.map(
        (worker) =>
          new Promise<WorkerReport & { type: 'phase' }>((resolveReport) => {
            this.pendingReports.set(worker, resolveReport);
            worker.postMessage({ type: 'phase', fromSeq: phase.fromSeq, toSeq: phase.toSeq } satisfies WorkerRequest);
          }),
      ),
    );
  }

  async close(): Promise<void> {
    await Promise.all(
      this.workers.map(
        (worker) =>
          new Promise<void>((done) => {
            worker.once('exit', () => done());
            worker.postMessage({ type: 'close' } satisfies WorkerRequest);
            setTimeout(() => void worker.terminate().then(() => done()), 5000).unref();
          }),
      ),
    );
  }
}

/** Sends message 0 until every subscriber has it (all subscriptions are live), at most 2 minutes. */
async function warmUp(threads: SubscriberThreads, count: number, send: (seq: number) => Promise<unknown>): Promise<void> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const ready = threads.ready;
    if (ready >= count) break;
    if (Date.now() > deadline) throw new Error(`only ${ready} of ${count} subscribers are receiving after 2 minutes`);
    await send(0);
    log(`warm-up: ${ready}/${count} subscribers receiving`);
    await sleep(1000);
  }
  await sleep(2000);
}

/** Sends the phase's messages at its rate, waits for the stragglers, and sums up what the subscribers got. */
async function runPhase(threads: SubscriberThreads, phase: Phase, send: (seq: number) => Promise<boolean>, measuredPid?: number): Promise<PhaseResult> {
  const ticksBefore = measuredPid === undefined ? undefined : cpuTicks(measuredPid);
  let sendErrors = 0;
  const mutationTimes: number[] = [];
  const timedSend = async (seq: number) => {
    const started = now();
    threads.sentAt[seq] = started;
    if (!(await send(seq))) sendErrors += 1;
    mutationTimes.push(now() - started);
  };
  const start = now();
  const inflight: Promise<void>[] = [];
  for (let seq = phase.fromSeq; seq <= phase.toSeq; seq++) {
    const due = start + ((seq - phase.fromSeq) * 1000) / phase.rate;
    const wait = due - now();
    if (wait > 1) await sleep(wait);
    inflight.push(timedSend(seq));
  }
  await Promise.all(inflight);
  const sent = phase.toSeq - phase.fromSeq + 1;
  const expected = SUBSCRIBERS * (sent - sendErrors);
  const total = (reports: { received: number }[]) => reports.reduce((sum, r) => sum + r.received, 0);
  // Wait for the stragglers: until everything arrived, or nothing more did for DRAIN_MS.
  let reports = await threads.reports(phase);
  let lastProgress = Date.now();
  for (let received = total(reports); received < expected && Date.now() - lastProgress < DRAIN_MS;) {
    await sleep(500);
    reports = await threads.reports(phase);
    if (total(reports) > received) lastProgress = Date.now();
    received = total(reports);
  }
  const ticksAfter = measuredPid === undefined ? undefined : cpuTicks(measuredPid);
  const histogram = new Uint32Array(BUCKETS);
  let received = 0;
  let duplicates = 0;
  for (const report of reports) {
    received += report.received;
    duplicates += report.duplicates;
    report.histogram.forEach((n, i) => (histogram[i] += n));
  }
  const slowest = histogram.findLastIndex((n) => n > 0);
  const result: PhaseResult = {
    rate: phase.rate,
    seconds: phase.seconds,
    sent,
    sendErrors,
    p50: round(percentileOf(histogram, received, 50)),
    p99: round(percentileOf(histogram, received, 99)),
    max: slowest < 0 ? 0 : slowest / 10,
    lost: SUBSCRIBERS * (sent - sendErrors) - received,
    duplicates,
    mutationP50: round(sortedPercentile(mutationTimes, 50)),
    gatewayCpuMs: ticksBefore !== undefined && ticksAfter !== undefined ? round(((ticksAfter - ticksBefore) * 10) / sent) : undefined,
  };
  log(
    `  → p50 ${result.p50} ms, p99 ${result.p99} ms, max ${result.max} ms, lost ${result.lost}, duplicates ${result.duplicates}, send errors ${result.sendErrors}, send p50 ${result.mutationP50} ms` +
      (result.gatewayCpuMs === undefined ? '' : `, gateway CPU ${result.gatewayCpuMs} ms per message`),
  );
  return result;
}

type FloorRequest = { type: 'broadcast'; seq: number } | { type: 'close' };

/**
 * A frame the size of the gateway's for `bench:<seq>` (the subscription the threads open: kind,
 * message id, body, createdAt, the sender's display name).
 */
function floorFrame(seq: number): Buffer {
  const payload = {
    data: {
      messageEvents: {
        kind: 'ADDED',
        message: { id: randomUUID(), body: `bench:${seq}`, createdAt: new Date().toISOString(), sender: { displayName: '絆大学 同窓会 事務局' } },
      },
    },
  };
  return Buffer.from(JSON.stringify({ id: 'chat', type: 'next', payload }));
}

/** The floor's server (a thread): graphql-transport-ws's handshake, then each frame written as it is to every subscribed socket. */
function floorServer(): void {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0, perMessageDeflate: false });
  const subscribed = new Set<WebSocket>();
  wss.on('connection', (socket) => {
    socket.on('message', (data: Buffer) => {
      const message = JSON.parse(data.toString()) as { type: string };
      if (message.type === 'connection_init') socket.send('{"type":"connection_ack"}');
      else if (message.type === 'subscribe') subscribed.add(socket);
      else if (message.type === 'ping') socket.send('{"type":"pong"}');
    });
    socket.on('close', () => subscribed.delete(socket));
  });
  wss.on('listening', () => parentPort!.postMessage({ port: (wss.address() as AddressInfo).port }));
  parentPort!.on('message', (request: FloorRequest) => {
    if (request.type === 'close') {
      for (const socket of wss.clients) socket.terminate();
      wss.close(() => process.exit(0));
      return;
    }
    const frame = floorFrame(request.seq);
    for (const socket of subscribed) socket.send(frame);
  });
}

/** The bare broadcast at `rate` for `seconds` to SUBSCRIBERS sockets, measured like the gateway. */
async function measureFloor(rate: number, seconds: number): Promise<PhaseResult> {
  log(`Floor: a bare ws broadcast to ${SUBSCRIBERS} sockets…`);
  const server = new Worker(__filename, { workerData: { role: 'floor' }, execArgv: ['-r', '@swc-node/register'] });
  const port = await new Promise<number>((resolvePort, reject) => {
    server.once('message', (message: { port: number }) => resolvePort(message.port));
    server.once('error', reject);
  });
  const phase: Phase = { rate, seconds, fromSeq: 1, toSeq: Math.round(rate * seconds) };
  const threads = new SubscriberThreads(
    `http://127.0.0.1:${port}/graphql`,
    Array.from({ length: SUBSCRIBERS }, () => 'floor'),
    'floor',
    phase.toSeq,
  );
  const broadcast = async (seq: number) => {
    server.postMessage({ type: 'broadcast', seq } satisfies FloorRequest);
    return true;
  };
  try {
    await warmUp(threads, SUBSCRIBERS, broadcast);
    log(`floor: ${rate} messages/s for ${seconds} s…`);
    return await runPhase(threads, phase, broadcast);
  } finally {
    await threads.close();
    server.postMessage({ type: 'close' } satisfies FloorRequest);
    await new Promise<void>((done) => {
      server.once('exit', () => done());
      setTimeout(() => void server.terminate().then(() => done()), 5000).unref();
    });
  }
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
  let threads: SubscriberThreads | undefined;
  try {
    // The floor first, with the system started and idle, so both measure on the same machine.
    const floor = await measureFloor(RATE, FLOOR_SECONDS);

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

    log(`Opening ${SUBSCRIBERS} graphql-ws subscriptions in ${WORKERS} threads…`);
    threads = new SubscriberThreads(url, tokens, roomId, maxSeq);
    const pid = gatewayPid();

    let reportedErrors = 0;
    const post = async (seq: number): Promise<boolean> => {
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
        if (!result.errors && !result.data?.sendMessage?.errors.length) return true;
        if ((reportedErrors += 1) <= 3) log(`sendMessage failed: ${JSON.stringify(result)}`);
      } catch (error) {
        if ((reportedErrors += 1) <= 3) log(`sendMessage failed: ${String(error)}`);
      }
      return false;
    };

    await warmUp(threads, SUBSCRIBERS, post);

    const results: PhaseResult[] = [];
    const passes = (r: PhaseResult) => r.p99 <= P99_LIMIT_MS && r.lost === 0 && r.sendErrors === 0;
    // The main phase, then up the steps while p99 stays within the limit; when even the main rate
    // misses it, down by halves to find the rate that does not.
    const plan: { rate: number; seconds: number }[] = [{ rate: RATE, seconds: SECONDS }];
    for (let index = 0; index < plan.length; index++) {
      const phase = phaseOf(plan[index].rate, plan[index].seconds);
      log(`${phase.rate} messages/s for ${phase.seconds} s (messages ${phase.fromSeq}–${phase.toSeq})…`);
      const result = await runPhase(threads, phase, post, pid);
      results.push(result);
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
    // Guarded: a floor p99 under the histogram's 0.1 ms resolution would divide by zero.
    const ratio = (value: number, floorValue: number) => round(value / Math.max(floorValue, 0.1));
    log(
      `floor at ${RATE} messages/s: p50 ${floor.p50} ms, p99 ${floor.p99} ms; the gateway's p50 ${ratio(main50.p50, floor.p50)}×, p99 ${ratio(main50.p99, floor.p99)}× the floor`,
    );
    console.log(
      JSON.stringify({
        subscribers: SUBSCRIBERS,
        rate: main50.rate,
        seconds: main50.seconds,
        p50: main50.p50,
        p99: main50.p99,
        lost: main50.lost,
        maxRateWithP99Under200: underLimit.length > 0 ? Math.max(...underLimit) : 0,
        gatewayCpuMs: main50.gatewayCpuMs,
        steps: steps.map(({ rate, p50, p99, lost, gatewayCpuMs }) => ({ rate, p50, p99, lost, gatewayCpuMs })),
        floor: { rate: floor.rate, seconds: floor.seconds, p50: floor.p50, p99: floor.p99, lost: floor.lost },
        p50VsFloor: ratio(main50.p50, floor.p50),
        p99VsFloor: ratio(main50.p99, floor.p99),
      }),
    );
  } finally {
    await threads?.close();
    await stack.stop();
  }
}

if (isMainThread) {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
} else if ((workerData as { role?: string } | null)?.role === 'floor') {
  floorServer();
}
