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
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
