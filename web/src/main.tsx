import '@mantine/core/styles.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { SessionApiClient } from './api/SessionApiClient';
import { App } from './App';
import { i18nReady } from './i18n';
import { NotificationsProvider } from './notifications/NotificationsProvider';
import { ViewerProvider } from './session/viewer';
import { AppThemeProvider } from './theme';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

// A data router (App keeps its own <Routes> inside) so pages can ask before leaving with unsaved changes (useBlocker).
const router = createBrowserRouter([
  {
    path: '*',
    element: (
      <SessionApiClient>
        <ViewerProvider>
          <NotificationsProvider>
            <App />
          </NotificationsProvider>
        </ViewerProvider>
      </SessionApiClient>
    ),
  },
]);

// The first paint waits for the visitor's language (one small chunk), so no page flashes untranslated keys.
void i18nReady.then(() =>
  createRoot(root).render(
    <StrictMode>
      <AppThemeProvider>
        <RouterProvider router={router} />
      </AppThemeProvider>
    </StrictMode>,
  ),
);
