import type { PROFILE_SNAPSHOT_FIELDS } from '@kizuna/events';
import { SNAPSHOT_FIELDS } from '../fields/standard-fields';
import type { NetworkFields } from '../search/search-index';
import type { ProfileEntity } from './profile.entity';
import { presentCustomValue, standardFieldVisibility } from './profile.presenter';

// The snapshot's standard fields are the table's `snapshot` fields; the event contract lists them
// for its readers (profile-fields.spec.ts pins the two together).
type SnapshotSource = Pick<ProfileEntity, 'displayName' | 'custom' | (typeof PROFILE_SNAPSHOT_FIELDS)[number]> &
  Partial<Pick<ProfileEntity, 'contactVisibility'>>;

export interface ProfileSnapshot {
  displayName: string;
  fields: Record<string, string | number | string[]>;
}

/**
 * The profile as ProfileUpdated carries it, for other services to personalise messages: what its
 * owner and the admins see — standard fields by name, custom fields as `custom.<key>` (choices by
 * their labels), nothing the network or the member hid, no archived field, no empty value. A
 * source without the member's contact choices leaves contact details out.
 */
export function profileSnapshot(profile: SnapshotSource, fields: NetworkFields): ProfileSnapshot {
  const snapshot: Record<string, string | number | string[]> = {};
  for (const { key, visibility } of SNAPSHOT_FIELDS) {
    if (visibility === 'member' && profile.contactVisibility === undefined) continue;
    if (standardFieldVisibility(key, { contactVisibility: profile.contactVisibility ?? {} }, fields) === 'HIDDEN') continue;
    const value = profile[key as keyof SnapshotSource] as string | number | string[] | null | undefined;
    if (value === null || value === undefined) continue;
    if (Array.isArray(value)) {
      const items = value.filter((item) => item.trim() !== '');
      if (items.length > 0) snapshot[key] = items;
    } else if (typeof value === 'number' || value.trim() !== '') snapshot[key] = value;
  }
  for (const definition of fields.customFields) {
    if (definition.archivedAt || definition.visibility === 'HIDDEN') continue;
    const value = presentCustomValue(definition, profile.custom?.[definition.id]);
    if (!value) continue;
    const number = definition.type === 'NUMBER' || definition.type === 'YEAR' ? Number(value.values[0]) : NaN;
    snapshot[`custom.${definition.key}`] = Number.isFinite(number) ? number : value.displayText;
  }
  return { displayName: profile.displayName, fields: snapshot };
}

/**
 * The snapshot's fields every member of the network may see (the rest only its owner and admins):
 * the feed announces a new job only when the network sees it.
 */
export function networkVisibleFields(profile: SnapshotSource, fields: NetworkFields, snapshot: ProfileSnapshot): string[] {
  const visible: string[] = [];
  for (const { key } of SNAPSHOT_FIELDS) {
    if (snapshot.fields[key] === undefined) continue;
    if (standardFieldVisibility(key, { contactVisibility: profile.contactVisibility ?? {} }, fields) === 'MEMBERS') visible.push(key);
  }
  for (const definition of fields.customFields) {
    const key = `custom.${definition.key}`;
    if (snapshot.fields[key] !== undefined && definition.visibility === 'MEMBERS') visible.push(key);
  }
  return visible;
}

/** What ProfileUpdated carries about the profile: its snapshot and which of its fields the network sees. */
export function profileUpdateSnapshot(profile: SnapshotSource, fields: NetworkFields): { profile: ProfileSnapshot; networkVisibleFields: string[] } {
  const snapshot = profileSnapshot(profile, fields);
  return { profile: snapshot, networkVisibleFields: networkVisibleFields(profile, fields, snapshot) };
}
