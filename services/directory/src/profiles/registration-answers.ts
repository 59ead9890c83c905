import type { CustomFieldEntity } from '../fields/custom-field.entity';
import { STANDARD_FIELD_KEYS, type StandardFieldKey } from '../fields/standard-fields';
import type { ProfileChangeRequest } from './profile.validation';

export type ProfileAnswers = Record<string, string | string[]>;

/**
 * Registration questions name the profile field they fill with a lower-case key (identity allows
 * `[a-z][a-z0-9_]*`), so a standard field is matched by its name without case or underscores
 * (`entry_year` → entryYear, `job_title` → jobTitle) or by a common alias; anything else is a
 * custom field's key.
 */
const ALIASES: Record<string, StandardFieldKey> = {
  graduation_year: 'entryYear',
  graduated: 'entryYear',
  joining_year: 'entryYear',
  join_year: 'entryYear',
  leaving_year: 'leaveYear',
  faculty: 'department',
  division: 'department',
  company: 'employer',
  title: 'jobTitle',
  kana: 'nameKana',
  furigana: 'nameKana',
  romaji: 'nameRomaji',
  email: 'contactEmail',
};

/** Answers never fill these: the name comes with the registration itself, a photo needs an upload. */
const NOT_FROM_ANSWERS = new Set<StandardFieldKey>(['displayName', 'photo']);

const squash = (key: string) => key.toLowerCase().replace(/_/g, '');

export function standardFieldForKey(key: string): StandardFieldKey | undefined {
  return ALIASES[key] ?? STANDARD_FIELD_KEYS.find((candidate) => squash(candidate) === squash(key));
}

/** True when a custom field key would be read as a standard field in registration answers. */
export const clashesWithStandardField = (key: string) => standardFieldForKey(key) !== undefined;

const text = (answer: string | string[]) => (Array.isArray(answer) ? answer.join(', ') : answer);
const list = (answer: string | string[]) => (Array.isArray(answer) ? answer : answer.split(/[,、，\n]/));
const fold = (value: string) => value.normalize('NFKC').trim().toLowerCase();

function yearOf(answer: string | string[]): number | null | undefined {
  const digits = fold(text(answer)).replace(/年$/, '');
  return /^\d{4}$/.test(digits) ? Number(digits) : undefined;
}

/**
 * Turns registration answers into a profile change request; types are coerced (years from text,
 * choice labels to option values) and what does not fit is left out. The request is validated
 * like any other, and only the fields that pass are kept.
 */
export function profileRequestFromAnswers(answers: ProfileAnswers, customFields: readonly CustomFieldEntity[]): ProfileChangeRequest {
  const request: Record<string, unknown> = {};
  const custom: NonNullable<ProfileChangeRequest['customFields']> = [];
  for (const [key, answer] of Object.entries(answers)) {
    const standard = standardFieldForKey(key);
    if (standard && !NOT_FROM_ANSWERS.has(standard)) {
      if (standard === 'entryYear' || standard === 'leaveYear') {
        const year = yearOf(answer);
        if (year !== undefined) request[standard] = year;
      } else if (standard === 'skills' || standard === 'interests') {
        request[standard] = list(answer);
      } else if (standard === 'links') {
        request.links = list(answer).map((url) => ({ label: '', url: url.trim() }));
      } else {
        request[standard] = text(answer);
      }
      continue;
    }
    const definition = customFields.find((candidate) => candidate.key === key && !candidate.archivedAt);
    if (!definition) continue;
    if (definition.type === 'SINGLE_CHOICE' || definition.type === 'MULTIPLE_CHOICE') {
      const values = list(answer)
        .map((label) => definition.options.find((option) => fold(option.label) === fold(label) || option.value === label.trim())?.value)
        .filter((value): value is string => value !== undefined);
      if (values.length > 0) custom.push({ fieldId: definition.id, values: definition.type === 'SINGLE_CHOICE' ? values.slice(0, 1) : values });
    } else if (definition.type === 'YEAR') {
      const year = yearOf(answer);
      if (year !== undefined) custom.push({ fieldId: definition.id, value: String(year) });
    } else {
      custom.push({ fieldId: definition.id, value: text(answer) });
    }
  }
  if (custom.length > 0) request.customFields = custom;
  return request;
}
