// The client's shared GraphQL documents (viewer, notifications, sign-in, approvals) and the fragments
// other features reuse. Result and variable types are generated from the gateway's client schema
// (`npm run codegen -w web` → src/graphql/); the names below are what pages import.
import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../graphql';
import type {
  NetworkFieldsFragment,
  NotificationFieldsFragment,
  PageInfoFieldsFragment,
  UserErrorFieldsFragment,
  ViewerFieldsFragment,
} from '../graphql/graphql';

export type { MemberRole, MembershipStatus } from '../graphql/graphql';
export type UserError = UserErrorFieldsFragment;
export type PageInfo = PageInfoFieldsFragment;
export type Network = NetworkFieldsFragment;
export type Viewer = ViewerFieldsFragment;
export type Notification = NotificationFieldsFragment;

graphql(`
  fragment UserErrorFields on UserError {
    code
    field
    message
  }
`);

graphql(`
  fragment PageInfoFields on PageInfo {
    hasNextPage
    endCursor
  }
`);

graphql(`
  fragment NetworkFields on Network {
    id
    slug
    name
    defaultLocale
  }
`);

graphql(`
  fragment ViewerFields on Member {
    id
    displayName
    email
    role
    status
    network {
      ...NetworkFields
    }
  }
`);

graphql(`
  fragment NotificationFields on Notification {
    id
    kind
    title
    body
    createdAt
    readAt
  }
`);

export const NetworkQuery = graphql(`
  query Network($slug: String!) {
    network(slug: $slug) {
      ...NetworkFields
    }
  }
`);

export const ViewerQuery = graphql(`
  query Viewer {
    me {
      ...ViewerFields
    }
  }
`);

// Asked apart from the viewer: if the notification service is down the rest of the page still works.
export const NotificationsQuery = graphql(`
  query Notifications($first: Int!, $after: String) {
    me {
      id
      notifications(first: $first, after: $after) {
        edges {
          cursor
          node {
            ...NotificationFields
          }
        }
        pageInfo {
          ...PageInfoFields
        }
        totalCount
        unreadCount
      }
    }
  }
`);
export type NotificationConnection = NonNullable<NonNullable<ResultOf<typeof NotificationsQuery>['me']>['notifications']>;

export const NotificationAddedSubscription = graphql(`
  subscription NotificationAdded {
    notificationAdded {
      ...NotificationFields
    }
  }
`);

export const PendingMembersQuery = graphql(`
  query PendingMembers($first: Int!, $after: String) {
    pendingMembers(first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          displayName
          email
          emailVerified
          createdAt
          referredBy {
            id
            displayName
          }
          registrationAnswers {
            ...RegistrationAnswerFields
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
/** An applicant, whose invitation link they came through and what they answered to the network's questions. */
export type PendingMember = ResultOf<typeof PendingMembersQuery>['pendingMembers']['edges'][number]['node'];

export const RegisterMutation = graphql(`
  mutation Register($input: RegisterInput!) {
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

graphql(`
  fragment SignInNetworkChoiceFields on SignInNetworkChoice {
    ticket
    networks {
      displayName
      status
      network {
        slug
        name
      }
    }
  }
`);

export const SignInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      accessToken
      member {
        ...ViewerFields
      }
      errors {
        ...UserErrorFields
      }
      networkChoice {
        ...SignInNetworkChoiceFields
      }
    }
  }
`);

/** The account proved who it is and has several networks: choose one with the ticket. */
export type SignInNetworkChoice = NonNullable<ResultOf<typeof SignInMutation>['signIn']['networkChoice']>;

export const SignInNetworkChoiceQuery = graphql(`
  query SignInNetworkChoice($ticket: String!) {
    signInNetworkChoice(ticket: $ticket) {
      ...SignInNetworkChoiceFields
    }
  }
`);

export const ChooseSignInNetworkMutation = graphql(`
  mutation ChooseSignInNetwork($input: ChooseSignInNetworkInput!) {
    chooseSignInNetwork(input: $input) {
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

/** What every way of signing in answers: the access token and the member it is for, or the user errors. */
export type AuthPayload = ResultOf<typeof RegisterMutation>['register'];

export const RenewAccessTokenMutation = graphql(`
  mutation RenewAccessToken($input: RenewAccessTokenInput!) {
    renewAccessToken(input: $input) {
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

export const ApproveMembershipMutation = graphql(`
  mutation ApproveMembership($input: ApproveMembershipInput!) {
    approveMembership(input: $input) {
      member {
        id
        status
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const RejectMembershipMutation = graphql(`
  mutation RejectMembership($input: RejectMembershipInput!) {
    rejectMembership(input: $input) {
      member {
        id
        status
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export type { MembershipDecision } from '../graphql/graphql';

export const DecideMembershipsMutation = graphql(`
  mutation DecideMemberships($input: DecideMembershipsInput!) {
    decideMemberships(input: $input) {
      members {
        id
        status
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input) {
      unreadCount
      errors {
        ...UserErrorFields
      }
    }
  }
`);
