// GraphQL operations for the account's sessions (signed-in devices) and its networks.
import { gql } from '@urql/core';
import type { MemberRole, MembershipStatus, PageInfo, UserError, Viewer } from '../api/documents';

export type DeviceType = 'desktop' | 'mobile' | 'tablet' | 'unknown';

export interface DeviceSession {
  id: string;
  browser: string | null;
  operatingSystem: string | null;
  deviceType: DeviceType;
  ipAddress: string | null;
  createdAt: string;
  lastUsedAt: string;
  current: boolean;
  network: { id: string; slug: string; name: string } | null;
}

export interface AccountNetwork {
  id: string;
  displayName: string;
  role: MemberRole;
  status: MembershipStatus;
  current: boolean;
  network: { id: string; slug: string; name: string; logoUrl: string | null };
}

const SESSION_FIELDS = 'id browser operatingSystem deviceType ipAddress createdAt lastUsedAt current network { id slug name }';

export const SessionsQuery = gql<
  { sessions: { edges: { cursor: string; node: DeviceSession }[]; pageInfo: PageInfo; totalCount: number } },
  { first?: number; after?: string | null }
>(`
  query Sessions($first: Int, $after: String) {
    sessions(first: $first, after: $after) { edges { cursor node { ${SESSION_FIELDS} } } pageInfo { hasNextPage endCursor } totalCount }
  }
`);

export const RevokeSessionMutation = gql<
  { revokeSession: { session: { id: string; current: boolean } | null; errors: UserError[] } },
  { input: { sessionId: string } }
>(`
  mutation RevokeSession($input: RevokeSessionInput!) { revokeSession(input: $input) { session { id current } errors { code field message } } }
`);

export const SignOutEverywhereMutation = gql<
  { signOutEverywhere: { endedSessions: number; errors: UserError[] } },
  { input: { includeCurrent: boolean } }
>(`
  mutation SignOutEverywhere($input: SignOutEverywhereInput) { signOutEverywhere(input: $input) { endedSessions errors { code field message } } }
`);

export const MyNetworksQuery = gql<{ myNetworks: AccountNetwork[] }, Record<string, never>>(`
  query MyNetworks { myNetworks { id displayName role status current network { id slug name logoUrl } } }
`);

export const SwitchNetworkMutation = gql<
  { switchNetwork: { accessToken: string | null; member: Viewer | null; errors: UserError[] } },
  { input: { networkSlug: string } }
>(`
  mutation SwitchNetwork($input: SwitchNetworkInput!) {
    switchNetwork(input: $input) {
      accessToken member { id displayName email role status network { id slug name defaultLocale } } errors { code field message }
    }
  }
`);
