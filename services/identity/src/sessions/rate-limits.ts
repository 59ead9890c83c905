import { createHash } from 'node:crypto';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import { UserError } from '@kizuna/subgraph';

export interface AttemptLimitSettings {
  /** Sign-in attempts per e-mail address in one window (a successful sign-in starts it afresh). */
  signInPerAccount: number;
  /** Failed sign-in attempts per client address in one window. */
  signInPerIp: number;
  /** Password reset requests per e-mail address, and ten times that per client address, in one window. */
  passwordResetPerAccount: number;
  windowSeconds: number;
}

export const DEFAULT_ATTEMPT_LIMITS: AttemptLimitSettings = { signInPerAccount: 10, signInPerIp: 100, passwordResetPerAccount: 5, windowSeconds: 900 };

/** A refusal: the error to show and when to try again. */
export interface Throttled {
  error: UserError;
  retryAfterSeconds: number;
}

/** Keys never hold an e-mail address in clear. */
function accountKey(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase()).digest('base64url');
}

function throttled(msBeforeNext: number): Throttled {
  const retryAfterSeconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return {
    error: UserError.of('TOO_MANY_ATTEMPTS', `Too many attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`),
    retryAfterSeconds,
  };
}

/**
 * Counts sign-in attempts and password reset requests per e-mail address and per client address
 * in identity's database, so every identity instance shares the counts. The answer is the same
 * whether or not the e-mail address is registered.
 */
export class AttemptLimits {
  private readonly signInByAccount: RateLimiterPostgres;
  private readonly signInByIp: RateLimiterPostgres;
  private readonly resetByAccount: RateLimiterPostgres;
  private readonly resetByIp: RateLimiterPostgres;

  constructor(dataSource: DataSource, readonly settings: AttemptLimitSettings = DEFAULT_ATTEMPT_LIMITS) {
    // TypeORM's pg pool; the table comes from identity's migrations.
    const storeClient = (dataSource.driver as unknown as { master: unknown }).master;
    const limiter = (keyPrefix: string, points: number) =>
      new RateLimiterPostgres({
        storeClient,
        storeType: 'pool',
        schemaName: 'identity',
        tableName: 'sign_in_attempts',
        tableCreated: true,
        keyPrefix,
        points,
        duration: settings.windowSeconds,
      });
    this.signInByAccount = limiter('sign-in:account', settings.signInPerAccount);
    this.signInByIp = limiter('sign-in:ip', settings.signInPerIp);
    this.resetByAccount = limiter('password-reset:account', settings.passwordResetPerAccount);
    this.resetByIp = limiter('password-reset:ip', settings.passwordResetPerAccount * 10);
  }

  /** Counts a sign-in attempt; refuses it when the e-mail address or the client address has used up its window. */
  signInAttempt(email: string, ip: string | null): Promise<Throttled | null> {
    return consumeAll([
      [this.signInByAccount, accountKey(email)],
      [this.signInByIp, ip],
    ]);
  }

  /** A successful sign-in: the address's attempts start afresh, and the client address is not charged for it. */
  async signInSucceeded(email: string, ip: string | null): Promise<void> {
    await Promise.all([this.signInByAccount.delete(accountKey(email)), ip ? this.signInByIp.reward(ip) : undefined]);
  }

  /** Counts a password reset request; refuses it when the e-mail address or the client address has used up its window. */
  passwordResetRequest(email: string, ip: string | null): Promise<Throttled | null> {
    return consumeAll([
      [this.resetByAccount, accountKey(email)],
      [this.resetByIp, ip],
    ]);
  }
}

async function consumeAll(counters: [RateLimiterPostgres, string | null][]): Promise<Throttled | null> {
  const results = await Promise.allSettled(counters.filter(([, key]) => key).map(([limiter, key]) => limiter.consume(key!)));
  let refusal: Throttled | null = null;
  for (const result of results) {
    if (result.status === 'fulfilled') continue;
    if (!(result.reason instanceof RateLimiterRes)) throw result.reason;
    const candidate = throttled(result.reason.msBeforeNext);
    if (!refusal || candidate.retryAfterSeconds > refusal.retryAfterSeconds) refusal = candidate;
  }
  return refusal;
}
