import type { CustomFieldEntity } from '../fields/custom-field.entity';
import type { ProfileEntity } from '../profiles/profile.entity';
import type { StandardTarget } from './import-targets';
import { rowProblem, type CustomValue, type MatchBy, type RosterValues, type RowError, type RowProblem, type StandardCellValue } from './roster-rows';

/** The stored profile fields an import reads and may write. */
export type ImportedProfile = Pick<
  ProfileEntity,
  | 'membershipId'
  | 'status'
  | 'email'
  | 'externalId'
  | 'displayName'
  | 'nameKana'
  | 'nameRomaji'
  | 'headline'
  | 'entryYear'
  | 'leaveYear'
  | 'department'
  | 'employer'
  | 'jobTitle'
  | 'industry'
  | 'location'
  | 'bio'
  | 'skills'
  | 'interests'
  | 'links'
  | 'contactEmail'
  | 'phone'
  | 'custom'
  | 'registrationAnswers'
> & {
  tags: string[];
  /** When the stored row last changed (a write checks nobody changed it since it was read). */
  updatedAt?: Date;
};

export type RowAction = 'create' | 'update' | 'unchanged';

export interface PlannedRow {
  row: number;
  action: RowAction;
  /** The profile as it will be stored (for `create`, with a fresh id). */
  profile: ImportedProfile;
  /** Field keys that change: standard keys, `custom.<key>`, `email`, `externalId`, `tags`. */
  changedFields: string[];
  /** Tag names the row adds to the profile. */
  addedTags: string[];
}

export interface ExistingProfiles {
  byEmail: Map<string, ImportedProfile>;
  byExternalId: Map<string, ImportedProfile>;
}

/** JSON with each object's keys sorted: links read back from jsonb come with their keys in another order. */
const stable = (value: unknown) =>
  JSON.stringify(value ?? null, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item) ? Object.fromEntries(Object.entries(item).sort()) : item,
  );
const same = (a: unknown, b: unknown) =>
  Array.isArray(a) || Array.isArray(b) || typeof a === 'object' ? stable(a) === stable(b) : (a ?? null) === (b ?? null);
const tagKey = (name: string) => name.normalize('NFKC').toLowerCase();

function blankProfile(membershipId: string): ImportedProfile {
  return {
    membershipId,
    status: 'unregistered',
    email: null,
    externalId: null,
    displayName: '',
    nameKana: null,
    nameRomaji: null,
    headline: null,
    entryYear: null,
    leaveYear: null,
    department: null,
    employer: null,
    jobTitle: null,
    industry: null,
    location: null,
    bio: null,
    skills: [],
    interests: [],
    links: [],
    contactEmail: null,
    phone: null,
    custom: {},
    registrationAnswers: {},
    tags: [],
  };
}

/**
 * What one valid row does to the directory: which profile it is (by the key the import matches
 * on), and which of its fields change. A member's e-mail is their sign-in and belongs to identity,
 * so an import writes `email` only on rows of people who have not joined. Errors found here (a new
 * person without a name, the other key belonging to someone else) leave the row out.
 */
export function planRow(
  values: RosterValues,
  matchBy: MatchBy,
  existing: ExistingProfiles,
  customFields: readonly CustomFieldEntity[],
  newId: () => string,
): PlannedRow | RowError {
  const matched = matchBy === 'EMAIL' ? existing.byEmail.get(values.email!) : existing.byExternalId.get(values.externalId!);
  const error = (field: string | null, problem: RowProblem): RowError => ({ row: values.row, column: null, field, ...problem });
  const current = matched ?? blankProfile(newId());
  const writesEmail = current.status === 'unregistered' && values.email !== undefined;
  if (writesEmail && matchBy === 'EXTERNAL_ID') {
    const owner = existing.byEmail.get(values.email!);
    if (owner && owner.membershipId !== current.membershipId) return error('email', rowProblem('KEY_TAKEN', { key: 'email' }));
  }
  if (values.externalId !== undefined && matchBy === 'EMAIL') {
    const owner = existing.byExternalId.get(values.externalId);
    if (owner && owner.membershipId !== current.membershipId) return error('externalId', rowProblem('KEY_TAKEN', { key: 'externalId' }));
  }
  if (!matched && values.standard.displayName === undefined) return error('displayName', rowProblem('NAME_REQUIRED'));

  const next: ImportedProfile = { ...current, custom: { ...current.custom }, tags: [...current.tags] };
  const changedFields: string[] = [];
  const set = <K extends keyof ImportedProfile>(field: K, value: ImportedProfile[K], name: string = field) => {
    if (same(current[field], value)) return;
    next[field] = value;
    changedFields.push(name);
  };
  if (writesEmail) set('email', values.email!);
  if (values.externalId !== undefined) set('externalId', values.externalId);
  for (const [target, value] of Object.entries(values.standard) as [StandardTarget, StandardCellValue][]) {
    set(target as keyof ImportedProfile, value as never);
  }
  for (const [fieldId, value] of Object.entries<CustomValue>(values.custom)) {
    if (same(current.custom[fieldId], value)) continue;
    next.custom[fieldId] = value;
    changedFields.push(`custom.${customFields.find((field) => field.id === fieldId)?.key ?? fieldId}`);
  }
  const has = new Set(current.tags.map(tagKey));
  const addedTags = values.tags.filter((name) => !has.has(tagKey(name)));
  if (addedTags.length > 0) {
    next.tags.push(...addedTags);
    changedFields.push('tags');
  }
  const action: RowAction = !matched ? 'create' : changedFields.length > 0 ? 'update' : 'unchanged';
  return { row: values.row, action, profile: next, changedFields, addedTags };
}

/** The changed fields a ProfileUpdated event names: profile fields only (tags and match keys are the admins' bookkeeping). */
export function eventFields(changedFields: readonly string[]): string[] {
  return changedFields.filter((field) => field !== 'tags' && field !== 'email' && field !== 'externalId');
}
