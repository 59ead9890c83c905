import { STANDARD_FIELDS } from '../fields/standard-fields';
import type { FieldVisibilities } from '../search/search-document';
import type { NetworkFields } from '../search/search-index';
import { comparableFields } from './suggestion.service';

const networkFields = (overrides: Partial<FieldVisibilities> = {}): NetworkFields => ({
  networkId: '00000000-0000-4000-8000-000000000001',
  visibilities: { ...(Object.fromEntries(STANDARD_FIELDS.map((field) => [field.key, field.defaultVisibility])) as FieldVisibilities), ...overrides },
  customFields: [],
});

describe('people you may know: what may be compared', () => {
  it('compares year, department, employer, skills and interests while every member sees them', () => {
    expect([...comparableFields(networkFields())].sort()).toEqual(['department', 'employer', 'entryYear', 'interests', 'skills']);
  });

  it('never compares a field the network shows to admins only or hides', () => {
    expect([...comparableFields(networkFields({ employer: 'ADMINS', skills: 'HIDDEN' }))].sort()).toEqual(['department', 'entryYear', 'interests']);
  });
});
