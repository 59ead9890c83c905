import { ActionIcon, Anchor, AppShell, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useNavigate } from 'react-router';
import { VerifyEmailNotice } from '../credentials/VerifyEmailNotice';
import { MessagesNavLink } from '../messaging/MessagesNavLink';
import { NotificationBell } from '../notifications/NotificationBell';
import { NetworkSwitcher } from '../session/NetworkSwitcher';
import { session } from '../session/session';
import { usePermissions } from '../roles/permissions';
import { useViewer } from '../session/viewer';
import { KizunaMark, LogoutIcon } from './icons';
import { LanguageSwitcher } from './LanguageSwitcher';
import classes from './AppLayout.module.css';

export function AppLayout() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { signedIn, viewer } = useViewer();
  const permissions = usePermissions();

  const signOut = () => {
    const slug = viewer?.network.slug ?? session.lastNetworkSlug();
    session.signOut();
    void navigate(slug ? `/sign-in?network=${encodeURIComponent(slug)}` : '/sign-in', { replace: true });
  };

  return (
    <AppShell header={{ height: 60 }} padding={0}>
      <a href="#main" className={classes.skipLink}>
        {t('app.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px={{ base: 'sm', sm: 'md' }} justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="lg" wrap="nowrap" style={{ minWidth: 0 }}>
            <Anchor component={Link} to="/" underline="never" c="inherit" aria-label={t('app.home')}>
              <Group gap={8} wrap="nowrap">
                <KizunaMark size={30} />
                <Text component="span" fw={700} size="lg" className={classes.appName}>
                  {t('app.name')}
                </Text>
              </Group>
            </Anchor>
            {signedIn && (permissions.has('APPROVE_MEMBERS') || permissions.has('MANAGE_SETTINGS')) && (
              <Anchor component={Link} to="/admin/approvals" size="sm" visibleFrom="sm" c="dimmed" fw={500}>
                {t('nav.admin')}
              </Anchor>
            )}
            {signedIn && viewer?.status === 'APPROVED' && (
              <Anchor component={Link} to="/directory" size="sm" visibleFrom="sm" c="dimmed" fw={500}>
                {t('directory.nav')}
              </Anchor>
            )}
            {signedIn && viewer?.status === 'APPROVED' && (
              <Anchor component={Link} to="/companies" size="sm" visibleFrom="sm" c="dimmed" fw={500}>
                {t('companies.nav')}
              </Anchor>
            )}
            {signedIn && <MessagesNavLink />}
            {signedIn && (
              <Anchor component={Link} to="/profile" size="sm" visibleFrom="sm" c="dimmed" fw={500}>
                {t('profiles.nav.myProfile')}
              </Anchor>
            )}
            {signedIn && (
              <Anchor component={Link} to="/account" size="sm" visibleFrom="sm" c="dimmed" fw={500}>
                {t('nav.account')}
              </Anchor>
            )}
          </Group>
          <Group gap={4} wrap="nowrap">
            {signedIn && <NetworkSwitcher />}
            {signedIn && <NotificationBell />}
            <LanguageSwitcher />
            {signedIn && (
              <>
                <Button
                  variant="subtle"
                  color="gray"
                  px={8}
                  fw={400}
                  leftSection={<LogoutIcon size={18} />}
                  onClick={signOut}
                  visibleFrom="sm"
                >
                  {t('nav.signOut')}
                </Button>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  size="lg"
                  aria-label={t('nav.signOut')}
                  title={t('nav.signOut')}
                  onClick={signOut}
                  hiddenFrom="sm"
                >
                  <LogoutIcon size={20} />
                </ActionIcon>
              </>
            )}
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Main id="main" tabIndex={-1} className={classes.main}>
        <VerifyEmailNotice />
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
