import { Suspense, useId } from 'react';
import { AccordionChevron, NavLink, Stack, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import { PageLoader } from '../components/Page';
import { mayOpen, usePermissions } from '../roles/permissions';
import { isAdmin, useViewer } from '../session/viewer';
import { adminSections } from './adminSections';
import classes from './AdminLayout.module.css';

/**
 * The administration area: its menu beside the page on wide screens; on phones a button naming the
 * current section opens it above the page. Approved owners and admins enter, and members whose role
 * grants a permission some page needs (that page only).
 */
export function AdminLayout() {
  const { t } = useTranslation();
  const location = useLocation();
  const { viewer, fetching } = useViewer();
  const permissions = usePermissions();
  const [menuOpened, menu] = useDisclosure(false);
  const menuId = useId();
  if (!viewer) return fetching ? <PageLoader /> : null;
  if (viewer.status === 'APPROVED' && !isAdmin(viewer) && permissions.permissions === null) return <PageLoader />;
  const sections = adminSections.filter((section) => mayOpen(viewer, permissions, section.permission));
  const [first] = sections;
  if (!first) return <Navigate to="/" replace />;
  const current = adminSections.find((section) => location.pathname.startsWith(section.path));
  if (current && !sections.includes(current)) return <Navigate to={first.path} replace />;
  return (
    <div className={classes.layout}>
      <nav aria-label={t('nav.admin')} className={classes.menu}>
        <UnstyledButton className={classes.toggle} aria-expanded={menuOpened} aria-controls={menuId} onClick={menu.toggle}>
          <span>
            <VisuallyHidden>{t('nav.adminMenu')}: </VisuallyHidden>
            {current ? t(current.labelKey as never) : t('nav.admin')}
          </span>
          <AccordionChevron className={classes.chevron} data-opened={menuOpened || undefined} />
        </UnstyledButton>
        <Stack id={menuId} gap={2} className={classes.links} data-opened={menuOpened || undefined}>
          {sections.map((section) => (
            <NavLink
              key={section.path}
              component={Link}
              to={section.path}
              label={t(section.labelKey as never)}
              active={section === current}
              aria-current={section === current ? 'page' : undefined}
              onClick={menu.close}
            />
          ))}
        </Stack>
      </nav>
      <div className={classes.page}>
        <Suspense fallback={<PageLoader />}>
          <Outlet />
        </Suspense>
      </div>
    </div>
  );
}
