// GraphQL operations of registration: the network's public page (branding and questions), its
// settings, its registration questions and its auto-approval rules and roster.
import { graphql } from '../graphql';
import type { ResultOf } from '@graphql-typed-document-node/core';
import type {
  AutoApprovalRulesFieldsFragment,
  NetworkBrandingFieldsFragment,
  RegistrationQuestionKind as QuestionKind,
  RegistrationAnswerFieldsFragment,
  RegistrationAnswerInput,
  RegistrationQuestionFieldsFragment,
} from '../graphql/graphql';

export type { RegistrationQuestionKind as QuestionKind, RosterImportMode } from '../graphql/graphql';
export const QUESTION_KINDS: QuestionKind[] = ['FREE_TEXT', 'SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'YEAR', 'DATE'];

export type RegistrationQuestion = RegistrationQuestionFieldsFragment;
export type QuestionOption = RegistrationQuestion['options'][number];
export type NetworkBranding = NetworkBrandingFieldsFragment;
export type AutoApprovalRules = AutoApprovalRulesFieldsFragment;
export type AnswerInput = RegistrationAnswerInput;
/** An applicant's answer as admins see it (the pending members list). */
export type RegistrationAnswer = RegistrationAnswerFieldsFragment;

graphql(`
  fragment RegistrationAnswerFields on RegistrationAnswer {
    question {
      id
      label
      adminOnly
      archivedAt
    }
    displayText
  }
`);

graphql(`
  fragment NetworkBrandingFields on Network {
    id
    slug
    name
    defaultLocale
    logoUrl
    primaryColor
    welcomeText
    registrationOpen
  }
`);

graphql(`
  fragment RegistrationQuestionFields on RegistrationQuestion {
    id
    kind
    label
    helpText
    required
    position
    options {
      id
      label
    }
    profileField
    adminOnly
    archivedAt
  }
`);

graphql(`
  fragment AutoApprovalRulesFields on AutoApprovalRules {
    emailDomains
    rosterEnabled
    rosterYearQuestion {
      id
      label
    }
    rosterEntryCount
  }
`);

export const JoinNetworkQuery = graphql(`
  query JoinNetwork($slug: String!) {
    network(slug: $slug) {
      ...NetworkBrandingFields
      registrationQuestions {
        ...RegistrationQuestionFields
      }
    }
  }
`);

export const NetworkSettingsQuery = graphql(`
  query NetworkSettings {
    me {
      id
      network {
        ...NetworkBrandingFields
      }
    }
  }
`);

export type { UpdateNetworkSettingsInput as NetworkSettingsInput } from '../graphql/graphql';

export const UpdateNetworkSettingsMutation = graphql(`
  mutation UpdateNetworkSettings($input: UpdateNetworkSettingsInput!) {
    updateNetworkSettings(input: $input) {
      network {
        ...NetworkBrandingFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const RegistrationQuestionsQuery = graphql(`
  query RegistrationQuestions($includeArchived: Boolean!) {
    registrationQuestions(includeArchived: $includeArchived) {
      ...RegistrationQuestionFields
    }
  }
`);

export const CreateRegistrationQuestionMutation = graphql(`
  mutation CreateRegistrationQuestion($input: CreateRegistrationQuestionInput!) {
    createRegistrationQuestion(input: $input) {
      question {
        ...RegistrationQuestionFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const UpdateRegistrationQuestionMutation = graphql(`
  mutation UpdateRegistrationQuestion($input: UpdateRegistrationQuestionInput!) {
    updateRegistrationQuestion(input: $input) {
      question {
        ...RegistrationQuestionFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const ArchiveRegistrationQuestionMutation = graphql(`
  mutation ArchiveRegistrationQuestion($input: RegistrationQuestionIdInput!) {
    archiveRegistrationQuestion(input: $input) {
      question {
        ...RegistrationQuestionFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const RestoreRegistrationQuestionMutation = graphql(`
  mutation RestoreRegistrationQuestion($input: RegistrationQuestionIdInput!) {
    restoreRegistrationQuestion(input: $input) {
      question {
        ...RegistrationQuestionFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const ReorderRegistrationQuestionsMutation = graphql(`
  mutation ReorderRegistrationQuestions($input: ReorderRegistrationQuestionsInput!) {
    reorderRegistrationQuestions(input: $input) {
      questions {
        ...RegistrationQuestionFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const AutoApprovalQuery = graphql(`
  query AutoApproval {
    autoApprovalRules {
      ...AutoApprovalRulesFields
    }
    registrationQuestions(includeArchived: false) {
      ...RegistrationQuestionFields
    }
  }
`);

export const UpdateAutoApprovalRulesMutation = graphql(`
  mutation UpdateAutoApprovalRules($input: UpdateAutoApprovalRulesInput!) {
    updateAutoApprovalRules(input: $input) {
      rules {
        ...AutoApprovalRulesFields
      }
      approvedCount
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const RosterPreviewQuery = graphql(`
  query RosterPreview($csv: String!, $mode: RosterImportMode!) {
    rosterPreview(csv: $csv, mode: $mode) {
      validCount
      errorCount
      errors {
        ...UserErrorFields
      }
      rows {
        line
        email
        name
        year
        errors {
          ...UserErrorFields
        }
      }
    }
  }
`);
export type RosterPreview = ResultOf<typeof RosterPreviewQuery>['rosterPreview'];
export type RosterPreviewRow = RosterPreview['rows'][number];

export const ImportRosterMutation = graphql(`
  mutation ImportRoster($input: ImportRosterInput!) {
    importRoster(input: $input) {
      importedCount
      totalCount
      approvedCount
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const RosterEntriesQuery = graphql(`
  query RosterEntries($search: String, $first: Int!, $after: String) {
    rosterEntries(search: $search, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          email
          name
          year
          createdAt
        }
      }
      pageInfo {
        ...PageInfoFields
      }
      totalCount
    }
  }
`);
export type RosterEntry = ResultOf<typeof RosterEntriesQuery>['rosterEntries']['edges'][number]['node'];

export const DeleteRosterEntryMutation = graphql(`
  mutation DeleteRosterEntry($input: DeleteRosterEntryInput!) {
    deleteRosterEntry(input: $input) {
      entry {
        id
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

/** Registering with answers to the network's questions; the payload is the one every sign-in returns. */
export const RegisterWithAnswersMutation = graphql(`
  mutation RegisterWithAnswers($input: RegisterInput!) {
    register(input: $input) {
      accessToken
      member {
        ...ViewerFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);
