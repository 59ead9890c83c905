// GraphQL operations of alumni companies and "people you may know".
import { graphql } from '../graphql';
import type { ResultOf } from '@graphql-typed-document-node/core';
import type { AddCompanyInput, CompanyFieldsFragment, CompanyStage } from '../graphql/graphql';

export type { CompanyFilter, CompanySort, CompanyStage, SuggestionReasonKind } from '../graphql/graphql';
export const COMPANY_STAGES: readonly CompanyStage[] = ['IDEA', 'PRE_SEED', 'SEED', 'SERIES_A', 'SERIES_B_PLUS', 'PROFITABLE', 'PUBLIC', 'ACQUIRED', 'CLOSED'];

export type Company = CompanyFieldsFragment;
/** What the company form edits. */
export type CompanyFields = AddCompanyInput;

graphql(`
  fragment CompanyFields on Company {
    id
    name
    industry
    stage
    url
    description
    foundedYear
    founderProfile {
      memberId
      displayName
      photoUrl
    }
    viewerMayEdit
    viewerMayRemove
  }
`);

export const AlumniCompaniesQuery = graphql(`
  query AlumniCompanies($filter: CompanyFilter, $sort: CompanySort, $first: Int, $after: String) {
    alumniCompanies(filter: $filter, sort: $sort, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...CompanyFields
        }
      }
      pageInfo {
        ...PageInfoFields
      }
      totalCount
    }
  }
`);

export const AlumniCompanyIndustriesQuery = graphql(`
  query AlumniCompanyIndustries {
    alumniCompanyIndustries
  }
`);

export const AddCompanyMutation = graphql(`
  mutation AddCompany($input: AddCompanyInput!) {
    addCompany(input: $input) {
      company {
        ...CompanyFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const UpdateCompanyMutation = graphql(`
  mutation UpdateCompany($input: UpdateCompanyInput!) {
    updateCompany(input: $input) {
      company {
        ...CompanyFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const RemoveCompanyMutation = graphql(`
  mutation RemoveCompany($input: RemoveCompanyInput!) {
    removeCompany(input: $input) {
      removedCompanyId
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const PeopleYouMayKnowQuery = graphql(`
  query PeopleYouMayKnow($first: Int) {
    peopleYouMayKnow(first: $first) {
      member {
        id
      }
      profile {
        memberId
        displayName
        headline
        photoUrl
      }
      reasons {
        kind
        values
      }
    }
  }
`);

export type Suggestion = ResultOf<typeof PeopleYouMayKnowQuery>['peopleYouMayKnow'][number];

export const DismissSuggestionMutation = graphql(`
  mutation DismissSuggestion($input: DismissSuggestionInput!) {
    dismissSuggestion(input: $input) {
      dismissedMemberId
      errors {
        ...UserErrorFields
      }
    }
  }
`);
