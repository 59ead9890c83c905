import { createHash } from 'node:crypto';
import { RateLimit, type LimitStore } from '@kizuna/rate-limits';
import { UserError } from '@kizuna/subgraph';

export interface AttemptLimitSettings {
  /** Failed sign-ins to one account from one client address (or one known device) before each further one makes it wait. */
  failuresBeforeDelay: number;
  /** Failed sign-ins to one account from devices it does not know, every address together, before delays start. */
  failuresPerAccount: number;
  /** Failed sign-ins from one client address, every account together, before delays start. */
  failuresPerIp: number;
  /** The longest wait a delay grows to (it doubles with each failure: 1 s, 2 s, 4 s, …). */
  maxDelaySeconds: number;
  /** Password reset requests per e-mail address, and ten times that per client address, in one window. */
  passwordResetPerAccount: number;
  /** Failures (and reset requests) are forgotten after this long; the owner hears of a burst at most once per window. */
  windowSeconds: number;
}

export const DEFAULT_ATTEMPT_LIMITS: AttemptLimitSettings = {
  failuresBeforeDelay: 5,
  failuresPerAccount: 20,
  failuresPerIp: 50,
  maxDelaySeconds: 900,
  passwordResetPerAccount: 5,
  windowSeconds: 900,
};

/** A refusal: the error to show and when to try again. */
export interface Throttled {
  error: UserError;
  retryAfterSeconds: number;
}

/** Who tries to sign in: the e-mail address typed, the client address, and the device when it signed in to this account before. */
export interface SignInAttempt {
  email: string;
  ip: string | null;
  /** The device cookie's id, only when that device has signed in to this account before. */
  knownDevice: string | null;
}

/** Keys never hold an e-mail address or a device id in clear. */
function digest(value: string): string {
  return createHash('sha256').update(value).digest('base64url');
}

function throttled(retryAfterSeconds: number): Throttled {
  const wait = retryAfterSeconds < 60 ? `${retryAfterSeconds} second${retryAfterSeconds === 1 ? '' : 's'}` : `${Math.ceil(retryAfterSeconds / 60)} minutes`;
  return { error: UserError.of('TOO_MANY_ATTEMPTS', `Too many failed attempts. Try again in ${wait}.`), retryAfterSeconds };
}

/** A failure count per key, and the wait that the count imposes once over its allowance. */
class GrowingDelay {
  private readonly failures: RateLimit;
  private readonly waits: RateLimit;

  constructor(
    store: LimitStore,
    name: string,
    readonly allowance: number,
    private readonly settings: AttemptLimitSettings,
  ) {
    // Failures are only counted here, never refused: the waits refuse.
    this.failures = new RateLimit(store, { name: `identity:${name}:failures`, points: Number.MAX_SAFE_INTEGER, perSeconds: settings.windowSeconds });
    this.waits = new RateLimit(store, { name: `identity:${name}:wait`, points: 1, perSeconds: 1 });
  }

  retryAfter(key: string): Promise<number> {
    return this.waits.retryAfter(key);
  }

  /** Counts a failure; from the allowance on, each failure makes the key wait twice as long as the one before. Returns the count. */
  async failed(key: string): Promise<number> {
    const decision = await this.failures.consume(key);
    const count = decision.allowed ? Number.MAX_SAFE_INTEGER - decision.remaining : this.allowance;
    if (count >= this.allowance) await this.waits.block(key, Math.min(this.settings.maxDelaySeconds, 2 ** Math.min(30, count - this.allowance)));
    return count;
  }

  async reset(key: string): Promise<void> {
    await Promise.all([this.failures.reset(key), this.waits.reset(key)]);
  }
}

/**
 * Throttles password guessing without letting a stranger lock an account: failures are counted per
 * (account, client address), per account across addresses and per client address across accounts,
 * and past each allowance the next attempt must wait 1 s, 2 s, 4 s, … up to a cap. A device that
 * has signed in to the account before is counted on its own: a stranger's failures never make its
 * owner wait. Counters live in the shared limit store (Redis across instances), keyed by digests.
 */
export class AttemptLimits {
  private readonly byAccountAndIp: GrowingDelay;
  private readonly byAccount: GrowingDelay;
  private readonly byIp: GrowingDelay;
  private readonly notices: RateLimit;
  private readonly resetByAccount: RateLimit;
  private readonly resetByIp: RateLimit;

  constructor(
    store: LimitStore,
    readonly settings: AttemptLimitSettings = DEFAULT_ATTEMPT_LIMITS,
  ) {
    this.byAccountAndIp = new GrowingDelay(store, 'sign-in:account-ip', settings.failuresBeforeDelay, settings);
    this.byAccount = new GrowingDelay(store, 'sign-in:account', settings.failuresPerAccount, settings);
    this.byIp = new GrowingDelay(store, 'sign-in:ip', settings.failuresPerIp, settings);
    this.notices = new RateLimit(store, { name: 'identity:sign-in:notice', points: 1, perSeconds: settings.windowSeconds });
    this.resetByAccount = new RateLimit(store, {
      name: 'identity:password-reset:account',
      points: settings.passwordResetPerAccount,
      perSeconds: settings.windowSeconds,
    });
    this.resetByIp = new RateLimit(store, {
      name: 'identity:password-reset:ip',
      points: settings.passwordResetPerAccount * 10,
      perSeconds: settings.windowSeconds,
    });
  }

  /** The counters an attempt is charged to: a known device only its own, a stranger all three. */
  private countersOf(attempt: SignInAttempt): [GrowingDelay, string][] {
    const account = digest(attempt.email.trim().toLowerCase());
    if (attempt.knownDevice) return [[this.byAccountAndIp, `${account}:device:${digest(attempt.knownDevice)}`]];
    const counters: [GrowingDelay, string][] = [[this.byAccount, account]];
    if (attempt.ip) counters.push([this.byAccountAndIp, `${account}:${attempt.ip}`], [this.byIp, attempt.ip]);
    return counters;
  }

  /** Refuses the attempt while any of its counters makes it wait. The same for registered and unregistered addresses. */
  async signInAllowed(attempt: SignInAttempt): Promise<Throttled | null> {
    const waits = await Promise.all(this.countersOf(attempt).map(([counter, key]) => counter.retryAfter(key)));
    const longest = Math.max(0, ...waits);
    return longest > 0 ? throttled(longest) : null;
  }

  /** Counts a failed attempt; true when it is the one that starts the account's delays (time to tell the owner). */
  async signInFailed(attempt: SignInAttempt): Promise<boolean> {
    const counters = this.countersOf(attempt);
    const counts = await Promise.all(counters.map(([counter, key]) => counter.failed(key)));
    return !attempt.knownDevice && counters.some(([counter], index) => counter !== this.byIp && counts[index] === counter.allowance);
  }

  /** A successful sign-in: the failures of this device or address on this account are forgotten. */
  async signInSucceeded(attempt: SignInAttempt): Promise<void> {
    const [, pair] = this.countersOf(attempt).find(([counter]) => counter === this.byAccountAndIp) ?? [];
    if (pair) await this.byAccountAndIp.reset(pair);
  }

  /** At most one notice of failed sign-ins per account and window, whatever the number of bursts in it. */
  async noticeDue(accountId: string): Promise<boolean> {
    return (await this.notices.consume(accountId)).allowed;
  }

  /** Counts a password reset request; refuses it when the e-mail address or the client address has used up its window. */
  async passwordResetRequest(email: string, ip: string | null): Promise<Throttled | null> {
    const decisions = await Promise.all([this.resetByAccount.consume(digest(email.trim().toLowerCase())), ...(ip ? [this.resetByIp.consume(ip)] : [])]);
    const waits = decisions.map((decision) => (decision.allowed ? 0 : decision.retryAfterSeconds));
    const longest = Math.max(0, ...waits);
    return longest > 0 ? throttled(longest) : null;
  }
}
