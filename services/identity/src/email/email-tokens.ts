import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { IsNull, type EntityManager } from 'typeorm';
import { UserError, type Result } from '@kizuna/subgraph';
import { EmailTokenEntity, type EmailTokenPurpose } from './email-token.entity';

/** How long each kind of link works. */
export const TOKEN_LIFETIME_MS: Record<EmailTokenPurpose, number> = {
  'verify-email': 24 * 60 * 60 * 1000,
  'reset-password': 60 * 60 * 1000,
  'change-email': 24 * 60 * 60 * 1000,
};

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Creates a token (256 random bits, base64url) and stores its hash; returns the token for the link. */
export async function issueEmailToken(
  manager: EntityManager,
  request: { accountId: string; purpose: EmailTokenPurpose; email: string; networkId: string | null },
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const now = Date.now();
  await manager.insert(EmailTokenEntity, {
    id: randomUUID(),
    accountId: request.accountId,
    purpose: request.purpose,
    tokenHash: hashToken(token),
    email: request.email,
    networkId: request.networkId,
    createdAt: new Date(now),
    expiresAt: new Date(now + TOKEN_LIFETIME_MS[request.purpose]),
    usedAt: null,
  });
  return token;
}

/**
 * Spends a token of one purpose, locking its row so two clicks cannot both succeed. Every other
 * unused token of the same account and purpose is spent with it: one successful link ends the rest.
 */
export async function consumeEmailToken(manager: EntityManager, purpose: EmailTokenPurpose, token: string): Promise<Result<EmailTokenEntity>> {
  const row = token
    ? await manager.getRepository(EmailTokenEntity).findOne({ where: { tokenHash: hashToken(token.trim()), purpose }, lock: { mode: 'pessimistic_write' } })
    : null;
  if (!row) return { ok: false, errors: [UserError.of('TOKEN_INVALID', 'This link is not valid. Ask for a new one.', 'token')] };
  if (row.usedAt) return { ok: false, errors: [UserError.of('TOKEN_USED', 'This link has already been used.', 'token')] };
  if (row.expiresAt.getTime() <= Date.now())
    return { ok: false, errors: [UserError.of('TOKEN_EXPIRED', 'This link has expired. Ask for a new one.', 'token')] };
  const usedAt = new Date();
  await manager.update(EmailTokenEntity, { accountId: row.accountId, purpose, usedAt: IsNull() }, { usedAt });
  return { ok: true, value: { ...row, usedAt } };
}

/** The newest token of a purpose for an account (to limit how often mail goes out). */
export function newestEmailToken(manager: EntityManager, accountId: string, purpose: EmailTokenPurpose): Promise<EmailTokenEntity | null> {
  return manager.getRepository(EmailTokenEntity).findOne({ where: { accountId, purpose }, order: { createdAt: 'DESC' } });
}
