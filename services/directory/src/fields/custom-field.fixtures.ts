// Custom fields of one network, shared by the unit tests of the field table and the field list.
import type { NetworkFields } from '../search/search-index';
import type { FieldVisibilities } from '../search/search-document';
import type { CustomFieldEntity } from './custom-field.entity';
import { STANDARD_FIELDS } from './standard-fields';

export const NOW = new Date('2026-06-01T00:00:00Z');

export const club = {
  id: '00000000-0000-4000-8000-0000000000c1',
  key: 'club',
  label: 'サークル',
  type: 'SINGLE_CHOICE',
  options: [
    { value: 'tennis', label: 'テニス部' },
    { value: 'choir', label: '合唱団' },
  ],
  helpText: null,
  visibility: 'MEMBERS',
  archivedAt: null,
} as unknown as CustomFieldEntity;

export const archived = {
  ...club,
  id: '00000000-0000-4000-8000-0000000000c2',
  key: 'old',
  label: 'Old',
  type: 'TEXT',
  options: [],
  archivedAt: NOW,
} as unknown as CustomFieldEntity;

/** The network's fields with every standard field at its default visibility, `overrides` on top. */
export function networkFieldsWith(overrides: Partial<FieldVisibilities> = {}): NetworkFields {
  return {
    networkId: '00000000-0000-4000-8000-000000000001',
    visibilities: { ...(Object.fromEntries(STANDARD_FIELDS.map((field) => [field.key, field.defaultVisibility])) as FieldVisibilities), ...overrides },
    customFields: [club, archived],
  };
}
