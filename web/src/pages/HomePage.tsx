import { useState } from 'react';
import { Alert, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation } from 'react-router';
import { CheckIcon } from '../components/icons';
import { ContentPage, PageLoader } from '../components/Page';
import { usePageTitle } from '../components/usePageTitle';
import { PeopleYouMayKnow } from '../directory/PeopleYouMayKnow';
import { NotificationList } from '../notifications/NotificationList';
import { useNotifications } from '../notifications/NotificationsProvider';
import { isAdmin, useViewer } from '../session/viewer';

export function HomePage() {
  const { t } = useTranslation();
  usePageTitle(t('home.pageTitle'));
  const location = useLocation();
  const { viewer } = useViewer();
  const [justApproved, setJustApproved] = useState(() => Boolean((location.state as { approved?: boolean } | null)?.approved));

  if (!viewer) return <PageLoader />;
  if (viewer.status !== 'APPROVED') return <Navigate to="/pending" replace />;

  const network = viewer.network.name;
  return (
    <ContentPage title={t('home.greeting', { name: viewer.displayName })} subtitle={t('home.subtitle', { network })}>
      {justApproved && (
        <Alert
          color="teal"
          variant="light"
          icon={<CheckIcon size={20} />}
          withCloseButton
          onClose={() => setJustApproved(false)}
        >
          {t('home.approvedNotice', { network })}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <NotificationsCard />
        <PeopleYouMayKnow />
        <Card withBorder radius="lg" padding="lg">
          <Stack gap="sm" align="flex-start">
            <Title order={2} fz="lg">
              {t('companies.home.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('companies.home.body')}
            </Text>
            <Button component={Link} to="/companies" variant="light">
              {t('companies.home.link')}
            </Button>
          </Stack>
        </Card>
        {isAdmin(viewer) && (
          <Card withBorder radius="lg" padding="lg">
            <Stack gap="sm" align="flex-start">
              <Title order={2} fz="lg">
                {t('home.adminTitle')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('home.adminBody', { network })}
              </Text>
              <Button component={Link} to="/admin/approvals" variant="light">
                {t('home.adminLink')}
              </Button>
            </Stack>
          </Card>
        )}
      </SimpleGrid>
    </ContentPage>
  );
}

function NotificationsCard() {
  const { t } = useTranslation();
  const { items, unreadCount, hasNextPage, loading, failed, loadMore, markAllRead } = useNotifications();
  return (
    <Card withBorder radius="lg" padding="lg">
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <Title order={2} fz="lg">
          {t('notifications.title')}
        </Title>
        {Boolean(unreadCount) && (
          <Button variant="subtle" size="compact-sm" onClick={() => void markAllRead()}>
            {t('notifications.markAllRead')}
          </Button>
        )}
      </Group>
      {failed ? (
        <Text size="sm" c="red">
          {t('notifications.loadError')}
        </Text>
      ) : loading ? (
        <Text size="sm" c="dimmed">
          {t('common.loading')}
        </Text>
      ) : (
        <NotificationList items={items} hasNextPage={hasNextPage} onLoadMore={() => void loadMore()} />
      )}
    </Card>
  );
}
