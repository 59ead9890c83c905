import 'reflect-metadata';
import { MemberStatus } from '../search/directory-filter';
import { filterFromJson, filterToJson } from './member-selection';

describe('stored filters', () => {
  it('store what a client would send back, and read back as the input type', () => {
    const since = new Date('2026-01-01T00:00:00.000Z');
    const json = filterToJson({
      statuses: [MemberStatus.APPROVED, MemberStatus.PENDING],
      signedInSince: since,
      departments: [],
      text: null,
      entryYear: { from: 2010, to: 2015 },
    });
    expect(json).toEqual({ statuses: ['APPROVED', 'PENDING'], signedInSince: '2026-01-01T00:00:00.000Z', entryYear: { from: 2010, to: 2015 } });
    expect(filterFromJson(json)).toEqual({ statuses: ['approved', 'pending'], signedInSince: since, entryYear: { from: 2010, to: 2015 } });
    expect(filterFromJson(null)).toEqual({});
  });
});
