import iconv from 'iconv-lite';
import type { CustomFieldEntity } from '../fields/custom-field.entity';
import { csvCell, csvLine } from '@kizuna/data';
import { suggestMapping } from './import-targets';
import { cleanRosterFileName, isRosterText, readRoster, type RosterFile } from './roster-file';
import { planRow, type ImportedProfile } from './roster-plan';
import { coerceRows, validateMapping, type ColumnMapping } from './roster-rows';

const club = {
  id: '00000000-0000-4000-8000-0000000000c1',
  key: 'club',
  label: 'サークル',
  type: 'SINGLE_CHOICE',
  options: [
    { value: 'tennis', label: 'テニス部' },
    { value: 'choir', label: '合唱団' },
  ],
  visibility: 'MEMBERS',
  archivedAt: null,
} as unknown as CustomFieldEntity;

const read = (text: string | Buffer): RosterFile => {
  const result = readRoster(Buffer.isBuffer(text) ? text : Buffer.from(text, 'utf8'));
  if (!result.ok) throw new Error(result.error.message);
  return result.file;
};

describe('roster files', () => {
  it('reads UTF-8 with and without a byte-order mark, and Shift_JIS as Excel writes it', () => {
    const text = '氏名,メール\r\n山田 太郎,taro@example.jp\r\n㈱テスト①,x@example.jp\r\n';
    for (const bytes of [Buffer.from(text), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), iconv.encode(text, 'cp932')]) {
      const file = read(bytes);
      expect(file.columns).toEqual(['氏名', 'メール']);
      expect(file.rows.map((row) => row.cells)).toEqual([
        ['山田 太郎', 'taro@example.jp'],
        ['㈱テスト①', 'x@example.jp'],
      ]);
    }
    expect(readRoster(iconv.encode(text, 'cp932')).ok && (readRoster(iconv.encode(text, 'cp932')) as { file: RosterFile }).file.encoding).toBe('Shift_JIS');
  });

  it('numbers rows as a spreadsheet does, skipping blank ones, and refuses files without rows', () => {
    const file = read('name,email\n\nA,a@example.jp\n,\n"B\nline two",b@example.jp\n');
    expect(file.rows.map((row) => [row.row, row.cells[0]])).toEqual([
      [3, 'A'],
      [5, 'B\nline two'],
    ]);
    expect(readRoster(Buffer.from('name,email\n')).ok).toBe(false);
    expect(readRoster(Buffer.alloc(0)).ok).toBe(false);
  });
});

describe('column mapping', () => {
  it("suggests targets from English and Japanese headers and the network's custom fields, each once", () => {
    expect(suggestMapping(['氏名', 'ふりがな', '卒業年', '学部', '勤務先', 'メールアドレス', 'サークル', 'Notes', 'E-Mail', '会員番号'], [club])).toEqual([
      'displayName',
      'nameKana',
      'entryYear',
      'department',
      'employer',
      'email',
      'custom.club',
      null,
      null,
      'externalId',
    ]);
    expect(suggestMapping(['Full Name', 'Graduation Year', 'Company', 'Job Title', 'Tags'], [])).toEqual([
      'displayName',
      'entryYear',
      'employer',
      'jobTitle',
      'tags',
    ]);
  });

  it('refuses unknown targets, a field twice, and a mapping without the key rows are matched by', () => {
    const errors = validateMapping(
      [
        { column: 0, target: 'displayName' },
        { column: 1, target: 'displayName' },
        { column: 2, target: 'custom.nope' },
      ],
      3,
      [club],
      'EMAIL',
    );
    expect(errors.map((error) => error.field)).toEqual(['mapping.1.target', 'mapping.2.target', 'matchBy']);
  });
});

describe('roster rows', () => {
  const mapping: ColumnMapping[] = [
    { column: 0, target: 'displayName' },
    { column: 1, target: 'email' },
    { column: 2, target: 'entryYear' },
    { column: 3, target: 'custom.club' },
    { column: 4, target: 'skills' },
  ];

  it('coerces cells and reports each bad cell, leaving the row out', () => {
    const file = read(
      [
        '氏名,メール,卒業年,サークル,スキル',
        '山田 太郎,Taro@Example.JP,２０１０年,テニス部,"TypeScript、Go"',
        '佐藤 花子,not-an-email,20XX,野球部,',
        '鈴木 一郎,taro@example.jp,2011,,',
        '田中,,2012,,',
      ].join('\n'),
    );
    const { rows, errors, failedRows } = coerceRows(file, mapping, [club], 'EMAIL', new Date('2026-01-01'));
    expect(rows).toEqual([
      {
        row: 2,
        email: 'taro@example.jp',
        standard: { displayName: '山田 太郎', entryYear: 2010, skills: ['TypeScript', 'Go'] },
        custom: { [club.id]: 'tennis' },
        tags: [],
      },
    ]);
    expect(failedRows).toBe(3);
    // Codes and params, which clients word in the admin's language; the message is the English wording.
    expect(errors.map((error) => [error.row, error.column, error.field, error.code, error.params])).toEqual([
      [3, 'メール', 'email', 'INVALID_EMAIL', { value: 'not-an-email' }],
      [3, '卒業年', 'entryYear', 'YEAR_OUT_OF_RANGE', { min: 1900, max: 2036 }],
      [3, 'サークル', 'custom.club', 'NOT_A_CHOICE', { value: '野球部', field: club.label }],
      [4, null, 'email', 'DUPLICATE_KEY', { key: 'email', firstRow: 2 }],
      [5, null, 'email', 'MISSING_KEY', { key: 'email' }],
    ]);
    expect(errors[3].message).toBe('Row 2 has the same e-mail address.');
  });

  it('plans a create, an update of what changed only, and an unchanged row', () => {
    const existingProfile: ImportedProfile = {
      membershipId: 'm1',
      status: 'approved',
      email: 'taro@example.jp',
      externalId: null,
      displayName: '山田 太郎',
      nameKana: null,
      nameRomaji: null,
      headline: null,
      entryYear: 2009,
      leaveYear: null,
      department: null,
      employer: null,
      jobTitle: null,
      industry: null,
      location: null,
      bio: null,
      skills: ['TypeScript', 'Go'],
      interests: [],
      links: [],
      contactEmail: null,
      phone: null,
      custom: { [club.id]: 'tennis' },
      registrationAnswers: {},
      tags: [],
    };
    const existing = { byEmail: new Map([['taro@example.jp', existingProfile]]), byExternalId: new Map() };
    const values = {
      row: 2,
      email: 'taro@example.jp',
      standard: { displayName: '山田 太郎', entryYear: 2010, skills: ['TypeScript', 'Go'] },
      custom: { [club.id]: 'tennis' },
      tags: ['2010年卒'],
    };
    const update = planRow(values, 'EMAIL', existing, [club], () => 'new');
    expect(update).toMatchObject({ action: 'update', changedFields: ['entryYear', 'tags'], addedTags: ['2010年卒'] });

    const same = planRow({ ...values, standard: { entryYear: 2009 }, tags: [] }, 'EMAIL', existing, [club], () => 'new');
    expect(same).toMatchObject({ action: 'unchanged', changedFields: [] });

    const created = planRow(
      { row: 3, email: 'new@example.jp', standard: { displayName: '新人' }, custom: {}, tags: [] },
      'EMAIL',
      existing,
      [club],
      () => 'new',
    );
    expect(created).toMatchObject({ action: 'create', profile: { membershipId: 'new', status: 'unregistered', email: 'new@example.jp', displayName: '新人' } });

    const nameless = planRow({ row: 4, email: 'who@example.jp', standard: {}, custom: {}, tags: [] }, 'EMAIL', existing, [club], () => 'new');
    expect(nameless).toMatchObject({ row: 4, field: 'displayName', code: 'NAME_REQUIRED' });
  });
});

describe('CSV cells', () => {
  it('quotes what needs quoting and keeps formulas from running', () => {
    expect(csvLine(['a', 'b,c', 'say "hi"', 'two\nlines', null, 2010, true])).toBe('a,"b,c","say ""hi""","two\nlines",,2010,true\r\n');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+81 90-1234-5678')).toBe('+81 90-1234-5678');
    expect(csvCell('-cmd')).toBe("'-cmd");
  });
});

describe('what an uploaded roster may be', () => {
  it('is text: UTF-8 (with or without BOM), Shift_JIS or UTF-16, never bytes with NUL or other control characters', () => {
    expect(isRosterText(Buffer.from('\uFEFF氏名,メール\r\n山田\t太郎,taro@example.jp\n'))).toBe(true);
    expect(isRosterText(iconv.encode('氏名,メール\r\n山田 太郎,taro@example.jp', 'cp932'))).toBe(true);
    expect(isRosterText(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('氏名,メール', 'utf-16le')]))).toBe(true);
    expect(isRosterText(Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'))).toBe(false);
    expect(isRosterText(Buffer.from('504b030414000000', 'hex'))).toBe(false);
    expect(isRosterText(Buffer.from('name\u0007,mail'))).toBe(false);
    expect(isRosterText(Buffer.from([0x61, 0x2c, 0xa0, 0xfd]))).toBe(false);
    expect(readRoster(Buffer.from('name,mail\r\na,b\u0000')).ok).toBe(false);
  });

  it('keeps a clean base name of its file name', () => {
    expect(cleanRosterFileName('../../../../etc/passwd<script>')).toBe('passwdscript');
    expect(cleanRosterFileName('C:\\Users\\事務局\\名簿 2026.csv')).toBe('名簿 2026.csv');
    expect(cleanRosterFileName('ro\u0000ster\u202E\u200B.csv')).toBe('roster.csv');
    expect(cleanRosterFileName('x'.repeat(300))).toHaveLength(255);
    expect(cleanRosterFileName('../..')).toBe('');
  });
});
