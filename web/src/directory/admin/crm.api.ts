// The admin CRM's operations: the member list and detail, tags and segments.
import { graphql } from '../../graphql';
import type { TFunction } from 'i18next';
import type { UserError } from '../../api/documents';
import { translateUserError } from '../../api/errors';
import type {
  AdminMemberDetailFieldsFragment,
  AdminMemberListFieldsFragment,
  MemberStatus,
  SegmentFieldsFragment,
  TagFieldsFragment,
} from '../../graphql/graphql';
export type { MemberStatus } from '../../graphql/graphql';
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

// Tag rules and segment filters are JSON objects in the graph: the pages read them as directory filters.
export type Tag = Omit<TagFieldsFragment, 'rule'> & { rule: DirectoryFilter | null };
export type Segment = Omit<SegmentFieldsFragment, 'filter'> & { filter: DirectoryFilter };
/** A row of the member list (LIST_FIELDS). */
export type AdminMemberListItem = AdminMemberListFieldsFragment;
/** The member detail: every profile field, custom values as display text, registration answers by question key (text or list of texts). */
export type AdminMember = AdminMemberDetailFieldsFragment;
export type AdminMemberProfile = AdminMember['profile'];

graphql(`
  fragment AdminMemberListFields on AdminMember {
    id
    status
    email
    lastSignInAt
    signInCount
    lineLinked
    joinedAt
    tags {
      id
      name
      color
    }
    profile {
      memberId
      displayName
      nameKana
      entryYear
      department
      employer
      location
    }
  }
`);

graphql(`
  fragment AdminMemberDetailFields on AdminMember {
    id
    status
    email
    externalId
    lastSignInAt
    signInCount
    lineLinked
    joinedAt
    registrationAnswers
    tags {
      id
      name
      color
    }
    profile {
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
        label
        displayText
      }
    }
  }
`);

graphql(`
  fragment TagFields on Tag {
    id
    name
    color
    rule
    ruleAppliesToNewcomers
    memberCount
  }
`);

graphql(`
  fragment SegmentFields on Segment {
    id
    name
    description
    filter
    memberCount
  }
`);

export type SortOrder = 'NAME' | 'ENTRY_YEAR_DESC' | 'RECENTLY_JOINED' | 'LAST_SIGN_IN';

export const AdminMembersQuery = graphql(`
  query AdminMembers($filter: DirectoryFilter, $sort: DirectorySort, $first: Int, $after: String) {
    adminMembers(filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...AdminMemberListFields
        }
      }
    }
  }
`);

export const AdminMemberQuery = graphql(`
  query AdminMember($id: ID!) {
    adminMember(id: $id) {
      ...AdminMemberDetailFields
    }
  }
`);

export const TagsQuery = graphql(`
  query Tags {
    tags(first: 200) {
      totalCount
      edges {
        node {
          ...TagFields
        }
      }
    }
  }
`);

export const CreateTagMutation = graphql(`
  mutation CreateTag($input: CreateTagInput!) {
    createTag(input: $input) {
      tag {
        ...TagFields
      }
      affectedCount
      errors {
        ...UserErrorFields
      }
    }
  }
`);
export const UpdateTagMutation = graphql(`
  mutation UpdateTag($input: UpdateTagInput!) {
    updateTag(input: $input) {
      tag {
        ...TagFields
      }
      affectedCount
      errors {
        ...UserErrorFields
      }
    }
  }
`);
export const MergeTagsMutation = graphql(`
  mutation MergeTags($input: MergeTagsInput!) {
    mergeTags(input: $input) {
      tag {
        ...TagFields
      }
      affectedCount
      errors {
        ...UserErrorFields
      }
    }
  }
`);
export const DeleteTagMutation = graphql(`
  mutation DeleteTag($input: TagIdInput!) {
    deleteTag(input: $input) {
      deletedTagId
      errors {
        ...UserErrorFields
      }
    }
  }
`);
export const BulkTagMembersMutation = graphql(`
  mutation BulkTagMembers($input: BulkTagMembersInput!) {
    bulkTagMembers(input: $input) {
      tag {
        ...TagFields
      }
      affectedCount
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const SegmentsQuery = graphql(`
  query Segments {
    segments(first: 200) {
      totalCount
      edges {
        node {
          ...SegmentFields
        }
      }
    }
  }
`);
export const SegmentPreviewQuery = graphql(`
  query SegmentPreview($filter: DirectoryFilter!, $first: Int) {
    segmentPreview(filter: $filter, first: $first) {
      count
      members {
        ...AdminMemberListFields
      }
    }
  }
`);
export const CreateSegmentMutation = graphql(`
  mutation CreateSegment($input: CreateSegmentInput!) {
    createSegment(input: $input) {
      segment {
        ...SegmentFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);
export const UpdateSegmentMutation = graphql(`
  mutation UpdateSegment($input: UpdateSegmentInput!) {
    updateSegment(input: $input) {
      segment {
        ...SegmentFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);
export const DeleteSegmentMutation = graphql(`
  mutation DeleteSegment($input: DeleteSegmentInput!) {
    deleteSegment(input: $input) {
      deletedSegmentId
      errors {
        ...UserErrorFields
      }
    }
  }
`);

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
