import { documentTerms, fold, searchText } from '@kizuna/search';
import type { CustomFieldEntity } from '../fields/custom-field.entity';
import { STANDARD_FIELDS, type StandardFieldKey } from '../fields/standard-fields';
import { isVisibleTo, type Visibility } from '../fields/visibility';
import type { ProfileEntity } from '../profiles/profile.entity';

/** The derived search columns of a profile row. */
export interface SearchDocument {
  sortName: string;
  nameSearch: string;
  memberText: string;
  adminText: string;
  memberTerms: string[];
  adminTerms: string[];
}

/** Each standard field's visibility in one network (its admins' choice, or the default). */
export type FieldVisibilities = Record<StandardFieldKey, Visibility>;

type Searchable = Pick<
  ProfileEntity,
  | 'displayName'
  | 'nameKana'
  | 'nameRomaji'
  | 'headline'
  | 'department'
  | 'employer'
  | 'jobTitle'
  | 'industry'
  | 'location'
  | 'bio'
  | 'skills'
  | 'interests'
  | 'custom'
  | 'email'
  | 'externalId'
  | 'registrationAnswers'
>;

const valuesOf = (value: unknown): string[] => {
  if (value === null || value === undefined) return [];
  if (Array.isArray(value)) return value.map(String);
  return [String(value)];
};

/**
 * What search reads of a profile. Members search only what every member may see (so a hidden
 * employer never matches); admins also search admin-only fields, e-mail, external id and
 * registration answers. Contact details are never searched.
 */
export function searchDocument(profile: Searchable, visibilities: FieldVisibilities, customFields: readonly CustomFieldEntity[]): SearchDocument {
  const names = [profile.displayName, profile.nameKana, profile.nameRomaji];
  const member: string[] = [];
  const admin: string[] = [];
  for (const field of STANDARD_FIELDS) {
    if (!field.search || field.visibility === 'member') continue;
    const values = valuesOf(profile[field.key as keyof Searchable]);
    const visibility = field.visibility === 'always' ? 'MEMBERS' : visibilities[field.key];
    if (isVisibleTo(visibility, 'MEMBER')) member.push(...values);
    if (isVisibleTo(visibility, 'ADMIN')) admin.push(...values);
  }
  for (const definition of customFields) {
    if (definition.archivedAt || !['TEXT', 'LONG_TEXT', 'SINGLE_CHOICE', 'MULTIPLE_CHOICE'].includes(definition.type)) continue;
    const stored = valuesOf(profile.custom[definition.id]);
    const values = definition.options.length > 0 ? stored.map((value) => definition.options.find((option) => option.value === value)?.label ?? value) : stored;
    if (isVisibleTo(definition.visibility, 'MEMBER')) member.push(...values);
    if (isVisibleTo(definition.visibility, 'ADMIN')) admin.push(...values);
  }
  admin.push(...valuesOf(profile.email), ...valuesOf(profile.externalId));
  for (const answer of Object.values(profile.registrationAnswers ?? {})) admin.push(...valuesOf(answer));

  const memberText = searchText(member, names);
  const adminText = searchText(admin, names);
  return {
    sortName: fold(profile.nameKana || profile.nameRomaji || profile.displayName)
      .replace(/\s+/g, ' ')
      .trim(),
    nameSearch: names
      .filter(Boolean)
      .map((name) => fold(name!))
      .join(' '),
    memberText,
    adminText,
    memberTerms: documentTerms(memberText),
    adminTerms: documentTerms(adminText),
  };
}
