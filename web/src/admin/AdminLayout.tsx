import { NavLink, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import { PageLoader } from '../components/Page';
import { mayOpen, usePermissions } from '../roles/permissions';
import { isAdmin, useViewer } from '../session/viewer';
import { adminSections } from './adminSections';
import classes from './AdminLayout.module.css';

/**
 * The administration area: its menu beside the page. Approved owners and admins enter, and members
 * whose role grants a permission some page needs (that page only).
 */
export function AdminLayout() {
  const { t } = useTranslation();
  const location = useLocation();
  const { viewer, fetching } = useViewer();
  const permissions = usePermissions();
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
        <Stack gap={2}>
          {sections.map((section) => (
            <NavLink
              key={section.path}
              component={Link}
              to={section.path}
              label={t(section.labelKey as never)}
              active={location.pathname.startsWith(section.path)}
            />
          ))}
        </Stack>
      </nav>
      <div className={classes.page}>
        <Outlet />
      </div>
    </div>
  );
}
