import type { CustomFieldEntity } from '../fields/custom-field.entity';
import { CSV_FIELDS, type StandardFieldKey, type StandardFieldKind } from '../fields/standard-fields';

/**
 * What a roster column can be imported into: the match keys (e-mail, the office's own id), a
 * standard profile field, a custom field (`custom.<key>`) or tags by name.
 */
export type StandardTarget = Exclude<StandardFieldKey, 'photo'>;
export type ImportTarget = 'email' | 'externalId' | 'tags' | StandardTarget | `custom.${string}`;

export type TargetKind = 'email' | 'key' | 'name' | 'text' | 'longText' | 'year' | 'list' | 'links' | 'phone' | 'tags' | 'custom';

interface TargetDefinition {
  kind: TargetKind;
  /** Header spellings that suggest this target, English and Japanese (compared folded: width, case, spaces and brackets ignored). */
  headers: readonly string[];
  /** The header an export writes in Japanese (English exports use the key). */
  japanese: string;
}

const KIND_OF: Record<Exclude<StandardFieldKind, 'PHOTO'>, TargetKind> = {
  NAME: 'name',
  TEXT: 'text',
  LONG_TEXT: 'longText',
  YEAR: 'year',
  EMAIL: 'email',
  PHONE: 'phone',
  LIST: 'list',
  LINKS: 'links',
};

/** Standard targets in the order an export writes them: the match keys, every CSV field of the profile table, tags. */
export const STANDARD_TARGETS: Readonly<Record<Exclude<ImportTarget, `custom.${string}`>, TargetDefinition>> = {
  externalId: {
    kind: 'key',
    japanese: '会員番号',
    headers: [
      'external id',
      'id',
      'member id',
      'member number',
      'student id',
      'student number',
      'employee id',
      'employee number',
      'alumni id',
      '会員番号',
      '会員id',
      '学籍番号',
      '社員番号',
      '卒業生番号',
      '管理番号',
      '番号',
    ],
  },
  email: {
    kind: 'email',
    japanese: 'メールアドレス',
    headers: [
      'email',
      'e-mail',
      'mail',
      'email address',
      'e-mail address',
      'mail address',
      'メール',
      'メールアドレス',
      'eメール',
      'eメールアドレス',
      'mailアドレス',
    ],
  },
  ...(Object.fromEntries(CSV_FIELDS.map((field) => [field.key, { kind: KIND_OF[field.kind as keyof typeof KIND_OF], ...field.csv }])) as Record<
    StandardTarget,
    TargetDefinition
  >),
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
