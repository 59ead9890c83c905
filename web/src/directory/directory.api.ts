// GraphQL operations of the member directory (search and its filter values).
import { gql } from '@urql/core';
import type { PageInfo } from '../api/documents';

export const DIRECTORY_SORTS = ['RELEVANCE', 'NAME', 'ENTRY_YEAR_DESC', 'ENTRY_YEAR_ASC', 'RECENTLY_JOINED'] as const;
export type DirectorySort = (typeof DIRECTORY_SORTS)[number];

export interface DirectoryFilter {
  text?: string | null;
  entryYear?: { from?: number | null; to?: number | null } | null;
  departments?: string[] | null;
  employers?: string[] | null;
  industries?: string[] | null;
  locations?: string[] | null;
  skills?: string[] | null;
}

/** What a result card shows; fields the viewer may not see come back null. */
export interface DirectoryPerson {
  memberId: string;
  displayName: string;
  nameKana: string | null;
  nameRomaji: string | null;
  headline: string | null;
  photoUrl: string | null;
  entryYear: number | null;
  department: string | null;
  employer: string | null;
  jobTitle: string | null;
  location: string | null;
  skills: string[] | null;
}

export interface DirectoryConnection {
  edges: { cursor: string; node: DirectoryPerson }[];
  pageInfo: PageInfo;
  totalCount: number;
  fuzzy: boolean;
}

export const DirectoryQuery = gql<
  { directory: DirectoryConnection },
  { filter?: DirectoryFilter | null; sort?: DirectorySort | null; first?: number; after?: string | null }
>(`
  query Directory($filter: DirectoryFilter, $sort: DirectorySort, $first: Int, $after: String) {
    directory(filter: $filter, sort: $sort, first: $first, after: $after) {
      edges { cursor node { memberId displayName nameKana nameRomaji headline photoUrl entryYear department employer jobTitle location skills } }
      pageInfo { hasNextPage endCursor }
      totalCount
      fuzzy
    }
  }
`);

export interface FacetValue {
  value: string;
  count: number;
}

export interface DirectoryFacets {
  departments: FacetValue[];
  employers: FacetValue[];
  industries: FacetValue[];
  locations: FacetValue[];
  entryYears: FacetValue[];
  skills: FacetValue[];
}

export const DirectoryFacetsQuery = gql<{ directoryFacets: DirectoryFacets }, Record<string, never>>(`
  query DirectoryFacets {
    directoryFacets {
      departments { value count }
      employers { value count }
      industries { value count }
      locations { value count }
      entryYears { value count }
      skills { value count }
    }
  }
`);
