import { club, networkFieldsWith, NOW } from './custom-field.fixtures';
import { describeProfileFields } from './profile-field-list';
import { STANDARD_FIELD_KEYS } from './standard-fields';

const networkFields = networkFieldsWith({ bio: 'ADMINS' });

describe('profileFields', () => {
  it('lists the standard fields from the table, then the active custom fields, with limits, visibility and filters', () => {
    const described = describeProfileFields(networkFields, NOW);
    expect(described.map((field) => field.key)).toEqual([...STANDARD_FIELD_KEYS, 'custom.club']);
    expect(described.find((field) => field.key === 'skills')).toMatchObject({
      kind: 'LIST',
      multi: true,
      maxLength: 50,
      maxItems: 30,
      filter: 'ALL_OF',
      filterArgument: 'skills',
      searchable: true,
    });
    expect(described.find((field) => field.key === 'entryYear')).toMatchObject({
      kind: 'YEAR',
      min: 1900,
      max: 2036,
      filter: 'RANGE',
      filterArgument: 'entryYear',
    });
    expect(described.find((field) => field.key === 'displayName')).toMatchObject({ decidedBy: 'ALWAYS', visibilityOptions: [], importable: true });
    expect(described.find((field) => field.key === 'phone')).toMatchObject({ decidedBy: 'MEMBER', visibility: 'ADMINS', searchable: false });
    expect(described.find((field) => field.key === 'photo')).toMatchObject({ importable: false });
    expect(described.find((field) => field.key === 'bio')).toMatchObject({ visibility: 'ADMINS', decidedBy: 'NETWORK' });
    expect(described.at(-1)).toMatchObject({
      standard: false,
      customFieldId: club.id,
      label: 'サークル',
      kind: 'SINGLE_CHOICE',
      filter: 'ANY_OF',
      options: club.options,
    });
  });
});
