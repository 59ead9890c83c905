import { UserError } from '@kizuna/subgraph';
import type { CustomFieldEntity } from '../fields/custom-field.entity';
import { latestYear, standardField } from '../fields/standard-fields';
import type { ProfileLink } from '../profiles/profile.entity';
import { checkStandardValue, EMAIL, isHttpUrl, PHONE } from '../profiles/profile.validation';
import { customFieldOf, headerKey, isStandardTarget, type ImportTarget, type StandardTarget } from './import-targets';
import type { RosterFile } from './roster-file';

export type MatchBy = 'EMAIL' | 'EXTERNAL_ID';

export interface ColumnMapping {
  /** Index of the column in the file (0 is the first). */
  column: number;
  target: ImportTarget;
}

/** What is wrong with a cell or a row: the client words it in the admin's language from the code and its params. */
export type RowErrorCode =
  | 'INVALID_EMAIL'
  | 'INVALID_PHONE'
  | 'INVALID_NUMBER'
  | 'INVALID_DATE'
  | 'INVALID_URL'
  | 'YEAR_OUT_OF_RANGE'
  | 'TOO_LONG'
  | 'NOT_ONE_LINE'
  | 'TOO_MANY_ITEMS'
  | 'ITEM_TOO_LONG'
  | 'NOT_A_CHOICE'
  | 'NOT_IMPORTABLE'
  | 'INVALID_VALUE'
  | 'LEAVE_BEFORE_ENTRY'
  | 'MISSING_KEY'
  | 'DUPLICATE_KEY'
  | 'KEY_TAKEN'
  | 'NAME_REQUIRED';

export type RowErrorParams = Record<string, string | number>;

export interface RowProblem {
  code: RowErrorCode;
  params: RowErrorParams;
  /** The English wording, for API clients and logs. */
  message: string;
}

/** A problem with one cell (or one row, when `column` is null), as the import report lists it. */
export interface RowError extends RowProblem {
  row: number;
  column: string | null;
  field: string | null;
}

const keyName = (field: unknown) => (field === 'email' ? 'e-mail address' : 'member number');

const ENGLISH: Record<RowErrorCode, (params: RowErrorParams) => string> = {
  INVALID_EMAIL: ({ value }) => `“${value}” is not an e-mail address.`,
  INVALID_PHONE: ({ value }) => `“${value}” is not a phone number.`,
  INVALID_NUMBER: ({ value }) => `“${value}” is not a number.`,
  INVALID_DATE: ({ value }) => `“${value}” is not a date (YYYY-MM-DD).`,
  INVALID_URL: ({ value }) => `“${value}” is not a web address (http or https).`,
  YEAR_OUT_OF_RANGE: ({ min, max }) => `Enter a year between ${min} and ${max}.`,
  TOO_LONG: ({ max }) => `Up to ${max} characters.`,
  NOT_ONE_LINE: () => 'Must be one line of text.',
  TOO_MANY_ITEMS: ({ max }) => `Up to ${max} items.`,
  ITEM_TOO_LONG: ({ value, max }) => `“${value}” is longer than ${max} characters.`,
  NOT_A_CHOICE: ({ value, field }) => `“${value}” is not one of the choices of ${field}.`,
  NOT_IMPORTABLE: () => 'This column cannot be imported.',
  INVALID_VALUE: ({ message }) => String(message),
  LEAVE_BEFORE_ENTRY: () => 'The leaving year is before the graduation or joining year.',
  MISSING_KEY: ({ key }) => `This row has no ${keyName(key)}.`,
  DUPLICATE_KEY: ({ key, firstRow }) => `Row ${firstRow} has the same ${keyName(key)}.`,
  KEY_TAKEN: ({ key }) => `Another person in the directory has this ${keyName(key)}.`,
  NAME_REQUIRED: () => 'A person not yet in the directory needs a name.',
};

export function rowProblem(code: RowErrorCode, params: RowErrorParams = {}): RowProblem {
  return { code, params, message: ENGLISH[code](params) };
}

export type CustomValue = string | number | string[];
export type StandardCellValue = CustomValue | ProfileLink[];

/** One valid row: only the cells that hold something (an empty cell leaves the stored value as it is). */
export interface RosterValues {
  row: number;
  email?: string;
  externalId?: string;
  standard: Partial<Record<StandardTarget, StandardCellValue>>;
  /** By custom field id, as profiles store them. */
  custom: Record<string, CustomValue>;
  tags: string[];
}

// Custom fields and tags; the standard fields' limits are in their descriptions (fields/standard-fields.ts).
export const EARLIEST_YEAR = 1900;
export const TEXT_MAX = 200;
export const LONG_TEXT_MAX = 2000;
export const LIST_MAX_ITEMS = 30;
export const LIST_ITEM_MAX = 50;
export const TAG_NAME_MAX = 50;
const EXTERNAL_ID_MAX = 100;
const CONTROL = /\p{Cc}/u;
/** Links in one cell, as the export writes them: `label address` pairs between semicolons or line breaks. */
const LINK_SEPARATORS = /[;；\n]+/;
/** Lists in one cell: commas, Japanese commas, semicolons or line breaks between items. */
const LIST_SEPARATORS = /[,、，;；\n]+/;

/**
 * Checks a column mapping against the file and the network's fields: each target once, known
 * targets and active custom fields only, and the column `matchBy` needs.
 */
export function validateMapping(
  mapping: readonly ColumnMapping[],
  columnCount: number,
  customFields: readonly CustomFieldEntity[],
  matchBy: MatchBy,
): UserError[] {
  const errors: UserError[] = [];
  const seen = new Set<string>();
  mapping.forEach(({ column, target }, index) => {
    const field = `mapping.${index}`;
    if (!Number.isInteger(column) || column < 0 || column >= columnCount) {
      errors.push(UserError.of('VALIDATION', `The file has no column ${column + 1}.`, `${field}.column`));
    } else if (!isStandardTarget(target) && !customFieldOf(target, customFields)) {
      errors.push(UserError.of('VALIDATION', `“${target}” is not a profile field of this network.`, `${field}.target`));
    } else if (seen.has(target)) {
      errors.push(UserError.of('VALIDATION', 'Two columns are imported into the same field.', `${field}.target`));
    }
    seen.add(target);
  });
  if (new Set(mapping.map((entry) => entry.column)).size !== mapping.length) {
    errors.push(UserError.of('VALIDATION', 'A column can be imported into one field only.', 'mapping'));
  }
  if (matchBy === 'EMAIL' && !seen.has('email')) errors.push(UserError.of('VALIDATION', 'Choose the column that holds the e-mail addresses.', 'matchBy'));
  if (matchBy === 'EXTERNAL_ID' && !seen.has('externalId'))
    errors.push(UserError.of('VALIDATION', 'Choose the column that holds your member numbers.', 'matchBy'));
  return errors;
}

const fold = (text: string) => text.normalize('NFKC').trim();

function splitList(text: string): string[] {
  const items = text
    .split(LIST_SEPARATORS)
    .map((item) => item.trim())
    .filter(Boolean);
  return [...new Set(items)];
}

/** A year written as 2010, ２０１０ or 2010年(3月…). */
function parseYear(text: string, latest: number): number | RowProblem {
  const match = /^(\d{4})(年.*)?$/.exec(fold(text));
  const year = match ? Number(match[1]) : NaN;
  if (!(year >= EARLIEST_YEAR && year <= latest)) return rowProblem('YEAR_OUT_OF_RANGE', { min: EARLIEST_YEAR, max: latest });
  return year;
}

type Coerced = { value: StandardCellValue } | { error: RowProblem };

function coerceText(text: string, max: number, oneLine = true): Coerced {
  if ([...text].length > max) return { error: rowProblem('TOO_LONG', { max }) };
  if (oneLine && CONTROL.test(text)) return { error: rowProblem('NOT_ONE_LINE') };
  return { value: text };
}

function coerceList(text: string, max = LIST_ITEM_MAX): Coerced {
  const items = splitList(text);
  if (items.length > LIST_MAX_ITEMS) return { error: rowProblem('TOO_MANY_ITEMS', { max: LIST_MAX_ITEMS }) };
  const long = items.find((item) => [...item].length > max);
  if (long) return { error: rowProblem('ITEM_TOO_LONG', { value: long, max }) };
  return { value: items };
}

/** A links cell: each link its address last, anything before it the label. */
function parseLinks(text: string): { label: string; url: string }[] {
  return text
    .split(LINK_SEPARATORS)
    .map((item) => item.trim())
    .filter(Boolean)
    .map((item) => {
      const at = item.search(/\S+$/);
      return { label: item.slice(0, at).trim(), url: item.slice(at) };
    });
}

function coerceStandard(target: StandardTarget | 'email' | 'externalId' | 'tags', text: string, now: Date): Coerced {
  switch (target) {
    case 'email': {
      const email = fold(text).toLowerCase();
      return EMAIL.test(email) && email.length <= 254 ? { value: email } : { error: rowProblem('INVALID_EMAIL', { value: text }) };
    }
    case 'externalId':
      return coerceText(fold(text), EXTERNAL_ID_MAX);
    case 'tags':
      return coerceList(text, TAG_NAME_MAX);
  }
  // A profile field: the cell is read into the field's shape and its limits give the problem's code;
  // then it is checked as a member's own edit is (anything else that check refuses: INVALID_VALUE).
  const field = standardField(target);
  let raw: unknown = text;
  const max = field.maxLength ?? Infinity;
  if (field.kind === 'YEAR') {
    const year = parseYear(text, latestYear(now));
    if (typeof year !== 'number') return { error: year };
    raw = year;
  } else if (field.kind === 'LIST') {
    const list = coerceList(text, max);
    if ('error' in list) return list;
    raw = list.value;
  } else if (field.kind === 'LINKS') {
    raw = parseLinks(text);
    const bad = (raw as { url: string }[]).find((link) => !isHttpUrl(link.url));
    if (bad) return { error: rowProblem('INVALID_URL', { value: bad.url }) };
  } else if (field.kind === 'PHONE') {
    if (!PHONE.test(fold(text))) return { error: rowProblem('INVALID_PHONE', { value: text }) };
  } else if (field.kind === 'EMAIL') {
    if (!EMAIL.test(fold(text))) return { error: rowProblem('INVALID_EMAIL', { value: text }) };
  } else if (field.kind !== 'PHOTO') {
    const checkedText = coerceText(text, max, field.kind !== 'LONG_TEXT');
    if ('error' in checkedText) return checkedText;
  }
  const checked = checkStandardValue(field, raw, now);
  if ('error' in checked) return { error: rowProblem('INVALID_VALUE', { message: checked.error }) };
  return checked.value === null ? { error: rowProblem('NOT_IMPORTABLE') } : { value: checked.value };
}

/** A choice by its stored value or its label, width and case folded. */
function optionValue(definition: CustomFieldEntity, text: string): string | undefined {
  const key = headerKey(text);
  return definition.options.find((option) => headerKey(option.value) === key || headerKey(option.label) === key)?.value;
}

export function coerceCustom(definition: CustomFieldEntity, text: string, latestYear: number): Coerced {
  switch (definition.type) {
    case 'TEXT':
      return coerceText(text, TEXT_MAX);
    case 'LONG_TEXT':
      return coerceText(text, LONG_TEXT_MAX, false);
    case 'NUMBER': {
      const number = Number(fold(text).replace(/,/g, ''));
      return fold(text) !== '' && Number.isFinite(number) ? { value: number } : { error: rowProblem('INVALID_NUMBER', { value: text }) };
    }
    case 'YEAR': {
      const year = parseYear(text, latestYear);
      return typeof year === 'number' ? { value: year } : { error: year };
    }
    case 'DATE': {
      const match = /^(\d{4})[-/年](\d{1,2})[-/月](\d{1,2})日?$/.exec(fold(text));
      const iso = match ? `${match[1]}-${match[2].padStart(2, '0')}-${match[3].padStart(2, '0')}` : '';
      const date = new Date(`${iso}T00:00:00Z`);
      return match && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso)
        ? { value: iso }
        : { error: rowProblem('INVALID_DATE', { value: text }) };
    }
    case 'URL': {
      try {
        const url = new URL(fold(text));
        if (url.protocol === 'http:' || url.protocol === 'https:') return { value: url.toString() };
      } catch {
        // reported below
      }
      return { error: rowProblem('INVALID_URL', { value: text }) };
    }
    case 'SINGLE_CHOICE': {
      const value = optionValue(definition, text);
      return value !== undefined ? { value } : { error: rowProblem('NOT_A_CHOICE', { value: text, field: definition.label }) };
    }
    case 'MULTIPLE_CHOICE': {
      const values: string[] = [];
      for (const item of splitList(text)) {
        const value = optionValue(definition, item);
        if (value === undefined) return { error: rowProblem('NOT_A_CHOICE', { value: item, field: definition.label }) };
        if (!values.includes(value)) values.push(value);
      }
      return { value: values };
    }
  }
}

export interface CoercedRoster {
  rows: RosterValues[];
  errors: RowError[];
  /** Rows left out because of their errors. */
  failedRows: number;
}

/**
 * Reads every row of the file through the mapping: one error per bad cell, a row without the key
 * it is matched by, and a key already used by an earlier row. A row with any error is left out
 * whole; the rest are the values to import.
 */
export function coerceRows(
  file: RosterFile,
  mapping: readonly ColumnMapping[],
  customFields: readonly CustomFieldEntity[],
  matchBy: MatchBy,
  now = new Date(),
): CoercedRoster {
  const latest = latestYear(now);
  const keyTarget = matchBy === 'EMAIL' ? 'email' : 'externalId';
  const definitions = mapping.map(({ target }) => (isStandardTarget(target) ? undefined : customFieldOf(target, customFields)));
  const firstRowOfKey = new Map<string, number>();
  const firstRowOfOtherKey = new Map<string, number>();
  const rows: RosterValues[] = [];
  const errors: RowError[] = [];
  let failedRows = 0;
  for (const { row, cells } of file.rows) {
    const values: RosterValues = { row, standard: {}, custom: {}, tags: [] };
    const rowErrors: RowError[] = [];
    mapping.forEach(({ column, target }, index) => {
      // A leading apostrophe is how spreadsheets (and our export) keep =, +, - and @ from running as a formula.
      const text = (cells[column] ?? '').replace(/^'(?=[=+\-@])/, '');
      if (text === '') return;
      const error = (problem: RowProblem) => rowErrors.push({ row, column: file.columns[column] ?? null, field: target, ...problem });
      const definition = definitions[index];
      const coerced = definition ? coerceCustom(definition, text, latest) : coerceStandard(target as StandardTarget, text, now);
      if ('error' in coerced) return void error(coerced.error);
      if (definition) values.custom[definition.id] = coerced.value as CustomValue;
      else if (target === 'email' || target === 'externalId') values[target] = coerced.value as string;
      else if (target === 'tags') values.tags = coerced.value as string[];
      else values.standard[target as StandardTarget] = coerced.value;
    });
    const entry = values.standard.entryYear;
    const leave = values.standard.leaveYear;
    if (typeof entry === 'number' && typeof leave === 'number' && leave < entry) {
      rowErrors.push({ row, column: null, field: 'leaveYear', ...rowProblem('LEAVE_BEFORE_ENTRY') });
    }
    const key = values[keyTarget];
    if (key === undefined && !rowErrors.some((error) => error.field === keyTarget)) {
      rowErrors.push({ row, column: null, field: keyTarget, ...rowProblem('MISSING_KEY', { key: keyTarget }) });
    }
    // Each person once: a key (or the other key) repeated means two rows would fight over one profile.
    const otherTarget = keyTarget === 'email' ? 'externalId' : 'email';
    const otherKey = values[otherTarget];
    if (key !== undefined && firstRowOfKey.has(key)) {
      rowErrors.push({ row, column: null, field: keyTarget, ...rowProblem('DUPLICATE_KEY', { key: keyTarget, firstRow: firstRowOfKey.get(key)! }) });
    } else if (otherKey !== undefined && firstRowOfOtherKey.has(otherKey)) {
      rowErrors.push({
        row,
        column: null,
        field: otherTarget,
        ...rowProblem('DUPLICATE_KEY', { key: otherTarget, firstRow: firstRowOfOtherKey.get(otherKey)! }),
      });
    }
    if (rowErrors.length > 0) {
      errors.push(...rowErrors);
      failedRows += 1;
      continue;
    }
    firstRowOfKey.set(key!, row);
    if (otherKey !== undefined) firstRowOfOtherKey.set(otherKey, row);
    rows.push(values);
  }
  return { rows, errors, failedRows };
}
