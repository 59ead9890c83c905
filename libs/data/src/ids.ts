const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * True when `value` is a UUID. Check ids that come from callers (GraphQL `ID`s, entity
 * representations) before they reach a `uuid` column: Postgres rejects a malformed one with
 * an error, where the caller should simply find nothing.
 */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}
