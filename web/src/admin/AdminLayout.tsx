import { NavLink, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import { PageLoader } from '../components/Page';
import { isAdmin, useViewer } from '../session/viewer';
import { adminSections } from './adminSections';
import classes from './AdminLayout.module.css';

/** The administration area: its menu beside the page. Only approved owners and admins enter. */
export function AdminLayout() {
  const { t } = useTranslation();
  const location = useLocation();
  const { viewer, fetching } = useViewer();
  if (!viewer) return fetching ? <PageLoader /> : null;
  if (!isAdmin(viewer) || viewer.status !== 'APPROVED') return <Navigate to="/" replace />;
  return (
    <div className={classes.layout}>
      <nav aria-label={t('nav.admin')} className={classes.menu}>
        <Stack gap={2}>
          {adminSections.map((section) => (
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
