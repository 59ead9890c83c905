// GraphQL operations of roles and permissions, staff invitations, invitation links and the audit log.
import { gql } from '@urql/core';
import type { MemberRole, MembershipStatus, Network, PageInfo, UserError, Viewer } from '../api/documents';

export const PERMISSIONS = ['APPROVE_MEMBERS', 'MANAGE_MEMBERS', 'SEND_BULK_MESSAGES', 'MANAGE_CONTENT', 'VIEW_ANALYTICS', 'MANAGE_SETTINGS'] as const;
export type Permission = (typeof PERMISSIONS)[number];
export const BUILT_IN_ROLES: MemberRole[] = ['OWNER', 'ADMIN', 'STAFF', 'MEMBER'];

export interface MemberRef {
  id: string;
  displayName: string;
  email?: string | null;
}

export interface CustomRole {
  id: string;
  name: string;
  description: string | null;
  permissions: Permission[];
  memberCount: number;
}

export interface BuiltInRole {
  role: MemberRole;
  permissions: Permission[];
  memberCount: number;
}

export interface RoleHolder {
  id: string;
  displayName: string;
  email: string | null;
  role: MemberRole;
  status: MembershipStatus;
  customRole: { id: string; name: string } | null;
}

const ROLE_FIELDS = 'id name description permissions memberCount';
const HOLDER_FIELDS = 'id displayName email role status customRole { id name }';

export const RolesQuery = gql<{ roles: { builtIn: BuiltInRole[]; custom: CustomRole[] } }, Record<string, never>>(`
  query Roles { roles { builtIn { role permissions memberCount } custom { ${ROLE_FIELDS} } } }
`);

export const MemberRolesQuery = gql<
  { memberRoles: { edges: { cursor: string; node: RoleHolder }[]; pageInfo: PageInfo; totalCount: number } },
  { search?: string | null; first: number; after?: string | null }
>(`
  query MemberRoles($search: String, $first: Int, $after: String) {
    memberRoles(search: $search, first: $first, after: $after) {
      edges { cursor node { ${HOLDER_FIELDS} } }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`);

export interface CustomRoleInput {
  name: string;
  description: string | null;
  permissions: Permission[];
}

export const CreateCustomRoleMutation = gql<{ createCustomRole: { role: CustomRole | null; errors: UserError[] } }, { input: CustomRoleInput }>(`
  mutation CreateCustomRole($input: CreateCustomRoleInput!) { createCustomRole(input: $input) { role { ${ROLE_FIELDS} } errors { code field message } } }
`);

export const UpdateCustomRoleMutation = gql<{ updateCustomRole: { role: CustomRole | null; errors: UserError[] } }, { input: CustomRoleInput & { id: string } }>(`
  mutation UpdateCustomRole($input: UpdateCustomRoleInput!) { updateCustomRole(input: $input) { role { ${ROLE_FIELDS} } errors { code field message } } }
`);

export const DeleteCustomRoleMutation = gql<{ deleteCustomRole: { deletedId: string | null; errors: UserError[] } }, { input: { id: string } }>(`
  mutation DeleteCustomRole($input: DeleteCustomRoleInput!) { deleteCustomRole(input: $input) { deletedId errors { code field message } } }
`);

export const ChangeMemberRoleMutation = gql<
  { changeMemberRole: { member: RoleHolder | null; errors: UserError[] } },
  { input: { memberId: string; role: MemberRole; customRoleId: string | null } }
>(`
  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { member { ${HOLDER_FIELDS} } errors { code field message } } }
`);

export const TransferOwnershipMutation = gql<
  { transferOwnership: { owner: RoleHolder | null; previousOwner: RoleHolder | null; errors: UserError[] } },
  { input: { memberId: string } }
>(`
  mutation TransferOwnership($input: TransferOwnershipInput!) {
    transferOwnership(input: $input) { owner { ${HOLDER_FIELDS} } previousOwner { ${HOLDER_FIELDS} } errors { code field message } }
  }
`);

// Staff invitations

export type StaffInvitationStatus = 'PENDING' | 'ACCEPTED' | 'REVOKED' | 'EXPIRED';

export interface StaffInvitation {
  id: string;
  email: string;
  role: MemberRole;
  customRoleName: string | null;
  message: string | null;
  status: StaffInvitationStatus;
  invitedBy: MemberRef | null;
  acceptedMember: MemberRef | null;
  expiresAt: string;
  lastSentAt: string;
  sendCount: number;
  acceptedAt: string | null;
  createdAt: string;
}

const STAFF_INVITATION_FIELDS =
  'id email role customRoleName message status invitedBy { id displayName } acceptedMember { id displayName } expiresAt lastSentAt sendCount acceptedAt createdAt';

export const StaffInvitationsQuery = gql<{ staffInvitations: StaffInvitation[] }, Record<string, never>>(`
  query StaffInvitations { staffInvitations { ${STAFF_INVITATION_FIELDS} } }
`);

type StaffInvitationResult = { invitation: StaffInvitation | null; errors: UserError[] };

export const InviteStaffMutation = gql<
  { inviteStaff: StaffInvitationResult },
  { input: { email: string; role: MemberRole; customRoleId: string | null; message: string | null; expiresInDays: number } }
>(`
  mutation InviteStaff($input: InviteStaffInput!) { inviteStaff(input: $input) { invitation { ${STAFF_INVITATION_FIELDS} } errors { code field message } } }
`);

export const ResendStaffInvitationMutation = gql<{ resendStaffInvitation: StaffInvitationResult }, { input: { id: string } }>(`
  mutation ResendStaffInvitation($input: StaffInvitationIdInput!) {
    resendStaffInvitation(input: $input) { invitation { ${STAFF_INVITATION_FIELDS} } errors { code field message } }
  }
`);

export const RevokeStaffInvitationMutation = gql<{ revokeStaffInvitation: StaffInvitationResult }, { input: { id: string } }>(`
  mutation RevokeStaffInvitation($input: StaffInvitationIdInput!) {
    revokeStaffInvitation(input: $input) { invitation { ${STAFF_INVITATION_FIELDS} } errors { code field message } }
  }
`);

export interface StaffInvitationPreview {
  network: Network;
  email: string;
  role: MemberRole;
  customRoleName: string | null;
  inviterName: string | null;
  message: string | null;
  status: StaffInvitationStatus;
  expiresAt: string;
  accountExists: boolean;
}

export const StaffInvitationPreviewQuery = gql<{ staffInvitation: StaffInvitationPreview | null }, { token: string }>(`
  query StaffInvitationPreview($token: String!) {
    staffInvitation(token: $token) {
      network { id slug name defaultLocale } email role customRoleName inviterName message status expiresAt accountExists
    }
  }
`);

export const AcceptStaffInvitationMutation = gql<
  { acceptStaffInvitation: { accessToken: string | null; member: Viewer | null; errors: UserError[] } },
  { input: { token: string; password: string; displayName: string | null } }
>(`
  mutation AcceptStaffInvitation($input: AcceptStaffInvitationInput!) {
    acceptStaffInvitation(input: $input) {
      accessToken
      member { id displayName email role status network { id slug name defaultLocale } }
      errors { code field message }
    }
  }
`);

// Invitation links and referrals

export type InvitationLinkStatus = 'ACTIVE' | 'EXPIRED' | 'USED_UP' | 'REVOKED';

export interface InvitationLink {
  id: string;
  code: string;
  path: string;
  label: string | null;
  createdBy: MemberRef | null;
  role: MemberRole | null;
  customRoleName: string | null;
  skipApproval: boolean;
  maxUses: number | null;
  uses: number;
  expiresAt: string | null;
  status: InvitationLinkStatus;
  createdAt: string;
}

const LINK_FIELDS = 'id code path label createdBy { id displayName } role customRoleName skipApproval maxUses uses expiresAt status createdAt';

export const InvitationLinksQuery = gql<
  { invitationLinks: { edges: { cursor: string; node: InvitationLink }[]; pageInfo: PageInfo; totalCount: number } },
  { mine: boolean; first: number; after?: string | null }
>(`
  query InvitationLinks($mine: Boolean, $first: Int, $after: String) {
    invitationLinks(mine: $mine, first: $first, after: $after) {
      edges { cursor node { ${LINK_FIELDS} } }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`);

export interface InvitationLinkInput {
  label: string | null;
  expiresAt: string | null;
  maxUses: number | null;
  role?: MemberRole | null;
  customRoleId?: string | null;
  skipApproval?: boolean;
}

export const CreateInvitationLinkMutation = gql<{ createInvitationLink: { link: InvitationLink | null; errors: UserError[] } }, { input: InvitationLinkInput }>(`
  mutation CreateInvitationLink($input: CreateInvitationLinkInput!) {
    createInvitationLink(input: $input) { link { ${LINK_FIELDS} } errors { code field message } }
  }
`);

export const RevokeInvitationLinkMutation = gql<{ revokeInvitationLink: { link: InvitationLink | null; errors: UserError[] } }, { input: { id: string } }>(`
  mutation RevokeInvitationLink($input: RevokeInvitationLinkInput!) {
    revokeInvitationLink(input: $input) { link { ${LINK_FIELDS} } errors { code field message } }
  }
`);

export const InvitationSettingsQuery = gql<{ invitationSettings: { membersCanInvite: boolean } }, Record<string, never>>(`
  query InvitationSettings { invitationSettings { membersCanInvite } }
`);

export const UpdateInvitationSettingsMutation = gql<
  { updateInvitationSettings: { settings: { membersCanInvite: boolean } | null; errors: UserError[] } },
  { input: { membersCanInvite: boolean } }
>(`
  mutation UpdateInvitationSettings($input: InvitationSettingsInput!) {
    updateInvitationSettings(input: $input) { settings { membersCanInvite } errors { code field message } }
  }
`);

export interface Referrer {
  member: MemberRef | null;
  referredCount: number;
  approvedCount: number;
  pendingCount: number;
  lastReferredAt: string;
  referred: (MemberRef & { status: MembershipStatus; createdAt: string })[];
}

export const ReferrersQuery = gql<
  { referrers: { edges: { cursor: string; node: Referrer }[]; pageInfo: PageInfo; totalCount: number } },
  { first: number; after?: string | null }
>(`
  query Referrers($first: Int, $after: String) {
    referrers(first: $first, after: $after) {
      edges { cursor node {
        member { id displayName email } referredCount approvedCount pendingCount lastReferredAt
        referred { id displayName email status createdAt }
      } }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`);

export interface InvitationPreview {
  valid: boolean;
  errorCode: string | null;
  inviterName: string | null;
  skipsApproval: boolean;
}

export const InvitationLinkPreviewQuery = gql<{ invitationLinkPreview: InvitationPreview }, { networkSlug: string; code: string }>(`
  query InvitationLinkPreview($networkSlug: String!, $code: String!) {
    invitationLinkPreview(networkSlug: $networkSlug, code: $code) { valid errorCode inviterName skipsApproval }
  }
`);

// Audit log

export interface AuditLogEntry {
  id: string;
  action: string;
  actor: MemberRef | null;
  target: MemberRef | null;
  details: string;
  createdAt: string;
}

export const AuditLogQuery = gql<
  { auditLog: { edges: { cursor: string; node: AuditLogEntry }[]; pageInfo: PageInfo } },
  { first: number; after?: string | null; action?: string | null }
>(`
  query AuditLog($first: Int, $after: String, $action: String) {
    auditLog(first: $first, after: $after, action: $action) {
      edges { cursor node { id action actor { id displayName } target { id displayName } details createdAt } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export const AuditLogActionsQuery = gql<{ auditLogActions: string[] }, Record<string, never>>(`
  query AuditLogActions { auditLogActions }
`);

/** The viewer's permissions and custom role (not part of the shared viewer query). */
export const MyPermissionsQuery = gql<{ me: { id: string; permissions: Permission[]; customRole: { id: string; name: string } | null } | null }, Record<string, never>>(`
  query MyPermissions { me { id permissions customRole { id name } } }
`);
