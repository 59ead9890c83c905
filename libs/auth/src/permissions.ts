import type { Role, Viewer } from './viewer';

/**
 * What a member may do besides being a member. Built-in roles grant fixed sets; a network's custom
 * roles grant the set an administrator chose. Access tokens carry the set (`perms`), so every
 * service checks it without asking identity.
 */
export const Permission = {
  APPROVE_MEMBERS: 'approve_members',
  MANAGE_MEMBERS: 'manage_members',
  SEND_BULK_MESSAGES: 'send_bulk_messages',
  MANAGE_CONTENT: 'manage_content',
  VIEW_ANALYTICS: 'view_analytics',
  MANAGE_SETTINGS: 'manage_settings',
} as const;
export type Permission = (typeof Permission)[keyof typeof Permission];

export const PERMISSIONS: readonly Permission[] = Object.values(Permission);

/** The permissions each built-in role grants on its own. */
export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  owner: PERMISSIONS,
  admin: PERMISSIONS,
  staff: [Permission.APPROVE_MEMBERS, Permission.MANAGE_CONTENT],
  member: [],
};

export function isPermission(value: unknown): value is Permission {
  return typeof value === 'string' && (PERMISSIONS as readonly string[]).includes(value);
}

/** A role's built-in permissions together with those of a custom role, without repeats, in canonical order. */
export function combinePermissions(role: Role, extra: readonly string[] = []): Permission[] {
  const granted = new Set<string>([...ROLE_PERMISSIONS[role], ...extra]);
  return PERMISSIONS.filter((permission) => granted.has(permission));
}

/**
 * The viewer's permissions as their token states them. Tokens issued before permissions were part
 * of the claims carry none: their role's built-in set applies.
 */
export function permissionsOf(viewer: Pick<Viewer, 'role' | 'permissions'>): readonly Permission[] {
  return viewer.permissions ?? ROLE_PERMISSIONS[viewer.role];
}

/** Whether an approved viewer holds the permission (a pending, suspended or rejected one holds none). */
export function hasPermission(viewer: Pick<Viewer, 'role' | 'status' | 'permissions'> | undefined, permission: Permission): boolean {
  return !!viewer && viewer.status === 'approved' && permissionsOf(viewer).includes(permission);
}
