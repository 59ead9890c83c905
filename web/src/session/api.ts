// GraphQL operations for the account's sessions (signed-in devices) and its networks.
import { graphql } from '../graphql';
import type { ResultOf } from '@graphql-typed-document-node/core';
import type { DeviceSessionFieldsFragment } from '../graphql/graphql';

/** A signed-in device; the server names its kind with one of the DeviceType words. */
export type DeviceSession = DeviceSessionFieldsFragment;
export type DeviceType = 'desktop' | 'mobile' | 'tablet' | 'unknown';

graphql(`
  fragment DeviceSessionFields on Session {
    id
    browser
    operatingSystem
    deviceType
    ipAddress
    createdAt
    lastUsedAt
    current
    network {
      id
      slug
      name
    }
  }
`);

export const SessionsQuery = graphql(`
  query Sessions($first: Int, $after: String) {
    sessions(first: $first, after: $after) {
      edges {
        cursor
        node {
          ...DeviceSessionFields
        }
      }
      pageInfo {
        ...PageInfoFields
      }
      totalCount
    }
  }
`);

export const RevokeSessionMutation = graphql(`
  mutation RevokeSession($input: RevokeSessionInput!) {
    revokeSession(input: $input) {
      session {
        id
        current
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const SignOutEverywhereMutation = graphql(`
  mutation SignOutEverywhere($input: SignOutEverywhereInput) {
    signOutEverywhere(input: $input) {
      endedSessions
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const MyNetworksQuery = graphql(`
  query MyNetworks {
    myNetworks {
      id
      displayName
      role
      status
      current
      network {
        id
        slug
        name
        logoUrl
      }
    }
  }
`);
export type AccountNetwork = ResultOf<typeof MyNetworksQuery>['myNetworks'][number];

export const SwitchNetworkMutation = graphql(`
  mutation SwitchNetwork($input: SwitchNetworkInput!) {
    switchNetwork(input: $input) {
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
