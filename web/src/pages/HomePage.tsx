import { useId, useState } from 'react';
import { Alert, Button, Card, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation } from 'react-router';
import { CheckIcon } from '../components/icons';
import { ContentPage, PageLoader } from '../components/Page';
import { usePageTitle } from '../components/usePageTitle';
import { WriteArticleEntry } from '../articles/WriteArticleEntry';
import { PeopleYouMayKnow } from '../directory/PeopleYouMayKnow';
import type { FeedOrder } from '../feed/feed.api';
import classes from '../feed/feed.module.css';
import { FeedList } from '../feed/FeedList';
import { PostComposer } from '../feed/PostComposer';
import { useFeedPages } from '../feed/useFeedPages';
import { useLiveFeed } from '../feed/useLiveFeed';
import { NotificationList } from '../notifications/NotificationList';
import { useNotifications } from '../notifications/NotificationsProvider';
import { usePermissions } from '../roles/permissions';
import { isAdmin, useViewer, type ViewerContextValue } from '../session/viewer';

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
        <Alert color="teal" variant="light" icon={<CheckIcon size={20} />} withCloseButton onClose={() => setJustApproved(false)}>
          {t('home.approvedNotice', { network })}
        </Alert>
      )}
      <div className={classes.layout}>
        <Feed viewer={viewer} />
        <Stack gap="lg" component="aside" aria-label={t('feed.home.aside')}>
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
        </Stack>
      </div>
    </ContentPage>
  );
}

/** The composer, then the network's feed: newest first (pins on top) or popular this week. */
function Feed({ viewer }: { viewer: NonNullable<ViewerContextValue['viewer']> }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [order, setOrder] = useState<FeedOrder>('NEWEST');
  const pages = useFeedPages({ feed: order });
  const live = useLiveFeed(pages, { arrivals: order === 'NEWEST', viewerId: viewer.id });
  const moderator = usePermissions().has('MANAGE_CONTENT');
  // A posting prompt's "Post under #tag" starts the composer with the tag.
  const [draft, setDraft] = useState<{ text: string; key: number } | null>(null);
  return (
    <Stack gap="md" style={{ minWidth: 0 }}>
      <PostComposer
        initialBody={draft?.text}
        draftKey={draft?.key}
        autoFocus={draft !== null}
        onPosted={() => {
          setDraft(null);
          setOrder('NEWEST');
          pages.refetch();
        }}
      />
      {moderator && (
        <Group gap="xs">
          <Button component={Link} to="/surveys/new" variant="light" size="xs">
            {t('surveys.page.create')}
          </Button>
        </Group>
      )}
      <WriteArticleEntry />
      <Stack gap="sm" component="section" aria-labelledby={headingId}>
        <Group justify="space-between" gap="xs">
          <Title order={2} fz="lg" id={headingId}>
            {t('feed.home.title')}
          </Title>
          <SegmentedControl
            size="xs"
            aria-label={t('feed.home.orderLabel')}
            value={order}
            onChange={(value) => setOrder(value as FeedOrder)}
            data={[
              { value: 'NEWEST', label: t('feed.home.newest') },
              { value: 'POPULAR_THIS_WEEK', label: t('feed.home.popular') },
            ]}
          />
        </Group>
        <FeedList
          pages={pages}
          viewerId={viewer.id}
          moderator={moderator}
          label={t('feed.home.title')}
          live={live}
          empty={order === 'NEWEST' ? t('feed.home.empty') : t('feed.home.emptyPopular')}
          onAnswerPrompt={(text) => setDraft((current) => ({ text, key: (current?.key ?? 0) + 1 }))}
        />
      </Stack>
    </Stack>
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
