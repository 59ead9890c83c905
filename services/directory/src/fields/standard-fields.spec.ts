import { PROFILE_SNAPSHOT_FIELDS } from '@kizuna/events';
import { exportColumns, exportHeader, exportLine } from '../exports/members-csv';
import { suggestMapping } from '../imports/import-targets';
import { readRoster } from '../imports/roster-file';
import { planRow } from '../imports/roster-plan';
import { coerceRows } from '../imports/roster-rows';
import type { ProfileEntity } from '../profiles/profile.entity';
import { profileSnapshot, profileUpdateSnapshot } from '../profiles/profile-snapshot';
import { checkStandardValue, validateProfileChanges } from '../profiles/profile.validation';
import { club, networkFieldsWith, NOW } from './custom-field.fixtures';
import { CSV_FIELDS, EDITABLE_FIELDS, SNAPSHOT_FIELDS, STANDARD_FIELD_KEYS, STANDARD_FIELDS } from './standard-fields';

const networkFields = networkFieldsWith();

/** A profile with every standard field filled in, and its contact details shown to members. */
const full = {
  membershipId: '00000000-0000-4000-8000-0000000000a1',
  networkId: networkFields.networkId,
  status: 'approved',
  email: 'taro@example.jp',
  externalId: 'A-001',
  displayName: '山田 太郎',
  nameKana: 'やまだ たろう',
  nameRomaji: 'Taro Yamada',
  headline: 'Engineer, sometimes a runner',
  photoKey: 'photos/key',
  entryYear: 2010,
  leaveYear: 2014,
  department: '工学部 情報工学科',
  employer: '絆テック株式会社',
  jobTitle: 'CTO',
  industry: 'IT',
  location: '大阪府',
  bio: 'First line\nSecond line, with a comma',
  skills: ['TypeScript', '機械学習'],
  interests: ['登山', 'Jazz'],
  links: [
    { label: 'GitHub', url: 'https://github.com/taro' },
    { label: 'My blog', url: 'https://example.jp/blog' },
  ],
  contactEmail: 'taro@example.com',
  phone: '+81 90-1234-5678',
  contactVisibility: { contactEmail: 'MEMBERS', phone: 'MEMBERS', links: 'MEMBERS' },
  custom: { [club.id]: 'tennis' },
  registrationAnswers: {},
  lineLinked: false,
  lastSignInAt: null,
  signInCount: 0,
  createdAt: NOW,
  updatedAt: NOW,
} as unknown as ProfileEntity;

describe('the standard field table', () => {
  it('describes every standard field once', () => {
    expect(STANDARD_FIELDS.map((field) => field.key)).toEqual([...STANDARD_FIELD_KEYS]);
  });

  it('is what the ProfileUpdated snapshot carries: the event contract lists the same fields, and a full profile gives each of them', () => {
    expect(SNAPSHOT_FIELDS.map((field) => field.key)).toEqual([...PROFILE_SNAPSHOT_FIELDS]);
    const snapshot = profileSnapshot(full, networkFields);
    expect(Object.keys(snapshot.fields)).toEqual([...PROFILE_SNAPSHOT_FIELDS, 'custom.club']);
    expect(snapshot.fields.skills).toEqual(full.skills);
  });

  it("names the snapshot's fields the network sees: a job title set to admins only, or a phone its member keeps to admins, is not among them", () => {
    expect(profileUpdateSnapshot(full, networkFields).networkVisibleFields).toContain('jobTitle');
    const { profile, networkVisibleFields } = profileUpdateSnapshot(
      { ...full, contactVisibility: { ...full.contactVisibility, phone: 'ADMINS' } },
      networkFieldsWith({ jobTitle: 'ADMINS' }),
    );
    expect(profile.fields.jobTitle).toBe('CTO');
    expect(networkVisibleFields).not.toContain('jobTitle');
    expect(networkVisibleFields).not.toContain('phone');
    expect(networkVisibleFields).toEqual(expect.arrayContaining(['employer', 'contactEmail']));
  });

  it("gives every limit it states to the checks, for a member's edit and a roster cell alike", () => {
    for (const field of EDITABLE_FIELDS.filter((candidate) => ['NAME', 'TEXT', 'LONG_TEXT'].includes(candidate.kind))) {
      const longest = field.key === 'nameKana' ? 'あ'.repeat(field.maxLength!) : 'a'.repeat(field.maxLength!);
      expect(checkStandardValue(field, longest, NOW)).toEqual({ value: longest });
      expect(checkStandardValue(field, `${longest}a`, NOW)).toHaveProperty('error');
      const { errors } = validateProfileChanges({ [field.key]: `${longest}a` }, { now: NOW });
      expect(errors.map((error) => error.field)).toEqual([field.key]);
    }
    for (const field of EDITABLE_FIELDS.filter((candidate) => candidate.kind === 'LIST')) {
      const items = Array.from({ length: field.maxItems! + 1 }, (_, index) => `item ${index}`);
      expect(checkStandardValue(field, items.slice(1), NOW)).toEqual({ value: items.slice(1) });
      expect(checkStandardValue(field, items, NOW)).toHaveProperty('error');
    }
    const department = STANDARD_FIELDS.find((field) => field.key === 'department')!;
    const file = readRoster(Buffer.from(`email,department\r\na@example.jp,${'学'.repeat(department.maxLength! + 1)}\r\n`));
    if (!file.ok) throw new Error(file.error.message);
    const { errors } = coerceRows(
      file.file,
      [
        { column: 0, target: 'email' },
        { column: 1, target: 'department' },
      ],
      [],
      'EMAIL',
      NOW,
    );
    expect(errors.map((error) => error.field)).toEqual(['department']);
  });

  it('exports every CSV field and imports the file back into the same values, with English and with Japanese headers', () => {
    for (const language of ['en', 'ja'] as const) {
      const columns = exportColumns(networkFields, language);
      const text = exportHeader(columns) + exportLine(columns, { entity: full, tags: ['2010年卒'] }, networkFields);
      const read = readRoster(Buffer.from(text));
      if (!read.ok) throw new Error(read.error.message);
      const mapping = suggestMapping(read.file.columns, [club]);
      const targets = mapping.filter((target): target is NonNullable<typeof target> => target !== null);
      expect(targets).toEqual(expect.arrayContaining([...CSV_FIELDS.map((field) => field.key), 'custom.club', 'email', 'externalId', 'tags']));

      const columnMapping = mapping.flatMap((target, column) => (target ? [{ column, target }] : []));
      const { rows, errors } = coerceRows(read.file, columnMapping, [club], 'EMAIL', NOW);
      expect(errors).toEqual([]);
      const planned = planRow(rows[0], 'EMAIL', { byEmail: new Map(), byExternalId: new Map() }, [club], () => 'new');
      if (!('profile' in planned)) throw new Error(planned.message);
      for (const field of CSV_FIELDS)
        expect([field.key, planned.profile[field.key as keyof typeof planned.profile]]).toEqual([field.key, full[field.key as keyof ProfileEntity]]);
      expect(planned.profile.custom).toEqual(full.custom);

      // The same file again over the imported profile changes nothing.
      const again = planRow(rows[0], 'EMAIL', { byEmail: new Map([['taro@example.jp', planned.profile]]), byExternalId: new Map() }, [club], () => 'new');
      expect(again).toMatchObject({ action: 'unchanged' });
    }
  });
});
