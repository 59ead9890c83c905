import type { Permission } from '../roles/api';

/**
 * The administration area's pages, in the order the admin menu lists them. Each page adds itself
 * here, its export in adminPages.ts and its route in App.tsx; `labelKey` is a translation key.
 */
export interface AdminSection {
  path: string;
  labelKey: string;
  /** Who besides owners and admins may open it: members holding this permission. */
  permission?: Permission;
}

export const adminSections: AdminSection[] = [
  { path: '/admin/approvals', labelKey: 'nav.approvals', permission: 'APPROVE_MEMBERS' },
  { path: '/admin/questions', labelKey: 'registration.nav.questions' },
  { path: '/admin/auto-approval', labelKey: 'registration.nav.autoApproval' },
  { path: '/admin/settings', labelKey: 'registration.nav.settings' },
  { path: '/admin/roles', labelKey: 'roles.nav.roles', permission: 'MANAGE_SETTINGS' },
  { path: '/admin/staff', labelKey: 'roles.nav.staff', permission: 'MANAGE_SETTINGS' },
  { path: '/admin/invitations', labelKey: 'roles.nav.links', permission: 'APPROVE_MEMBERS' },
  { path: '/admin/audit', labelKey: 'roles.nav.audit' },
  { path: '/admin/members', labelKey: 'crm.nav.members', permission: 'MANAGE_MEMBERS' },
  { path: '/admin/tags', labelKey: 'crm.nav.tags', permission: 'MANAGE_MEMBERS' },
  { path: '/admin/segments', labelKey: 'crm.nav.segments', permission: 'MANAGE_MEMBERS' },
  { path: '/admin/fields', labelKey: 'profiles.nav.fields', permission: 'MANAGE_MEMBERS' },
  { path: '/admin/import', labelKey: 'imports.nav.import', permission: 'MANAGE_MEMBERS' },
  { path: '/admin/bulk-messages', labelKey: 'messagingAdmin.nav.bulk', permission: 'SEND_BULK_MESSAGES' },
  { path: '/admin/message-templates', labelKey: 'messagingAdmin.nav.templates', permission: 'SEND_BULK_MESSAGES' },
  { path: '/admin/auto-replies', labelKey: 'messagingAdmin.nav.autoReplies', permission: 'SEND_BULK_MESSAGES' },
  { path: '/admin/moderation', labelKey: 'feed.nav.moderation', permission: 'MANAGE_CONTENT' },
  { path: '/admin/prompts', labelKey: 'feed.nav.prompts', permission: 'MANAGE_CONTENT' },
  { path: '/admin/content', labelKey: 'articles.nav.content', permission: 'MANAGE_CONTENT' },
];
