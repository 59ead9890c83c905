import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ContentPage } from '../components/Page';
import { usePageTitle } from '../components/usePageTitle';
import { EmailSection } from './EmailSection';
import { LinkedLoginsSection } from './LinkedLoginsSection';
import { NetworksSection } from './NetworksSection';
import { PasswordSection } from './PasswordSection';
import { PrivacySection } from './PrivacySection';
import { SessionsSection } from './SessionsSection';
import { InviteFriendsSection } from '../roles/InviteFriendsSection';

/**
 * The signed-in person's own account: each concern (e-mail and password, linked logins, sessions,
 * networks, privacy) is a section component of its own in this folder.
 */
export function AccountSettingsPage() {
  const { t } = useTranslation();
  usePageTitle(t('account.pageTitle'));
  return (
    <ContentPage title={t('account.pageTitle')} subtitle={t('account.subtitle')}>
      <Stack gap="xl">
        <EmailSection />
        <PasswordSection />
        <LinkedLoginsSection />
        <SessionsSection />
        <NetworksSection />
        <InviteFriendsSection />
        <PrivacySection />
      </Stack>
    </ContentPage>
  );
}
