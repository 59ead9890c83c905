import type { Permission } from './permissions';

export const ROLES = ['owner', 'admin', 'staff', 'member'] as const;
export type Role = (typeof ROLES)[number];
export const MEMBERSHIP_STATUSES = ['pending', 'approved', 'rejected', 'suspended'] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

/** Who is calling: taken from a verified access token, never from plain headers. */
export interface Viewer {
  accountId: string;
  membershipId: string;
  networkId: string;
  role: Role;
  status: MembershipStatus;
  /**
   * What the member may do in this network (built-in role plus custom role), from the token's
   * `perms` claim; absent only in tokens from before the claim existed (see `permissionsOf`).
   */
  permissions?: readonly Permission[];
}

/** The claims Kizuna puts in its access tokens (besides iss, aud, exp, iat). */
export interface AccessTokenClaims {
  sub: string;
  mid: string;
  nid: string;
  role: Role;
  status: MembershipStatus;
  /** Permissions in this network; the issuer fills them in from the membership when omitted. */
  perms?: Permission[];
}

export const ACCESS_TOKEN_AUDIENCE = 'kizuna';
export const ACCESS_TOKEN_ISSUER = 'kizuna-identity';

export function isAdmin(viewer: Viewer): boolean {
  return viewer.role === 'owner' || viewer.role === 'admin';
}
