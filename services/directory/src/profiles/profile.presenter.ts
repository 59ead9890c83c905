import type { CustomFieldEntity } from '../fields/custom-field.entity';
import { photoUrl } from '../photos/photo-url';
import { STANDARD_FIELDS, type StandardFieldKey } from '../fields/standard-fields';
import { isVisibleTo, type Audience, type Visibility } from '../fields/visibility';
import type { NetworkFields } from '../search/search-index';
import type { ContactField, ProfileEntity } from './profile.entity';
import type { CustomFieldValueType, ProfileType } from './profile.type';

const CONTACT_FIELDS: readonly ContactField[] = ['contactEmail', 'phone', 'links'];

/** The visibility a standard field has for this profile: fixed, the network's choice, or the member's own. */
export function standardFieldVisibility(key: StandardFieldKey, profile: Pick<ProfileEntity, 'contactVisibility'>, fields: NetworkFields): Visibility {
  const field = STANDARD_FIELDS.find((candidate) => candidate.key === key)!;
  if (field.visibility === 'always') return 'MEMBERS';
  if (field.visibility === 'member') return profile.contactVisibility?.[key as ContactField] ?? field.defaultVisibility;
  return fields.visibilities[key];
}

export function contactVisibilityOf(profile: Pick<ProfileEntity, 'contactVisibility'>): Record<ContactField, Visibility> {
  return Object.fromEntries(CONTACT_FIELDS.map((key) => [key, profile.contactVisibility?.[key] ?? 'ADMINS'])) as Record<ContactField, Visibility>;
}

const asList = (value: string | number | string[] | undefined): string[] =>
  value === undefined || value === null ? [] : Array.isArray(value) ? value.map(String) : [String(value)];

/** A custom field's stored value as the API shows it (choice values keep their value; labels go in displayText). */
export function presentCustomValue(definition: CustomFieldEntity, stored: string | number | string[] | undefined): CustomFieldValueType | null {
  const values = asList(stored).filter((value) => value !== '');
  if (values.length === 0) return null;
  const isChoice = definition.type === 'SINGLE_CHOICE' || definition.type === 'MULTIPLE_CHOICE';
  const labels = isChoice ? values.map((value) => definition.options.find((option) => option.value === value)?.label ?? value) : values;
  return {
    fieldId: definition.id,
    key: definition.key,
    label: definition.label,
    type: definition.type,
    value: definition.type === 'MULTIPLE_CHOICE' ? null : values[0],
    values,
    displayText: labels.join(', '),
  };
}

/**
 * The one way a profile leaves the service: every field the audience may not see is null. Who may
 * see the profile at all is decided before (canSeeProfile); this decides field by field. The
 * member (SELF) sees all they entered; admin-only extras (e-mail, registration answers) go to
 * ADMIN and SELF; archived custom fields are shown to nobody.
 */
export function presentProfile(entity: ProfileEntity, audience: Audience, fields: NetworkFields): ProfileType {
  const shows = (key: StandardFieldKey) => isVisibleTo(standardFieldVisibility(key, entity, fields), audience);
  const shown = <T>(key: StandardFieldKey, value: T): T | null => (shows(key) ? value : null);
  const privileged = audience === 'SELF' || audience === 'ADMIN';
  const customFields: CustomFieldValueType[] = [];
  for (const definition of fields.customFields) {
    if (definition.archivedAt || !isVisibleTo(definition.visibility, audience)) continue;
    const value = presentCustomValue(definition, entity.custom?.[definition.id]);
    if (value) customFields.push(value);
  }
  return {
    memberId: entity.membershipId,
    displayName: entity.displayName,
    nameKana: entity.nameKana,
    nameRomaji: entity.nameRomaji,
    headline: shown('headline', entity.headline),
    photoUrl: shown('photo', entity.photoKey ? photoUrl(entity.photoKey, 512) : null),
    thumbnailUrl: shown('photo', entity.photoKey ? photoUrl(entity.photoKey, 128) : null),
    entryYear: shown('entryYear', entity.entryYear),
    leaveYear: shown('leaveYear', entity.leaveYear),
    department: shown('department', entity.department),
    employer: shown('employer', entity.employer),
    jobTitle: shown('jobTitle', entity.jobTitle),
    industry: shown('industry', entity.industry),
    location: shown('location', entity.location),
    bio: shown('bio', entity.bio),
    skills: shown('skills', entity.skills ?? []),
    interests: shown('interests', entity.interests ?? []),
    links: shown('links', entity.links ?? []),
    contactEmail: shown('contactEmail', entity.contactEmail),
    phone: shown('phone', entity.phone),
    customFields,
    contactVisibility: audience === 'SELF' ? contactVisibilityOf(entity) : null,
    email: privileged ? entity.email : null,
    registrationAnswers: privileged ? Object.entries(entity.registrationAnswers ?? {}).map(([key, value]) => ({ key, values: asList(value) })) : null,
    updatedAt: entity.updatedAt,
  };
}
