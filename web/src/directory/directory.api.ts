// GraphQL operations of the member directory (search and its filter values).
import { graphql } from '../graphql';
import type { ResultOf } from '@graphql-typed-document-node/core';

export const DIRECTORY_SORTS = ['RELEVANCE', 'NAME', 'ENTRY_YEAR_DESC', 'ENTRY_YEAR_ASC', 'RECENTLY_JOINED'] as const;
export type DirectorySort = (typeof DIRECTORY_SORTS)[number];

export type { DirectoryFilter } from '../graphql/graphql';

export const DirectoryQuery = graphql(`
  query Directory($filter: DirectoryFilter, $sort: DirectorySort, $first: Int, $after: String) {
    directory(filter: $filter, sort: $sort, first: $first, after: $after) {
      edges {
        cursor
        node {
          memberId
          displayName
          nameKana
          nameRomaji
          headline
          photoUrl
          entryYear
          department
          employer
          jobTitle
          location
          skills
        }
      }
      pageInfo {
        ...PageInfoFields
      }
      totalCount
      fuzzy
    }
  }
`);
export type DirectoryConnection = ResultOf<typeof DirectoryQuery>['directory'];
/** What a result card shows; fields the viewer may not see come back null. */
export type DirectoryPerson = DirectoryConnection['edges'][number]['node'];

export const DirectoryFacetsQuery = graphql(`
  query DirectoryFacets {
    directoryFacets {
      departments {
        value
        count
      }
      employers {
        value
        count
      }
      industries {
        value
        count
      }
      locations {
        value
        count
      }
      entryYears {
        value
        count
      }
      skills {
        value
        count
      }
    }
  }
`);
export type DirectoryFacets = ResultOf<typeof DirectoryFacetsQuery>['directoryFacets'];
export type FacetValue = DirectoryFacets['departments'][number];
