import { characterCount, hasControlCharacters, UserError } from '@kizuna/subgraph';
import type { CustomFieldEntity } from '../fields/custom-field.entity';
import { EARLIEST_YEAR, EDITABLE_FIELDS, latestYear, YEARS_AHEAD, type StandardField, type StandardFieldKey } from '../fields/standard-fields';
import type { Visibility } from '../fields/visibility';
import type { ContactField, ProfileEntity, ProfileLink } from './profile.entity';

export const LINK_LABEL_MAX = 50;
export const URL_MAX = 500;
export const CUSTOM_TEXT_MAX = 200;
export const CUSTOM_LONG_TEXT_MAX = 2000;
export { EARLIEST_YEAR, latestYear, YEARS_AHEAD };

export type CustomValue = string | number | string[];

/** A profile change as a member (or a registration, or the demo seed) asks for it. */
export interface ProfileChangeRequest {
  displayName?: string | null;
  nameKana?: string | null;
  nameRomaji?: string | null;
  headline?: string | null;
  entryYear?: number | null;
  leaveYear?: number | null;
  department?: string | null;
  employer?: string | null;
  jobTitle?: string | null;
  industry?: string | null;
  location?: string | null;
  bio?: string | null;
  skills?: string[] | null;
  interests?: string[] | null;
  links?: { label: string; url: string }[] | null;
  contactEmail?: string | null;
  phone?: string | null;
  contactVisibility?: Partial<Record<ContactField, Visibility | null>> | null;
  customFields?: { fieldId: string; value?: string | null; values?: string[] | null }[] | null;
}

/** What to store, validated and normalised: standard columns, contact visibility choices, custom values by field id (null clears). */
export interface ProfileChanges {
  fields: Partial<Pick<ProfileEntity, StandardColumn>>;
  contactVisibility: Partial<Record<ContactField, Visibility>>;
  custom: Record<string, CustomValue | null>;
}

export type StandardColumn = Exclude<StandardFieldKey, 'photo'>;

/** Kana with spaces (either width), the long vowel mark and the middle dot. */
const KANA = /^[\p{Script=Hiragana}\p{Script=Katakana}ー・ \u3000]+$/u;
const LATIN = /^[\p{Script=Latin}\s'.-]+$/u;
export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const PHONE = /^\+?[0-9][0-9 ()\-.]{4,22}[0-9]$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

type Check<T> = { value: T } | { error: string };

function oneLine(raw: string | null | undefined, max: number, what: string): Check<string | null> {
  const text = raw?.trim() ?? '';
  if (text === '') return { value: null };
  if (characterCount(text) > max) return { error: `${capitalise(what)} can have up to ${max} characters.` };
  if (hasControlCharacters(text)) return { error: `${capitalise(what)} must be one line of text.` };
  return { value: text };
}

function multiLine(raw: string | null | undefined, max: number, what: string): Check<string | null> {
  const text = raw?.trim() ?? '';
  if (text === '') return { value: null };
  if (characterCount(text) > max) return { error: `${capitalise(what)} can have up to ${max} characters.` };
  if (hasControlCharacters(text, 'line-breaks-and-tabs')) return { error: `${capitalise(what)} contains characters that cannot be shown.` };
  return { value: text.replace(/\r\n?/g, '\n') };
}

function year(raw: number | null | undefined, now: Date): Check<number | null> {
  if (raw === null || raw === undefined) return { value: null };
  if (!Number.isInteger(raw) || raw < EARLIEST_YEAR || raw > latestYear(now)) return { error: `Enter a year from ${EARLIEST_YEAR} to ${latestYear(now)}.` };
  return { value: raw };
}

function wordList(raw: string[] | null | undefined, what: string, maxItems: number, itemMax: number): Check<string[]> {
  const items: string[] = [];
  const seen = new Set<string>();
  for (const entry of raw ?? []) {
    const item = entry.trim();
    if (item === '') continue;
    if (characterCount(item) > itemMax || hasControlCharacters(item))
      return { error: `Each of your ${what} can have up to ${itemMax} characters on one line.` };
    const folded = item.normalize('NFKC').toLowerCase();
    if (seen.has(folded)) continue;
    seen.add(folded);
    items.push(item);
  }
  if (items.length > maxItems) return { error: `List up to ${maxItems} ${what}.` };
  return { value: items };
}

function links(raw: { label: string; url: string }[] | null | undefined, maxItems: number, urlMax: number): Check<ProfileLink[]> {
  const result: ProfileLink[] = [];
  for (const link of raw ?? []) {
    const url = link.url.trim();
    const label = link.label.trim();
    if (url === '' && label === '') continue;
    if (characterCount(url) > urlMax || !isHttpUrl(url)) return { error: 'Each link needs an address starting with http:// or https://.' };
    if (characterCount(label) > LINK_LABEL_MAX || hasControlCharacters(label))
      return { error: `A link's label can have up to ${LINK_LABEL_MAX} characters on one line.` };
    result.push({ label: label || new URL(url).hostname, url });
  }
  if (result.length > maxItems) return { error: `Add up to ${maxItems} links.` };
  return { value: result };
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Checks one custom field's new value against its definition; null clears it. */
export function checkCustomValue(
  definition: CustomFieldEntity,
  input: { value?: string | null; values?: string[] | null },
  now: Date = new Date(),
): Check<CustomValue | null> {
  const given = [...(input.values ?? []), ...(input.value !== undefined && input.value !== null ? [input.value] : [])]
    .map((v) => v.trim())
    .filter((v) => v !== '');
  if (given.length === 0) return { value: null };
  const single = given[0];
  if (definition.type !== 'MULTIPLE_CHOICE' && given.length > 1) return { error: `${definition.label} takes one value.` };
  switch (definition.type) {
    case 'TEXT':
      return oneLine(single, CUSTOM_TEXT_MAX, definition.label);
    case 'LONG_TEXT':
      return multiLine(single, CUSTOM_LONG_TEXT_MAX, definition.label);
    case 'NUMBER': {
      const number = Number(single.normalize('NFKC').replace(/,/g, ''));
      return /^-?\d+(\.\d+)?$/.test(single.normalize('NFKC').replace(/,/g, '')) && Number.isFinite(number)
        ? { value: number }
        : { error: `${definition.label} must be a number.` };
    }
    case 'YEAR': {
      const text = single.normalize('NFKC');
      if (!/^\d{4}$/.test(text)) return { error: `Enter a year from ${EARLIEST_YEAR} to ${latestYear(now)}.` };
      const checked = year(Number(text), now);
      return checked;
    }
    case 'DATE':
      return isIsoDate(single) ? { value: single } : { error: `${definition.label} must be a date written YYYY-MM-DD.` };
    case 'URL':
      return characterCount(single) <= URL_MAX && isHttpUrl(single)
        ? { value: single }
        : { error: `${definition.label} must be an address starting with http:// or https://.` };
    case 'SINGLE_CHOICE':
    case 'MULTIPLE_CHOICE': {
      const known = new Set(definition.options.map((option) => option.value));
      if (given.some((value) => !known.has(value))) return { error: `Choose from the options of ${definition.label}.` };
      const values = [...new Set(given)];
      return { value: definition.type === 'SINGLE_CHOICE' ? values[0] : definition.options.map((o) => o.value).filter((v) => values.includes(v)) };
    }
  }
}

/** Names in one script: a reading in kana, a romanised name in Latin letters. */
const NAME_SCRIPTS: Partial<Record<StandardFieldKey, { pattern: RegExp; message: string }>> = {
  nameKana: { pattern: KANA, message: 'Write the reading in hiragana or katakana.' },
  nameRomaji: { pattern: LATIN, message: 'Write the romanised name in Latin letters.' },
};

type StandardValue = string | number | string[] | ProfileLink[] | null;

/**
 * Checks one standard field's new value by its description (kind and limits): what a member's
 * edit, a registration answer and a roster cell all go through. Blank clears it (null).
 */
export function checkStandardValue(field: StandardField, raw: unknown, now: Date = new Date()): Check<StandardValue> {
  const max = field.maxLength ?? Infinity;
  switch (field.kind) {
    case 'NAME': {
      if (field.key === 'displayName') {
        const name = typeof raw === 'string' ? raw.trim() : '';
        if (characterCount(name) < 1 || characterCount(name) > max) return { error: `Enter a name of 1 to ${max} characters.` };
        return hasControlCharacters(name) ? { error: 'The name must be one line of text.' } : { value: name };
      }
      const name = oneLine(raw as string | null, max, field.noun);
      const script = NAME_SCRIPTS[field.key];
      return script && 'value' in name && name.value && !script.pattern.test(name.value) ? { error: script.message } : name;
    }
    case 'TEXT':
      return oneLine(raw as string | null, max, field.noun);
    case 'LONG_TEXT':
      return multiLine(raw as string | null, max, field.noun);
    case 'YEAR':
      return year(raw as number | null, now);
    case 'LIST':
      return wordList(raw as string[] | null, field.noun, field.maxItems ?? Infinity, max);
    case 'LINKS':
      return links(raw as { label: string; url: string }[] | null, field.maxItems ?? Infinity, max);
    case 'EMAIL': {
      const email = oneLine(raw as string | null, max, field.noun);
      return 'value' in email && email.value && !EMAIL.test(email.value) ? { error: 'Enter an e-mail address such as name@example.jp.' } : email;
    }
    case 'PHONE': {
      const phone = oneLine((raw as string | null)?.normalize('NFKC'), max, field.noun);
      return 'value' in phone && phone.value && !PHONE.test(phone.value) ? { error: 'Enter a phone number: digits, spaces, -, () and a leading +.' } : phone;
    }
    case 'PHOTO':
      return { error: 'A photo is uploaded on its own.' };
  }
}

/**
 * Checks a profile change without touching the database: one VALIDATION error per field at fault
 * (custom fields: `custom.<key>`), and `changes` holds only the fields that passed. `current` gives
 * the stored years so a leaving year is checked against the stored entry year too; `customFields`
 * are the network's definitions (archived ones are refused).
 */
export function validateProfileChanges(
  request: ProfileChangeRequest,
  options: { current?: Pick<ProfileEntity, 'entryYear' | 'leaveYear'>; customFields?: readonly CustomFieldEntity[]; now?: Date } = {},
): { changes: ProfileChanges; errors: UserError[] } {
  const now = options.now ?? new Date();
  const changes: ProfileChanges = { fields: {}, contactVisibility: {}, custom: {} };
  const errors: UserError[] = [];
  const take = <K extends StandardColumn>(field: K, check: Check<ProfileEntity[K]>) => {
    if ('error' in check) errors.push(UserError.of('VALIDATION', check.error, field));
    else changes.fields[field] = check.value;
  };
  const given = (field: keyof ProfileChangeRequest) => request[field] !== undefined;

  for (const field of EDITABLE_FIELDS) {
    const key = field.key as StandardColumn;
    // A null name is no change: a profile always has one.
    if (!given(key) || (key === 'displayName' && request.displayName === null)) continue;
    const checked = checkStandardValue(field, request[key], now);
    const entry = given('entryYear') ? request.entryYear : options.current?.entryYear;
    if (key === 'leaveYear' && 'value' in checked && typeof checked.value === 'number' && typeof entry === 'number' && checked.value < entry) {
      take(key, { error: 'The leaving year cannot be before the entry year.' });
    } else {
      take(key, checked as Check<ProfileEntity[typeof key]>);
    }
  }
  for (const [field, visibility] of Object.entries(request.contactVisibility ?? {}) as [ContactField, Visibility | null][]) {
    if (visibility) changes.contactVisibility[field] = visibility;
  }

  const definitions = new Map((options.customFields ?? []).map((definition) => [definition.id, definition]));
  for (const input of request.customFields ?? []) {
    const definition = definitions.get(input.fieldId);
    if (!definition) {
      errors.push(UserError.of('NOT_FOUND', 'This custom field does not exist in your network.', `custom.${input.fieldId}`));
      continue;
    }
    const field = `custom.${definition.key}`;
    if (definition.archivedAt) {
      errors.push(UserError.of('VALIDATION', `${definition.label} is no longer asked.`, field));
      continue;
    }
    const checked = checkCustomValue(definition, input, now);
    if ('error' in checked) errors.push(UserError.of('VALIDATION', checked.error, field));
    else changes.custom[definition.id] = checked.value;
  }
  return { changes, errors };
}
