import { Suspense } from 'react';
import { Anchor, AppShell, Box, Burger, Button, Divider, Group, NavLink, ScrollArea, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { adminSections } from '../admin/adminSections';
import { VerifyEmailNotice } from '../credentials/VerifyEmailNotice';
import { MessagesNavLink } from '../messaging/MessagesNavLink';
import { NotificationBell } from '../notifications/NotificationBell';
import { NetworkSwitcher } from '../session/NetworkSwitcher';
import { useSignOut } from '../session/useSignOut';
import { mayOpen, usePermissions } from '../roles/permissions';
import { useViewer } from '../session/viewer';
import { KizunaMark, LogoutIcon } from './icons';
import { LanguageSwitcher } from './LanguageSwitcher';
import { PageLoader } from './Page';
import classes from './AppLayout.module.css';

interface Section {
  to: string;
  label: string;
  /** Listed in the header on wide screens too (the phone menu lists every section). */
  inHeader: boolean;
}

/** The sections the signed-in member may open, in menu order. */
function useSections(): Section[] {
  const { t } = useTranslation();
  const { signedIn, viewer } = useViewer();
  const permissions = usePermissions();
  if (!signedIn) return [];
  const approved = viewer?.status === 'APPROVED';
  const messaging = approved || viewer?.status === 'PENDING';
  const firstAdminSection = adminSections.find((section) => mayOpen(viewer, permissions, section.permission));
  const sections: (Section | false)[] = [
    { to: '/', label: t('nav.home'), inHeader: false },
    !!firstAdminSection && { to: firstAdminSection.path, label: t('nav.admin'), inHeader: true },
    approved && { to: '/directory', label: t('directory.nav'), inHeader: true },
    approved && { to: '/companies', label: t('companies.nav'), inHeader: true },
    // In the header on every screen, with the unread count (MessagesNavLink).
    messaging && { to: '/messages', label: t('messaging.nav.label'), inHeader: true },
    approved && { to: '/rooms', label: t('messaging.rooms.title'), inHeader: false },
    { to: '/profile', label: t('profiles.nav.myProfile'), inHeader: true },
    { to: '/account', label: t('nav.account'), inHeader: true },
  ];
  return sections.filter((section): section is Section => section !== false);
}

const isCurrent = (pathname: string, to: string) =>
  to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(to.startsWith('/admin/') ? '/admin/' : `${to}/`);

export function AppLayout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const { signedIn } = useViewer();
  const sections = useSections();
  const [menuOpened, menu] = useDisclosure(false);

  const endSession = useSignOut();
  const signOut = () => {
    menu.close();
    endSession();
  };

  return (
    <AppShell
      header={{ height: 60 }}
      // On phones the sections live in a menu under the header; wide screens list them in the header.
      navbar={signedIn ? { width: 300, breakpoint: 'sm', collapsed: { mobile: !menuOpened, desktop: true } } : undefined}
      padding={0}
    >
      <a href="#main" className={classes.skipLink}>
        {t('app.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px={{ base: 'sm', sm: 'md' }} justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="lg" wrap="nowrap" style={{ minWidth: 0 }}>
            {signedIn && (
              <Burger
                opened={menuOpened}
                onClick={menu.toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label={t('nav.menu')}
                aria-expanded={menuOpened}
                aria-controls="app-menu"
                mr={-8}
              />
            )}
            <Anchor component={Link} to="/" underline="never" c="inherit" aria-label={t('app.home')} onClick={menu.close}>
              <Group gap={8} wrap="nowrap">
                <KizunaMark size={30} />
                <Text component="span" fw={700} size="lg" className={classes.appName}>
                  {t('app.name')}
                </Text>
              </Group>
            </Anchor>
            {sections
              .filter((section) => section.inHeader)
              .map((section) =>
                section.to === '/messages' ? (
                  <MessagesNavLink key={section.to} />
                ) : (
                  <Anchor key={section.to} component={Link} to={section.to} size="sm" visibleFrom="sm" c="dimmed" fw={500}>
                    {section.label}
                  </Anchor>
                ),
              )}
          </Group>
          <Group gap={4} wrap="nowrap">
            {signedIn && (
              <Box visibleFrom="sm">
                <NetworkSwitcher />
              </Box>
            )}
            {signedIn && <NotificationBell />}
            {signedIn ? (
              <Box visibleFrom="sm">
                <LanguageSwitcher />
              </Box>
            ) : (
              <LanguageSwitcher />
            )}
            {signedIn && (
              <Button variant="subtle" color="gray" px={8} fw={400} leftSection={<LogoutIcon size={18} />} onClick={signOut} visibleFrom="sm">
                {t('nav.signOut')}
              </Button>
            )}
          </Group>
        </Group>
      </AppShell.Header>
      {signedIn && (
        <AppShell.Navbar id="app-menu" component="nav" aria-label={t('nav.menu')} className={classes.menu} data-opened={menuOpened || undefined}>
          <AppShell.Section grow component={ScrollArea} p="xs">
            <Stack gap={2}>
              {sections.map((section) => (
                <NavLink
                  key={section.to}
                  component={Link}
                  to={section.to}
                  label={section.label}
                  active={isCurrent(pathname, section.to)}
                  aria-current={isCurrent(pathname, section.to) ? 'page' : undefined}
                  onClick={menu.close}
                />
              ))}
            </Stack>
          </AppShell.Section>
          <AppShell.Section p="xs" className={classes.menuFooter}>
            <Divider mb="xs" />
            <Group gap="xs" justify="space-between" wrap="wrap">
              <Group gap={4} wrap="nowrap" style={{ minWidth: 0 }}>
                <NetworkSwitcher />
                <LanguageSwitcher />
              </Group>
              <Button variant="subtle" color="gray" px={8} fw={400} leftSection={<LogoutIcon size={18} />} onClick={signOut}>
                {t('nav.signOut')}
              </Button>
            </Group>
          </AppShell.Section>
        </AppShell.Navbar>
      )}
      <AppShell.Main id="main" tabIndex={-1} className={classes.main}>
        <VerifyEmailNotice />
        {/* Each page is its own chunk: this shows while one loads. */}
        <Suspense fallback={<PageLoader />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
