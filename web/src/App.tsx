import { Route, Routes } from 'react-router';
import { AccountSettingsPage } from './account/AccountSettingsPage';
import { AdminLayout } from './admin/AdminLayout';
import { AutoApprovalPage } from './admin/AutoApprovalPage';
import { NetworkSettingsPage } from './admin/NetworkSettingsPage';
import { RegistrationQuestionsPage } from './admin/RegistrationQuestionsPage';
import { AppLayout } from './components/AppLayout';
import { RequireSignedIn } from './components/RequireSignedIn';
import { ConfirmEmailPage } from './credentials/ConfirmEmailPage';
import { ForgotPasswordPage } from './credentials/ForgotPasswordPage';
import { CompaniesPage } from './directory/CompaniesPage';
import { CustomFieldsPage } from './directory/admin/CustomFieldsPage';
import { DirectoryPage } from './directory/DirectoryPage';
import { ImportPage } from './directory/admin/ImportPage';
import { AutoRepliesPage } from './messaging-admin/AutoRepliesPage';
import { BulkMessageReportPage } from './messaging-admin/BulkMessageReportPage';
import { BulkMessagesPage } from './messaging-admin/BulkMessagesPage';
import { TemplatesPage } from './messaging-admin/TemplatesPage';
import { MemberDetailPage } from './directory/admin/MemberDetailPage';
import { MembersPage } from './directory/admin/MembersPage';
import { SegmentsPage } from './directory/admin/SegmentsPage';
import { TagsPage } from './directory/admin/TagsPage';
import { ProfileEditPage } from './directory/ProfileEditPage';
import { ProfilePage } from './directory/ProfilePage';
import { ConversationPage } from './messaging/ConversationPage';
import { ConversationsPage } from './messaging/ConversationsPage';
import { RoomsPage } from './messaging/RoomsPage';
import { ResetPasswordPage } from './credentials/ResetPasswordPage';
import { VerifyEmailPage } from './credentials/VerifyEmailPage';
import { AdminApprovalsPage } from './pages/AdminApprovalsPage';
import { HomePage } from './pages/HomePage';
import { JoinPage } from './pages/JoinPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { PendingPage } from './pages/PendingPage';
import { SignInPage } from './pages/SignInPage';
import { SocialLoginErrorPage } from './social/SocialLoginErrorPage';
import { AccountDeletedPage } from './privacy/AccountDeletedPage';
import { AcceptInvitationPage } from './roles/AcceptInvitationPage';
import { AuditLogPage } from './roles/AuditLogPage';
import { InvitationLinksPage } from './roles/InvitationLinksPage';
import { RolesPage } from './roles/RolesPage';
import { StaffInvitationsPage } from './roles/StaffInvitationsPage';

export function App() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route path="/sign-in" element={<SignInPage />} />
        <Route path="/join/:networkSlug" element={<JoinPage />} />
        <Route path="/invitations/:token" element={<AcceptInvitationPage />} />
        <Route path="/social-login/error" element={<SocialLoginErrorPage />} />
        <Route path="/verify-email" element={<VerifyEmailPage />} />
        <Route path="/confirm-email" element={<ConfirmEmailPage />} />
        <Route path="/forgot-password" element={<ForgotPasswordPage />} />
        <Route path="/reset-password" element={<ResetPasswordPage />} />
        <Route path="/account-deleted" element={<AccountDeletedPage />} />
        <Route
          path="/pending"
          element={
            <RequireSignedIn>
              <PendingPage />
            </RequireSignedIn>
          }
        />
        <Route
          path="/"
          element={
            <RequireSignedIn>
              <HomePage />
            </RequireSignedIn>
          }
        />
        <Route
          path="/directory"
          element={
            <RequireSignedIn>
              <DirectoryPage />
            </RequireSignedIn>
          }
        />
        <Route
          path="/companies"
          element={
            <RequireSignedIn>
              <CompaniesPage />
            </RequireSignedIn>
          }
        />
        <Route
          path="/members/:memberId"
          element={
            <RequireSignedIn>
              <ProfilePage />
            </RequireSignedIn>
          }
        />
        <Route
          path="/messages"
          element={
            <RequireSignedIn>
              <ConversationsPage />
            </RequireSignedIn>
          }
        />
        <Route
          path="/messages/:conversationId"
          element={
            <RequireSignedIn>
              <ConversationPage />
            </RequireSignedIn>
          }
        />
        <Route
          path="/rooms"
          element={
            <RequireSignedIn>
              <RoomsPage />
            </RequireSignedIn>
          }
        />
        <Route
          path="/profile"
          element={
            <RequireSignedIn>
              <ProfileEditPage />
            </RequireSignedIn>
          }
        />
        <Route
          path="/account"
          element={
            <RequireSignedIn>
              <AccountSettingsPage />
            </RequireSignedIn>
          }
        />
        <Route
          path="/admin"
          element={
            <RequireSignedIn>
              <AdminLayout />
            </RequireSignedIn>
          }
        >
          <Route path="approvals" element={<AdminApprovalsPage />} />
          <Route path="questions" element={<RegistrationQuestionsPage />} />
          <Route path="auto-approval" element={<AutoApprovalPage />} />
          <Route path="settings" element={<NetworkSettingsPage />} />
          <Route path="roles" element={<RolesPage />} />
          <Route path="staff" element={<StaffInvitationsPage />} />
          <Route path="invitations" element={<InvitationLinksPage />} />
          <Route path="audit" element={<AuditLogPage />} />
          <Route path="fields" element={<CustomFieldsPage />} />
          <Route path="import" element={<ImportPage />} />
          <Route path="bulk-messages" element={<BulkMessagesPage />} />
          <Route path="bulk-messages/:id" element={<BulkMessageReportPage />} />
          <Route path="message-templates" element={<TemplatesPage />} />
          <Route path="auto-replies" element={<AutoRepliesPage />} />
          <Route path="members" element={<MembersPage />} />
          <Route path="members/:id" element={<MemberDetailPage />} />
          <Route path="tags" element={<TagsPage />} />
          <Route path="segments" element={<SegmentsPage />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
