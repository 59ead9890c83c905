import { GraphQLError } from 'graphql';
import type { AuthCheckerFn } from 'type-graphql';
import { isPermission, permissionsOf } from './permissions';
import type { Viewer } from './viewer';

/**
 * Access rules for `@Authorized(...)`:
 * - `@Authorized()`: any approved member.
 * - `@Authorized(Access.ADMIN)` etc.: approved members with one of the named roles (owner counts as admin).
 * - `@Authorized(Permission.APPROVE_MEMBERS)` etc.: approved members whose token carries the permission
 *   (owners and admins hold every permission; staff and custom roles hold theirs).
 * - Several rules: any one of them suffices.
 * - `@Authorized(Access.PENDING_ALLOWED)`: also pending applicants (they may only edit their profile and DM admins).
 */
export const Access = {
  PENDING_ALLOWED: 'pending-allowed',
  OWNER: 'owner',
  ADMIN: 'admin',
  STAFF: 'staff',
} as const;

export interface AuthContext {
  viewer?: Viewer;
}

export function unauthenticated(message = 'Sign in to continue'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

export function forbidden(message = 'You do not have permission to do this'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
}

export function isAllowed(viewer: Viewer, rules: readonly string[]): boolean {
  const pendingAllowed = rules.includes(Access.PENDING_ALLOWED);
  if (viewer.status === 'pending') return pendingAllowed;
  if (viewer.status !== 'approved') return false;
  const required = rules.filter((rule) => rule !== Access.PENDING_ALLOWED);
  if (required.length === 0) return true;
  if (viewer.role === 'owner') return true;
  const permissions = permissionsOf(viewer);
  if (required.some((rule) => isPermission(rule) && permissions.includes(rule))) return true;
  const roles = required.filter((rule) => !isPermission(rule));
  if (viewer.role === 'admin') return roles.some((r) => r !== Access.OWNER);
  return roles.includes(viewer.role);
}

export const authChecker: AuthCheckerFn<AuthContext> = ({ context }, rules) => {
  if (!context.viewer) throw unauthenticated();
  if (!isAllowed(context.viewer, rules)) throw forbidden();
  return true;
};
