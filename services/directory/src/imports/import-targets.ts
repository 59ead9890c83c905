import type { CustomFieldEntity } from '../fields/custom-field.entity';
import type { StandardFieldKey } from '../fields/standard-fields';

/**
 * What a roster column can be imported into: the match keys (e-mail, the office's own id), a
 * standard profile field, a custom field (`custom.<key>`) or tags by name.
 */
export type StandardTarget = Exclude<StandardFieldKey, 'photo' | 'links'>;
export type ImportTarget = 'email' | 'externalId' | 'tags' | StandardTarget | `custom.${string}`;

export type TargetKind = 'email' | 'key' | 'name' | 'text' | 'longText' | 'year' | 'list' | 'phone' | 'tags' | 'custom';

interface TargetDefinition {
  kind: TargetKind;
  /** Header spellings that suggest this target, English and Japanese (compared folded: width, case, spaces and brackets ignored). */
  headers: string[];
  /** The header an export writes in Japanese (English exports use the key). */
  japanese: string;
}

/** Standard targets in the order an export writes them. */
export const STANDARD_TARGETS: Readonly<Record<Exclude<ImportTarget, `custom.${string}`>, TargetDefinition>> = {
  externalId: {
    kind: 'key',
    japanese: '会員番号',
    headers: ['external id', 'id', 'member id', 'member number', 'student id', 'student number', 'employee id', 'employee number', 'alumni id', '会員番号', '会員id', '学籍番号', '社員番号', '卒業生番号', '管理番号', '番号'],
  },
  email: {
    kind: 'email',
    japanese: 'メールアドレス',
    headers: ['email', 'e-mail', 'mail', 'email address', 'e-mail address', 'mail address', 'メール', 'メールアドレス', 'eメール', 'eメールアドレス', 'mailアドレス'],
  },
  displayName: {
    kind: 'name',
    japanese: '氏名',
    headers: ['display name', 'name', 'full name', '氏名', '名前', 'お名前', '姓名', '氏名漢字', '氏名(漢字)'],
  },
  nameKana: {
    kind: 'name',
    japanese: 'ふりがな',
    headers: ['name kana', 'kana', 'reading', 'furigana', 'name reading', 'ふりがな', 'フリガナ', 'よみがな', 'ヨミガナ', '読み', 'よみ', 'カナ', 'かな', '氏名カナ', '氏名かな', '氏名(カナ)', '氏名(ふりがな)', 'シメイ'],
  },
  nameRomaji: {
    kind: 'name',
    japanese: 'ローマ字',
    headers: ['name romaji', 'romaji', 'romanized name', 'romanised name', 'english name', 'name (english)', 'ローマ字', '氏名ローマ字', '氏名(ローマ字)', '英語名', '英字氏名', '氏名(英字)'],
  },
  headline: { kind: 'text', japanese: 'ひとこと', headers: ['headline', 'tagline', 'ひとこと', '一言', 'キャッチフレーズ'] },
  entryYear: {
    kind: 'year',
    japanese: '卒業年',
    headers: ['entry year', 'year', 'graduation year', 'class year', 'class of', 'joining year', 'year joined', '卒業年', '卒業年度', '卒年', '入社年', '入社年度', '入学年', '入学年度'],
  },
  leaveYear: { kind: 'year', japanese: '退職年', headers: ['leave year', 'leaving year', 'year left', '退職年', '退職年度', '退社年', '退社年度'] },
  department: {
    kind: 'text',
    japanese: '学部',
    headers: ['department', 'faculty', 'division', 'major', 'dept', '学部', '学科', '学部学科', '学部・学科', '部署', '所属', '所属部署', '専攻'],
  },
  employer: {
    kind: 'text',
    japanese: '勤務先',
    headers: ['employer', 'company', 'current employer', 'organization', 'organisation', '勤務先', '現勤務先', '会社', '会社名', '勤務先名', '所属企業', '勤め先'],
  },
  jobTitle: { kind: 'text', japanese: '役職', headers: ['job title', 'title', 'position', 'role', '役職', '職種', '肩書', '肩書き', '職位'] },
  industry: { kind: 'text', japanese: '業種', headers: ['industry', 'sector', '業種', '業界'] },
  location: {
    kind: 'text',
    japanese: '居住地',
    headers: ['location', 'city', 'prefecture', 'region', 'residence', '居住地', '所在地', '都道府県', '地域', '在住'],
  },
  bio: { kind: 'longText', japanese: '自己紹介', headers: ['bio', 'about', 'profile', 'self introduction', '自己紹介', 'プロフィール', '紹介文'] },
  skills: { kind: 'list', japanese: 'スキル', headers: ['skills', 'skill', 'スキル', '特技', '得意分野'] },
  interests: { kind: 'list', japanese: '興味', headers: ['interests', 'interest', 'hobbies', '興味', '関心', '興味関心', '興味・関心', '趣味'] },
  contactEmail: { kind: 'email', japanese: '連絡用メール', headers: ['contact email', 'contact e-mail', '連絡用メール', '連絡先メール', '連絡先メールアドレス'] },
  phone: { kind: 'phone', japanese: '電話番号', headers: ['phone', 'tel', 'telephone', 'mobile', 'phone number', '電話', '電話番号', '携帯', '携帯電話', '携帯番号', 'tel番号'] },
  tags: { kind: 'tags', japanese: 'タグ', headers: ['tags', 'tag', 'labels', 'タグ', 'ラベル'] },
};

export const CUSTOM_PREFIX = 'custom.';

/** A header as compared: width and case folded, spaces, underscores, dots and brackets ignored. */
export function headerKey(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u30a1-\u30f6]/g, (character) => String.fromCharCode(character.charCodeAt(0) - 0x60))
    .replace(/[\s_\-.・()[\]【】「」:：]/g, '');
}

const STANDARD_BY_HEADER = new Map<string, ImportTarget>();
for (const [target, definition] of Object.entries(STANDARD_TARGETS)) {
  for (const header of [target, ...definition.headers]) {
    const key = headerKey(header);
    if (!STANDARD_BY_HEADER.has(key)) STANDARD_BY_HEADER.set(key, target as ImportTarget);
  }
}

export function isStandardTarget(target: string): target is Exclude<ImportTarget, `custom.${string}`> {
  return Object.prototype.hasOwnProperty.call(STANDARD_TARGETS, target);
}

/** The custom field a `custom.<key>` target names (active fields only), or undefined. */
export function customFieldOf(target: string, customFields: readonly CustomFieldEntity[]): CustomFieldEntity | undefined {
  if (!target.startsWith(CUSTOM_PREFIX)) return undefined;
  const key = target.slice(CUSTOM_PREFIX.length);
  return customFields.find((field) => field.key === key && !field.archivedAt);
}

/**
 * The target each column most likely holds, by its header: a custom field's key or label first (a
 * network's own "サークル" column), then the standard spellings. A target is suggested once, for the
 * first column that names it; null leaves the column out.
 */
export function suggestMapping(columns: readonly string[], customFields: readonly CustomFieldEntity[]): (ImportTarget | null)[] {
  const taken = new Set<string>();
  const active = customFields.filter((field) => !field.archivedAt);
  return columns.map((column) => {
    const key = headerKey(column);
    if (!key) return null;
    const custom = active.find((field) => headerKey(field.key) === key || headerKey(field.label) === key);
    const target: ImportTarget | undefined = custom ? `custom.${custom.key}` : STANDARD_BY_HEADER.get(key);
    if (!target || taken.has(target)) return null;
    taken.add(target);
    return target;
  });
}
