import { parse } from 'csv-parse/sync';
import { UserError } from '@kizuna/subgraph';
import { EARLIEST_YEAR, YEARS_AHEAD } from './questions';

export const ROSTER_MAX_ROWS = 5000;
/** GraphQL requests are limited to 1 MB; a roster travels inside one. */
export const ROSTER_MAX_CHARACTERS = 900_000;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const COLUMNS = ['email', 'name', 'year'] as const;

export interface RosterRow {
  /** Line in the file (the header is line 1). */
  line: number;
  email: string | null;
  name: string | null;
  year: number | null;
  errors: UserError[];
}

export interface ParsedRoster {
  rows: RosterRow[];
  /** Problems with the file as a whole (no header, too big, not CSV). */
  errors: UserError[];
}

/** A name folded for matching: full/half width, case and every kind of space do not matter (an ideographic space counts as none). */
export function nameKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\u3000・.]+/gu, '');
}

/**
 * Reads a roster CSV with a header naming some of `email`, `name`, `year` (any order, any case,
 * other columns ignored). Each row needs an e-mail, or a name and a year; every row gets its own errors.
 */
export function parseRoster(csv: string, now: Date = new Date()): ParsedRoster {
  if (csv.length > ROSTER_MAX_CHARACTERS) {
    return { rows: [], errors: [UserError.of('VALIDATION', `The file is too large: split it into files of at most ${ROSTER_MAX_ROWS} rows.`, 'csv')] };
  }
  let records: string[][];
  try {
    records = parse(csv.replace(/^\uFEFF/, ''), { skip_empty_lines: true, relax_column_count: true, trim: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { rows: [], errors: [UserError.of('VALIDATION', `This is not a readable CSV file: ${message}`, 'csv')] };
  }
  const [header, ...body] = records;
  const index = Object.fromEntries(COLUMNS.map((column) => [column, header ? header.findIndex((h) => h.trim().toLowerCase() === column) : -1]));
  if (!header || (index.email < 0 && (index.name < 0 || index.year < 0))) {
    return { rows: [], errors: [UserError.of('VALIDATION', 'The first line must name the columns: email, and/or name and year.', 'csv')] };
  }
  if (body.length === 0) return { rows: [], errors: [UserError.of('VALIDATION', 'The file has no rows under its header.', 'csv')] };
  if (body.length > ROSTER_MAX_ROWS) {
    return { rows: [], errors: [UserError.of('VALIDATION', `The file has ${body.length} rows; upload at most ${ROSTER_MAX_ROWS} at once.`, 'csv')] };
  }
  const latestYear = now.getUTCFullYear() + YEARS_AHEAD;
  const seenEmails = new Map<string, number>();
  const rows = body.map((record, i): RosterRow => {
    const line = i + 2;
    const cell = (column: (typeof COLUMNS)[number]) => (index[column] >= 0 ? (record[index[column]] ?? '').trim() : '');
    const field = `rows.${line}`;
    const errors: UserError[] = [];
    const email = cell('email').toLowerCase() || null;
    const name = cell('name') || null;
    const yearText = cell('year');
    let year: number | null = null;
    if (email && !EMAIL.test(email)) errors.push(UserError.of('VALIDATION', `“${email}” is not an e-mail address.`, `${field}.email`));
    if (email && seenEmails.has(email)) {
      errors.push(UserError.of('VALIDATION', `This e-mail is already on line ${seenEmails.get(email)}.`, `${field}.email`));
    }
    if (email && !seenEmails.has(email)) seenEmails.set(email, line);
    if (name && [...name].length > 100) errors.push(UserError.of('VALIDATION', 'The name can have up to 100 characters.', `${field}.name`));
    if (yearText) {
      year = /^\d{4}$/.test(yearText) ? Number(yearText) : NaN;
      if (!(year >= EARLIEST_YEAR && year <= latestYear)) {
        errors.push(UserError.of('VALIDATION', `The year must be between ${EARLIEST_YEAR} and ${latestYear}.`, `${field}.year`));
        year = null;
      }
    }
    if (!email && !(name && (year !== null || yearText))) {
      errors.push(UserError.of('VALIDATION', 'Each row needs an e-mail address, or a name and a year.', field));
    }
    return { line, email, name, year, errors };
  });
  return { rows, errors: [] };
}
