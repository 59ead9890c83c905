import { Navigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Stack } from '@mantine/core';
import { ContentPage, PageLoader } from '../components/Page';
import { usePageTitle } from '../components/usePageTitle';
import { usePermissions } from '../roles/permissions';
import { useViewer } from '../session/viewer';
import { FeedList } from './FeedList';
import { PostComposer } from './PostComposer';
import { normaliseHashtag } from './postText';
import { useFeedPages } from './useFeedPages';
import { useLiveFeed } from './useLiveFeed';

/** The posts with one hashtag, newest first, and a composer that starts with the tag. */
export function HashtagPage() {
  const { t } = useTranslation();
  const tag = normaliseHashtag(useParams().tag ?? '');
  usePageTitle(`#${tag}`);
  const { viewer } = useViewer();
  const pages = useFeedPages({ hashtag: tag });
  useLiveFeed(pages, { arrivals: false, viewerId: viewer?.id ?? '' });
  const moderator = usePermissions().has('MANAGE_CONTENT');
  if (!viewer) return <PageLoader />;
  if (viewer.status !== 'APPROVED') return <Navigate to="/pending" replace />;
  return (
    <ContentPage title={`#${tag}`} subtitle={t('feed.hashtag.subtitle')}>
      <Stack gap="md" maw={680}>
        <PostComposer initialBody={`#${tag} `} onPosted={pages.refetch} />
        <FeedList pages={pages} viewerId={viewer.id} moderator={moderator} label={t('feed.hashtag.listLabel', { tag })} empty={t('feed.hashtag.empty')} />
      </Stack>
    </ContentPage>
  );
}
