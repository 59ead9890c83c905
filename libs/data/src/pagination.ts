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

/** Clamps a requested page size into [1, max]. */
export function pageSize(first: number | null | undefined, fallback = 20, max = 100): number {
  if (first === undefined || first === null) return fallback;
  return Math.max(1, Math.min(max, Math.floor(first)));
}
