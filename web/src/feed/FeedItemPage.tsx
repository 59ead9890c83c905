import { useEffect, useState } from 'react';
import { Alert, Anchor, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useParams } from 'react-router';
import { describeRequestError } from '../api/errors';
import { useQuery } from '../api/hooks';
import { ContentPage, PageLoader } from '../components/Page';
import { usePageTitle } from '../components/usePageTitle';
import { usePermissions } from '../roles/permissions';
import { useViewer } from '../session/viewer';
import { FeedItemQuery, type FeedItem } from './feed.api';
import { FeedCard } from './FeedCard';
import { useFeedItemCounts } from './useLiveFeed';

/** One item with its comments open: where a notification about it leads. */
export function FeedItemPage() {
  const { t } = useTranslation();
  const id = useParams().id ?? '';
  const navigate = useNavigate();
  const { viewer } = useViewer();
  const approved = viewer?.status === 'APPROVED';
  const query = useQuery(FeedItemQuery, { id }, { pause: !approved });
  const moderator = usePermissions().has('MANAGE_CONTENT');
  // The card's changes (likes, edits) are shown until the item is asked again.
  const [item, setItem] = useState<FeedItem | null>(null);
  useEffect(() => setItem(query.data?.feedItem ?? null), [query.data]);
  useFeedItemCounts(approved && item ? [item.id] : [], (counts) => setItem((current) => current && { ...current, ...counts }));
  const name = item?.post?.author.displayName ?? item?.actor?.displayName ?? item?.title ?? '';
  const title = item ? (item.post ? t('feed.item.postTitle', { name }) : item.title || t('feed.item.title')) : t('feed.item.title');
  usePageTitle(title);

  if (!viewer) return <PageLoader />;
  if (!approved) return <Navigate to="/pending" replace />;
  if (query.error && !query.data) {
    return (
      <ContentPage title={t('feed.item.title')}>
        <Alert color="red" variant="light" role="alert">
          {describeRequestError(t, query.error)}
        </Alert>
      </ContentPage>
    );
  }
  if (!query.data) return <PageLoader />;
  return (
    <ContentPage title={title}>
      <Stack gap="md" maw={680}>
        {item ? (
          <FeedCard
            item={item}
            viewerId={viewer.id}
            moderator={moderator}
            commentsOpen
            onChange={setItem}
            onDeleted={() => void navigate('/', { replace: true })}
          />
        ) : (
          <Alert color="gray" variant="light">
            {t('feed.item.gone')}
          </Alert>
        )}
        <Anchor component={Link} to="/" size="sm">
          {t('feed.item.back')}
        </Anchor>
      </Stack>
    </ContentPage>
  );
}
