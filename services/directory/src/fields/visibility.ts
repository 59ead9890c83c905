import { hasPermission, Permission, type Viewer } from '@kizuna/auth';

/** Who sees a field: every member of the network, the network's admins, or nobody but the member. */
export type Visibility = 'MEMBERS' | 'ADMINS' | 'HIDDEN';
export const VISIBILITIES: readonly Visibility[] = ['MEMBERS', 'ADMINS', 'HIDDEN'];

/**
 * Whose eyes a profile is read with. `ADMIN` is a member holding MANAGE_MEMBERS (owners and admins
 * always do); the profile's own member reads it as `SELF` and sees everything they entered.
 */
export type Audience = 'SELF' | 'ADMIN' | 'MEMBER';

export function audienceOf(viewer: Viewer, profileMembershipId?: string): Audience {
  if (profileMembershipId !== undefined && profileMembershipId === viewer.membershipId) return 'SELF';
  return isDirectoryAdmin(viewer) ? 'ADMIN' : 'MEMBER';
}

/** Admins of the directory: approved members with MANAGE_MEMBERS (the CRM, tags, segments, imports, exports). */
export function isDirectoryAdmin(viewer: Viewer): boolean {
  return viewer.status === 'approved' && hasPermission(viewer, Permission.MANAGE_MEMBERS);
}

export function isVisibleTo(visibility: Visibility, audience: Audience): boolean {
  if (audience === 'SELF' || visibility === 'MEMBERS') return true;
  return visibility === 'ADMINS' && audience === 'ADMIN';
}
