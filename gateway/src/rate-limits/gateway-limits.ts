import type { Viewer } from '@kizuna/auth';
import { RateLimit, type LimitStore } from '@kizuna/rate-limits';
import type { Logger } from '@kizuna/runtime';
import { addressKey } from '../http/client-address';
import { describeWindow, LIMITS, type Budget, type LimitDefinition, type LimitName, type RateLimitSettings } from './limits';

/** Who spends: the verified token's membership and network, and the client address. */
export interface Caller {
  viewer?: Viewer;
  /** The client address as the gateway determined it (absent for a request without a socket peer). */
  address?: string;
}

/** A request over one of its budgets. */
export interface Refusal {
  limit: LimitName;
  retryAfterSeconds: number;
  message: string;
}

interface Counter {
  definition: LimitDefinition;
  budget: Budget;
  counter: RateLimit;
}

/**
 * The gateway's rate limits (limits.ts) over one store: Redis shared by every instance, or this
 * process's memory. Each request spends on every budget it touches at once; it is refused when
 * any of them is spent.
 */
export class GatewayRateLimits {
  private readonly counters: Counter[];

  constructor(
    store: LimitStore,
    settings: RateLimitSettings,
    private readonly log: Logger,
  ) {
    this.counters = LIMITS.flatMap((definition): Counter[] => {
      const budget = settings[definition.setting];
      if (!budget) return [];
      const counter = new RateLimit(store, { name: `gateway:${definition.name}`, points: budget.points, perSeconds: budget.perSeconds });
      return [{ definition, budget, counter }];
    });
  }

  /** Spends one operation with these root field counts; the refusal that waits longest, or null. */
  async admit(caller: Caller, rootFields: ReadonlyMap<string, number>): Promise<Refusal | null> {
    const spending: Promise<Refusal | null>[] = [];
    for (const entry of this.counters) {
      const { fields, key } = entry.definition;
      let cost: number;
      if (fields) cost = fields.reduce((sum, field) => sum + (rootFields.get(field) ?? 0), 0);
      else if (key === 'member') cost = caller.viewer ? 1 : 0;
      else cost = caller.viewer ? 0 : 1; // per operation by address: callers without a token
      if (cost > 0) spending.push(this.spend(entry, caller, cost));
    }
    return longest(await Promise.all(spending));
  }

  /** Spends `cost` of one limit (e.g. a bulk HTTP route). */
  async admitOne(name: LimitName, caller: Caller, cost = 1): Promise<Refusal | null> {
    const entry = this.counters.find((candidate) => candidate.definition.name === name);
    return entry ? this.spend(entry, caller, cost) : null;
  }

  private async spend({ definition, budget, counter }: Counter, caller: Caller, cost: number): Promise<Refusal | null> {
    const key = keyOf(definition, caller);
    if (!key) return null;
    let decision;
    try {
      decision = await counter.consume(key, cost);
    } catch (error) {
      // A broken counter must not take the API down with it: the request goes on, and the log says why.
      this.log.error({ err: error, limit: definition.name }, 'rate limit could not be counted; the request was let through');
      return null;
    }
    if (decision.allowed) return null;
    const seconds = decision.retryAfterSeconds;
    return {
      limit: definition.name as LimitName,
      retryAfterSeconds: seconds,
      message: `Too many requests: at most ${budget.points} ${definition.unit} per ${describeWindow(budget.perSeconds)}. Try again in ${seconds} second${seconds === 1 ? '' : 's'}.`,
    };
  }
}

function keyOf(definition: LimitDefinition, caller: Caller): string | undefined {
  if (definition.key === 'member') return caller.viewer?.membershipId;
  if (definition.key === 'network') return caller.viewer?.networkId;
  return caller.address ? addressKey(caller.address) : undefined;
}

function longest(refusals: (Refusal | null)[]): Refusal | null {
  let worst: Refusal | null = null;
  for (const refusal of refusals) if (refusal && (!worst || refusal.retryAfterSeconds > worst.retryAfterSeconds)) worst = refusal;
  return worst;
}
