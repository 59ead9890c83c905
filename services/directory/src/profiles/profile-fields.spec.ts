import type { CustomFieldEntity } from '../fields/custom-field.entity';
import { validateCustomField } from '../fields/field.service';
import { STANDARD_FIELDS } from '../fields/standard-fields';
import type { FieldVisibilities } from '../search/search-document';
import type { NetworkFields } from '../search/search-index';
import type { ProfileEntity } from './profile.entity';
import { presentProfile } from './profile.presenter';
import { applyChanges } from './profile.service';
import { validateProfileChanges } from './profile.validation';
import { profileRequestFromAnswers, standardFieldForKey } from './registration-answers';

const NOW = new Date('2026-06-01T00:00:00Z');
const definition = (overrides: Partial<CustomFieldEntity>): CustomFieldEntity => ({
  id: '00000000-0000-4000-8000-0000000000c1',
  networkId: '00000000-0000-4000-8000-000000000001',
  key: 'club',
  label: 'サークル',
  type: 'SINGLE_CHOICE',
  options: [
    { value: 'tennis', label: 'テニス部' },
    { value: 'band', label: '軽音楽部' },
  ],
  helpText: null,
  visibility: 'MEMBERS',
  position: 0,
  archivedAt: null,
  createdAt: NOW,
  updatedAt: NOW,
  ...overrides,
});

const club = definition({});
const topics = definition({
  id: '00000000-0000-4000-8000-0000000000c2',
  key: 'topics',
  label: 'Topics',
  type: 'MULTIPLE_CHOICE',
  options: [
    { value: 'a', label: 'Alpha' },
    { value: 'b', label: 'Beta' },
  ],
});
const since = definition({ id: '00000000-0000-4000-8000-0000000000c3', key: 'since', label: 'Since', type: 'DATE', options: [] });
const secret = definition({ id: '00000000-0000-4000-8000-0000000000c4', key: 'secret', label: 'Secret', type: 'TEXT', options: [], visibility: 'HIDDEN' });
const old = definition({ id: '00000000-0000-4000-8000-0000000000c5', key: 'old', label: 'Old', type: 'TEXT', options: [], archivedAt: NOW });

const networkFields = (visibilities: Partial<FieldVisibilities> = {}): NetworkFields => ({
  networkId: club.networkId,
  visibilities: { ...(Object.fromEntries(STANDARD_FIELDS.map((f) => [f.key, f.defaultVisibility])) as FieldVisibilities), ...visibilities },
  customFields: [club, topics, since, secret, old],
});

const fields = (request: Parameters<typeof validateProfileChanges>[0], current?: { entryYear: number | null; leaveYear: number | null }) =>
  validateProfileChanges(request, { current, customFields: [club, topics, since, secret, old], now: NOW });

describe('profile field validation', () => {
  it('normalises every standard field', () => {
    const { changes, errors } = fields({
      nameKana: ' やまだ たろう ',
      nameRomaji: 'Taro Yamada',
      entryYear: 2010,
      leaveYear: 2014,
      skills: ['TypeScript', ' typescript ', '', '機械学習'],
      links: [{ label: '', url: 'https://example.com/taro' }],
      phone: '０９０-１２３４-５６７８',
      contactEmail: 'taro@example.jp',
      bio: 'line one\r\nline two',
    });
    expect(errors).toEqual([]);
    expect(changes.fields).toMatchObject({
      nameKana: 'やまだ たろう',
      skills: ['TypeScript', '機械学習'],
      links: [{ label: 'example.com', url: 'https://example.com/taro' }],
      phone: '090-1234-5678',
      bio: 'line one\nline two',
    });
  });

  it('gives one error per field at fault and keeps only the good ones', () => {
    const { changes, errors } = fields({
      nameKana: 'Yamada',
      nameRomaji: '山田',
      entryYear: 1899,
      leaveYear: 2040,
      department: 'x'.repeat(101),
      skills: Array.from({ length: 31 }, (_, i) => `skill ${i}`),
      interests: ['y'.repeat(51)],
      links: [{ label: 'mine', url: 'javascript:alert(1)' }],
      contactEmail: 'not-an-email',
      phone: 'call me',
      employer: '絆テック',
      customFields: [
        { fieldId: club.id, value: 'golf' },
        { fieldId: since.id, value: '2024-02-30' },
        { fieldId: old.id, value: 'x' },
      ],
    });
    expect(errors.map((e) => e.field)).toEqual([
      'nameKana',
      'nameRomaji',
      'entryYear',
      'leaveYear',
      'department',
      'skills',
      'interests',
      'links',
      'contactEmail',
      'phone',
      'custom.club',
      'custom.since',
      'custom.old',
    ]);
    expect(errors.every((e) => e.code === 'VALIDATION')).toBe(true);
    expect(changes.fields).toEqual({ employer: '絆テック' });
  });

  it('checks a leaving year against the stored entry year', () => {
    expect(fields({ leaveYear: 2009 }, { entryYear: 2010, leaveYear: null }).errors.map((e) => e.field)).toEqual(['leaveYear']);
    expect(fields({ leaveYear: 2010 }, { entryYear: 2010, leaveYear: null }).errors).toEqual([]);
    expect(fields({ entryYear: 2005, leaveYear: 2009 }, { entryYear: 2010, leaveYear: null }).errors).toEqual([]);
  });

  it('checks custom values by type and clears them with blanks', () => {
    const { changes, errors } = fields({
      customFields: [
        { fieldId: topics.id, values: ['b', 'a', 'b'] },
        { fieldId: since.id, value: '2024-02-29' },
        { fieldId: club.id, value: '' },
      ],
    });
    expect(errors).toEqual([]);
    expect(changes.custom).toEqual({ [topics.id]: ['a', 'b'], [since.id]: '2024-02-29', [club.id]: null });
    expect(fields({ customFields: [{ fieldId: '00000000-0000-4000-8000-0000000000ff', value: 'x' }] }).errors[0].code).toBe('NOT_FOUND');
  });
});

describe('presentProfile', () => {
  const entity = {
    membershipId: '00000000-0000-4000-8000-00000000000a',
    networkId: club.networkId,
    displayName: '山田 太郎',
    nameKana: 'やまだ たろう',
    employer: '絆テック',
    department: '工学部',
    phone: '090-1234-5678',
    contactEmail: 'taro@example.jp',
    links: [],
    skills: ['Go'],
    interests: [],
    photoKey: 'photos/00000000-0000-4000-8000-000000000001/00000000-0000-4000-8000-00000000000a/0123456789abcdef0123456789abcdef',
    email: 'taro@demo.example',
    contactVisibility: { contactEmail: 'MEMBERS' },
    custom: { [club.id]: 'tennis', [secret.id]: 'only me', [old.id]: 'gone' },
    registrationAnswers: { faculty: '工学部' },
    updatedAt: NOW,
  } as unknown as ProfileEntity;

  it('nulls what each audience may not see', () => {
    const network = networkFields({ employer: 'ADMINS', department: 'HIDDEN' });
    const member = presentProfile(entity, 'MEMBER', network);
    expect(member).toMatchObject({
      displayName: '山田 太郎',
      nameKana: 'やまだ たろう',
      employer: null,
      department: null,
      phone: null,
      contactEmail: 'taro@example.jp',
      email: null,
      registrationAnswers: null,
      contactVisibility: null,
      photoUrl: '/media/photos/00000000-0000-4000-8000-000000000001/00000000-0000-4000-8000-00000000000a/0123456789abcdef0123456789abcdef-512.webp',
    });
    expect(member.customFields.map((f) => [f.key, f.displayText])).toEqual([['club', 'テニス部']]);

    const admin = presentProfile(entity, 'ADMIN', network);
    expect(admin).toMatchObject({
      employer: '絆テック',
      department: null,
      phone: '090-1234-5678',
      email: 'taro@demo.example',
      registrationAnswers: [{ key: 'faculty', values: ['工学部'] }],
    });
    expect(admin.customFields.map((f) => f.key)).toEqual(['club']);

    const self = presentProfile(entity, 'SELF', network);
    expect(self).toMatchObject({
      employer: '絆テック',
      department: '工学部',
      contactVisibility: { contactEmail: 'MEMBERS', phone: 'ADMINS', links: 'ADMINS' },
    });
    expect(self.customFields.map((f) => f.key)).toEqual(['club', 'secret']);
  });
});

describe('changes', () => {
  it('names each changed field and ignores equal values', () => {
    const profile = { employer: 'A', skills: ['x'], custom: { [club.id]: 'tennis' }, contactVisibility: {} } as unknown as ProfileEntity;
    const { changes } = fields({
      employer: 'B',
      skills: ['x'],
      contactVisibility: { phone: 'MEMBERS', links: 'ADMINS' },
      customFields: [{ fieldId: club.id, value: 'band' }],
    });
    expect(applyChanges(profile, changes, networkFields())).toEqual(['employer', 'contactVisibility.phone', 'custom.club']);
    expect(applyChanges(profile, changes, networkFields())).toEqual([]);
  });
});

describe('registration answers', () => {
  it('maps standard field keys, aliases and custom keys, coercing what fits and leaving out the rest', () => {
    expect(standardFieldForKey('entry_year')).toBe('entryYear');
    expect(standardFieldForKey('job_title')).toBe('jobTitle');
    expect(standardFieldForKey('graduation_year')).toBe('entryYear');
    expect(standardFieldForKey('club')).toBeUndefined();
    const request = profileRequestFromAnswers(
      { graduation_year: '２０１２年', faculty: '工学部', interests: ['OB訪問', '寄付'], club: 'テニス部', topics: ['Beta', 'Gamma'], leave_year: 'soon' },
      [club, topics],
    );
    expect(request).toEqual({
      entryYear: 2012,
      department: '工学部',
      interests: ['OB訪問', '寄付'],
      customFields: [
        { fieldId: club.id, values: ['tennis'] },
        { fieldId: topics.id, values: ['b'] },
      ],
    });
  });
});

describe('custom field definitions', () => {
  it('checks label, key, type and options, one error per field', () => {
    const { errors } = validateCustomField({ label: '', key: 'Employer', type: 'SINGLE_CHOICE', options: [{ label: 'Only' }], visibility: 'MEMBERS' });
    expect(errors.map((e) => e.field)).toEqual(['label', 'key', 'options']);
    expect(validateCustomField({ label: 'Job', key: 'job_title', type: 'TEXT', visibility: 'MEMBERS' }).errors.map((e) => e.field)).toEqual(['key']);
    expect(
      validateCustomField({ label: 'Bio 2', key: 'bio2', type: 'TEXT', options: [{ label: 'x' }], visibility: 'MEMBERS' }).errors.map((e) => e.field),
    ).toEqual(['options']);
  });

  it('keeps the values of existing options when they are renamed', () => {
    const { definition } = validateCustomField({ options: [{ value: 'tennis', label: 'Tennis club' }, { label: 'Chess' }] }, club);
    expect(definition?.options[0]).toEqual({ value: 'tennis', label: 'Tennis club' });
    expect(definition?.options[1].value).not.toBe('band');
  });
});
