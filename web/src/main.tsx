import '@mantine/core/styles.css';
import './styles.css';
import './i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { MantineProvider } from '@mantine/core';
import { BrowserRouter } from 'react-router';
import { SessionApiClient } from './api/SessionApiClient';
import { App } from './App';
import { NotificationsProvider } from './notifications/NotificationsProvider';
import { ViewerProvider } from './session/viewer';
import { theme } from './theme';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

createRoot(root).render(
  <StrictMode>
    <MantineProvider theme={theme} defaultColorScheme="auto">
      <BrowserRouter>
        <SessionApiClient>
          <ViewerProvider>
            <NotificationsProvider>
              <App />
            </NotificationsProvider>
          </ViewerProvider>
        </SessionApiClient>
      </BrowserRouter>
    </MantineProvider>
  </StrictMode>,
);
