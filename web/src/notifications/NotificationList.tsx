import { Box, Button, Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Notification } from '../api/documents';
import { formatDateTime } from '../components/format';
import classes from './NotificationList.module.css';

// Kinds are translated here, on the client; an unknown kind shows the server's title.
type LooseT = (key: string, options?: Record<string, unknown>) => string;
export function notificationTitle(t: TFunction, notification: Pick<Notification, 'kind' | 'title'>): string {
  const key = `notificationKinds.${notification.kind.replace(/\./g, '_')}`;
  return (t as unknown as LooseT)(key, { defaultValue: notification.title });
}

interface Props {
  items: Notification[];
  /** Shown as unread even if marked read meanwhile (the list was opened with them unread). */
  unreadIds?: ReadonlySet<string>;
  hasNextPage?: boolean;
  onLoadMore?: () => void;
}

export function NotificationList({ items, unreadIds, hasNextPage, onLoadMore }: Props) {
  const { t, i18n } = useTranslation();
  if (items.length === 0) {
    return (
      <Text c="dimmed" size="sm" py="sm">
        {t('notifications.empty')}
      </Text>
    );
  }
  return (
    <Stack gap={0}>
      <ul className={classes.list}>
        {items.map((item) => {
          const unread = unreadIds ? unreadIds.has(item.id) : !item.readAt;
          return (
            <li key={item.id} className={classes.item} data-unread={unread || undefined}>
              <Group gap="sm" wrap="nowrap" align="flex-start">
                <Box className={classes.dot} aria-hidden="true" />
                <Stack gap={2} style={{ minWidth: 0 }}>
                  <Text size="sm" fw={unread ? 700 : 500}>
                    {unread && <VisuallyHidden>{t('notifications.unread')}: </VisuallyHidden>}
                    {notificationTitle(t, item)}
                  </Text>
                  {item.body && (
                    <Text size="sm" c="dimmed" className={classes.body}>
                      {item.body}
                    </Text>
                  )}
                  <Text size="xs" c="dimmed">
                    <time dateTime={item.createdAt}>{formatDateTime(item.createdAt, i18n.language)}</time>
                  </Text>
                </Stack>
              </Group>
            </li>
          );
        })}
      </ul>
      {hasNextPage && onLoadMore && (
        <Button variant="subtle" size="xs" mt="xs" onClick={onLoadMore}>
          {t('notifications.loadMore')}
        </Button>
      )}
    </Stack>
  );
}
