import { Redis } from 'ioredis';

/**
 * Where limit counters live. With a Redis URL every instance of a process shares them; without
 * one (`npm start` on a bare machine) each process counts for itself in memory.
 */
export interface LimitStore {
  readonly kind: 'redis' | 'memory';
  readonly redis?: Redis;
  /** Prefix of every key (a deployment's TOPIC_PREFIX), so deployments sharing one Redis never share counters. */
  readonly namespace: string;
  /** Resolves once Redis answers (at once for memory); until then limits are counted in memory. */
  ready(): Promise<void>;
  close(): Promise<void>;
}

export function openLimitStore(options: { redisUrl?: string; namespace?: string; onError?: (error: Error) => void } = {}): LimitStore {
  const { redisUrl, namespace = '', onError } = options;
  if (!redisUrl) return { kind: 'memory', namespace, ready: async () => undefined, close: async () => undefined };
  // No offline queue: while Redis is unreachable a limit check fails at once and the
  // in-memory insurance limiter answers, instead of requests waiting for a reconnect.
  const redis = new Redis(redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false });
  redis.on('error', (error: Error) => onError?.(error));
  return {
    kind: 'redis',
    redis,
    namespace,
    ready: () => (redis.status === 'ready' ? Promise.resolve() : new Promise<void>((resolve) => redis.once('ready', () => resolve()))),
    close: async () => {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
