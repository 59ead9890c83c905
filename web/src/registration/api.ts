// GraphQL operations of registration: the network's public page (branding and questions), its
// settings, its registration questions and its auto-approval rules and roster.
import { gql } from '@urql/core';
import type { AuthPayload, PageInfo, UserError } from '../api/documents';

export type QuestionKind = 'FREE_TEXT' | 'SINGLE_CHOICE' | 'MULTIPLE_CHOICE' | 'YEAR' | 'DATE';
export const QUESTION_KINDS: QuestionKind[] = ['FREE_TEXT', 'SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'YEAR', 'DATE'];
export type RosterImportMode = 'REPLACE' | 'APPEND';

export interface QuestionOption {
  id: string;
  label: string;
}
export interface RegistrationQuestion {
  id: string;
  kind: QuestionKind;
  label: string;
  helpText: string | null;
  required: boolean;
  position: number;
  options: QuestionOption[];
  profileField: string | null;
  adminOnly: boolean;
  archivedAt: string | null;
}
export interface NetworkBranding {
  id: string;
  slug: string;
  name: string;
  defaultLocale: string;
  logoUrl: string | null;
  primaryColor: string | null;
  welcomeText: string | null;
  registrationOpen: boolean;
}
export interface RegistrationAnswer {
  question: { id: string; label: string; adminOnly: boolean; archivedAt: string | null };
  displayText: string;
}
export interface AnswerInput {
  questionId: string;
  value?: string;
  values?: string[];
}
export interface AutoApprovalRules {
  emailDomains: string[];
  rosterEnabled: boolean;
  rosterYearQuestion: { id: string; label: string } | null;
  rosterEntryCount: number;
}
export interface RosterPreviewRow {
  line: number;
  email: string | null;
  name: string | null;
  year: number | null;
  errors: UserError[];
}
export interface RosterPreview {
  rows: RosterPreviewRow[];
  validCount: number;
  errorCount: number;
  errors: UserError[];
}
export interface RosterEntry {
  id: string;
  email: string | null;
  name: string | null;
  year: number | null;
  createdAt: string;
}

const BRANDING_FIELDS = 'id slug name defaultLocale logoUrl primaryColor welcomeText registrationOpen';
const QUESTION_FIELDS = 'id kind label helpText required position options { id label } profileField adminOnly archivedAt';
const ERRORS = 'errors { code field message }';
const RULES_FIELDS = 'emailDomains rosterEnabled rosterYearQuestion { id label } rosterEntryCount';

export const JoinNetworkQuery = gql<
  { network: (NetworkBranding & { registrationQuestions: RegistrationQuestion[] }) | null },
  { slug: string }
>(`
  query JoinNetwork($slug: String!) {
    network(slug: $slug) { ${BRANDING_FIELDS} registrationQuestions { ${QUESTION_FIELDS} } }
  }
`);

export const NetworkSettingsQuery = gql<{ me: { id: string; network: NetworkBranding } | null }, Record<string, never>>(`
  query NetworkSettings { me { id network { ${BRANDING_FIELDS} } } }
`);

export interface NetworkSettingsInput {
  name?: string;
  slug?: string;
  logoUrl?: string | null;
  primaryColor?: string | null;
  welcomeText?: string | null;
  defaultLocale?: string;
  registrationOpen?: boolean;
}

export const UpdateNetworkSettingsMutation = gql<
  { updateNetworkSettings: { network: NetworkBranding | null; errors: UserError[] } },
  { input: NetworkSettingsInput }
>(`
  mutation UpdateNetworkSettings($input: UpdateNetworkSettingsInput!) {
    updateNetworkSettings(input: $input) { network { ${BRANDING_FIELDS} } ${ERRORS} }
  }
`);

export const RegistrationQuestionsQuery = gql<{ registrationQuestions: RegistrationQuestion[] }, { includeArchived: boolean }>(`
  query RegistrationQuestions($includeArchived: Boolean!) { registrationQuestions(includeArchived: $includeArchived) { ${QUESTION_FIELDS} } }
`);

export interface QuestionInput {
  label: string;
  helpText: string | null;
  required: boolean;
  options: { id?: string; label: string }[] | null;
  profileField: string | null;
}

type QuestionPayload = { question: RegistrationQuestion | null; errors: UserError[] };

export const CreateRegistrationQuestionMutation = gql<
  { createRegistrationQuestion: QuestionPayload },
  { input: QuestionInput & { kind: QuestionKind } }
>(`
  mutation CreateRegistrationQuestion($input: CreateRegistrationQuestionInput!) {
    createRegistrationQuestion(input: $input) { question { ${QUESTION_FIELDS} } ${ERRORS} }
  }
`);

export const UpdateRegistrationQuestionMutation = gql<
  { updateRegistrationQuestion: QuestionPayload },
  { input: QuestionInput & { questionId: string } }
>(`
  mutation UpdateRegistrationQuestion($input: UpdateRegistrationQuestionInput!) {
    updateRegistrationQuestion(input: $input) { question { ${QUESTION_FIELDS} } ${ERRORS} }
  }
`);

export const ArchiveRegistrationQuestionMutation = gql<{ archiveRegistrationQuestion: QuestionPayload }, { input: { questionId: string } }>(`
  mutation ArchiveRegistrationQuestion($input: RegistrationQuestionIdInput!) {
    archiveRegistrationQuestion(input: $input) { question { ${QUESTION_FIELDS} } ${ERRORS} }
  }
`);

export const RestoreRegistrationQuestionMutation = gql<{ restoreRegistrationQuestion: QuestionPayload }, { input: { questionId: string } }>(`
  mutation RestoreRegistrationQuestion($input: RegistrationQuestionIdInput!) {
    restoreRegistrationQuestion(input: $input) { question { ${QUESTION_FIELDS} } ${ERRORS} }
  }
`);

export const ReorderRegistrationQuestionsMutation = gql<
  { reorderRegistrationQuestions: { questions: RegistrationQuestion[] | null; errors: UserError[] } },
  { input: { questionIds: string[] } }
>(`
  mutation ReorderRegistrationQuestions($input: ReorderRegistrationQuestionsInput!) {
    reorderRegistrationQuestions(input: $input) { questions { ${QUESTION_FIELDS} } ${ERRORS} }
  }
`);

export const AutoApprovalQuery = gql<
  { autoApprovalRules: AutoApprovalRules; registrationQuestions: RegistrationQuestion[] },
  Record<string, never>
>(`
  query AutoApproval {
    autoApprovalRules { ${RULES_FIELDS} }
    registrationQuestions(includeArchived: false) { ${QUESTION_FIELDS} }
  }
`);

export const UpdateAutoApprovalRulesMutation = gql<
  { updateAutoApprovalRules: { rules: AutoApprovalRules | null; approvedCount: number | null; errors: UserError[] } },
  { input: { emailDomains: string[]; rosterEnabled: boolean; rosterYearQuestionId: string | null } }
>(`
  mutation UpdateAutoApprovalRules($input: UpdateAutoApprovalRulesInput!) {
    updateAutoApprovalRules(input: $input) { rules { ${RULES_FIELDS} } approvedCount ${ERRORS} }
  }
`);

export const RosterPreviewQuery = gql<{ rosterPreview: RosterPreview }, { csv: string; mode: RosterImportMode }>(`
  query RosterPreview($csv: String!, $mode: RosterImportMode!) {
    rosterPreview(csv: $csv, mode: $mode) {
      validCount errorCount ${ERRORS}
      rows { line email name year ${ERRORS} }
    }
  }
`);

export const ImportRosterMutation = gql<
  { importRoster: { importedCount: number | null; totalCount: number | null; approvedCount: number | null; errors: UserError[] } },
  { input: { csv: string; mode: RosterImportMode } }
>(`
  mutation ImportRoster($input: ImportRosterInput!) { importRoster(input: $input) { importedCount totalCount approvedCount ${ERRORS} } }
`);

export const RosterEntriesQuery = gql<
  { rosterEntries: { edges: { cursor: string; node: RosterEntry }[]; pageInfo: PageInfo; totalCount: number } },
  { search?: string | null; first: number; after?: string | null }
>(`
  query RosterEntries($search: String, $first: Int!, $after: String) {
    rosterEntries(search: $search, first: $first, after: $after) {
      edges { cursor node { id email name year createdAt } }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`);

export const DeleteRosterEntryMutation = gql<
  { deleteRosterEntry: { entry: { id: string } | null; errors: UserError[] } },
  { input: { entryId: string } }
>(`
  mutation DeleteRosterEntry($input: DeleteRosterEntryInput!) { deleteRosterEntry(input: $input) { entry { id } ${ERRORS} } }
`);

/** Registering with answers to the network's questions; the payload is the one every sign-in returns. */
export const RegisterWithAnswersMutation = gql<
  { register: AuthPayload },
  { input: { networkSlug: string; email: string; password?: string; socialSignupTicket?: string; displayName: string; answers: AnswerInput[] } }
>(`
  mutation RegisterWithAnswers($input: RegisterInput!) {
    register(input: $input) { accessToken member { id displayName email role status network { id slug name defaultLocale } } ${ERRORS} }
  }
`);
