import type { Visibility } from './visibility';

/**
 * What a standard field holds. Checks, CSV cells, the event snapshot and the web's inputs follow
 * from it: NAME and TEXT are one line, LONG_TEXT keeps line breaks, LIST and LINKS are multi-valued.
 */
export const STANDARD_FIELD_KINDS = ['NAME', 'TEXT', 'LONG_TEXT', 'YEAR', 'EMAIL', 'PHONE', 'LIST', 'LINKS', 'PHOTO'] as const;
export type StandardFieldKind = (typeof STANDARD_FIELD_KINDS)[number];

/** Years may lie a little ahead (an expected graduation). */
export const EARLIEST_YEAR = 1900;
export const YEARS_AHEAD = 10;
export const latestYear = (now: Date = new Date()) => now.getUTCFullYear() + YEARS_AHEAD;

/**
 * One standard profile field, described once. `visibility`:
 * - `always`: names are what a directory is; every member sees them.
 * - `network`: the network's admins choose (field_settings); `defaultVisibility` until they do.
 * - `member`: contact details, each member chooses (profiles.contact_visibility); ADMINS until they do.
 * `search` marks the fields free-text search reads; `filter` how a field is filtered.
 */
export interface StandardField {
  key: StandardFieldKey;
  column: string;
  kind: StandardFieldKind;
  /** Holds a list of values (skills, links). */
  multi: boolean;
  /** Characters of one value (of one item for lists, of a link's address for links). */
  maxLength: number | null;
  /** Items of a multi-valued field. */
  maxItems: number | null;
  /** How the directory's own (English) error messages name the field. */
  noun: string;
  visibility: 'always' | 'network' | 'member';
  defaultVisibility: Visibility;
  search: boolean;
  filter?: 'range' | 'anyOf' | 'allOf';
  /**
   * The field as a CSV column: the header a Japanese export writes (English exports write the key)
   * and the header spellings a roster import recognises, English and Japanese. Null: not a column.
   */
  csv: { japanese: string; headers: readonly string[] } | null;
  /** Carried by the ProfileUpdated snapshot (values a message can quote; see @kizuna/events). */
  snapshot: boolean;
}

export const STANDARD_FIELD_KEYS = [
  'displayName',
  'nameKana',
  'nameRomaji',
  'headline',
  'photo',
  'entryYear',
  'leaveYear',
  'department',
  'employer',
  'jobTitle',
  'industry',
  'location',
  'bio',
  'skills',
  'interests',
  'links',
  'contactEmail',
  'phone',
] as const;
export type StandardFieldKey = (typeof STANDARD_FIELD_KEYS)[number];

type Options = Partial<Omit<StandardField, 'key' | 'column' | 'kind' | 'noun' | 'csv'>>;

const MULTI_KINDS: readonly StandardFieldKind[] = ['LIST', 'LINKS'];

const field = (
  key: StandardFieldKey,
  column: string,
  kind: StandardFieldKind,
  noun: string,
  csv: StandardField['csv'],
  options: Options = {},
): StandardField => ({
  key,
  column,
  kind,
  multi: MULTI_KINDS.includes(kind),
  maxLength: null,
  maxItems: null,
  noun,
  visibility: 'network',
  defaultVisibility: 'MEMBERS',
  search: false,
  snapshot: kind !== 'PHOTO' && kind !== 'LINKS',
  csv,
  ...options,
});

const contact = { visibility: 'member', defaultVisibility: 'ADMINS' } as const;

export const STANDARD_FIELDS: readonly StandardField[] = [
  field(
    'displayName',
    'display_name',
    'NAME',
    'the name',
    { japanese: '氏名', headers: ['display name', 'name', 'full name', '氏名', '名前', 'お名前', '姓名', '氏名漢字', '氏名(漢字)'] },
    {
      visibility: 'always',
      search: true,
      maxLength: 100,
      // The name heads the snapshot on its own (ProfileUpdated.profile.displayName).
      snapshot: false,
    },
  ),
  field(
    'nameKana',
    'name_kana',
    'NAME',
    'the reading',
    {
      japanese: 'ふりがな',
      headers: [
        'name kana',
        'kana',
        'reading',
        'furigana',
        'name reading',
        'ふりがな',
        'フリガナ',
        'よみがな',
        'ヨミガナ',
        '読み',
        'よみ',
        'カナ',
        'かな',
        '氏名カナ',
        '氏名かな',
        '氏名(カナ)',
        '氏名(ふりがな)',
        'シメイ',
      ],
    },
    { visibility: 'always', search: true, maxLength: 100 },
  ),
  field(
    'nameRomaji',
    'name_romaji',
    'NAME',
    'the romanised name',
    {
      japanese: 'ローマ字',
      headers: [
        'name romaji',
        'romaji',
        'romanized name',
        'romanised name',
        'english name',
        'name (english)',
        'ローマ字',
        '氏名ローマ字',
        '氏名(ローマ字)',
        '英語名',
        '英字氏名',
        '氏名(英字)',
      ],
    },
    { visibility: 'always', search: true, maxLength: 100 },
  ),
  field(
    'headline',
    'headline',
    'TEXT',
    'the headline',
    { japanese: 'ひとこと', headers: ['headline', 'tagline', 'ひとこと', '一言', 'キャッチフレーズ'] },
    { search: true, maxLength: 200 },
  ),
  field('photo', 'photo_key', 'PHOTO', 'the photo', null),
  field(
    'entryYear',
    'entry_year',
    'YEAR',
    'the entry year',
    {
      japanese: '卒業年',
      headers: [
        'entry year',
        'year',
        'graduation year',
        'class year',
        'class of',
        'joining year',
        'year joined',
        '卒業年',
        '卒業年度',
        '卒年',
        '入社年',
        '入社年度',
        '入学年',
        '入学年度',
      ],
    },
    { filter: 'range' },
  ),
  field(
    'leaveYear',
    'leave_year',
    'YEAR',
    'the leaving year',
    { japanese: '退職年', headers: ['leave year', 'leaving year', 'year left', '退職年', '退職年度', '退社年', '退社年度'] },
    { filter: 'range' },
  ),
  field(
    'department',
    'department',
    'TEXT',
    'the department',
    {
      japanese: '学部',
      headers: ['department', 'faculty', 'division', 'major', 'dept', '学部', '学科', '学部学科', '学部・学科', '部署', '所属', '所属部署', '専攻'],
    },
    { search: true, filter: 'anyOf', maxLength: 100 },
  ),
  field(
    'employer',
    'employer',
    'TEXT',
    'the employer',
    {
      japanese: '勤務先',
      headers: [
        'employer',
        'company',
        'current employer',
        'organization',
        'organisation',
        '勤務先',
        '現勤務先',
        '会社',
        '会社名',
        '勤務先名',
        '所属企業',
        '勤め先',
      ],
    },
    { search: true, filter: 'anyOf', maxLength: 100 },
  ),
  field(
    'jobTitle',
    'job_title',
    'TEXT',
    'the job title',
    { japanese: '役職', headers: ['job title', 'title', 'position', 'role', '役職', '職種', '肩書', '肩書き', '職位'] },
    { search: true, filter: 'anyOf', maxLength: 100 },
  ),
  field(
    'industry',
    'industry',
    'TEXT',
    'the industry',
    { japanese: '業種', headers: ['industry', 'sector', '業種', '業界'] },
    { search: true, filter: 'anyOf', maxLength: 100 },
  ),
  field(
    'location',
    'location',
    'TEXT',
    'the location',
    {
      japanese: '居住地',
      headers: ['location', 'city', 'prefecture', 'region', 'residence', '居住地', '所在地', '都道府県', '地域', '在住'],
    },
    { search: true, filter: 'anyOf', maxLength: 100 },
  ),
  field(
    'bio',
    'bio',
    'LONG_TEXT',
    'the bio',
    { japanese: '自己紹介', headers: ['bio', 'about', 'profile', 'self introduction', '自己紹介', 'プロフィール', '紹介文'] },
    { search: true, maxLength: 2000 },
  ),
  field(
    'skills',
    'skills',
    'LIST',
    'skills',
    { japanese: 'スキル', headers: ['skills', 'skill', 'スキル', '特技', '得意分野'] },
    { search: true, filter: 'allOf', maxLength: 50, maxItems: 30 },
  ),
  field(
    'interests',
    'interests',
    'LIST',
    'interests',
    { japanese: '興味', headers: ['interests', 'interest', 'hobbies', '興味', '関心', '興味関心', '興味・関心', '趣味'] },
    {
      search: true,
      filter: 'allOf',
      maxLength: 50,
      maxItems: 30,
    },
  ),
  field(
    'links',
    'links',
    'LINKS',
    'links',
    { japanese: 'リンク', headers: ['links', 'link', 'urls', 'website', 'リンク', 'ウェブサイト', 'url'] },
    { ...contact, maxLength: 500, maxItems: 10 },
  ),
  field(
    'contactEmail',
    'contact_email',
    'EMAIL',
    'the e-mail address',
    { japanese: '連絡用メール', headers: ['contact email', 'contact e-mail', '連絡用メール', '連絡先メール', '連絡先メールアドレス'] },
    { ...contact, maxLength: 254 },
  ),
  field(
    'phone',
    'phone',
    'PHONE',
    'the phone number',
    {
      japanese: '電話番号',
      headers: ['phone', 'tel', 'telephone', 'mobile', 'phone number', '電話', '電話番号', '携帯', '携帯電話', '携帯番号', 'tel番号'],
    },
    { ...contact, maxLength: 30 },
  ),
];

export const standardField = (key: StandardFieldKey): StandardField => STANDARD_FIELDS.find((candidate) => candidate.key === key)!;

export const isStandardFieldKey = (key: string): key is StandardFieldKey => (STANDARD_FIELD_KEYS as readonly string[]).includes(key);

/** The fields a member edits (all but the photo, which has its own upload). */
export const EDITABLE_FIELDS = STANDARD_FIELDS.filter((candidate) => candidate.kind !== 'PHOTO');

/** The fields ProfileUpdated's snapshot carries, in table order. */
export const SNAPSHOT_FIELDS = STANDARD_FIELDS.filter((candidate) => candidate.snapshot);

/** The fields that are CSV columns (import and export), in the order an export writes them. */
export const CSV_FIELDS = STANDARD_FIELDS.filter(
  (candidate): candidate is StandardField & { csv: NonNullable<StandardField['csv']> } => candidate.csv !== null,
);
