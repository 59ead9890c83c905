import type { FieldVisibilities } from '../search/search-document';
import type { NetworkFields } from '../search/search-index';
import type { CustomFieldEntity } from './custom-field.entity';
import { describeProfileFields } from './profile-field-list';
import { STANDARD_FIELD_KEYS, STANDARD_FIELDS } from './standard-fields';

const NOW = new Date('2026-06-01T00:00:00Z');
const club = {
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
const archived = { ...club, id: '00000000-0000-4000-8000-0000000000c2', key: 'old', label: 'Old', type: 'TEXT', options: [], archivedAt: NOW } as unknown as CustomFieldEntity;

const networkFields: NetworkFields = {
  networkId: '00000000-0000-4000-8000-000000000001',
  visibilities: { ...(Object.fromEntries(STANDARD_FIELDS.map((field) => [field.key, field.defaultVisibility])) as FieldVisibilities), bio: 'ADMINS' },
  customFields: [club, archived],
};

describe('profileFields', () => {
  it('lists the standard fields from the table, then the active custom fields, with limits, visibility and filters', () => {
    const described = describeProfileFields(networkFields, NOW);
    expect(described.map((field) => field.key)).toEqual([...STANDARD_FIELD_KEYS, 'custom.club']);
    expect(described.find((field) => field.key === 'skills')).toMatchObject({ kind: 'LIST', multi: true, maxLength: 50, maxItems: 30, filter: 'ALL_OF', filterArgument: 'skills', searchable: true });
    expect(described.find((field) => field.key === 'entryYear')).toMatchObject({ kind: 'YEAR', min: 1900, max: 2036, filter: 'RANGE', filterArgument: 'entryYear' });
    expect(described.find((field) => field.key === 'displayName')).toMatchObject({ decidedBy: 'ALWAYS', visibilityOptions: [], importable: true });
    expect(described.find((field) => field.key === 'phone')).toMatchObject({ decidedBy: 'MEMBER', visibility: 'ADMINS', searchable: false });
    expect(described.find((field) => field.key === 'photo')).toMatchObject({ importable: false });
    expect(described.find((field) => field.key === 'bio')).toMatchObject({ visibility: 'ADMINS', decidedBy: 'NETWORK' });
    expect(described.at(-1)).toMatchObject({ standard: false, customFieldId: club.id, label: 'サークル', kind: 'SINGLE_CHOICE', filter: 'ANY_OF', options: club.options });
  });
});
