import type { EntityManager } from 'typeorm';
import { forbidden, type Viewer } from '@kizuna/auth';
import { decodeCursor, encodeCursor, isUuid } from '@kizuna/data';
import { fold, foldSql, parseTextQuery, runsOf, type TextQuery } from '@kizuna/search';
import { fail, ok, UserError, type Result } from '@kizuna/subgraph';
import type { CustomFieldEntity } from '../fields/custom-field.entity';
import { standardField, type StandardFieldKey } from '../fields/standard-fields';
import { isDirectoryAdmin, isVisibleTo } from '../fields/visibility';
import { ProfileEntity } from '../profiles/profile.entity';
import { DirectorySort, MemberStatus, type DirectoryFilter } from './directory-filter';
import { loadNetworkFields, type NetworkFields } from './search-index';

/**
 * The query engine behind every list of people: the member directory, the admin member list,
 * segments, tag rules, bulk actions and export. A scope says whose eyes a list is read with;
 * `compileFilter` turns the one filter shape into SQL on `directory.profiles p`, refusing what the
 * audience may not filter on, so visibility is enforced here for every caller.
 */

/** Whose eyes a list is read with: members see approved members and MEMBERS fields only. */
export interface DirectoryScope {
  networkId: string;
  audience: 'ADMIN' | 'MEMBER';
  fields: NetworkFields;
  /** Where the queries run (a transaction's manager works too). */
  manager: EntityManager;
}

/** The scope of a signed-in viewer; anyone not approved (pending applicants too) may not list people. */
export async function scopeFor(manager: EntityManager, viewer: Viewer): Promise<DirectoryScope> {
  if (viewer.status !== 'approved') throw forbidden('Until your membership is approved you cannot search the directory.');
  return {
    networkId: viewer.networkId,
    audience: isDirectoryAdmin(viewer) ? 'ADMIN' : 'MEMBER',
    fields: await loadNetworkFields(manager, viewer.networkId),
    manager,
  };
}

/** A scope without a viewer, for work the service does on a network's behalf (tag rules for newcomers, segment resolution). */
export async function networkScope(manager: EntityManager, networkId: string, audience: DirectoryScope['audience'] = 'ADMIN'): Promise<DirectoryScope> {
  return { networkId, audience, fields: await loadNetworkFields(manager, networkId), manager };
}

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;
const MAX_TEXT = 200;
const MAX_VALUES = 100;
/** Typo tolerance corrects texts of up to this many words. */
const MAX_FUZZY_WORDS = 5;
/** pg_trgm similarity a name word must reach to replace a query word that finds nobody ("yamda" → "yamada" is 0.44). */
const FUZZY_THRESHOLD = 0.35;

const ADMIN_ONLY_FILTERS = ['statuses', 'tagIds', 'withoutTagIds', 'lineLinked', 'signedInSince', 'notSignedInSince', 'registrationAnswers'] as const;

/** Filter keys on standard fields, with the field whose visibility governs them. */
export const FIELD_FILTERS = {
  entryYear: 'entryYear',
  leaveYear: 'leaveYear',
  departments: 'department',
  employers: 'employer',
  jobTitles: 'jobTitle',
  industries: 'industry',
  locations: 'location',
  skills: 'skills',
  interests: 'interests',
  hasPhoto: 'photo',
} as const satisfies Partial<Record<keyof DirectoryFilter, StandardFieldKey>>;

const KNOWN_FILTERS = new Set<string>(['text', 'custom', ...ADMIN_ONLY_FILTERS, ...Object.keys(FIELD_FILTERS)]);
const STATUSES = new Set<string>(Object.values(MemberStatus));

const invalid = (name: string, message: string) => UserError.of('VALIDATION', message, `filter.${name}`);
const present = (value: unknown) => value !== undefined && value !== null;
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (character) => `\\${character}`);

/** A list of strings from the filter: trimmed, blank values dropped, lower-cased when compared case-insensitively. */
function stringList(name: string, value: unknown, errors: UserError[], lower: boolean): string[] | null {
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
    errors.push(invalid(name, 'Give a list of text values.'));
    return null;
  }
  if (value.length > MAX_VALUES) {
    errors.push(invalid(name, `Give at most ${MAX_VALUES} values.`));
    return null;
  }
  const values = (value as string[]).map((item) => item.trim()).filter((item) => item !== '');
  if (values.some((item) => [...item].length > MAX_TEXT)) {
    errors.push(invalid(name, `Each value can have up to ${MAX_TEXT} characters.`));
    return null;
  }
  if (!lower) return values;
  // Stored values keep the width they were typed in; a value typed in full-width letters also matches its ASCII form.
  return [...new Set(values.flatMap((item) => [item.toLowerCase(), item.normalize('NFKC').toLowerCase()]))];
}

function intRange(name: string, value: unknown, errors: UserError[]): { from: number | null; to: number | null } | null {
  const range = value as { from?: unknown; to?: unknown };
  const bound = (end: unknown) => (end === undefined || end === null ? null : end);
  const from = bound(range?.from);
  const to = bound(range?.to);
  if (typeof range !== 'object' || [from, to].some((end) => end !== null && (!Number.isInteger(end) || Math.abs(end as number) > 1_000_000_000))) {
    errors.push(invalid(name, 'Give whole numbers for the range.'));
    return null;
  }
  if (from !== null && to !== null && (from as number) > (to as number)) {
    errors.push(invalid(name, 'The start of the range comes after its end.'));
    return null;
  }
  return { from: from as number | null, to: to as number | null };
}

function dateOf(name: string, value: unknown, errors: UserError[]): Date | null {
  const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : null;
  if (!date || Number.isNaN(date.getTime())) {
    errors.push(invalid(name, 'Give a valid date and time.'));
    return null;
  }
  return date;
}

/**
 * SQL condition on `directory.profiles p` for a filter, with its values appended to `params`
 * (positional `$n`). Always limited to the scope's network; members only ever see approved
 * members and may filter only on what the network shows every member.
 */
export function compileFilter(scope: DirectoryScope, filter: DirectoryFilter | null | undefined, params: unknown[]): Result<string> {
  const errors: UserError[] = [];
  const conditions: string[] = [];
  const param = (value: unknown, cast = '') => {
    params.push(value);
    return `$${params.length}${cast}`;
  };
  const given = (filter ?? {}) as Record<string, unknown>;
  const member = scope.audience === 'MEMBER';

  conditions.push(`p.network_id = ${param(scope.networkId, '::uuid')}`);

  for (const [name, value] of Object.entries(given)) {
    if (!present(value)) continue;
    if (!KNOWN_FILTERS.has(name)) errors.push(invalid(name, 'This filter does not exist.'));
    else if (member && (ADMIN_ONLY_FILTERS as readonly string[]).includes(name)) errors.push(invalid(name, 'Only admins can filter on this.'));
    else if (name in FIELD_FILTERS) {
      const key = FIELD_FILTERS[name as keyof typeof FIELD_FILTERS];
      const definition = standardField(key);
      const visibility = definition.visibility === 'always' ? 'MEMBERS' : scope.fields.visibilities[key];
      if (!isVisibleTo(visibility, scope.audience)) errors.push(invalid(name, member ? 'This field is shown to admins only.' : 'This field is hidden.'));
    }
  }
  if (errors.length > 0) return fail(...errors);

  // Text with no letters or digits (only spaces or punctuation) asks for nothing.
  let query: TextQuery | null = null;
  if (present(given.text)) {
    if (typeof given.text !== 'string' || [...given.text].length > MAX_TEXT) errors.push(invalid('text', `Search for up to ${MAX_TEXT} characters.`));
    else query = parseTextQuery(given.text);
  }
  if (query) {
    const terms = member ? 'p.member_terms' : 'p.admin_terms';
    const text = member ? 'p.member_text' : 'p.admin_text';
    conditions.push(`${terms} @> ${param(query.terms, '::text[]')}`);
    for (const phrase of query.phrases) conditions.push(`directory.has_phrase(${text}, ${param(phrase)})`);
  }
  /**
   * With text, the text index finds the rows and every other condition is checked on them: the
   * expression below cannot use a column's index, so the planner never prefers another index and
   * then reads the (out-of-line) terms of each of its rows. Costs follow the text's matches.
   */
  const column = (expression: string, kind: 'text' | 'int' | 'array' = 'text') => {
    if (!query) return expression;
    return kind === 'text' ? `(${expression} || '')` : kind === 'int' ? `(${expression} + 0)` : `(${expression} || '{}'::text[])`;
  };

  // Status: members see approved members only; admins too unless they ask for other statuses.
  if (member || !present(given.statuses)) {
    conditions.push(`${column('p.status')} = 'approved'`);
  } else {
    const statuses = stringList('statuses', given.statuses, errors, false);
    if (statuses && (statuses.length === 0 || statuses.some((status) => !STATUSES.has(status)))) errors.push(invalid('statuses', 'Choose known statuses.'));
    else if (statuses) conditions.push(`${column('p.status')} = ANY(${param(statuses, '::text[]')})`);
  }

  const range = (name: string, column: string) => {
    if (!present(given[name])) return;
    const bounds = intRange(name, given[name], errors);
    if (bounds?.from !== null && bounds?.from !== undefined) conditions.push(`${column} >= ${param(bounds.from, '::int')}`);
    if (bounds?.to !== null && bounds?.to !== undefined) conditions.push(`${column} <= ${param(bounds.to, '::int')}`);
  };
  range('entryYear', column('p.entry_year', 'int'));
  range('leaveYear', column('p.leave_year', 'int'));

  const anyOf = (name: string, column: string) => {
    if (!present(given[name])) return;
    const values = stringList(name, given[name], errors, true);
    if (values && values.length > 0) conditions.push(`lower(${column}) = ANY(${param(values, '::text[]')})`);
  };
  // Departments match as free text does (folded, each word of a value within the department), so
  // 工学部 finds 工学部 情報工学科 in the admin list exactly as the directory's search finds it.
  if (present(given.departments)) {
    const values = stringList('departments', given.departments, errors, false) ?? [];
    const department = foldSql(column('p.department'));
    const alternatives = values.flatMap((value) => {
      const query = parseTextQuery(value);
      if (!query) return [];
      const terms = `${member ? 'p.member_terms' : 'p.admin_terms'} @> ${param(query.terms, '::text[]')}`;
      const words = runsOf(fold(value)).map((run) => `strpos(${department}, ${param(run.text)}) > 0`);
      return [`(${terms} AND ${words.join(' AND ')})`];
    });
    if (alternatives.length > 0) conditions.push(`(${alternatives.join(' OR ')})`);
  }
  anyOf('employers', column('p.employer'));
  anyOf('jobTitles', column('p.job_title'));
  anyOf('industries', column('p.industry'));

  if (present(given.locations)) {
    const values = stringList('locations', given.locations, errors, true);
    if (values && values.length > 0 && query) {
      conditions.push(
        `lower(${column('p.location')}) LIKE ANY(${param(
          values.map((value) => `${escapeLike(value)}%`),
          '::text[]',
        )})`,
      );
    } else if (values && values.length > 0) {
      // Prefixes as ranges in code-point order, which the (network_id, lower(location) COLLATE "C") index serves.
      const ranges = values.map(
        (value) => `(lower(p.location) COLLATE "C" >= ${param(value)} AND lower(p.location) COLLATE "C" < ${param(`${value}\u{10FFFF}`)})`,
      );
      conditions.push(`(${ranges.join(' OR ')})`);
    }
  }

  const allOf = (name: string, column: string) => {
    if (!present(given[name])) return;
    // Every value must be there, so no width variants here: lower-case only.
    const values = stringList(name, given[name], errors, false)?.map((item) => item.toLowerCase());
    if (values && values.length > 0) conditions.push(`directory.lower_array(${column}) @> ${param(values, '::text[]')}`);
  };
  allOf('skills', column('p.skills', 'array'));
  allOf('interests', column('p.interests', 'array'));

  if (present(given.hasPhoto)) {
    if (typeof given.hasPhoto !== 'boolean') errors.push(invalid('hasPhoto', 'Give true or false.'));
    else conditions.push(given.hasPhoto ? 'p.photo_key IS NOT NULL' : 'p.photo_key IS NULL');
  }

  if (present(given.custom)) {
    if (!Array.isArray(given.custom)) errors.push(invalid('custom', 'Give a list of custom field conditions.'));
    else for (const condition of given.custom) compileCustom(scope, condition, param, conditions, errors);
  }

  if (!member) compileAdminFilters(given, param, conditions, errors);

  if (errors.length > 0) return fail(...errors);
  return ok(conditions.join(' AND '));
}

type Param = (value: unknown, cast?: string) => string;

function compileCustom(scope: DirectoryScope, condition: unknown, param: Param, conditions: string[], errors: UserError[]): void {
  const { fieldId, anyOf, range, text } = (condition ?? {}) as { fieldId?: unknown; anyOf?: unknown; range?: unknown; text?: unknown };
  const definition: CustomFieldEntity | undefined = isUuid(fieldId) ? scope.fields.customFields.find((field) => field.id === fieldId) : undefined;
  // A field the audience may not see is reported exactly like one that does not exist.
  if (!definition || definition.archivedAt || !isVisibleTo(definition.visibility, scope.audience)) {
    errors.push(invalid('custom', 'This custom field does not exist.'));
    return;
  }
  const value = `(p.custom -> ${param(definition.id)})`;
  if (present(anyOf)) {
    const values = stringList('custom', anyOf, errors, true);
    if (values && values.length > 0) {
      // Choices and text compare case-insensitively; a multiple-choice value matches when any of its choices does.
      conditions.push(
        `EXISTS (SELECT 1 FROM jsonb_array_elements_text(CASE jsonb_typeof(${value}) WHEN 'array' THEN ${value} ELSE jsonb_build_array(${value}) END) AS v(value)
           WHERE lower(v.value) = ANY(${param(values, '::text[]')}))`,
      );
    }
  }
  if (present(range)) {
    if (definition.type !== 'NUMBER' && definition.type !== 'YEAR') {
      errors.push(invalid('custom', 'Only number and year fields take a range.'));
    } else {
      const bounds = intRange('custom', range, errors);
      const number = `(CASE WHEN jsonb_typeof(${value}) = 'number' THEN (${value})::numeric WHEN jsonb_typeof(${value}) = 'string' AND (${value}) #>> '{}' ~ '^-?[0-9]+(\\.[0-9]+)?$' THEN ((${value}) #>> '{}')::numeric END)`;
      if (bounds?.from !== null && bounds?.from !== undefined) conditions.push(`${number} >= ${param(bounds.from, '::numeric')}`);
      if (bounds?.to !== null && bounds?.to !== undefined) conditions.push(`${number} <= ${param(bounds.to, '::numeric')}`);
    }
  }
  if (present(text)) {
    if (typeof text !== 'string' || [...text].length > MAX_TEXT) errors.push(invalid('custom', `Give up to ${MAX_TEXT} characters.`));
    else if (text.trim() !== '') conditions.push(`strpos(lower(${value} #>> '{}'), ${param(text.normalize('NFKC').trim().toLowerCase())}) > 0`);
  }
}

function compileAdminFilters(given: Record<string, unknown>, param: Param, conditions: string[], errors: UserError[]): void {
  const tagList = (name: string): string[] | null => {
    const ids = given[name];
    if (!Array.isArray(ids) || ids.length > MAX_VALUES || !ids.every(isUuid)) {
      errors.push(invalid(name, 'Give a list of tag ids.'));
      return null;
    }
    return ids.length > 0 ? ids : null;
  };
  if (present(given.tagIds)) {
    const ids = tagList('tagIds');
    if (ids)
      conditions.push(
        `EXISTS (SELECT 1 FROM directory.member_tags mt WHERE mt.membership_id = p.membership_id AND mt.tag_id = ANY(${param(ids, '::uuid[]')}))`,
      );
  }
  if (present(given.withoutTagIds)) {
    const ids = tagList('withoutTagIds');
    if (ids)
      conditions.push(
        `NOT EXISTS (SELECT 1 FROM directory.member_tags mt WHERE mt.membership_id = p.membership_id AND mt.tag_id = ANY(${param(ids, '::uuid[]')}))`,
      );
  }
  if (present(given.lineLinked)) {
    if (typeof given.lineLinked !== 'boolean') errors.push(invalid('lineLinked', 'Give true or false.'));
    else conditions.push(`p.line_linked = ${param(given.lineLinked, '::boolean')}`);
  }
  if (present(given.signedInSince)) {
    const since = dateOf('signedInSince', given.signedInSince, errors);
    if (since) conditions.push(`p.last_sign_in_at >= ${param(since, '::timestamptz')}`);
  }
  if (present(given.notSignedInSince)) {
    const since = dateOf('notSignedInSince', given.notSignedInSince, errors);
    if (since) conditions.push(`(p.last_sign_in_at IS NULL OR p.last_sign_in_at < ${param(since, '::timestamptz')})`);
  }
  if (present(given.registrationAnswers)) {
    const answers = given.registrationAnswers;
    if (
      !Array.isArray(answers) ||
      answers.length > MAX_VALUES ||
      !answers.every((answer) => typeof answer?.key === 'string' && typeof answer?.value === 'string')
    ) {
      errors.push(invalid('registrationAnswers', 'Give a list of question keys and values.'));
      return;
    }
    for (const { key, value } of answers as { key: string; value: string }[]) {
      const answer = `(p.registration_answers -> ${param(key)})`;
      // An answer (or any of a multiple-choice answer's values) containing the value, case-insensitively.
      conditions.push(
        `EXISTS (SELECT 1 FROM jsonb_array_elements_text(CASE jsonb_typeof(${answer}) WHEN 'array' THEN ${answer} ELSE jsonb_build_array(${answer}) END) AS a(value)
           WHERE strpos(lower(a.value), ${param(value.normalize('NFKC').trim().toLowerCase())}) > 0)`,
      );
    }
  }
}

/** One ordering: its keys (SQL expression, type for the cursor, direction), ending with the unique id. */
interface SortKey {
  expression: string;
  cast: string;
  descending?: boolean;
}

function sortKeys(sort: DirectorySort, relevance: string | null): SortKey[] {
  const id: SortKey = { expression: 'p.membership_id', cast: '::uuid' };
  const name: SortKey = { expression: 'p.sort_name', cast: '::text' };
  switch (sort) {
    case DirectorySort.RELEVANCE:
      return relevance ? [{ expression: relevance, cast: '::int' }, name, id] : [name, id];
    case DirectorySort.NAME:
      return [name, id];
    // Members without a year come last either way.
    case DirectorySort.ENTRY_YEAR_DESC:
      return [{ expression: 'coalesce(p.entry_year, -2147483648)', cast: '::int', descending: true }, name, id];
    case DirectorySort.ENTRY_YEAR_ASC:
      return [{ expression: 'coalesce(p.entry_year, 2147483647)', cast: '::int' }, name, id];
    case DirectorySort.RECENTLY_JOINED:
      return [
        { expression: 'p.created_at', cast: '::timestamptz', descending: true },
        { ...id, descending: true },
      ];
    case DirectorySort.RECENTLY_UPDATED:
      return [
        { expression: 'p.updated_at', cast: '::timestamptz', descending: true },
        { ...id, descending: true },
      ];
    case DirectorySort.LAST_SIGN_IN:
      return [{ expression: `coalesce(p.last_sign_in_at, '-infinity')`, cast: '::timestamptz', descending: true }, name, id];
  }
}

/** Rows after the cursor's position in a mixed-direction ordering. */
function afterCondition(keys: SortKey[], values: string[], param: Param): string {
  const placeholders = keys.map((key, index) => param(values[index], key.cast));
  const alternatives = keys.map((key, index) => {
    const equal = keys.slice(0, index).map((earlier, position) => `${earlier.expression} = ${placeholders[position]}`);
    return [...equal, `${key.expression} ${key.descending ? '<' : '>'} ${placeholders[index]}`].join(' AND ');
  });
  return `(${alternatives.map((alternative) => `(${alternative})`).join(' OR ')})`;
}

interface CursorKey {
  /** The sort the cursor was made for; a cursor from another sort is refused. */
  s: DirectorySort;
  v: string[];
  /** The corrected text, when the page came from typo tolerance: the next pages continue it. */
  t?: string;
}

export interface DirectorySearchInput {
  filter?: DirectoryFilter | null;
  sort?: DirectorySort | null;
  first?: number | null;
  after?: string | null;
}

export interface DirectoryPage {
  nodes: ProfileEntity[];
  /** The cursor of each node, in order. */
  cursors: string[];
  hasNextPage: boolean;
  /** Every match of the filter (of the corrected text when `fuzzy`). */
  totalCount: number;
  /** The text as given matched nobody: these are the people whose names are closest to it ("did you mean"). */
  fuzzy: boolean;
}

/** Read only through their indexes (and kept out of line): pages of people leave them out. */
const SEARCH_ONLY = new Set(['memberTerms', 'adminTerms', 'memberText', 'adminText']);

/** The columns a page of people selects, as `p.<column>`. */
function selectedColumns(manager: EntityManager): string {
  return manager.connection
    .getMetadata(ProfileEntity)
    .columns.filter((column) => !SEARCH_ONLY.has(column.propertyName))
    .map((column) => `p.${column.databaseName}`)
    .join(', ');
}

/**
 * Builds entities from raw rows (the pg driver already typed each column). The search-only
 * columns are left empty: whoever saves a profile reindexes it first (search-index.ts).
 */
function toEntities(manager: EntityManager, rows: Record<string, unknown>[]): ProfileEntity[] {
  const columns = manager.connection.getMetadata(ProfileEntity).columns;
  return rows.map((row) => {
    const entity = Object.assign(new ProfileEntity(), { memberTerms: [], adminTerms: [], memberText: '', adminText: '' });
    for (const column of columns) {
      if (!SEARCH_ONLY.has(column.propertyName)) (entity as unknown as Record<string, unknown>)[column.propertyName] = row[column.databaseName];
    }
    return entity;
  });
}

const badCursor = () => UserError.of('VALIDATION', 'This cursor does not belong to this list.', 'after');

/**
 * A page of the people a filter finds, in the order asked, with keyset pagination. When free text
 * finds nobody, the words that match nothing are replaced by the closest name words and the
 * search runs again (`fuzzy`); its cursors carry the corrected text so later pages continue it.
 */
export async function search(scope: DirectoryScope, input: DirectorySearchInput): Promise<Result<DirectoryPage>> {
  const errors: UserError[] = [];
  const first = input.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE)
    errors.push(UserError.of('VALIDATION', `Ask for 1 to ${MAX_PAGE_SIZE} people at a time.`, 'first'));
  const hasText = typeof input.filter?.text === 'string' && parseTextQuery(input.filter.text) !== null;
  const sort = input.sort ?? (hasText ? DirectorySort.RELEVANCE : DirectorySort.NAME);
  if (!Object.values(DirectorySort).includes(sort)) errors.push(UserError.of('VALIDATION', 'Choose a known order.', 'sort'));
  if (sort === DirectorySort.LAST_SIGN_IN && scope.audience !== 'ADMIN')
    errors.push(UserError.of('VALIDATION', 'Only admins can sort by last sign-in.', 'sort'));
  let cursor: CursorKey | undefined;
  if (input.after !== undefined && input.after !== null) {
    cursor = decodeCursor<CursorKey>(input.after);
    const valid =
      cursor &&
      cursor.s === sort &&
      Array.isArray(cursor.v) &&
      cursor.v.every((value) => typeof value === 'string') &&
      (cursor.t === undefined || (typeof cursor.t === 'string' && hasText && [...cursor.t].length <= MAX_TEXT));
    if (!valid) errors.push(badCursor());
  }
  const corrected = cursor?.t;
  const filter = corrected ? { ...input.filter, text: corrected } : input.filter;
  const params: unknown[] = [];
  const where = compileFilter(scope, filter, params);
  if (!where.ok) errors.push(...where.errors);
  if (errors.length > 0 || !where.ok) return fail(...errors);
  const page = await searchPage(scope, where.value, params, filter, sort, first, cursor);
  if (!page.ok) return page;
  if (corrected) return ok({ ...page.value, fuzzy: true });
  if (page.value.totalCount > 0 || !hasText || cursor) return page;

  const correction = await correctText(scope, filter!.text!);
  if (!correction) return page;
  const fuzzyFilter = { ...filter, text: correction };
  const fuzzyParams: unknown[] = [];
  const fuzzyWhere = compileFilter(scope, fuzzyFilter, fuzzyParams);
  if (!fuzzyWhere.ok) return fuzzyWhere;
  const fuzzy = await searchPage(scope, fuzzyWhere.value, fuzzyParams, fuzzyFilter, sort, first, undefined, correction);
  if (!fuzzy.ok || fuzzy.value.totalCount === 0) return fuzzy;
  return ok({ ...fuzzy.value, fuzzy: true });
}

async function searchPage(
  scope: DirectoryScope,
  where: string,
  filterParams: unknown[],
  filter: DirectoryFilter | null | undefined,
  sort: DirectorySort,
  first: number,
  cursor: CursorKey | undefined,
  corrected = cursor?.t,
): Promise<Result<DirectoryPage>> {
  const params = [...filterParams];
  const text = typeof filter?.text === 'string' ? parseTextQuery(filter.text) : null;
  // Relevance: any name (kanji, kana or romaji, or the whole name without spaces) starting with the text comes first.
  let relevance: string | null = null;
  if (text && sort === DirectorySort.RELEVANCE) {
    const prefix = paramText(params, `${escapeLike(text.compact)}%`);
    const wordStart = paramText(params, ` ${text.compact}`);
    // A text of several characters may also be a whole name typed without its space (山田太郎).
    const wholeName = [...text.compact].length >= 3 ? ` OR replace(p.name_search, ' ', '') LIKE ${prefix}` : '';
    relevance = `(CASE WHEN p.name_search LIKE ${prefix} OR strpos(p.name_search, ${wordStart}) > 0${wholeName} THEN 0 ELSE 1 END)`;
  }
  const keys = sortKeys(sort, relevance);
  if (cursor && cursor.v.length !== keys.length) return fail(badCursor());
  const param: Param = (value, cast = '') => `${paramText(params, value)}${cast}`;
  const conditions = cursor ? `${where} AND ${afterCondition(keys, cursor.v, param)}` : where;
  const order = keys.map((key) => `${key.expression}${key.descending ? ' DESC' : ''}`).join(', ');
  const cursorColumns = keys.map((key, index) => `(${key.expression})::text AS "_k${index}"`).join(', ');
  const limit = param(first + 1, '::int');
  // Text matches are fetched and ranked in full anyway, so counting them in the same pass is free;
  // without text the page comes off an ordered index and the count is a query of its own.
  const countInline = text !== null && !cursor;
  try {
    // The counting window holds every match: keep its rows narrow (id and sort keys), then read the page's profiles.
    const sql = countInline
      ? `SELECT ${selectedColumns(scope.manager)}, ${cursorColumns}, m._total AS "_total"
           FROM (SELECT p.membership_id, count(*) OVER ()::int AS _total FROM directory.profiles p WHERE ${conditions} ORDER BY ${order} LIMIT ${limit}) AS m
           JOIN directory.profiles p ON p.membership_id = m.membership_id
          ORDER BY ${order}`
      : `SELECT ${selectedColumns(scope.manager)}, ${cursorColumns} FROM directory.profiles p WHERE ${conditions} ORDER BY ${order} LIMIT ${limit}`;
    const rows: Record<string, unknown>[] = await scope.manager.query(sql, params);
    const hasNextPage = rows.length > first;
    const page = rows.slice(0, first);
    let totalCount: number;
    if (countInline) totalCount = Number(rows[0]?._total ?? 0);
    else if (!cursor && !hasNextPage) totalCount = page.length;
    else totalCount = Number((await scope.manager.query(`SELECT count(*)::int AS count FROM directory.profiles p WHERE ${where}`, filterParams))[0].count);
    return ok({
      nodes: toEntities(scope.manager, page),
      cursors: page.map((row) =>
        encodeCursor({ s: sort, v: keys.map((_, index) => row[`_k${index}`] as string), ...(corrected ? { t: corrected } : {}) } satisfies CursorKey),
      ),
      hasNextPage,
      totalCount,
      fuzzy: false,
    });
  } catch (error) {
    // A cursor whose values do not parse as their column's type (edited by hand) is the caller's mistake.
    if (cursor && (error as { code?: string }).code?.startsWith('22')) return fail(badCursor());
    throw error;
  }
}

function paramText(params: unknown[], value: unknown): string {
  params.push(value);
  return `$${params.length}`;
}

/**
 * Typo tolerance: each word of the text that finds nobody on its own is replaced by the most
 * similar word of a name in the network (pg_trgm on directory.name_words: "yamda" → "yamada").
 * Null when every word finds someone (the words only miss together) or a word has no close name.
 */
async function correctText(scope: DirectoryScope, text: string): Promise<string | null> {
  const words = runsOf(fold(text)).map((run) => run.text);
  if (words.length === 0 || words.length > MAX_FUZZY_WORDS) return null;
  const corrected: string[] = [];
  let changed = false;
  for (const word of words) {
    const params: unknown[] = [];
    const alone = compileFilter(scope, { text: word }, params);
    if (!alone.ok) return null;
    const [{ found }] = await scope.manager.query(`SELECT EXISTS (SELECT 1 FROM directory.profiles p WHERE ${alone.value}) AS found`, params);
    if (found) {
      corrected.push(word);
      continue;
    }
    const [closest] = await scope.manager.query(
      `SELECT word FROM directory.name_words WHERE network_id = $1 AND word % $2 AND similarity(word, $2) >= $3
        ORDER BY similarity(word, $2) DESC, word LIMIT 1`,
      [scope.networkId, word, FUZZY_THRESHOLD],
    );
    if (!closest) return null;
    corrected.push(closest.word);
    changed = true;
  }
  return changed ? corrected.join(' ') : null;
}

/** How many people a filter finds (segments' live count, tag rules' preview). */
export async function count(scope: DirectoryScope, filter: DirectoryFilter | null | undefined): Promise<Result<number>> {
  const params: unknown[] = [];
  const where = compileFilter(scope, filter, params);
  if (!where.ok) return where;
  const [row] = await scope.manager.query(`SELECT count(*)::int AS count FROM directory.profiles p WHERE ${where.value}`, params);
  return ok(Number(row.count));
}

/** Thrown by `memberIds` when the filter is not valid for the scope (check it first with `compileFilter` to get the errors as a Result). */
export class InvalidFilterError extends Error {
  constructor(readonly errors: UserError[]) {
    super(errors.map((error) => `${error.field}: ${error.message}`).join('; '));
  }
}

/**
 * Every member id a filter finds, in batches (segments, tag rules, bulk actions, export), by
 * membership id; rows changed while iterating are seen as they are when their batch is read.
 */
export async function* memberIds(scope: DirectoryScope, filter: DirectoryFilter | null | undefined, batchSize = 1000): AsyncGenerator<string[]> {
  const params: unknown[] = [];
  const where = compileFilter(scope, filter, params);
  if (!where.ok) throw new InvalidFilterError(where.errors);
  let after: string | null = null;
  for (;;) {
    const batchParams = [...params, batchSize];
    let condition = where.value;
    if (after) {
      batchParams.push(after);
      condition += ` AND p.membership_id > $${batchParams.length}::uuid`;
    }
    const rows: { id: string }[] = await scope.manager.query(
      `SELECT p.membership_id AS id FROM directory.profiles p WHERE ${condition} ORDER BY p.membership_id LIMIT $${params.length + 1}::int`,
      batchParams,
    );
    if (rows.length === 0) return;
    yield rows.map((row) => row.id);
    if (rows.length < batchSize) return;
    after = rows[rows.length - 1].id;
  }
}
