import type { Viewer } from '../api/documents';
import { useQuery } from '../api/hooks';
import { isAdmin, useViewer } from '../session/viewer';
import { MyPermissionsQuery, type Permission } from './api';

export interface ViewerPermissions {
  /** Null while loading. Owners and admins hold every permission. */
  permissions: readonly Permission[] | null;
  has(permission: Permission): boolean;
}

/** What the signed-in member may do in the current network (built-in role plus custom role). */
export function usePermissions(): ViewerPermissions {
  const { viewer } = useViewer();
  const approved = viewer?.status === 'APPROVED';
  const query = useQuery(MyPermissionsQuery, {}, { pause: !approved });
  const permissions = !approved ? [] : (query.data?.me?.permissions ?? (query.error ? [] : null));
  return { permissions, has: (permission) => (approved && isAdmin(viewer)) || !!permissions?.includes(permission) };
}

/** Whether an approved member may open an admin page that needs `permission` (none: owners and admins only). */
export function mayOpen(viewer: Viewer | null, permissions: ViewerPermissions, permission: Permission | undefined): boolean {
  if (viewer?.status !== 'APPROVED') return false;
  if (isAdmin(viewer)) return true;
  return permission !== undefined && permissions.has(permission);
}
