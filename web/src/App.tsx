import { Route, Routes } from 'react-router';
import { AccountSettingsPage } from './account/AccountSettingsPage';
import { AdminLayout } from './admin/AdminLayout';
import { AppLayout } from './components/AppLayout';
import { RequireSignedIn } from './components/RequireSignedIn';
import { AdminApprovalsPage } from './pages/AdminApprovalsPage';
import { HomePage } from './pages/HomePage';
import { JoinPage } from './pages/JoinPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { PendingPage } from './pages/PendingPage';
import { SignInPage } from './pages/SignInPage';

export function App() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route path="/sign-in" element={<SignInPage />} />
        <Route path="/join/:networkSlug" element={<JoinPage />} />
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
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
