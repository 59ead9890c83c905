/** What `chat.bench.ts` and its subscriber threads (`chat-subscribers.worker.ts`) tell each other. */

export interface WorkerInput {
  url: string;
  tokens: string[];
  conversationId: string;
  /** Float64Array over it: send time (ms since the epoch, fractional) per message number. */
  sentAt: SharedArrayBuffer;
  maxSeq: number;
}

/** Latencies in 0.1 ms buckets up to 10 s; the last bucket holds everything slower. */
export const BUCKETS = 100_001;

export type WorkerRequest = { type: 'phase'; fromSeq: number; toSeq: number } | { type: 'close' };
export type WorkerReport =
  | { type: 'subscribed'; count: number }
  | { type: 'received'; subscribersWithAny: number }
  | { type: 'phase'; histogram: Uint32Array; received: number; duplicates: number; errors: number };
