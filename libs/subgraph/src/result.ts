import type { UserError } from './shared-types';

/** What a domain service returns for a mutation: the value, or the user errors that stopped it. */
export type Result<T> = { ok: true; value: T } | { ok: false; errors: UserError[] };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(...errors: UserError[]): Result<T> {
  return { ok: false, errors };
}
