import type { Visibility } from './visibility';

/**
 * The profile fields every network has. `visibility`:
 * - `always`: names are what a directory is; every member sees them.
 * - `network`: the network's admins choose (field_settings); `defaultVisibility` until they do.
 * - `member`: contact details, each member chooses (profiles.contact_visibility); ADMINS until they do.
 * `search` marks the fields free-text search reads; `filter` how a field is filtered.
 */
export interface StandardField {
  key: StandardFieldKey;
  column: string;
  visibility: 'always' | 'network' | 'member';
  defaultVisibility: Visibility;
  search: boolean;
  filter?: 'range' | 'anyOf' | 'allOf';
}

export const STANDARD_FIELD_KEYS = [
  'displayName',
  'nameKana',
  'nameRomaji',
  'headline',
  'photo',
  'entryYear',
  'leaveYear',
  'department',
  'employer',
  'jobTitle',
  'industry',
  'location',
  'bio',
  'skills',
  'interests',
  'links',
  'contactEmail',
  'phone',
] as const;
export type StandardFieldKey = (typeof STANDARD_FIELD_KEYS)[number];

const field = (key: StandardFieldKey, column: string, options: Partial<StandardField> = {}): StandardField => ({
  key,
  column,
  visibility: 'network',
  defaultVisibility: 'MEMBERS',
  search: false,
  ...options,
});

export const STANDARD_FIELDS: readonly StandardField[] = [
  field('displayName', 'display_name', { visibility: 'always', search: true }),
  field('nameKana', 'name_kana', { visibility: 'always', search: true }),
  field('nameRomaji', 'name_romaji', { visibility: 'always', search: true }),
  field('headline', 'headline', { search: true }),
  field('photo', 'photo_key'),
  field('entryYear', 'entry_year', { filter: 'range' }),
  field('leaveYear', 'leave_year', { filter: 'range' }),
  field('department', 'department', { search: true, filter: 'anyOf' }),
  field('employer', 'employer', { search: true, filter: 'anyOf' }),
  field('jobTitle', 'job_title', { search: true, filter: 'anyOf' }),
  field('industry', 'industry', { search: true, filter: 'anyOf' }),
  field('location', 'location', { search: true, filter: 'anyOf' }),
  field('bio', 'bio', { search: true }),
  field('skills', 'skills', { search: true, filter: 'allOf' }),
  field('interests', 'interests', { search: true, filter: 'allOf' }),
  field('links', 'links', { visibility: 'member', defaultVisibility: 'ADMINS' }),
  field('contactEmail', 'contact_email', { visibility: 'member', defaultVisibility: 'ADMINS' }),
  field('phone', 'phone', { visibility: 'member', defaultVisibility: 'ADMINS' }),
];

export const standardField = (key: StandardFieldKey): StandardField => STANDARD_FIELDS.find((candidate) => candidate.key === key)!;
