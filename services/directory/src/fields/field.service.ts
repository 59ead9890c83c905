import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '@kizuna/auth';
import { isUuid } from '@kizuna/data';
import { characterCount, fail, hasControlCharacters, ok, UserError, type Result } from '@kizuna/subgraph';
import { clashesWithStandardField } from '../profiles/registration-answers';
import { loadNetworkFields, reindexNetwork } from '../search/search-index';
import { CUSTOM_FIELD_TYPES, CustomFieldEntity, type CustomFieldOption, type CustomFieldType } from './custom-field.entity';
import { describeProfileFields } from './profile-field-list';
import type { ProfileFieldDescription } from './profile-field.types';
import { STANDARD_FIELDS } from './standard-fields';
import { isDirectoryAdmin, VISIBILITIES, type Visibility } from './visibility';

export const CUSTOM_FIELD_LABEL_MAX = 100;
export const CUSTOM_FIELD_HELP_MAX = 500;
export const OPTION_LABEL_MAX = 100;
export const MAX_OPTIONS = 50;
export const MAX_ACTIVE_CUSTOM_FIELDS = 50;
/** The same shape identity allows for a registration question's profile field. */
export const CUSTOM_FIELD_KEY = /^[a-z][a-z0-9_]{0,39}$/;

const isChoice = (type: CustomFieldType) => type === 'SINGLE_CHOICE' || type === 'MULTIPLE_CHOICE';

export interface ProfileFieldSetting {
  field: string;
  visibility: Visibility;
  decidedBy: 'ALWAYS' | 'NETWORK' | 'MEMBER';
  changeable: boolean;
  searchable: boolean;
}

export interface CustomFieldRequest {
  label?: string | null;
  key?: string | null;
  type?: CustomFieldType | null;
  options?: { value?: string | null; label: string }[] | null;
  helpText?: string | null;
  visibility?: Visibility | null;
}

/**
 * Checks a custom field as an admin wrote it, one error per field. Editing (`existing`) keeps the
 * type, and options keep their stored values (a renamed option keeps the answers that chose it).
 */
export function validateCustomField(
  request: CustomFieldRequest,
  existing?: Pick<CustomFieldEntity, 'type' | 'options' | 'label' | 'key' | 'helpText' | 'visibility'>,
): { definition?: Pick<CustomFieldEntity, 'label' | 'key' | 'type' | 'options' | 'helpText' | 'visibility'>; errors: UserError[] } {
  const errors: UserError[] = [];
  const type = existing?.type ?? request.type;
  if (!type || !CUSTOM_FIELD_TYPES.includes(type)) errors.push(UserError.of('VALIDATION', 'Choose the type of the field.', 'type'));

  const label = request.label === undefined || request.label === null ? (existing?.label ?? '') : request.label.trim();
  if (characterCount(label) < 1 || characterCount(label) > CUSTOM_FIELD_LABEL_MAX || hasControlCharacters(label)) {
    errors.push(UserError.of('VALIDATION', `Enter a label of 1 to ${CUSTOM_FIELD_LABEL_MAX} characters on one line.`, 'label'));
  }
  const key = request.key === undefined || request.key === null ? (existing?.key ?? '') : request.key.trim();
  if (!CUSTOM_FIELD_KEY.test(key)) {
    errors.push(UserError.of('VALIDATION', 'A key is lower-case letters, digits and _, starting with a letter (e.g. club).', 'key'));
  } else if (clashesWithStandardField(key)) {
    errors.push(UserError.of('VALIDATION', 'This key names a standard profile field; choose another.', 'key'));
  }
  const helpText = request.helpText === undefined ? (existing?.helpText ?? null) : request.helpText?.trim() || null;
  if (helpText && characterCount(helpText) > CUSTOM_FIELD_HELP_MAX) {
    errors.push(UserError.of('VALIDATION', `The help text can have up to ${CUSTOM_FIELD_HELP_MAX} characters.`, 'helpText'));
  }
  const visibility = request.visibility ?? existing?.visibility;
  if (!visibility || !VISIBILITIES.includes(visibility)) errors.push(UserError.of('VALIDATION', 'Choose who sees the field.', 'visibility'));

  let options: CustomFieldOption[] = existing?.options ?? [];
  if (type && isChoice(type) && ((request.options !== undefined && request.options !== null) || !existing)) {
    const given = request.options ?? [];
    const known = new Set((existing?.options ?? []).map((option) => option.value));
    const labels = new Set<string>();
    options = [];
    if (given.length < 2 || given.length > MAX_OPTIONS) errors.push(UserError.of('VALIDATION', `Give 2 to ${MAX_OPTIONS} options to choose from.`, 'options'));
    for (const [index, option] of given.entries()) {
      const optionLabel = option.label.trim();
      const folded = optionLabel.normalize('NFKC').toLowerCase();
      if (characterCount(optionLabel) < 1 || characterCount(optionLabel) > OPTION_LABEL_MAX || hasControlCharacters(optionLabel)) {
        errors.push(UserError.of('VALIDATION', `Each option needs a label of 1 to ${OPTION_LABEL_MAX} characters.`, `options.${index}`));
      } else if (labels.has(folded)) {
        errors.push(UserError.of('VALIDATION', 'Two options have the same label.', `options.${index}`));
      } else if (option.value && !known.has(option.value)) {
        errors.push(UserError.of('NOT_FOUND', 'This option does not belong to the field.', `options.${index}`));
      }
      labels.add(folded);
      options.push({ value: option.value && known.has(option.value) ? option.value : randomUUID().slice(0, 8), label: optionLabel });
    }
  } else if (type && !isChoice(type) && request.options && request.options.length > 0) {
    errors.push(UserError.of('VALIDATION', 'Only choice fields have options.', 'options'));
  }
  if (errors.length > 0) return { errors };
  return { definition: { label, key, type: type!, options, helpText, visibility: visibility! }, errors };
}

/** Standard field visibility and custom field definitions of a network; changes are for directory admins. */
export class FieldService {
  constructor(private readonly dataSource: DataSource) {}

  /** Every field of the viewer's network, standard then custom, as clients build their forms from them. */
  async describe(viewer: Viewer): Promise<ProfileFieldDescription[]> {
    return describeProfileFields(await loadNetworkFields(this.dataSource.manager, viewer.networkId));
  }

  async settings(viewer: Viewer): Promise<ProfileFieldSetting[]> {
    const fields = await loadNetworkFields(this.dataSource.manager, viewer.networkId);
    return STANDARD_FIELDS.map((field) => ({
      field: field.key,
      visibility: field.visibility === 'always' ? 'MEMBERS' : field.visibility === 'member' ? field.defaultVisibility : fields.visibilities[field.key],
      decidedBy: field.visibility === 'always' ? 'ALWAYS' : field.visibility === 'member' ? 'MEMBER' : 'NETWORK',
      changeable: field.visibility === 'network',
      searchable: field.search,
    }));
  }

  /** Changes who sees a standard field; search is recomputed so members never find what they may not see. */
  async setVisibility(viewer: Viewer, field: string, visibility: Visibility): Promise<Result<ProfileFieldSetting>> {
    const standard = STANDARD_FIELDS.find((candidate) => candidate.key === field);
    if (!standard) return fail(UserError.of('NOT_FOUND', 'There is no such profile field.', 'field'));
    if (standard.visibility !== 'network') {
      return fail(
        UserError.of(
          'VALIDATION',
          standard.visibility === 'always' ? 'Names are always shown to members.' : 'Each member chooses who sees their contact details.',
          'field',
        ),
      );
    }
    await this.dataSource.transaction(async (manager) => {
      const [current] = await manager.query<{ visibility: Visibility }[]>(
        `SELECT visibility FROM directory.field_settings WHERE network_id = $1 AND field = $2 FOR UPDATE`,
        [viewer.networkId, field],
      );
      if ((current?.visibility ?? standard.defaultVisibility) === visibility) return;
      await manager.query(
        `INSERT INTO directory.field_settings (network_id, field, visibility) VALUES ($1, $2, $3)
         ON CONFLICT (network_id, field) DO UPDATE SET visibility = EXCLUDED.visibility`,
        [viewer.networkId, field, visibility],
      );
      if (standard.search) await reindexNetwork(manager, viewer.networkId);
    });
    return ok((await this.settings(viewer)).find((setting) => setting.field === field)!);
  }

  /** Admins get every field (archived ones too when asked); members the active ones, which they fill in their own profile. */
  async list(viewer: Viewer, includeArchived: boolean): Promise<CustomFieldEntity[]> {
    const fields = await this.dataSource
      .getRepository(CustomFieldEntity)
      .find({ where: { networkId: viewer.networkId }, order: { position: 'ASC', createdAt: 'ASC' } });
    return fields.filter((field) => !field.archivedAt || (includeArchived && isDirectoryAdmin(viewer)));
  }

  async create(viewer: Viewer, request: CustomFieldRequest): Promise<Result<CustomFieldEntity>> {
    const { definition, errors } = validateCustomField(request);
    if (!definition) return fail(...errors);
    return this.dataSource.transaction(async (manager) => {
      await this.lockNetwork(manager, viewer.networkId);
      const existing = await manager.getRepository(CustomFieldEntity).findBy({ networkId: viewer.networkId });
      if (existing.some((field) => field.key === definition.key)) return fail(UserError.of('VALIDATION', 'Another field already has this key.', 'key'));
      if (existing.filter((field) => !field.archivedAt).length >= MAX_ACTIVE_CUSTOM_FIELDS) {
        return fail(UserError.of('LIMIT_REACHED', `A network can have up to ${MAX_ACTIVE_CUSTOM_FIELDS} custom fields in use.`));
      }
      const now = new Date();
      const field = manager.getRepository(CustomFieldEntity).create({
        id: randomUUID(),
        networkId: viewer.networkId,
        ...definition,
        position: Math.max(-1, ...existing.map((f) => f.position)) + 1,
        archivedAt: null,
        createdAt: now,
        updatedAt: now,
      });
      await manager.save(field);
      return ok(field);
    });
  }

  async update(viewer: Viewer, id: string, request: CustomFieldRequest): Promise<Result<CustomFieldEntity>> {
    return this.dataSource.transaction(async (manager) => {
      await this.lockNetwork(manager, viewer.networkId);
      const field = await this.find(manager, viewer, id);
      if (!field) return fail(UserError.of('NOT_FOUND', 'There is no such custom field.', 'id'));
      const { definition, errors } = validateCustomField(request, field);
      if (!definition) return fail(...errors);
      if (definition.key !== field.key && (await manager.getRepository(CustomFieldEntity).existsBy({ networkId: viewer.networkId, key: definition.key }))) {
        return fail(UserError.of('VALIDATION', 'Another field already has this key.', 'key'));
      }
      const removed = field.options.map((o) => o.value).filter((value) => !definition.options.some((o) => o.value === value));
      const searchChanged = definition.visibility !== field.visibility || JSON.stringify(definition.options) !== JSON.stringify(field.options);
      Object.assign(field, definition, { updatedAt: new Date() });
      await manager.save(field);
      if (removed.length > 0) await this.removeOptionValues(manager, field, removed);
      if (searchChanged) await reindexNetwork(manager, viewer.networkId);
      return ok(field);
    });
  }

  /** `ids` must list every field of the network (archived ones too) exactly once. */
  async reorder(viewer: Viewer, ids: string[]): Promise<Result<CustomFieldEntity[]>> {
    return this.dataSource.transaction(async (manager) => {
      await this.lockNetwork(manager, viewer.networkId);
      const fields = await manager.getRepository(CustomFieldEntity).findBy({ networkId: viewer.networkId });
      const known = new Set(fields.map((field) => field.id));
      if (ids.length !== fields.length || new Set(ids).size !== ids.length || ids.some((id) => !known.has(id))) {
        return fail(UserError.of('VALIDATION', 'List every custom field of the network once, in the new order.', 'ids'));
      }
      await manager.query(
        `UPDATE directory.custom_fields f SET position = o.position - 1, updated_at = now()
         FROM unnest($2::uuid[]) WITH ORDINALITY AS o(id, position) WHERE f.id = o.id AND f.network_id = $1`,
        [viewer.networkId, ids],
      );
      return ok(await manager.getRepository(CustomFieldEntity).find({ where: { networkId: viewer.networkId }, order: { position: 'ASC' } }));
    });
  }

  /** Archiving keeps the values but stops showing, asking and searching the field; restoring brings it back. */
  async setArchived(viewer: Viewer, id: string, archived: boolean): Promise<Result<CustomFieldEntity>> {
    return this.dataSource.transaction(async (manager) => {
      await this.lockNetwork(manager, viewer.networkId);
      const field = await this.find(manager, viewer, id);
      if (!field) return fail(UserError.of('NOT_FOUND', 'There is no such custom field.', 'id'));
      if (Boolean(field.archivedAt) === archived) return ok(field);
      if (!archived) {
        const inUse = (await manager.getRepository(CustomFieldEntity).findBy({ networkId: viewer.networkId })).filter((f) => !f.archivedAt).length;
        if (inUse >= MAX_ACTIVE_CUSTOM_FIELDS)
          return fail(UserError.of('LIMIT_REACHED', `A network can have up to ${MAX_ACTIVE_CUSTOM_FIELDS} custom fields in use.`));
      }
      field.archivedAt = archived ? new Date() : null;
      field.updatedAt = new Date();
      await manager.save(field);
      await reindexNetwork(manager, viewer.networkId);
      return ok(field);
    });
  }

  private async find(manager: EntityManager, viewer: Viewer, id: string): Promise<CustomFieldEntity | null> {
    if (!isUuid(id)) return null;
    return manager.getRepository(CustomFieldEntity).findOneBy({ id, networkId: viewer.networkId });
  }

  /** Custom field changes of one network run one at a time (keys stay unique, positions consistent). */
  private async lockNetwork(manager: EntityManager, networkId: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('directory.custom_fields'), hashtext($1))`, [networkId]);
  }

  /** Options an admin removed disappear from every profile's value of the field. */
  private async removeOptionValues(manager: EntityManager, field: CustomFieldEntity, removed: string[]): Promise<void> {
    if (field.type === 'SINGLE_CHOICE') {
      await manager.query(`UPDATE directory.profiles SET custom = custom - $2::text WHERE network_id = $1 AND custom->>$2::text = ANY($3::text[])`, [
        field.networkId,
        field.id,
        removed,
      ]);
      return;
    }
    await manager.query(
      `UPDATE directory.profiles SET custom = CASE
           WHEN (SELECT count(*) FROM jsonb_array_elements_text(custom->$2::text) v WHERE v <> ALL($3::text[])) = 0 THEN custom - $2::text
           ELSE jsonb_set(custom, ARRAY[$2::text], (SELECT jsonb_agg(v) FROM jsonb_array_elements_text(custom->$2::text) v WHERE v <> ALL($3::text[]))) END
       WHERE network_id = $1 AND jsonb_typeof(custom->$2::text) = 'array' AND custom->$2::text ?| $3::text[]`,
      [field.networkId, field.id, removed],
    );
  }
}
