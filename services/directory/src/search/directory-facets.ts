import type { StandardFieldKey } from '../fields/standard-fields';
import { isVisibleTo } from '../fields/visibility';
import type { DirectoryScope } from './directory-queries';

export interface FacetValue {
  value: string;
  count: number;
}

export type FacetName = 'departments' | 'employers' | 'industries' | 'locations' | 'entryYears' | 'skills';
export type Facets = Record<FacetName, FacetValue[]>;

/** Values offered per facet (the most common); the filter box accepts any other value typed in. */
export const FACET_LIMIT = 100;

/** The prefecture of a Japanese address (大阪府大阪市 → 大阪府), else the part before the first comma (Tokyo, Japan → Tokyo). */
const PREFECTURE = `coalesce(substring(p.location from '^(北海道|東京都|京都府|大阪府|[^\\s,、]{2,3}県)'), trim(split_part(p.location, ',', 1)))`;

const FACETS: { name: FacetName; field: StandardFieldKey; values: string; order?: string }[] = [
  { name: 'departments', field: 'department', values: 'p.department' },
  { name: 'employers', field: 'employer', values: 'p.employer' },
  { name: 'industries', field: 'industry', values: 'p.industry' },
  { name: 'locations', field: 'location', values: PREFECTURE },
  { name: 'entryYears', field: 'entryYear', values: 'p.entry_year::text', order: 'value DESC' },
  { name: 'skills', field: 'skills', values: 'unnest(p.skills)' },
];

/**
 * What the people in the scope's directory have, per filterable field, with counts: the values
 * of the approved members only, and nothing of a field the audience may not see.
 */
export async function directoryFacets(scope: DirectoryScope): Promise<Facets> {
  const visible = FACETS.filter((facet) => isVisibleTo(scope.fields.visibilities[facet.field], scope.audience));
  const facets = Object.fromEntries(FACETS.map((facet) => [facet.name, [] as FacetValue[]])) as Facets;
  if (visible.length === 0) return facets;
  const queries = visible.map(
    (facet) => `(SELECT coalesce(jsonb_agg(jsonb_build_object('value', value, 'count', count) ORDER BY ${facet.order ?? 'count DESC, value'}), '[]')
        FROM (SELECT value, count(*)::int AS count
                FROM (SELECT ${facet.values} AS value FROM directory.profiles p WHERE p.network_id = $1 AND p.status = 'approved') AS v
               WHERE value IS NOT NULL AND value <> '' GROUP BY value ORDER BY ${facet.order ?? 'count DESC, value'} LIMIT ${FACET_LIMIT}) AS top) AS "${facet.name}"`,
  );
  const [row] = await scope.manager.query(`SELECT ${queries.join(', ')}`, [scope.networkId]);
  for (const facet of visible) facets[facet.name] = row[facet.name];
  return facets;
}
