// Every GraphQL operation of the web client, typed by hand against the gateway's contract.
import { gql } from '@urql/core';
import type { RegistrationAnswer } from '../registration/api';

export type MemberRole = 'OWNER' | 'ADMIN' | 'STAFF' | 'MEMBER';
export type MembershipStatus = 'PENDING' | 'APPROVED' | 'REJECTED' | 'SUSPENDED';

export interface UserError {
  code: string;
  field: string | null;
  message: string;
}
export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}
export interface Network {
  id: string;
  slug: string;
  name: string;
  defaultLocale: string;
}
export interface Viewer {
  id: string;
  displayName: string;
  email: string;
  role: MemberRole;
  status: MembershipStatus;
  network: Network;
}
export interface Notification {
  id: string;
  kind: string;
  title: string;
  body: string | null;
  createdAt: string;
  readAt: string | null;
}
export interface NotificationConnection {
  edges: { cursor: string; node: Notification }[];
  pageInfo: PageInfo;
  totalCount: number;
  unreadCount: number;
}
export interface PendingMember {
  id: string;
  displayName: string;
  email: string;
  /** Whether the applicant has opened the verification link sent to that address. */
  emailVerified: boolean;
  createdAt: string;
  /** Whose invitation link the applicant came through. */
  referredBy: { id: string; displayName: string } | null;
  /** What they answered to the network's registration questions. */
  registrationAnswers: RegistrationAnswer[] | null;
}

const NETWORK_FIELDS = 'id slug name defaultLocale';
const VIEWER_FIELDS = `id displayName email role status network { ${NETWORK_FIELDS} }`;
const NOTIFICATION_FIELDS = 'id kind title body createdAt readAt';
const AUTH_PAYLOAD_FIELDS = `accessToken member { ${VIEWER_FIELDS} } errors { code field message }`;

export const NetworkQuery = gql<{ network: Network | null }, { slug: string }>(`
  query Network($slug: String!) { network(slug: $slug) { ${NETWORK_FIELDS} } }
`);

export const ViewerQuery = gql<{ me: Viewer | null }, Record<string, never>>(`
  query Viewer { me { ${VIEWER_FIELDS} } }
`);

// Asked apart from the viewer: if the notification service is down the rest of the page still works.
export const NotificationsQuery = gql<
  { me: { id: string; notifications: NotificationConnection | null } | null },
  { first: number; after?: string | null }
>(`
  query Notifications($first: Int!, $after: String) {
    me {
      id
      notifications(first: $first, after: $after) {
        edges { cursor node { ${NOTIFICATION_FIELDS} } }
        pageInfo { hasNextPage endCursor }
        totalCount
        unreadCount
      }
    }
  }
`);

export const NotificationAddedSubscription = gql<{ notificationAdded: Notification }, Record<string, never>>(`
  subscription NotificationAdded { notificationAdded { ${NOTIFICATION_FIELDS} } }
`);

export const PendingMembersQuery = gql<
  { pendingMembers: { edges: { cursor: string; node: PendingMember }[]; pageInfo: PageInfo; totalCount: number } },
  { first: number; after?: string | null }
>(`
  query PendingMembers($first: Int!, $after: String) {
    pendingMembers(first: $first, after: $after) {
      edges { cursor node { id displayName email emailVerified createdAt referredBy { id displayName } registrationAnswers { question { id label adminOnly archivedAt } displayText } } }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`);

export interface AuthPayload {
  accessToken: string | null;
  member: Viewer | null;
  errors: UserError[];
}

export const RegisterMutation = gql<
  { register: AuthPayload },
  { input: { networkSlug: string; email: string; password: string; displayName: string } }
>(`
  mutation Register($input: RegisterInput!) { register(input: $input) { ${AUTH_PAYLOAD_FIELDS} } }
`);

/** The account proved who it is and has several networks: choose one with the ticket. */
export interface SignInNetworkChoice {
  ticket: string;
  networks: { displayName: string; status: MembershipStatus; network: { slug: string; name: string } }[];
}
const NETWORK_CHOICE_FIELDS = 'ticket networks { displayName status network { slug name } }';

export const SignInMutation = gql<
  { signIn: AuthPayload & { networkChoice: SignInNetworkChoice | null } },
  { input: { networkSlug?: string; email: string; password: string } }
>(`
  mutation SignIn($input: SignInInput!) { signIn(input: $input) { ${AUTH_PAYLOAD_FIELDS} networkChoice { ${NETWORK_CHOICE_FIELDS} } } }
`);

export const SignInNetworkChoiceQuery = gql<{ signInNetworkChoice: SignInNetworkChoice | null }, { ticket: string }>(`
  query SignInNetworkChoice($ticket: String!) { signInNetworkChoice(ticket: $ticket) { ${NETWORK_CHOICE_FIELDS} } }
`);

export const ChooseSignInNetworkMutation = gql<{ chooseSignInNetwork: AuthPayload }, { input: { ticket: string; networkSlug: string } }>(`
  mutation ChooseSignInNetwork($input: ChooseSignInNetworkInput!) { chooseSignInNetwork(input: $input) { ${AUTH_PAYLOAD_FIELDS} } }
`);

export const RenewAccessTokenMutation = gql<
  { renewAccessToken: AuthPayload },
  { input: { networkSlug?: string } }
>(`
  mutation RenewAccessToken($input: RenewAccessTokenInput!) { renewAccessToken(input: $input) { ${AUTH_PAYLOAD_FIELDS} } }
`);

export const ApproveMembershipMutation = gql<
  { approveMembership: { member: { id: string; status: MembershipStatus } | null; errors: UserError[] } },
  { input: { memberId: string; message?: string } }
>(`
  mutation ApproveMembership($input: ApproveMembershipInput!) {
    approveMembership(input: $input) { member { id status } errors { code field message } }
  }
`);

export const RejectMembershipMutation = gql<
  { rejectMembership: { member: { id: string; status: MembershipStatus } | null; errors: UserError[] } },
  { input: { memberId: string; message?: string } }
>(`
  mutation RejectMembership($input: RejectMembershipInput!) {
    rejectMembership(input: $input) { member { id status } errors { code field message } }
  }
`);

export type MembershipDecision = 'APPROVE' | 'REJECT';

export const DecideMembershipsMutation = gql<
  { decideMemberships: { members: { id: string; status: MembershipStatus }[] | null; errors: UserError[] } },
  { input: { memberIds: string[]; decision: MembershipDecision; message?: string } }
>(`
  mutation DecideMemberships($input: DecideMembershipsInput!) {
    decideMemberships(input: $input) { members { id status } errors { code field message } }
  }
`);

export const MarkNotificationsReadMutation = gql<
  { markNotificationsRead: { unreadCount: number; errors: UserError[] } },
  { input: { ids?: string[] } }
>(`
  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input) { unreadCount errors { code field message } }
  }
`);
