import { useEffect, useState } from 'react';
import { Alert, Anchor, Badge, Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { UserError } from '../api/documents';
import { describeRequestError } from '../api/errors';
import { useClient, useMutation, useQuery } from '../api/hooks';
import { formatDateTime } from '../components/format';
import { ContentPage } from '../components/Page';
import { usePageTitle } from '../components/usePageTitle';
import {
  DismissReportMutation,
  HideFeedItemMutation,
  ModerationQueueQuery,
  PinFeedItemMutation,
  UnhideFeedItemMutation,
  UnpinFeedItemMutation,
  type FeedItem,
  type ModerationCase,
} from './feed.api';
import { describeFeedError, looseT } from './feedErrors';
import classes from './feed.module.css';
import { PostBody } from './PostBody';

const PAGE_SIZE = 20;

/**
 * Reported items, the most recently reported first, each with its open reports and their reasons:
 * hide it for everyone (which settles its reports) or show it again, dismiss a report, pin or unpin.
 */
export function ModerationPage() {
  const { t } = useTranslation();
  usePageTitle(t('feed.moderation.title'));
  const client = useClient();
  const queue = useQuery(ModerationQueueQuery, { first: PAGE_SIZE });
  const [cases, setCases] = useState<ModerationCase[]>([]);
  const [pageInfo, setPageInfo] = useState<{ hasNextPage: boolean; endCursor: string | null | undefined }>({ hasNextPage: false, endCursor: null });
  const [loadingMore, setLoadingMore] = useState(false);

  useEffect(() => {
    const connection = queue.data?.moderationQueue;
    if (!connection) return;
    setCases(connection.edges.map((edge) => edge.node));
    setPageInfo(connection.pageInfo);
  }, [queue.data]);

  const loadMore = async () => {
    setLoadingMore(true);
    const connection = (await client.query(ModerationQueueQuery, { first: PAGE_SIZE, after: pageInfo.endCursor }).toPromise()).data?.moderationQueue;
    setLoadingMore(false);
    if (!connection) return;
    setCases((shown) => {
      const known = new Set(shown.map((shownCase) => shownCase.item.id));
      return [...shown, ...connection.edges.map((edge) => edge.node).filter((node) => !known.has(node.item.id))];
    });
    setPageInfo(connection.pageInfo);
  };

  const change = (itemId: string, update: (current: ModerationCase) => ModerationCase) =>
    setCases((shown) => shown.map((shownCase) => (shownCase.item.id === itemId ? update(shownCase) : shownCase)));

  return (
    <ContentPage title={t('feed.moderation.title')} subtitle={t('feed.moderation.subtitle')}>
      {queue.error && !queue.data ? (
        <Alert color="red" variant="light" role="alert">
          {describeRequestError(t, queue.error)}
        </Alert>
      ) : !queue.data ? (
        <Loader size="sm" aria-label={t('common.loading')} />
      ) : cases.length === 0 ? (
        <Text c="dimmed">{t('feed.moderation.empty')}</Text>
      ) : (
        <ul className={classes.list} aria-label={t('feed.moderation.listLabel')}>
          {cases.map((reported) => (
            <li key={reported.item.id}>
              <CaseCard reported={reported} onChange={(update) => change(reported.item.id, update)} />
            </li>
          ))}
        </ul>
      )}
      {pageInfo.hasNextPage && (
        <Button variant="default" onClick={() => void loadMore()} loading={loadingMore} style={{ alignSelf: 'center' }}>
          {t('feed.loadMore')}
        </Button>
      )}
    </ContentPage>
  );
}

function CaseCard({ reported, onChange }: { reported: ModerationCase; onChange: (update: (current: ModerationCase) => ModerationCase) => void }) {
  const { t, i18n } = useTranslation();
  const { item } = reported;
  const describe = (error: UserError) => describeFeedError(t, error);
  const actions = {
    hide: useMutation(HideFeedItemMutation, { describe }),
    unhide: useMutation(UnhideFeedItemMutation, { describe }),
    pin: useMutation(PinFeedItemMutation, { describe }),
    unpin: useMutation(UnpinFeedItemMutation, { describe }),
  };
  const dismiss = useMutation(DismissReportMutation, { describe });
  const [notice, setNotice] = useState<string | null>(null);
  const errors = [...Object.values(actions).flatMap((action) => action.errors.form), ...dismiss.errors.form];
  const author = item.post?.author ?? item.actor;
  const titleId = `case-${item.id}`;

  const act = async (action: keyof typeof actions) => {
    const changed: FeedItem | null | undefined = (await actions[action].run({ input: { feedItemId: item.id } }))?.feedItem;
    if (!changed) return;
    // Hiding settles the item's open reports.
    onChange((current) => ({ ...current, item: changed, ...(action === 'hide' ? { reports: [], openReportCount: 0 } : {}) }));
    setNotice(looseT(t)(`feed.moderation.done.${action}`));
  };

  const dismissReport = async (reportId: string) => {
    if (!(await dismiss.run({ input: { reportId } }))) return;
    onChange((current) => ({
      ...current,
      reports: current.reports.filter((report) => report.id !== reportId),
      openReportCount: Math.max(0, current.openReportCount - 1),
    }));
    setNotice(t('feed.moderation.done.dismiss'));
  };

  return (
    <Card component="article" withBorder radius="lg" padding="md" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Title order={2} fz="md" id={titleId} style={{ overflowWrap: 'anywhere' }}>
              {item.post
                ? t('feed.item.postTitle', { name: author?.displayName ?? t('feed.formerMember') })
                : item.title || looseT(t)(`feed.moderation.kind`, { kind: item.kind })}
            </Title>
            <Text size="xs" c="dimmed">
              {t('feed.moderation.openReports', { count: reported.openReportCount })} ·{' '}
              {t('feed.moderation.latest', { time: formatDateTime(reported.latestReportAt, i18n.language) })}
            </Text>
          </Stack>
          <Group gap={6}>
            {item.pinned && (
              <Badge variant="light" color="indigo">
                {t('feed.card.pinned')}
              </Badge>
            )}
            {item.hiddenByModerators && (
              <Badge variant="light" color="red">
                {t('feed.card.hiddenByModerators')}
              </Badge>
            )}
          </Group>
        </Group>
        {item.post ? <PostBody body={item.post.body} mentions={item.post.mentions} /> : item.excerpt && <Text size="sm">{item.excerpt}</Text>}
        <Anchor component={Link} to={`/posts/${item.id}`} size="sm">
          {t('feed.moderation.openItem')}
        </Anchor>

        {reported.reports.length > 0 && (
          <Stack gap={4}>
            <Title order={3} fz="sm">
              {t('feed.moderation.reports')}
            </Title>
            <ul className={classes.comments} aria-label={t('feed.moderation.reports')}>
              {reported.reports.map((report) => (
                <li key={report.id}>
                  <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
                    <Stack gap={0} style={{ minWidth: 0 }}>
                      <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                        {report.reason}
                      </Text>
                      <Text size="xs" c="dimmed">
                        <time dateTime={report.createdAt}>{formatDateTime(report.createdAt, i18n.language)}</time>
                        {report.commentId && (
                          <>
                            {' · '}
                            <Anchor component={Link} to={`/posts/${item.id}#comment-${report.commentId}`} inherit className={classes.target}>
                              {t('feed.moderation.aboutComment')}
                            </Anchor>
                          </>
                        )}
                      </Text>
                    </Stack>
                    <Button variant="subtle" size="compact-sm" loading={dismiss.busy} onClick={() => void dismissReport(report.id)}>
                      {t('feed.moderation.dismiss')}
                    </Button>
                  </Group>
                </li>
              ))}
            </ul>
          </Stack>
        )}
        {notice && (
          <Text size="sm" c="teal.9" role="status">
            {notice}
          </Text>
        )}
        {errors.length > 0 && (
          <Alert color="red" variant="light" role="alert">
            {errors.join(' ')}
          </Alert>
        )}
        <Group gap="xs">
          {item.hiddenByModerators ? (
            <Button variant="default" size="xs" loading={actions.unhide.busy} onClick={() => void act('unhide')}>
              {t('feed.menu.unhide')}
            </Button>
          ) : (
            <Button color="red" size="xs" loading={actions.hide.busy} onClick={() => void act('hide')}>
              {t('feed.menu.hide')}
            </Button>
          )}
          <Button variant="default" size="xs" loading={actions.pin.busy || actions.unpin.busy} onClick={() => void act(item.pinned ? 'unpin' : 'pin')}>
            {item.pinned ? t('feed.menu.unpin') : t('feed.menu.pin')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
