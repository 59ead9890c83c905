import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { LimitStore } from './limit-store';

export interface LimitRule {
  /** Names the counter family (the Redis key prefix): one name, one meaning. */
  name: string;
  /** How many points a key may spend per window. */
  points: number;
  /** The window, in seconds. */
  perSeconds: number;
  /** Once over, the key stays refused this long (seconds); default: until the window ends. */
  blockSeconds?: number;
}

export type LimitDecision = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };

/** A counter per key over a fixed window, shared through the store. */
export class RateLimit {
  private readonly limiter: RateLimiterAbstract;

  constructor(
    store: LimitStore,
    readonly rule: LimitRule,
  ) {
    const options = {
      keyPrefix: `kizuna:rl:${store.namespace}${rule.name}`,
      points: rule.points,
      duration: rule.perSeconds,
      blockDuration: rule.blockSeconds ?? 0,
    };
    const memory = new RateLimiterMemory(options);
    // Redis failing must not open the gates nor close them: the insurance limiter counts in memory meanwhile.
    this.limiter = store.redis ? new RateLimiterRedis({ ...options, storeClient: store.redis, insuranceLimiter: memory }) : memory;
  }

  /** Spends `cost` points of the key; refused when the window has not enough left. */
  async consume(key: string, cost = 1): Promise<LimitDecision> {
    try {
      const result = await this.limiter.consume(key, cost);
      return { allowed: true, remaining: result.remainingPoints };
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
      throw rejection;
    }
  }

  /** How many points the key has spent in the current window (0 when none), without spending. */
  async spent(key: string): Promise<number> {
    const result = await this.limiter.get(key);
    return result?.consumedPoints ?? 0;
  }

  /** Refuses the key for `seconds` from now, whatever it has spent (a penalty, e.g. a delay that grows with each failure). */
  async block(key: string, seconds: number): Promise<void> {
    await this.limiter.block(key, seconds);
  }

  /** Seconds until the key may spend again (0 when it may now), without spending. */
  async retryAfter(key: string): Promise<number> {
    const result = await this.limiter.get(key);
    if (!result || result.consumedPoints <= this.rule.points) return 0;
    return Math.max(1, Math.ceil(result.msBeforeNext / 1000));
  }

  /** Forgets the key (e.g. a successful sign-in clears its failures). */
  async reset(key: string): Promise<void> {
    await this.limiter.delete(key);
  }
}
