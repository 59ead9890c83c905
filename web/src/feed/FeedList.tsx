import { useState } from 'react';
import { Alert, Button, Card, Group, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UserError } from '../api/documents';
import { useMutation } from '../api/hooks';
import { ShowInMyFeedMutation } from './feed.api';
import { FeedCard } from './FeedCard';
import { describeFeedError } from './feedErrors';
import classes from './feed.module.css';
import type { FeedPages } from './useFeedPages';
import type { LiveFeed } from './useLiveFeed';

/**
 * The items of a feed as cards, with "Load more"; an item the viewer hid leaves a line to undo it.
 * With `live`, items published meanwhile wait behind a "N new posts" button above the list.
 */
export function FeedList({
  pages,
  viewerId,
  moderator,
  label,
  empty,
  live,
  onAnswerPrompt,
}: {
  pages: FeedPages;
  viewerId: string;
  moderator: boolean;
  label: string;
  empty: string;
  live?: LiveFeed;
  /** A PROMPT card's "Post under #tag" starts this page's composer. */
  onAnswerPrompt?: (text: string) => void;
}) {
  const { t } = useTranslation();
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const show = useMutation(ShowInMyFeedMutation, { describe: (error: UserError) => describeFeedError(t, error) });

  if (pages.failed) {
    return (
      <Alert color="red" variant="light" role="alert">
        {t('feed.loadError')}{' '}
        <Button variant="subtle" size="compact-sm" onClick={pages.refetch}>
          {t('common.retry')}
        </Button>
      </Alert>
    );
  }
  if (pages.loading) return <Loader size="sm" aria-label={t('common.loading')} />;

  const waiting = live?.waiting.length ?? 0;
  // Announced politely, and kept in view while the reader scrolls.
  const arrivals = live && (
    <div role="status" className={classes.arrivals}>
      {waiting > 0 && (
        <Button variant="filled" radius="xl" size="compact-md" onClick={live.showWaiting}>
          {t('feed.newItems', { count: waiting })}
        </Button>
      )}
    </div>
  );
  if (pages.items.length === 0) {
    return (
      <>
        {arrivals}
        <Text c="dimmed">{empty}</Text>
      </>
    );
  }

  const undo = async (id: string) => {
    if (!(await show.run({ input: { feedItemId: id } }))) return;
    setHidden((current) => new Set([...current].filter((hiddenId) => hiddenId !== id)));
  };

  return (
    <>
      {arrivals}
      <ul className={classes.list} aria-label={label}>
        {pages.items.map((item) => (
          <li key={item.id}>
            {hidden.has(item.id) ? (
              <Card withBorder radius="lg" padding="sm">
                <Group justify="space-between" gap="xs" role="status">
                  <Text size="sm">{t('feed.hiddenForMe')}</Text>
                  <Button variant="subtle" size="compact-sm" loading={show.busy} onClick={() => void undo(item.id)}>
                    {t('feed.undo')}
                  </Button>
                </Group>
                {show.errors.form.length > 0 && (
                  <Text size="xs" c="red" role="alert">
                    {show.errors.form.join(' ')}
                  </Text>
                )}
              </Card>
            ) : (
              <FeedCard
                item={item}
                viewerId={viewerId}
                moderator={moderator}
                onChange={(changed) => pages.update(item.id, () => changed)}
                onDeleted={pages.remove}
                onHiddenFromMyFeed={(id) => setHidden((current) => new Set(current).add(id))}
                onAnswerPrompt={onAnswerPrompt}
              />
            )}
          </li>
        ))}
      </ul>
      {pages.hasNextPage && (
        <Button variant="default" onClick={() => void pages.loadMore()} loading={pages.loadingMore} style={{ alignSelf: 'center' }}>
          {t('feed.loadMore')}
        </Button>
      )}
    </>
  );
}
