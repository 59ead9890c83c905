// GraphQL operations of roles and permissions, staff invitations, invitation links and the audit log.
import { graphql } from '../graphql';
import type { ResultOf } from '@graphql-typed-document-node/core';
import type { MemberRole } from '../api/documents';
import type {
  CustomRoleFieldsFragment,
  InvitationLinkFieldsFragment,
  Permission,
  RoleHolderFieldsFragment,
  StaffInvitationFieldsFragment,
} from '../graphql/graphql';

export type { InvitationLinkStatus, Permission, StaffInvitationStatus } from '../graphql/graphql';
export const PERMISSIONS: readonly Permission[] = [
  'APPROVE_MEMBERS',
  'MANAGE_MEMBERS',
  'SEND_BULK_MESSAGES',
  'MANAGE_CONTENT',
  'VIEW_ANALYTICS',
  'MANAGE_SETTINGS',
];
export const BUILT_IN_ROLES: MemberRole[] = ['OWNER', 'ADMIN', 'STAFF', 'MEMBER'];

export interface MemberRef {
  id: string;
  displayName: string;
  email?: string | null;
}

export type CustomRole = CustomRoleFieldsFragment;
export type RoleHolder = RoleHolderFieldsFragment;
export type StaffInvitation = StaffInvitationFieldsFragment;
export type InvitationLink = InvitationLinkFieldsFragment;

graphql(`
  fragment CustomRoleFields on CustomRole {
    id
    name
    description
    permissions
    memberCount
  }
`);

graphql(`
  fragment RoleHolderFields on Member {
    id
    displayName
    email
    role
    status
    customRole {
      id
      name
    }
  }
`);

graphql(`
  fragment StaffInvitationFields on StaffInvitation {
    id
    email
    role
    customRoleName
    message
    status
    invitedBy {
      id
      displayName
    }
    acceptedMember {
      id
      displayName
    }
    expiresAt
    lastSentAt
    sendCount
    acceptedAt
    createdAt
  }
`);

graphql(`
  fragment InvitationLinkFields on InvitationLink {
    id
    code
    path
    label
    createdBy {
      id
      displayName
    }
    role
    customRoleName
    skipApproval
    maxUses
    uses
    expiresAt
    status
    createdAt
  }
`);

export const RolesQuery = graphql(`
  query Roles {
    roles {
      builtIn {
        role
        permissions
        memberCount
      }
      custom {
        ...CustomRoleFields
      }
    }
  }
`);
export type BuiltInRole = ResultOf<typeof RolesQuery>['roles']['builtIn'][number];

export const MemberRolesQuery = graphql(`
  query MemberRoles($search: String, $first: Int, $after: String) {
    memberRoles(search: $search, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...RoleHolderFields
        }
      }
      pageInfo {
        ...PageInfoFields
      }
      totalCount
    }
  }
`);

export type { CreateCustomRoleInput as CustomRoleInput, CreateInvitationLinkInput as InvitationLinkInput } from '../graphql/graphql';

export const CreateCustomRoleMutation = graphql(`
  mutation CreateCustomRole($input: CreateCustomRoleInput!) {
    createCustomRole(input: $input) {
      role {
        ...CustomRoleFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const UpdateCustomRoleMutation = graphql(`
  mutation UpdateCustomRole($input: UpdateCustomRoleInput!) {
    updateCustomRole(input: $input) {
      role {
        ...CustomRoleFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const DeleteCustomRoleMutation = graphql(`
  mutation DeleteCustomRole($input: DeleteCustomRoleInput!) {
    deleteCustomRole(input: $input) {
      deletedId
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const ChangeMemberRoleMutation = graphql(`
  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {
    changeMemberRole(input: $input) {
      member {
        ...RoleHolderFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const TransferOwnershipMutation = graphql(`
  mutation TransferOwnership($input: TransferOwnershipInput!) {
    transferOwnership(input: $input) {
      owner {
        ...RoleHolderFields
      }
      previousOwner {
        ...RoleHolderFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

// Staff invitations

export const StaffInvitationsQuery = graphql(`
  query StaffInvitations {
    staffInvitations {
      ...StaffInvitationFields
    }
  }
`);

export const InviteStaffMutation = graphql(`
  mutation InviteStaff($input: InviteStaffInput!) {
    inviteStaff(input: $input) {
      invitation {
        ...StaffInvitationFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const ResendStaffInvitationMutation = graphql(`
  mutation ResendStaffInvitation($input: StaffInvitationIdInput!) {
    resendStaffInvitation(input: $input) {
      invitation {
        ...StaffInvitationFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const RevokeStaffInvitationMutation = graphql(`
  mutation RevokeStaffInvitation($input: StaffInvitationIdInput!) {
    revokeStaffInvitation(input: $input) {
      invitation {
        ...StaffInvitationFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const StaffInvitationPreviewQuery = graphql(`
  query StaffInvitationPreview($token: String!) {
    staffInvitation(token: $token) {
      network {
        ...NetworkFields
      }
      email
      role
      customRoleName
      inviterName
      message
      status
      expiresAt
      accountExists
    }
  }
`);

export type StaffInvitationPreview = NonNullable<ResultOf<typeof StaffInvitationPreviewQuery>['staffInvitation']>;

export const AcceptStaffInvitationMutation = graphql(`
  mutation AcceptStaffInvitation($input: AcceptStaffInvitationInput!) {
    acceptStaffInvitation(input: $input) {
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

// Invitation links and referrals

export const InvitationLinksQuery = graphql(`
  query InvitationLinks($mine: Boolean, $first: Int, $after: String) {
    invitationLinks(mine: $mine, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...InvitationLinkFields
        }
      }
      pageInfo {
        ...PageInfoFields
      }
      totalCount
    }
  }
`);

export const CreateInvitationLinkMutation = graphql(`
  mutation CreateInvitationLink($input: CreateInvitationLinkInput!) {
    createInvitationLink(input: $input) {
      link {
        ...InvitationLinkFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const RevokeInvitationLinkMutation = graphql(`
  mutation RevokeInvitationLink($input: RevokeInvitationLinkInput!) {
    revokeInvitationLink(input: $input) {
      link {
        ...InvitationLinkFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const InvitationSettingsQuery = graphql(`
  query InvitationSettings {
    invitationSettings {
      membersCanInvite
    }
  }
`);

export const UpdateInvitationSettingsMutation = graphql(`
  mutation UpdateInvitationSettings($input: InvitationSettingsInput!) {
    updateInvitationSettings(input: $input) {
      settings {
        membersCanInvite
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const ReferrersQuery = graphql(`
  query Referrers($first: Int, $after: String) {
    referrers(first: $first, after: $after) {
      edges {
        cursor
        node {
          member {
            id
            displayName
            email
          }
          referredCount
          approvedCount
          pendingCount
          lastReferredAt
          referred {
            id
            displayName
            email
            status
            createdAt
          }
        }
      }
      pageInfo {
        ...PageInfoFields
      }
      totalCount
    }
  }
`);

export type Referrer = ResultOf<typeof ReferrersQuery>['referrers']['edges'][number]['node'];

export const InvitationLinkPreviewQuery = graphql(`
  query InvitationLinkPreview($networkSlug: String!, $code: String!) {
    invitationLinkPreview(networkSlug: $networkSlug, code: $code) {
      valid
      errorCode
      inviterName
      skipsApproval
    }
  }
`);

export type InvitationPreview = ResultOf<typeof InvitationLinkPreviewQuery>['invitationLinkPreview'];

// Audit log

export const AuditLogQuery = graphql(`
  query AuditLog($first: Int, $after: String, $action: String) {
    auditLog(first: $first, after: $after, action: $action) {
      edges {
        cursor
        node {
          id
          action
          actor {
            id
            displayName
          }
          target {
            id
            displayName
          }
          details
          createdAt
        }
      }
      pageInfo {
        ...PageInfoFields
      }
    }
  }
`);

export type AuditLogEntry = ResultOf<typeof AuditLogQuery>['auditLog']['edges'][number]['node'];

export const AuditLogActionsQuery = graphql(`
  query AuditLogActions {
    auditLogActions
  }
`);

/** The viewer's permissions and custom role (not part of the shared viewer query). */
export const MyPermissionsQuery = graphql(`
  query MyPermissions {
    me {
      id
      permissions
      customRole {
        id
        name
      }
    }
  }
`);
