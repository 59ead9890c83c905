// The admin CRM's operations: the member list and detail, tags and segments.
import { gql } from '@urql/core';
import type { TFunction } from 'i18next';
import type { PageInfo, UserError } from '../../api/documents';
import { translateUserError } from '../../api/errors';
import type { CustomFieldValue, Profile } from '../profiles.api';

export type MemberStatus = 'APPROVED' | 'PENDING' | 'SUSPENDED' | 'REJECTED' | 'UNREGISTERED';
export const MEMBER_STATUSES: MemberStatus[] = ['APPROVED', 'PENDING', 'SUSPENDED', 'REJECTED', 'UNREGISTERED'];

/** The server's DirectoryFilter, as the admin pages build it (empty conditions are left out). */
export interface DirectoryFilter {
  text?: string;
  entryYear?: { from?: number | null; to?: number | null };
  departments?: string[];
  employers?: string[];
  locations?: string[];
  skills?: string[];
  statuses?: MemberStatus[];
  tagIds?: string[];
  withoutTagIds?: string[];
  lineLinked?: boolean;
  signedInSince?: string;
  notSignedInSince?: string;
  registrationAnswers?: { key: string; value: string }[];
}

export interface Tag {
  id: string;
  name: string;
  color: string | null;
  rule: DirectoryFilter | null;
  ruleAppliesToNewcomers: boolean;
  memberCount: number;
}

/** The profile as the member detail asks for it (DETAIL_FIELDS): every field, custom values as display text. */
export type AdminMemberProfile = Omit<Profile, 'customFields' | 'contactVisibility' | 'email' | 'registrationAnswers'> & {
  customFields: Pick<CustomFieldValue, 'fieldId' | 'label' | 'displayText'>[];
};

export interface AdminMember {
  id: string;
  status: MemberStatus;
  email: string | null;
  externalId: string | null;
  lastSignInAt: string | null;
  signInCount: number;
  lineLinked: boolean;
  joinedAt: string;
  registrationAnswers: Record<string, string | string[]>;
  tags: { id: string; name: string; color: string | null }[];
  profile: AdminMemberProfile;
}

export interface Segment {
  id: string;
  name: string;
  description: string | null;
  filter: DirectoryFilter;
  memberCount: number;
}

const LIST_FIELDS = `id status email lastSignInAt signInCount lineLinked joinedAt tags { id name color }
  profile { memberId displayName nameKana entryYear department employer location }`;
const DETAIL_FIELDS = `id status email externalId lastSignInAt signInCount lineLinked joinedAt registrationAnswers tags { id name color }
  profile { memberId displayName nameKana nameRomaji headline photoUrl entryYear leaveYear department employer jobTitle industry location bio
    skills interests links { label url } contactEmail phone customFields { fieldId label displayText } }`;
const TAG_FIELDS = 'id name color rule ruleAppliesToNewcomers memberCount';
const SEGMENT_FIELDS = 'id name description filter memberCount';

export type SortOrder = 'NAME' | 'ENTRY_YEAR_DESC' | 'RECENTLY_JOINED' | 'LAST_SIGN_IN';

export const AdminMembersQuery = gql<
  { adminMembers: { totalCount: number; pageInfo: PageInfo; edges: { cursor: string; node: AdminMember }[] } },
  { filter: DirectoryFilter; sort: SortOrder | null; first: number; after: string | null }
>(`query AdminMembers($filter: DirectoryFilter, $sort: DirectorySort, $first: Int, $after: String) {
  adminMembers(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${LIST_FIELDS} } } }
}`);

export const AdminMemberQuery = gql<{ adminMember: AdminMember | null }, { id: string }>(`query AdminMember($id: ID!) { adminMember(id: $id) { ${DETAIL_FIELDS} } }`);

export const TagsQuery = gql<{ tags: { totalCount: number; edges: { node: Tag }[] } }, Record<string, never>>(
  `query Tags { tags(first: 200) { totalCount edges { node { ${TAG_FIELDS} } } } }`,
);

type TagPayload = { tag: Tag | null; affectedCount: number; errors: UserError[] };

export const CreateTagMutation = gql<{ createTag: TagPayload }, { input: { name: string; color: string | null; rule: DirectoryFilter | null; ruleAppliesToNewcomers: boolean } }>(
  `mutation CreateTag($input: CreateTagInput!) { createTag(input: $input) { tag { ${TAG_FIELDS} } affectedCount errors { code field message } } }`,
);
export const UpdateTagMutation = gql<
  { updateTag: TagPayload },
  { input: { id: string; name?: string; color?: string | null; rule?: DirectoryFilter | null; ruleAppliesToNewcomers?: boolean } }
>(`mutation UpdateTag($input: UpdateTagInput!) { updateTag(input: $input) { tag { ${TAG_FIELDS} } affectedCount errors { code field message } } }`);
export const MergeTagsMutation = gql<{ mergeTags: TagPayload }, { input: { sourceTagIds: string[]; targetTagId: string } }>(
  `mutation MergeTags($input: MergeTagsInput!) { mergeTags(input: $input) { tag { ${TAG_FIELDS} } affectedCount errors { code field message } } }`,
);
export const DeleteTagMutation = gql<{ deleteTag: { deletedTagId: string | null; errors: UserError[] } }, { input: { id: string } }>(
  `mutation DeleteTag($input: TagIdInput!) { deleteTag(input: $input) { deletedTagId errors { code field message } } }`,
);
export const BulkTagMembersMutation = gql<
  { bulkTagMembers: TagPayload },
  { input: { tagId: string; memberIds?: string[]; filter?: DirectoryFilter; action: 'ADD' | 'REMOVE' } }
>(`mutation BulkTagMembers($input: BulkTagMembersInput!) { bulkTagMembers(input: $input) { tag { ${TAG_FIELDS} } affectedCount errors { code field message } } }`);

export const SegmentsQuery = gql<{ segments: { totalCount: number; edges: { node: Segment }[] } }, Record<string, never>>(
  `query Segments { segments(first: 200) { totalCount edges { node { ${SEGMENT_FIELDS} } } } }`,
);
export const SegmentPreviewQuery = gql<{ segmentPreview: { count: number; members: AdminMember[] } }, { filter: DirectoryFilter; first: number }>(
  `query SegmentPreview($filter: DirectoryFilter!, $first: Int) { segmentPreview(filter: $filter, first: $first) { count members { ${LIST_FIELDS} } } }`,
);
type SegmentPayload = { segment: Segment | null; errors: UserError[] };
export const CreateSegmentMutation = gql<{ createSegment: SegmentPayload }, { input: { name: string; description: string | null; filter: DirectoryFilter } }>(
  `mutation CreateSegment($input: CreateSegmentInput!) { createSegment(input: $input) { segment { ${SEGMENT_FIELDS} } errors { code field message } } }`,
);
export const UpdateSegmentMutation = gql<{ updateSegment: SegmentPayload }, { input: { id: string; name: string; description: string | null; filter: DirectoryFilter } }>(
  `mutation UpdateSegment($input: UpdateSegmentInput!) { updateSegment(input: $input) { segment { ${SEGMENT_FIELDS} } errors { code field message } } }`,
);
export const DeleteSegmentMutation = gql<{ deleteSegment: { deletedSegmentId: string | null; errors: UserError[] } }, { input: { id: string } }>(
  `mutation DeleteSegment($input: DeleteSegmentInput!) { deleteSegment(input: $input) { deletedSegmentId errors { code field message } } }`,
);

/** A filter without its empty conditions, as the server stores and compares it. */
export function cleanFilter(filter: DirectoryFilter): DirectoryFilter {
  const clean: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value) && value.length === 0) continue;
    if (key === 'entryYear') {
      const range = value as { from?: number | null; to?: number | null };
      if ((range.from ?? null) === null && (range.to ?? null) === null) continue;
    }
    clean[key] = value;
  }
  return clean as DirectoryFilter;
}

type LooseT = (key: string | string[], options?: Record<string, unknown>) => string;

/** A user error of the CRM pages: their own wording for tag and segment codes first, the shared translations otherwise. */
export function describeCrmError(t: TFunction, error: UserError): string {
  return (t as unknown as LooseT)([`crm.userErrors.${error.code}`], { defaultValue: translateUserError(t, error) });
}
