import { lazy, type ComponentType } from 'react';
import { Route, Routes } from 'react-router';
import { AppLayout } from './components/AppLayout';
import { RequireSignedIn } from './components/RequireSignedIn';

/** A route's page, loaded the first time the route opens (AppLayout shows a loader meanwhile). */
function page<M>(load: () => Promise<M>, name: { [K in keyof M]: M[K] extends ComponentType ? K : never }[keyof M]) {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}

// Every member and public page is a chunk of its own.
const AccountSettingsPage = page(() => import('./account/AccountSettingsPage'), 'AccountSettingsPage');
const ConfirmEmailPage = page(() => import('./credentials/ConfirmEmailPage'), 'ConfirmEmailPage');
const ForgotPasswordPage = page(() => import('./credentials/ForgotPasswordPage'), 'ForgotPasswordPage');
const ResetPasswordPage = page(() => import('./credentials/ResetPasswordPage'), 'ResetPasswordPage');
const VerifyEmailPage = page(() => import('./credentials/VerifyEmailPage'), 'VerifyEmailPage');
const CompaniesPage = page(() => import('./directory/CompaniesPage'), 'CompaniesPage');
const DirectoryPage = page(() => import('./directory/DirectoryPage'), 'DirectoryPage');
const ProfileEditPage = page(() => import('./directory/ProfileEditPage'), 'ProfileEditPage');
const ProfilePage = page(() => import('./directory/ProfilePage'), 'ProfilePage');
const ConversationPage = page(() => import('./messaging/ConversationPage'), 'ConversationPage');
const ConversationsPage = page(() => import('./messaging/ConversationsPage'), 'ConversationsPage');
const RoomsPage = page(() => import('./messaging/RoomsPage'), 'RoomsPage');
const FeedItemPage = page(() => import('./feed/FeedItemPage'), 'FeedItemPage');
const HashtagPage = page(() => import('./feed/HashtagPage'), 'HashtagPage');
const HomePage = page(() => import('./pages/HomePage'), 'HomePage');
const NewSurveyPage = page(() => import('./surveys/NewSurveyPage'), 'NewSurveyPage');
const SurveyPage = page(() => import('./surveys/SurveyPage'), 'SurveyPage');
const JoinPage = page(() => import('./pages/JoinPage'), 'JoinPage');
const NotFoundPage = page(() => import('./pages/NotFoundPage'), 'NotFoundPage');
const PendingPage = page(() => import('./pages/PendingPage'), 'PendingPage');
const SignInPage = page(() => import('./pages/SignInPage'), 'SignInPage');
const SocialLoginErrorPage = page(() => import('./social/SocialLoginErrorPage'), 'SocialLoginErrorPage');
const AccountDeletedPage = page(() => import('./privacy/AccountDeletedPage'), 'AccountDeletedPage');
const AcceptInvitationPage = page(() => import('./roles/AcceptInvitationPage'), 'AcceptInvitationPage');
const ArticlePage = page(() => import('./articles/ArticlePage'), 'ArticlePage');
// The editor (and Tiptap's editing code) loads only here.
const ArticleEditorPage = page(() => import('./articles/ArticleEditorPage'), 'ArticleEditorPage');
const MyArticlesPage = page(() => import('./articles/MyArticlesPage'), 'MyArticlesPage');

// The administration area is one chunk: members never load it (see admin/adminPages.ts).
const adminPages = () => import('./admin/adminPages');
const AdminLayout = page(adminPages, 'AdminLayout');
const AdminApprovalsPage = page(adminPages, 'AdminApprovalsPage');
const RegistrationQuestionsPage = page(adminPages, 'RegistrationQuestionsPage');
const AutoApprovalPage = page(adminPages, 'AutoApprovalPage');
const NetworkSettingsPage = page(adminPages, 'NetworkSettingsPage');
const RolesPage = page(adminPages, 'RolesPage');
const StaffInvitationsPage = page(adminPages, 'StaffInvitationsPage');
const InvitationLinksPage = page(adminPages, 'InvitationLinksPage');
const AuditLogPage = page(adminPages, 'AuditLogPage');
const CustomFieldsPage = page(adminPages, 'CustomFieldsPage');
const ImportPage = page(adminPages, 'ImportPage');
const BulkMessagesPage = page(adminPages, 'BulkMessagesPage');
const BulkMessageReportPage = page(adminPages, 'BulkMessageReportPage');
const TemplatesPage = page(adminPages, 'TemplatesPage');
const AutoRepliesPage = page(adminPages, 'AutoRepliesPage');
const MembersPage = page(adminPages, 'MembersPage');
const MemberDetailPage = page(adminPages, 'MemberDetailPage');
const TagsPage = page(adminPages, 'TagsPage');
const SegmentsPage = page(adminPages, 'SegmentsPage');
const ModerationPage = page(adminPages, 'ModerationPage');
const PostingPromptsPage = page(adminPages, 'PostingPromptsPage');
const AdminContentPage = page(adminPages, 'AdminContentPage');

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
          path="/hashtags/:tag"
          element={
            <RequireSignedIn>
              <HashtagPage />
            </RequireSignedIn>
          }
        />
        <Route
          path="/surveys/new"
          element={
            <RequireSignedIn>
              <NewSurveyPage />
            </RequireSignedIn>
          }
        />
        <Route
          path="/surveys/:id"
          element={
            <RequireSignedIn>
              <SurveyPage />
            </RequireSignedIn>
          }
        />
        <Route
          path="/posts/:id"
          element={
            <RequireSignedIn>
              <FeedItemPage />
            </RequireSignedIn>
          }
        />
        <Route
          path="/articles/new"
          element={
            <RequireSignedIn>
              <ArticleEditorPage />
            </RequireSignedIn>
          }
        />
        <Route
          path="/articles/mine"
          element={
            <RequireSignedIn>
              <MyArticlesPage />
            </RequireSignedIn>
          }
        />
        <Route
          path="/articles/:id/edit"
          element={
            <RequireSignedIn>
              <ArticleEditorPage />
            </RequireSignedIn>
          }
        />
        <Route
          path="/articles/:id"
          element={
            <RequireSignedIn>
              <ArticlePage />
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
          <Route path="moderation" element={<ModerationPage />} />
          <Route path="prompts" element={<PostingPromptsPage />} />
          <Route path="content" element={<AdminContentPage />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
