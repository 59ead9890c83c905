// GraphQL operations of profiles, profile field settings and custom fields.
import { graphql } from '../graphql';
import type {
  CustomFieldFieldsFragment,
  CustomFieldType,
  FieldVisibility,
  ProfileFieldDescriptionFieldsFragment,
  ProfileFieldSettingFieldsFragment,
  ProfileFieldsFragment,
} from '../graphql/graphql';

export type { CustomFieldType, FieldVisibility, ProfileFieldKind, UpdateMyProfileInput } from '../graphql/graphql';
export const FIELD_VISIBILITIES: readonly FieldVisibility[] = ['MEMBERS', 'ADMINS', 'HIDDEN'];
export const CUSTOM_FIELD_TYPES: readonly CustomFieldType[] = ['TEXT', 'LONG_TEXT', 'NUMBER', 'YEAR', 'DATE', 'URL', 'SINGLE_CHOICE', 'MULTIPLE_CHOICE'];
export const isChoiceType = (type: CustomFieldType) => type === 'SINGLE_CHOICE' || type === 'MULTIPLE_CHOICE';

export type ContactField = 'contactEmail' | 'phone' | 'links';
export const CONTACT_FIELDS: readonly ContactField[] = ['contactEmail', 'phone', 'links'];

export type Profile = ProfileFieldsFragment;
export type ProfileLink = NonNullable<Profile['links']>[number];
export type CustomFieldValue = Profile['customFields'][number];
export type CustomField = CustomFieldFieldsFragment;
export type CustomFieldOption = CustomField['options'][number];

graphql(`
  fragment ProfileFields on Profile {
    memberId
    displayName
    nameKana
    nameRomaji
    headline
    photoUrl
    entryYear
    leaveYear
    department
    employer
    jobTitle
    industry
    location
    bio
    skills
    interests
    links {
      label
      url
    }
    contactEmail
    phone
    customFields {
      fieldId
      key
      label
      type
      value
      values
      displayText
    }
    contactVisibility {
      contactEmail
      phone
      links
    }
    email
    registrationAnswers {
      key
      values
    }
  }
`);

graphql(`
  fragment CustomFieldFields on CustomField {
    id
    key
    label
    type
    options {
      value
      label
    }
    helpText
    visibility
    position
    archivedAt
  }
`);

graphql(`
  fragment ProfileFieldSettingFields on ProfileFieldSetting {
    field
    visibility
    decidedBy
    changeable
    searchable
  }
`);

graphql(`
  fragment ProfileFieldDescriptionFields on ProfileFieldDescription {
    key
    standard
    customFieldId
    label
    helpText
    kind
    multi
    maxLength
    maxItems
    min
    max
    options {
      value
      label
    }
    visibility
    decidedBy
    visibilityOptions
    searchable
    filter
    filterArgument
    importable
  }
`);

/**
 * One profile field of the network as the directory describes it (`profileFields`): the standard
 * fields first (labelled here by key, `profiles.fields.<key>`), then the active custom fields with
 * their own label. Forms, filters and import mappings are built from it.
 */
export type ProfileFieldDescription = ProfileFieldDescriptionFieldsFragment;

export const ProfileFieldsQuery = graphql(`
  query ProfileFields {
    profileFields {
      ...ProfileFieldDescriptionFields
    }
  }
`);

export const ProfileQuery = graphql(`
  query MemberProfile($memberId: ID!) {
    profile(memberId: $memberId) {
      ...ProfileFields
    }
    profileFields {
      ...ProfileFieldDescriptionFields
    }
  }
`);

export const MyProfileQuery = graphql(`
  query MyProfile {
    myProfile {
      ...ProfileFields
    }
    profileFields {
      ...ProfileFieldDescriptionFields
    }
  }
`);

export type ProfileFieldSetting = ProfileFieldSettingFieldsFragment;

export const UpdateMyProfileMutation = graphql(`
  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {
    updateMyProfile(input: $input) {
      profile {
        ...ProfileFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const FieldAdminQuery = graphql(`
  query FieldAdmin {
    customFields(includeArchived: true) {
      ...CustomFieldFields
    }
    profileFieldSettings {
      ...ProfileFieldSettingFields
    }
  }
`);

export const SetProfileFieldVisibilityMutation = graphql(`
  mutation SetProfileFieldVisibility($input: SetProfileFieldVisibilityInput!) {
    setProfileFieldVisibility(input: $input) {
      setting {
        ...ProfileFieldSettingFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const CreateCustomFieldMutation = graphql(`
  mutation CreateCustomField($input: CreateCustomFieldInput!) {
    createCustomField(input: $input) {
      field {
        ...CustomFieldFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const UpdateCustomFieldMutation = graphql(`
  mutation UpdateCustomField($input: UpdateCustomFieldInput!) {
    updateCustomField(input: $input) {
      field {
        ...CustomFieldFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const ReorderCustomFieldsMutation = graphql(`
  mutation ReorderCustomFields($input: ReorderCustomFieldsInput!) {
    reorderCustomFields(input: $input) {
      fields {
        id
        position
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const ArchiveCustomFieldMutation = graphql(`
  mutation ArchiveCustomField($id: ID!) {
    archiveCustomField(id: $id) {
      field {
        ...CustomFieldFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const RestoreCustomFieldMutation = graphql(`
  mutation RestoreCustomField($id: ID!) {
    restoreCustomField(id: $id) {
      field {
        ...CustomFieldFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);
