/**
 * Part of `npm run bench:chat`: a share of the graphql-ws subscribers, in a thread of its own so
 * the sender's clock is not held up by parsing deliveries. Each delivery's latency is its arrival
 * time minus the send time the main thread wrote into shared memory for that message number.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { BUCKETS, type WorkerInput, type WorkerReport, type WorkerRequest } from './chat-bench-protocol';

const SUBSCRIPTION = `subscription($c: ID!) {
  messageEvents(conversationId: $c) { kind message { id body createdAt sender { displayName } } }
}`;

const input = workerData as WorkerInput;
const sentAt = new Float64Array(input.sentAt);
const now = () => performance.timeOrigin + performance.now();

/** Latency per (subscriber, message number); NaN until it arrives (losses and duplicates are per subscriber). */
const stride = input.maxSeq + 1;
const latencies = new Float32Array(input.tokens.length * stride).fill(Number.NaN);
let duplicates = 0;
let errors = 0;
const clients: Client[] = [];

for (const [index, token] of input.tokens.entries()) {
  const client = createClient({ url: input.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0, lazy: false });
  clients.push(client);
  client.subscribe(
    { query: SUBSCRIPTION, variables: { c: input.conversationId } },
    {
      next: (result) => {
        const arrived = now();
        const body = (result.data as { messageEvents?: { message?: { body?: string } } } | undefined)?.messageEvents?.message?.body;
        const match = body ? /^bench:(\d+)$/.exec(body) : null;
        if (!match) {
          errors += 1;
          return;
        }
        const seq = Number(match[1]);
        if (seq > input.maxSeq) {
          errors += 1;
          return;
        }
        if (!Number.isNaN(latencies[index * stride + seq])) {
          if (seq > 0) duplicates += 1; // message 0 is the warm-up, sent until everyone has it
        }
        else latencies[index * stride + seq] = arrived - sentAt[seq];
      },
      error: () => (errors += 1),
      complete: () => undefined,
    },
  );
}
parentPort!.postMessage({ type: 'subscribed', count: clients.length } satisfies WorkerReport);

// Warm-up: message 0 is sent repeatedly until everyone has it.
const probe = setInterval(() => {
  let subscribersWithAny = 0;
  for (let i = 0; i < input.tokens.length; i++) if (!Number.isNaN(latencies[i * stride])) subscribersWithAny += 1;
  parentPort!.postMessage({ type: 'received', subscribersWithAny } satisfies WorkerReport);
}, 250);

parentPort!.on('message', (request: WorkerRequest) => {
  if (request.type === 'close') {
    clearInterval(probe);
    void Promise.all(clients.map((c) => c.dispose())).then(() => process.exit(0));
    return;
  }
  clearInterval(probe);
  const histogram = new Uint32Array(BUCKETS);
  let received = 0;
  for (let i = 0; i < input.tokens.length; i++) {
    for (let seq = request.fromSeq; seq <= request.toSeq; seq++) {
      const latency = latencies[i * stride + seq];
      if (Number.isNaN(latency)) continue;
      received += 1;
      histogram[Math.min(BUCKETS - 1, Math.max(0, Math.round(latency * 10)))] += 1;
    }
  }
  const report: WorkerReport = { type: 'phase', histogram, received, duplicates, errors };
  parentPort!.postMessage(report);
});
