import { useEffect, useState } from 'react';
import { ActionIcon, Indicator, Popover, ScrollArea, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BellIcon } from '../components/icons';
import { NotificationList } from './NotificationList';
import { useNotifications } from './NotificationsProvider';

/**
 * The live notification badge. Its accessible name carries the unread count ("Notifications: 3");
 * opening it shows the list and marks everything read.
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const { items, unreadCount, hasNextPage, live, loadMore, markAllRead } = useNotifications();
  const [opened, setOpened] = useState(false);
  const [unreadAtOpen, setUnreadAtOpen] = useState<ReadonlySet<string>>(new Set());

  const open = (next: boolean) => {
    if (next) setUnreadAtOpen(new Set(items.filter((item) => !item.readAt).map((item) => item.id)));
    setOpened(next);
  };

  // While the list is open, everything in it (including what arrives live) counts as read.
  useEffect(() => {
    if (opened && unreadCount) void markAllRead();
  }, [opened, unreadCount, markAllRead]);

  const label = unreadCount === null ? t('notifications.badgeLoading') : t('notifications.badge', { n: unreadCount });

  return (
    <Popover opened={opened} onChange={open} position="bottom-end" width="min(360px, calc(100vw - 24px))" shadow="md" withArrow arrowPosition="center">
      <Popover.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          size="lg"
          radius="xl"
          aria-label={label}
          title={label}
          data-testid="notification-badge"
          data-count={unreadCount ?? undefined}
          data-live={live ? 'true' : 'false'}
          onClick={() => open(!opened)}
          style={{ overflow: 'visible' }}
        >
          <Indicator label={unreadCount ?? 0} disabled={!unreadCount} size={18} offset={3} color="red" withBorder maxValue={99}>
            <BellIcon size={22} />
          </Indicator>
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown p="xs">
        <Text fw={700} size="sm" px="xs" pt={4} pb="xs" component="h2">
          {t('notifications.title')}
        </Text>
        <ScrollArea.Autosize mah="min(420px, 60vh)" type="auto">
          <NotificationList items={items} unreadIds={unreadAtOpen} hasNextPage={hasNextPage} onLoadMore={() => void loadMore()} />
        </ScrollArea.Autosize>
      </Popover.Dropdown>
    </Popover>
  );
}
