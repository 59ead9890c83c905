import { FIELD_FILTERS } from '../search/directory-queries';
import type { NetworkFields } from '../search/search-index';
import { CUSTOM_LONG_TEXT_MAX, CUSTOM_TEXT_MAX, URL_MAX } from '../profiles/profile.validation';
import type { ProfileFieldDescription, ProfileFieldFilterName } from './profile-field.types';
import { EARLIEST_YEAR, latestYear, STANDARD_FIELDS, type StandardFieldKey } from './standard-fields';
import { VISIBILITIES } from './visibility';

const FILTER_NAMES = { range: 'RANGE', anyOf: 'ANY_OF', allOf: 'ALL_OF' } as const satisfies Record<string, ProfileFieldFilterName>;
const SEARCHED_CUSTOM_TYPES = new Set(['TEXT', 'LONG_TEXT', 'SINGLE_CHOICE', 'MULTIPLE_CHOICE']);

/** The DirectoryFilter argument of each filtered standard field. */
const FILTER_ARGUMENTS = new Map<StandardFieldKey, string>(Object.entries(FIELD_FILTERS).map(([argument, key]) => [key, argument]));

/**
 * The network's profile fields as clients are told them: every standard field from the table,
 * with the network's visibility, then its active custom fields in order. Clients build forms,
 * filters and import mappings from it instead of a list of their own.
 */
export function describeProfileFields(fields: NetworkFields, now: Date = new Date()): ProfileFieldDescription[] {
  const standard = STANDARD_FIELDS.map((field): ProfileFieldDescription => {
    const year = field.kind === 'YEAR';
    return {
      key: field.key,
      standard: true,
      customFieldId: null,
      label: null,
      helpText: null,
      kind: field.kind,
      multi: field.multi,
      maxLength: field.maxLength,
      maxItems: field.maxItems,
      min: year ? EARLIEST_YEAR : null,
      max: year ? latestYear(now) : null,
      options: [],
      visibility: field.visibility === 'always' ? 'MEMBERS' : field.visibility === 'member' ? field.defaultVisibility : fields.visibilities[field.key],
      decidedBy: field.visibility === 'always' ? 'ALWAYS' : field.visibility === 'member' ? 'MEMBER' : 'NETWORK',
      visibilityOptions: field.visibility === 'always' ? [] : [...VISIBILITIES],
      searchable: field.search,
      filter: field.filter ? FILTER_NAMES[field.filter] : null,
      filterArgument: FILTER_ARGUMENTS.get(field.key) ?? null,
      importable: field.csv !== null,
    };
  });
  const custom = fields.customFields
    .filter((definition) => !definition.archivedAt)
    .map((definition): ProfileFieldDescription => {
      const year = definition.type === 'YEAR';
      const choice = definition.type === 'SINGLE_CHOICE' || definition.type === 'MULTIPLE_CHOICE';
      const maxLength =
        definition.type === 'TEXT' ? CUSTOM_TEXT_MAX : definition.type === 'LONG_TEXT' ? CUSTOM_LONG_TEXT_MAX : definition.type === 'URL' ? URL_MAX : null;
      return {
        key: `custom.${definition.key}`,
        standard: false,
        customFieldId: definition.id,
        label: definition.label,
        helpText: definition.helpText,
        kind: definition.type,
        multi: definition.type === 'MULTIPLE_CHOICE',
        maxLength,
        maxItems: definition.type === 'MULTIPLE_CHOICE' ? definition.options.length : null,
        min: year ? EARLIEST_YEAR : null,
        max: year ? latestYear(now) : null,
        options: definition.options.map(({ value, label }) => ({ value, label })),
        visibility: definition.visibility,
        decidedBy: 'NETWORK',
        visibilityOptions: [...VISIBILITIES],
        searchable: SEARCHED_CUSTOM_TYPES.has(definition.type),
        filter: choice || definition.type === 'TEXT' ? 'ANY_OF' : year || definition.type === 'NUMBER' ? 'RANGE' : null,
        filterArgument: null,
        importable: true,
      };
    });
  return [...standard, ...custom];
}
