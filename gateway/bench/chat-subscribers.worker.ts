/**
 * Part of `npm run bench:chat`: a share of the subscribers, in a thread of its own so the sender's
 * clock is not held up by deliveries. Each delivery's latency is its arrival time minus the send
 * time the main thread wrote into shared memory for that message number.
 *
 * The subscribers speak graphql-transport-ws (the protocol graphql-ws implements) on plain `ws`
 * sockets, reading each frame's type, subscription id and message number without parsing the
 * whole frame: the bench shares two cores with the system it measures, and a full client per
 * subscriber would spend more of them than the gateway does.
 */
import { parentPort, workerData } from 'node:worker_threads';
import WebSocket from 'ws';
import { BUCKETS, type WorkerInput, type WorkerReport, type WorkerRequest } from './chat-bench-protocol';

const SUBSCRIPTION = `subscription($c: ID!) {
  messageEvents(conversationId: $c) { kind message { id body createdAt sender { displayName } } }
}`;
const SUBSCRIPTION_ID = 'chat';
const NEXT = /^\{"id":"chat","type":"next"/;
const MESSAGE_NUMBER = /"body":"bench:(\d+)"/;

const input = workerData as WorkerInput;
const sentAt = new Float64Array(input.sentAt);
const now = () => performance.timeOrigin + performance.now();

/** Latency per (subscriber, message number); NaN until it arrives (losses and duplicates are per subscriber). */
const stride = input.maxSeq + 1;
const latencies = new Float32Array(input.tokens.length * stride).fill(Number.NaN);
let duplicates = 0;
let errors = 0;
const sockets: WebSocket[] = [];

function subscriber(index: number, token: string): Promise<void> {
  return new Promise((subscribed) => {
    const socket = new WebSocket(input.url.replace(/^http/, 'ws'), 'graphql-transport-ws', { perMessageDeflate: false });
    sockets.push(socket);
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } })));
    socket.on('message', (data: Buffer) => {
      const arrived = now();
      const frame = data.toString();
      if (NEXT.test(frame)) {
        const match = MESSAGE_NUMBER.exec(frame);
        const seq = match ? Number(match[1]) : -1;
        if (seq < 0 || seq > input.maxSeq) {
          errors += 1;
          return;
        }
        const slot = index * stride + seq;
        if (!Number.isNaN(latencies[slot])) {
          if (seq > 0) duplicates += 1; // message 0 is the warm-up, sent until everyone has it
        } else latencies[slot] = arrived - sentAt[seq];
        return;
      }
      const message = JSON.parse(frame) as { type: string };
      if (message.type === 'connection_ack') {
        socket.send(JSON.stringify({ id: SUBSCRIPTION_ID, type: 'subscribe', payload: { query: SUBSCRIPTION, variables: { c: input.conversationId } } }));
        subscribed();
      } else if (message.type === 'ping') socket.send('{"type":"pong"}');
      else if (message.type === 'error' || message.type === 'complete') errors += 1;
    });
    socket.on('error', () => (errors += 1));
  });
}

void Promise.all(input.tokens.map((token, index) => subscriber(index, token))).then(() =>
  parentPort!.postMessage({ type: 'subscribed', count: sockets.length } satisfies WorkerReport),
);

// Warm-up: message 0 is sent repeatedly until everyone has it.
const probe = setInterval(() => {
  let subscribersWithAny = 0;
  for (let i = 0; i < input.tokens.length; i++) if (!Number.isNaN(latencies[i * stride])) subscribersWithAny += 1;
  parentPort!.postMessage({ type: 'received', subscribersWithAny } satisfies WorkerReport);
}, 250);

parentPort!.on('message', (request: WorkerRequest) => {
  if (request.type === 'close') {
    clearInterval(probe);
    for (const socket of sockets) socket.close(1000);
    setTimeout(() => process.exit(0), 200);
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
