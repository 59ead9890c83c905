import { GraphQLError } from 'graphql';

/** Relay cursors: opaque base64url of a JSON key, so a list's order key can change without breaking clients. */
export function encodeCursor(key: unknown): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor<T>(cursor: string): T | undefined {
  try {
    return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as T;
  } catch {
    return undefined;
  }
}

/** A BAD_USER_INPUT error about one paging argument (`first`, `last`, `after`, …), for the client to fix. */
export function pagingError(argument: string, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(`${argument}: ${message}`, { extensions: { code: 'BAD_USER_INPUT', field: argument, ...extensions } });
}

/**
 * The page size a list was asked for: `fallback` when none was given; a size that is not a whole
 * number from 1 to `max` is refused (never quietly changed), naming the maximum.
 */
export function pageSize(first: number | null | undefined, fallback = 20, max = 100, argument = 'first'): number {
  if (first === undefined || first === null) return fallback;
  if (!Number.isInteger(first) || first < 1 || first > max) throw pagingError(argument, `ask for 1 to ${max} items at a time.`, { maximum: max });
  return first;
}

/** The key inside an `after`/`before` cursor, or a BAD_USER_INPUT error when it is not one this list gave out (`valid` checks its shape). */
export function cursorKey<T>(cursor: string, valid: (key: unknown) => key is T, argument = 'after'): T {
  const key = decodeCursor<unknown>(cursor);
  if (key === undefined || !valid(key)) throw pagingError(argument, 'this cursor does not belong to this list.');
  return key;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The shape of a `[timestamp, id]` keyset cursor (lists ordered by creation time). */
export function isTimeAndId(key: unknown): key is [string, string] {
  return (
    Array.isArray(key) && key.length === 2 && typeof key[0] === 'string' && !Number.isNaN(Date.parse(key[0])) && typeof key[1] === 'string' && UUID.test(key[1])
  );
}

/** The shape of an offset cursor. */
export function isOffset(key: unknown): key is number {
  return Number.isSafeInteger(key) && (key as number) >= 0;
}

/** The shape of a `[text, id]` keyset cursor (lists ordered by name). */
export function isTextAndId(key: unknown): key is [string, string] {
  return Array.isArray(key) && key.length === 2 && typeof key[0] === 'string' && typeof key[1] === 'string' && UUID.test(key[1]);
}
