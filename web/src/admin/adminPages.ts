// The administration area: its layout and every page, which App.tsx loads through this module only,
// so that they make one chunk of their own (`adminPages-<hash>.js`) that member pages never request.
export { AdminLayout } from './AdminLayout';
export { AutoApprovalPage } from './AutoApprovalPage';
export { NetworkSettingsPage } from './NetworkSettingsPage';
export { RegistrationQuestionsPage } from './RegistrationQuestionsPage';
export { AdminApprovalsPage } from '../pages/AdminApprovalsPage';
export { RolesPage } from '../roles/RolesPage';
export { StaffInvitationsPage } from '../roles/StaffInvitationsPage';
export { InvitationLinksPage } from '../roles/InvitationLinksPage';
export { AuditLogPage } from '../roles/AuditLogPage';
export { CustomFieldsPage } from '../directory/admin/CustomFieldsPage';
export { ImportPage } from '../directory/admin/ImportPage';
export { MembersPage } from '../directory/admin/MembersPage';
export { MemberDetailPage } from '../directory/admin/MemberDetailPage';
export { SegmentsPage } from '../directory/admin/SegmentsPage';
export { TagsPage } from '../directory/admin/TagsPage';
export { BulkMessagesPage } from '../messaging-admin/BulkMessagesPage';
export { BulkMessageReportPage } from '../messaging-admin/BulkMessageReportPage';
export { TemplatesPage } from '../messaging-admin/TemplatesPage';
export { AutoRepliesPage } from '../messaging-admin/AutoRepliesPage';
export { ModerationPage } from '../feed/ModerationPage';
export { PostingPromptsPage } from '../feed/PostingPromptsPage';
export { AdminContentPage } from '../articles/AdminContentPage';
