import type { EntityManager } from 'typeorm';
import type { UserError } from '@kizuna/subgraph';
import type { DirectoryFilter } from '../search/directory-filter';
import { compileFilter, networkScope, type DirectoryScope } from '../search/directory-queries';

/**
 * Who matches a DirectoryFilter, read with an admin's eyes (every field, every admin-only
 * condition): the admin member list, bulk actions, tag rules and segments all select people
 * through search/directory-queries, so they always agree with each other and with the directory.
 */
export function adminScope(manager: EntityManager, networkId: string): Promise<DirectoryScope> {
  return networkScope(manager, networkId, 'ADMIN');
}

/** The filter's errors as an admin would use it, with the input field at fault under `fieldPrefix` (e.g. `rule.entryYear`). */
export async function filterErrors(manager: EntityManager, networkId: string, filter: DirectoryFilter, fieldPrefix: string): Promise<UserError[]> {
  const compiled = compileFilter(await adminScope(manager, networkId), filter, []);
  if (compiled.ok) return [];
  return compiled.errors.map((error) => Object.assign(error, { field: error.field?.replace(/^filter\b/, fieldPrefix) ?? fieldPrefix }));
}

/**
 * SQL selecting the membership ids a filter matches (`SELECT p.membership_id … FROM directory.profiles p`),
 * optionally only among `among`, with its values appended to `params`. For INSERT … SELECT in bulk.
 * Null when the filter no longer holds (a stored rule naming a custom field since archived): it matches nobody.
 */
export async function matchingMembersSql(
  manager: EntityManager,
  networkId: string,
  filter: DirectoryFilter,
  params: unknown[],
  among?: string[],
): Promise<string | null> {
  const compiled = compileFilter(await adminScope(manager, networkId), filter, params);
  if (!compiled.ok) return null;
  let where = compiled.value;
  if (among) {
    params.push(among);
    where += ` AND p.membership_id = ANY($${params.length}::uuid[])`;
  }
  return `SELECT p.membership_id FROM directory.profiles p WHERE ${where}`;
}

/**
 * A filter as segments and tag rules store it and the graph shows it: plain JSON as a client would
 * send it back (statuses by their GraphQL names, dates as ISO text), without empty conditions.
 */
export function filterToJson(filter: DirectoryFilter): Record<string, unknown> {
  const json = JSON.parse(JSON.stringify(filter ?? {})) as Record<string, unknown>;
  for (const [key, value] of Object.entries(json)) {
    if (value === null || (Array.isArray(value) && value.length === 0)) delete json[key];
  }
  if (Array.isArray(json.statuses)) json.statuses = json.statuses.map((status) => String(status).toUpperCase());
  return json;
}

/** A stored filter back as the input type. */
export function filterFromJson(json: Record<string, unknown> | null | undefined): DirectoryFilter {
  const filter = { ...(json ?? {}) } as Record<string, unknown>;
  for (const key of ['signedInSince', 'notSignedInSince']) {
    if (typeof filter[key] === 'string') filter[key] = new Date(filter[key]);
  }
  // MemberStatus values are the lower-case names.
  if (Array.isArray(filter.statuses)) filter.statuses = filter.statuses.map((status) => String(status).toLowerCase());
  return filter;
}
