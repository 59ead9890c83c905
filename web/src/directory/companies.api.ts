// GraphQL operations of alumni companies and "people you may know".
import { gql } from '@urql/core';
import type { PageInfo, UserError } from '../api/documents';

export const COMPANY_STAGES = ['IDEA', 'PRE_SEED', 'SEED', 'SERIES_A', 'SERIES_B_PLUS', 'PROFITABLE', 'PUBLIC', 'ACQUIRED', 'CLOSED'] as const;
export type CompanyStage = (typeof COMPANY_STAGES)[number];
export type CompanySort = 'NAME' | 'NEWEST';

export interface Company {
  id: string;
  name: string;
  industry: string | null;
  stage: CompanyStage | null;
  url: string | null;
  description: string | null;
  foundedYear: number | null;
  founderProfile: { memberId: string; displayName: string; photoUrl: string | null };
  viewerMayEdit: boolean;
  viewerMayRemove: boolean;
}

export interface CompanyFilter {
  text?: string | null;
  industries?: string[] | null;
  stages?: CompanyStage[] | null;
}

export interface CompanyFields {
  name: string;
  industry: string | null;
  stage: CompanyStage | null;
  url: string | null;
  description: string | null;
  foundedYear: number | null;
}

const COMPANY_FIELDS = 'id name industry stage url description foundedYear founderProfile { memberId displayName photoUrl } viewerMayEdit viewerMayRemove';

export const AlumniCompaniesQuery = gql<
  { alumniCompanies: { edges: { cursor: string; node: Company }[]; pageInfo: PageInfo; totalCount: number } },
  { filter?: CompanyFilter | null; sort?: CompanySort | null; first?: number; after?: string | null }
>(`
  query AlumniCompanies($filter: CompanyFilter, $sort: CompanySort, $first: Int, $after: String) {
    alumniCompanies(filter: $filter, sort: $sort, first: $first, after: $after) {
      edges { cursor node { ${COMPANY_FIELDS} } }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`);

export const AlumniCompanyIndustriesQuery = gql<{ alumniCompanyIndustries: string[] }, Record<string, never>>(`
  query AlumniCompanyIndustries { alumniCompanyIndustries }
`);

export const AddCompanyMutation = gql<{ addCompany: { company: Company | null; errors: UserError[] } }, { input: CompanyFields }>(`
  mutation AddCompany($input: AddCompanyInput!) { addCompany(input: $input) { company { ${COMPANY_FIELDS} } errors { code field message } } }
`);

export const UpdateCompanyMutation = gql<
  { updateCompany: { company: Company | null; errors: UserError[] } },
  { input: CompanyFields & { companyId: string } }
>(`
  mutation UpdateCompany($input: UpdateCompanyInput!) { updateCompany(input: $input) { company { ${COMPANY_FIELDS} } errors { code field message } } }
`);

export const RemoveCompanyMutation = gql<{ removeCompany: { removedCompanyId: string | null; errors: UserError[] } }, { input: { companyId: string } }>(`
  mutation RemoveCompany($input: RemoveCompanyInput!) { removeCompany(input: $input) { removedCompanyId errors { code field message } } }
`);

export type SuggestionReasonKind = 'SAME_YEAR' | 'NEAR_YEAR' | 'SAME_DEPARTMENT' | 'SAME_EMPLOYER' | 'SHARED_SKILLS' | 'SHARED_INTERESTS';

export interface Suggestion {
  member: { id: string };
  profile: { memberId: string; displayName: string; headline: string | null; photoUrl: string | null };
  reasons: { kind: SuggestionReasonKind; values: string[] }[];
}

export const PeopleYouMayKnowQuery = gql<{ peopleYouMayKnow: Suggestion[] }, { first: number }>(`
  query PeopleYouMayKnow($first: Int) {
    peopleYouMayKnow(first: $first) { member { id } profile { memberId displayName headline photoUrl } reasons { kind values } }
  }
`);

export const DismissSuggestionMutation = gql<{ dismissSuggestion: { dismissedMemberId: string | null; errors: UserError[] } }, { input: { memberId: string } }>(`
  mutation DismissSuggestion($input: DismissSuggestionInput!) { dismissSuggestion(input: $input) { dismissedMemberId errors { code field message } } }
`);
