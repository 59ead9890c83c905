import { csvLine, UTF8_BOM } from '@kizuna/data';
import type { CustomFieldEntity } from '../fields/custom-field.entity';
import { CSV_FIELDS } from '../fields/standard-fields';
import { isVisibleTo } from '../fields/visibility';
import { STANDARD_TARGETS, type StandardTarget } from '../imports/import-targets';
import type { ProfileEntity } from '../profiles/profile.entity';
import { presentProfile } from '../profiles/profile.presenter';
import type { ProfileType } from '../profiles/profile.type';
import type { NetworkFields } from '../search/search-index';

export type HeaderLanguage = 'en' | 'ja';

/** A profile row as the export reads it: the entity and the names of its tags. */
export interface ExportedProfile {
  entity: ProfileEntity;
  tags: string[];
}

interface ExportColumn {
  header: string;
  value: (profile: ProfileType, row: ExportedProfile) => string | number | boolean | null | undefined;
}

const list = (values: readonly string[] | null | undefined) => (values && values.length > 0 ? values.join(', ') : null);

const JAPANESE_HEADERS: Record<string, string> = {
  status: '状態',
  lastSignInAt: '最終ログイン',
  signInCount: 'ログイン回数',
  lineLinked: 'LINE連携',
  joinedAt: '登録日時',
};

/**
 * The columns of a member export for admins: the admin's bookkeeping (status, member number,
 * e-mail), every standard field the network does not hide, every active custom field it does not
 * hide, tags and sign-in data. Member-chosen contact details are a column each; a member who hid
 * one gets an empty cell (the presenter decides, as for every other read).
 */
export function exportColumns(fields: NetworkFields, language: HeaderLanguage): ExportColumn[] {
  const header = (key: string) => (language === 'ja' ? (STANDARD_TARGETS[key as StandardTarget]?.japanese ?? JAPANESE_HEADERS[key] ?? key) : key);
  const columns: ExportColumn[] = [
    { header: header('status'), value: (_profile, row) => row.entity.status },
    { header: header('externalId'), value: (_profile, row) => row.entity.externalId },
    { header: header('email'), value: (profile) => profile.email },
  ];
  // Every CSV field of the profile table, headed by its import target's key (or its Japanese header), so an exported file imports back as it is.
  for (const { key, visibility } of CSV_FIELDS) {
    if (visibility === 'network' && !isVisibleTo(fields.visibilities[key], 'ADMIN')) continue;
    columns.push({
      header: header(key),
      value: (profile) => {
        const value = profile[key as keyof ProfileType];
        if (key === 'links') return profile.links?.map((link) => `${link.label} ${link.url}`).join('; ') || null;
        return Array.isArray(value) ? list(value as string[]) : (value as string | number | null);
      },
    });
  }
  for (const definition of fields.customFields) {
    if (definition.archivedAt || !isVisibleTo(definition.visibility, 'ADMIN')) continue;
    columns.push({
      header: customHeader(definition, fields.customFields),
      value: (profile) => profile.customFields.find((value) => value.fieldId === definition.id)?.displayText,
    });
  }
  columns.push(
    { header: header('tags'), value: (_profile, row) => list(row.tags) },
    { header: header('lastSignInAt'), value: (_profile, row) => row.entity.lastSignInAt?.toISOString() },
    { header: header('signInCount'), value: (_profile, row) => row.entity.signInCount },
    { header: header('lineLinked'), value: (_profile, row) => row.entity.lineLinked },
    { header: header('joinedAt'), value: (_profile, row) => row.entity.createdAt?.toISOString() },
  );
  return columns;
}

/** A custom field's label, or its key when two fields share the label (the import matches either). */
function customHeader(definition: CustomFieldEntity, all: readonly CustomFieldEntity[]): string {
  const shared = all.filter((other) => !other.archivedAt && other.label === definition.label).length > 1;
  return shared ? definition.key : definition.label;
}

export function exportHeader(columns: readonly ExportColumn[]): string {
  return UTF8_BOM + csvLine(columns.map((column) => column.header));
}

export function exportLine(columns: readonly ExportColumn[], row: ExportedProfile, fields: NetworkFields): string {
  const profile = presentProfile(row.entity, 'ADMIN', fields);
  return csvLine(columns.map((column) => column.value(profile, row)));
}
