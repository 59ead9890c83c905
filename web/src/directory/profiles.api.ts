// GraphQL operations of profiles, profile field settings and custom fields.
import { gql } from '@urql/core';
import type { UserError } from '../api/documents';

export type FieldVisibility = 'MEMBERS' | 'ADMINS' | 'HIDDEN';
export const FIELD_VISIBILITIES: readonly FieldVisibility[] = ['MEMBERS', 'ADMINS', 'HIDDEN'];
export const CUSTOM_FIELD_TYPES = ['TEXT', 'LONG_TEXT', 'NUMBER', 'YEAR', 'DATE', 'URL', 'SINGLE_CHOICE', 'MULTIPLE_CHOICE'] as const;
export type CustomFieldType = (typeof CUSTOM_FIELD_TYPES)[number];
export const isChoiceType = (type: CustomFieldType) => type === 'SINGLE_CHOICE' || type === 'MULTIPLE_CHOICE';

export interface ProfileLink {
  label: string;
  url: string;
}

export interface CustomFieldValue {
  fieldId: string;
  key: string;
  label: string;
  type: CustomFieldType;
  value: string | null;
  values: string[];
  displayText: string;
}

export type ContactField = 'contactEmail' | 'phone' | 'links';
export const CONTACT_FIELDS: readonly ContactField[] = ['contactEmail', 'phone', 'links'];

export interface Profile {
  memberId: string;
  displayName: string;
  nameKana: string | null;
  nameRomaji: string | null;
  headline: string | null;
  photoUrl: string | null;
  entryYear: number | null;
  leaveYear: number | null;
  department: string | null;
  employer: string | null;
  jobTitle: string | null;
  industry: string | null;
  location: string | null;
  bio: string | null;
  skills: string[] | null;
  interests: string[] | null;
  links: ProfileLink[] | null;
  contactEmail: string | null;
  phone: string | null;
  customFields: CustomFieldValue[];
  contactVisibility: Record<ContactField, FieldVisibility> | null;
  email: string | null;
  registrationAnswers: { key: string; values: string[] }[] | null;
}

export interface CustomFieldOption {
  value: string;
  label: string;
}

export interface CustomField {
  id: string;
  key: string;
  label: string;
  type: CustomFieldType;
  options: CustomFieldOption[];
  helpText: string | null;
  visibility: FieldVisibility;
  position: number;
  archivedAt: string | null;
}

export interface ProfileFieldSetting {
  field: string;
  visibility: FieldVisibility;
  decidedBy: 'ALWAYS' | 'NETWORK' | 'MEMBER';
  changeable: boolean;
  searchable: boolean;
}

/** What a profile field holds (standard kinds, then the custom field types). */
export type ProfileFieldKind = 'NAME' | 'TEXT' | 'LONG_TEXT' | 'YEAR' | 'EMAIL' | 'PHONE' | 'LIST' | 'LINKS' | 'PHOTO' | CustomFieldType;

/**
 * One profile field of the network as the directory describes it (`profileFields`): the standard
 * fields first (labelled here by key, `profiles.fields.<key>`), then the active custom fields with
 * their own label. Forms, filters and import mappings are built from it.
 */
export interface ProfileFieldDescription {
  key: string;
  standard: boolean;
  customFieldId: string | null;
  label: string | null;
  helpText: string | null;
  kind: ProfileFieldKind;
  multi: boolean;
  maxLength: number | null;
  maxItems: number | null;
  min: number | null;
  max: number | null;
  options: CustomFieldOption[];
  visibility: FieldVisibility;
  decidedBy: 'ALWAYS' | 'NETWORK' | 'MEMBER';
  visibilityOptions: FieldVisibility[];
  searchable: boolean;
  filter: 'RANGE' | 'ANY_OF' | 'ALL_OF' | null;
  filterArgument: string | null;
  importable: boolean;
}

export const PROFILE_FIELD_DESCRIPTION = `key standard customFieldId label helpText kind multi maxLength maxItems min max options { value label }
  visibility decidedBy visibilityOptions searchable filter filterArgument importable`;

export const ProfileFieldsQuery = gql<{ profileFields: ProfileFieldDescription[] }, Record<string, never>>(`
  query ProfileFields { profileFields { ${PROFILE_FIELD_DESCRIPTION} } }
`);

const PROFILE_FIELDS = `memberId displayName nameKana nameRomaji headline photoUrl entryYear leaveYear department employer jobTitle industry location bio
  skills interests links { label url } contactEmail phone customFields { fieldId key label type value values displayText }
  contactVisibility { contactEmail phone links } email registrationAnswers { key values }`;
const CUSTOM_FIELD_FIELDS = 'id key label type options { value label } helpText visibility position archivedAt';

export const ProfileQuery = gql<{ profile: Profile | null; profileFields: ProfileFieldDescription[] }, { memberId: string }>(`
  query MemberProfile($memberId: ID!) {
    profile(memberId: $memberId) { ${PROFILE_FIELDS} }
    profileFields { ${PROFILE_FIELD_DESCRIPTION} }
  }
`);

export const MyProfileQuery = gql<{ myProfile: Profile | null; profileFields: ProfileFieldDescription[] }, Record<string, never>>(`
  query MyProfile {
    myProfile { ${PROFILE_FIELDS} }
    profileFields { ${PROFILE_FIELD_DESCRIPTION} }
  }
`);

export interface UpdateMyProfileInput {
  displayName?: string | null;
  nameKana?: string | null;
  nameRomaji?: string | null;
  headline?: string | null;
  entryYear?: number | null;
  leaveYear?: number | null;
  department?: string | null;
  employer?: string | null;
  jobTitle?: string | null;
  industry?: string | null;
  location?: string | null;
  bio?: string | null;
  skills?: string[] | null;
  interests?: string[] | null;
  links?: ProfileLink[] | null;
  contactEmail?: string | null;
  phone?: string | null;
  contactVisibility?: Partial<Record<ContactField, FieldVisibility>> | null;
  customFields?: { fieldId: string; value?: string | null; values?: string[] | null }[] | null;
}

export const UpdateMyProfileMutation = gql<{ updateMyProfile: { profile: Profile | null; errors: UserError[] } }, { input: UpdateMyProfileInput }>(`
  mutation UpdateMyProfile($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { profile { ${PROFILE_FIELDS} } errors { code field message } } }
`);

export const FieldAdminQuery = gql<{ customFields: CustomField[]; profileFieldSettings: ProfileFieldSetting[] }, Record<string, never>>(`
  query FieldAdmin {
    customFields(includeArchived: true) { ${CUSTOM_FIELD_FIELDS} }
    profileFieldSettings { field visibility decidedBy changeable searchable }
  }
`);

export const SetProfileFieldVisibilityMutation = gql<
  { setProfileFieldVisibility: { setting: ProfileFieldSetting | null; errors: UserError[] } },
  { input: { field: string; visibility: FieldVisibility } }
>(`
  mutation SetProfileFieldVisibility($input: SetProfileFieldVisibilityInput!) {
    setProfileFieldVisibility(input: $input) { setting { field visibility decidedBy changeable searchable } errors { code field message } }
  }
`);

export interface CustomFieldDraftInput {
  label: string;
  key: string;
  options?: { value?: string | null; label: string }[] | null;
  helpText?: string | null;
  visibility: FieldVisibility;
}

export const CreateCustomFieldMutation = gql<
  { createCustomField: { field: CustomField | null; errors: UserError[] } },
  { input: CustomFieldDraftInput & { type: CustomFieldType } }
>(`
  mutation CreateCustomField($input: CreateCustomFieldInput!) { createCustomField(input: $input) { field { ${CUSTOM_FIELD_FIELDS} } errors { code field message } } }
`);

export const UpdateCustomFieldMutation = gql<
  { updateCustomField: { field: CustomField | null; errors: UserError[] } },
  { input: Partial<CustomFieldDraftInput> & { id: string } }
>(`
  mutation UpdateCustomField($input: UpdateCustomFieldInput!) { updateCustomField(input: $input) { field { ${CUSTOM_FIELD_FIELDS} } errors { code field message } } }
`);

export const ReorderCustomFieldsMutation = gql<{ reorderCustomFields: { fields: { id: string; position: number }[] | null; errors: UserError[] } }, { input: { ids: string[] } }>(`
  mutation ReorderCustomFields($input: ReorderCustomFieldsInput!) { reorderCustomFields(input: $input) { fields { id position } errors { code field message } } }
`);

export const ArchiveCustomFieldMutation = gql<{ archiveCustomField: { field: CustomField | null; errors: UserError[] } }, { id: string }>(`
  mutation ArchiveCustomField($id: ID!) { archiveCustomField(id: $id) { field { ${CUSTOM_FIELD_FIELDS} } errors { code field message } } }
`);

export const RestoreCustomFieldMutation = gql<{ restoreCustomField: { field: CustomField | null; errors: UserError[] } }, { id: string }>(`
  mutation RestoreCustomField($id: ID!) { restoreCustomField(id: $id) { field { ${CUSTOM_FIELD_FIELDS} } errors { code field message } } }
`);
