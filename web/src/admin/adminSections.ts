/**
 * The administration area's pages, in the order the admin menu lists them. Each page adds itself
 * here and its route in App.tsx; `labelKey` is a translation key.
 */
export interface AdminSection {
  path: string;
  labelKey: string;
}

export const adminSections: AdminSection[] = [{ path: '/admin/approvals', labelKey: 'nav.approvals' }];
