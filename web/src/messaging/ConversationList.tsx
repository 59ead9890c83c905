import { Avatar, Badge, Group, Stack, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Conversation } from './messaging.api';
import { previewText } from './messageText';
import { formatMessageTime } from './time';
import classes from './messaging.module.css';

/** One conversation in a list: who or which room, the last message, its time and the unread badge. */
export function ConversationRow({ conversation }: { conversation: Conversation }) {
  const { t, i18n } = useTranslation();
  const last = conversation.lastMessage;
  const unread = conversation.unreadCount;
  const preview = !last
    ? t('messaging.list.noMessages')
    : last.deletedAt
      ? t('messaging.message.deleted')
      : `${last.sentByNetwork ? `${t('messaging.message.fromNetwork')}: ` : last.sender && conversation.kind === 'ROOM' ? `${last.sender.displayName}: ` : ''}${previewText(last.body)}`;
  const photo = conversation.otherMember?.profile?.thumbnailUrl ?? null;
  return (
    <UnstyledButton component={Link} to={`/messages/${conversation.id}`} className={classes.row} data-unread={unread > 0 || undefined}>
      <Group wrap="nowrap" gap="sm" align="center">
        <Avatar src={photo} alt="" radius="xl" color={conversation.kind === 'ROOM' ? 'teal' : 'indigo'}>
          {conversation.kind === 'ROOM' ? '#' : conversation.title.trim().slice(0, 1)}
        </Avatar>
        <Stack gap={0} style={{ minWidth: 0, flex: 1 }}>
          <Group justify="space-between" wrap="nowrap" gap="xs">
            <Text fw={unread > 0 ? 700 : 500} truncate="end" className={classes.rowTitle}>
              {conversation.title}
              {conversation.kind === 'NETWORK' && (
                <Badge component="span" ml={6} size="xs" variant="light">
                  {t('messaging.kind.NETWORK')}
                </Badge>
              )}
              {conversation.room?.archivedAt && (
                <Badge component="span" ml={6} size="xs" variant="light" color="gray">
                  {t('messaging.room.archived')}
                </Badge>
              )}
            </Text>
            <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
              <time dateTime={conversation.lastActivityAt}>{formatMessageTime(conversation.lastActivityAt, i18n.language)}</time>
            </Text>
          </Group>
          <Group justify="space-between" wrap="nowrap" gap="xs">
            <Text size="sm" c="dimmed" truncate="end">
              {preview}
            </Text>
            {unread > 0 && (
              <Badge color="red" size="sm" circle={unread < 10} data-testid="conversation-unread" style={{ flexShrink: 0 }}>
                <VisuallyHidden>{t('messaging.list.unreadLabel', { n: unread })}</VisuallyHidden>
                <span aria-hidden="true">{unread > 99 ? '99+' : unread}</span>
              </Badge>
            )}
          </Group>
        </Stack>
      </Group>
    </UnstyledButton>
  );
}

export function ConversationList({ items, label }: { items: Conversation[]; label: string }) {
  return (
    <ul className={classes.list} aria-label={label}>
      {items.map((conversation) => (
        <li key={conversation.id} className={classes.item}>
          <ConversationRow conversation={conversation} />
        </li>
      ))}
    </ul>
  );
}
