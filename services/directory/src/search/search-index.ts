import type { EntityManager } from 'typeorm';
import { CustomFieldEntity } from '../fields/custom-field.entity';
import { STANDARD_FIELDS, type StandardFieldKey } from '../fields/standard-fields';
import type { Visibility } from '../fields/visibility';
import { ProfileEntity } from '../profiles/profile.entity';
import { searchDocument, type FieldVisibilities } from './search-document';

/** How one network shows its fields: what search indexing and every read of a profile need. */
export interface NetworkFields {
  networkId: string;
  visibilities: FieldVisibilities;
  /** Active and archived custom fields, in their order. */
  customFields: CustomFieldEntity[];
}

export async function loadNetworkFields(manager: EntityManager, networkId: string): Promise<NetworkFields> {
  const [settings, customFields] = await Promise.all([
    manager.query<{ field: string; visibility: Visibility }[]>(`SELECT field, visibility FROM directory.field_settings WHERE network_id = $1`, [networkId]),
    manager.getRepository(CustomFieldEntity).find({ where: { networkId }, order: { position: 'ASC', createdAt: 'ASC' } }),
  ]);
  const visibilities = Object.fromEntries(STANDARD_FIELDS.map((field) => [field.key, field.defaultVisibility])) as FieldVisibilities;
  for (const { field, visibility } of settings) {
    const standard = STANDARD_FIELDS.find((candidate) => candidate.key === field);
    if (standard?.visibility === 'network') visibilities[field as StandardFieldKey] = visibility;
  }
  return { networkId, visibilities, customFields };
}

/** Sets the derived search columns of a profile about to be saved. */
export function indexProfile<T extends ProfileEntity>(profile: T, fields: NetworkFields): T {
  return Object.assign(profile, searchDocument(profile, fields.visibilities, fields.customFields));
}

const REINDEX_BATCH = 2000;

/**
 * Recomputes every profile's search columns in a network, after its admins changed what members
 * may see (a field's visibility, a custom field). Returns how many profiles were reindexed.
 */
export async function reindexNetwork(manager: EntityManager, networkId: string): Promise<number> {
  const fields = await loadNetworkFields(manager, networkId);
  const repository = manager.getRepository(ProfileEntity);
  let after = '00000000-0000-0000-0000-000000000000';
  let total = 0;
  for (;;) {
    const rows = await repository
      .createQueryBuilder('p')
      .where('p.network_id = :networkId AND p.membership_id > :after', { networkId, after })
      .orderBy('p.membership_id')
      .limit(REINDEX_BATCH)
      .getMany();
    if (rows.length === 0) return total;
    const documents = rows.map((row) => ({ id: row.membershipId, ...searchDocument(row, fields.visibilities, fields.customFields) }));
    await manager.query(
      `UPDATE directory.profiles p SET sort_name = d.sort_name, name_search = d.name_search, member_text = d.member_text,
         admin_text = d.admin_text, member_terms = d.member_terms, admin_terms = d.admin_terms
       FROM jsonb_to_recordset($2::jsonb) AS d(id uuid, sort_name text, name_search text, member_text text, admin_text text, member_terms text[], admin_terms text[])
       WHERE p.membership_id = d.id AND p.network_id = $1`,
      [
        networkId,
        JSON.stringify(
          documents.map((document) => ({
            id: document.id,
            sort_name: document.sortName,
            name_search: document.nameSearch,
            member_text: document.memberText,
            admin_text: document.adminText,
            member_terms: document.memberTerms,
            admin_terms: document.adminTerms,
          })),
        ),
      ],
    );
    total += rows.length;
    after = rows[rows.length - 1].membershipId;
  }
}
