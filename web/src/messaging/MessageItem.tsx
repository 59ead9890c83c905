import { useState, type KeyboardEvent } from 'react';
import { ActionIcon, Button, Group, Menu, Modal, Popover, Stack, Text, Textarea, Tooltip, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ConversationKind, Message } from './messaging.api';
import { editableText, MessageText, previewText } from './messageText';
import { formatMessageTime } from './time';
import classes from './messaging.module.css';

export const REACTION_EMOJIS = ['👍', '❤️', '😂', '🎉', '🙏', '😮'] as const;

interface Props {
  message: Message;
  kind: ConversationKind;
  viewerId: string;
  /** Room moderators may delete anyone's message. */
  canModerate: boolean;
  readOnly: boolean;
  onReply: (message: Message) => void;
  onEdit: (message: Message, body: string) => Promise<string | null>;
  onDelete: (message: Message) => Promise<string | null>;
  onToggleReaction: (message: Message, emoji: string, mine: boolean) => void;
  /** Turns `@Name` typed in the edit box back into mention tokens. */
  toBody: (text: string, picked: ReadonlyMap<string, string>) => string;
}

/** One message: who and when, the quoted message it replies to, its text, reactions and read state. */
export function MessageItem({ message, kind, viewerId, canModerate, readOnly, onReply, onEdit, onDelete, onToggleReaction, toBody }: Props) {
  const { t, i18n } = useTranslation();
  const own = message.sender?.id === viewerId;
  const deleted = message.deletedAt !== null;
  const [editing, setEditing] = useState<{ text: string; picked: Map<string, string> } | null>(null);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [picking, setPicking] = useState(false);
  const author = message.sentByNetwork ? t('messaging.message.fromNetwork') : (message.sender?.displayName ?? t('messaging.message.formerMember'));
  const mayDelete = !deleted && !readOnly && (own || (kind === 'ROOM' && canModerate));
  const mayEdit = !deleted && !readOnly && own;

  const saveEdit = async () => {
    if (!editing) return;
    const body = toBody(editing.text.trim(), editing.picked);
    if (!body) return;
    setBusy(true);
    const failure = await onEdit(message, body);
    setBusy(false);
    setError(failure);
    if (!failure) setEditing(null);
  };
  const onEditKey = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Escape') setEditing(null);
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      void saveEdit();
    }
  };
  const confirmDelete = async () => {
    setBusy(true);
    const failure = await onDelete(message);
    setBusy(false);
    setError(failure);
    setConfirmingDelete(false);
  };

  const receipt =
    own && !deleted
      ? kind === 'ROOM'
        ? message.readByCount > 0
          ? t('messaging.message.readBy', { n: message.readByCount })
          : null
        : message.readAt
          ? t('messaging.message.read')
          : null
      : null;

  return (
    <li className={classes.message} data-own={own || undefined} data-message-id={message.id} aria-label={t('messaging.message.label', { author })}>
      {!own && (
        <Text size="xs" c="dimmed" fw={600}>
          {author}
        </Text>
      )}
      <div className={classes.bubble}>
        {message.replyTo && (
          <div className={classes.quote}>
            <Text span size="xs" fw={600}>
              {message.replyTo.sentByNetwork
                ? t('messaging.message.fromNetwork')
                : (message.replyTo.sender?.displayName ?? t('messaging.message.formerMember'))}
              {': '}
            </Text>
            {message.replyTo.deletedAt ? t('messaging.message.deleted') : previewText(message.replyTo.body).slice(0, 120)}
          </div>
        )}
        {editing ? (
          <Stack gap={4}>
            <Textarea
              autosize
              minRows={1}
              maxRows={8}
              autoFocus
              label={t('messaging.message.editLabel')}
              value={editing.text}
              onChange={(event) => setEditing({ ...editing, text: event.currentTarget.value })}
              onKeyDown={onEditKey}
            />
            <Group gap={4} justify="flex-end">
              <Button size="compact-xs" variant="subtle" onClick={() => setEditing(null)}>
                {t('messaging.message.cancel')}
              </Button>
              <Button size="compact-xs" onClick={() => void saveEdit()} loading={busy}>
                {t('messaging.message.save')}
              </Button>
            </Group>
          </Stack>
        ) : deleted ? (
          <span className={classes.deleted}>{message.deletedByModerator ? t('messaging.message.deletedByModerator') : t('messaging.message.deleted')}</span>
        ) : (
          <Text span size="sm">
            <MessageText body={message.body} mentions={message.mentions} />
          </Text>
        )}
      </div>
      {message.reactions.length > 0 && !deleted && (
        <Group gap={4} mt={2}>
          {message.reactions.map((reaction) => {
            const mine = reaction.memberIds.includes(viewerId);
            return (
              <UnstyledButton
                key={reaction.emoji}
                onClick={() => onToggleReaction(message, reaction.emoji, mine)}
                aria-pressed={mine}
                disabled={readOnly}
                aria-label={t('messaging.reactions.count', { emoji: reaction.emoji, n: reaction.count })}
                style={{
                  border: '1px solid var(--mantine-color-default-border)',
                  borderRadius: 12,
                  padding: '0 6px',
                  fontSize: 13,
                  background: mine ? 'var(--mantine-color-indigo-light)' : undefined,
                }}
              >
                {reaction.emoji} {reaction.count}
              </UnstyledButton>
            );
          })}
        </Group>
      )}
      <Group gap={6} wrap="nowrap">
        <Text size="xs" c="dimmed">
          <time dateTime={message.createdAt}>{formatMessageTime(message.createdAt, i18n.language)}</time>
          {message.editedAt && !deleted ? ` · ${t('messaging.message.edited')}` : ''}
        </Text>
        {receipt && (
          <Text size="xs" c="indigo" fw={600} data-testid="read-receipt">
            {receipt}
          </Text>
        )}
        {!deleted && !readOnly && (
          <Popover opened={picking} onChange={setPicking} position="top" withArrow>
            <Popover.Target>
              <Tooltip label={t('messaging.reactions.add')} withArrow>
                <ActionIcon variant="subtle" color="gray" size="sm" aria-label={t('messaging.reactions.add')} onClick={() => setPicking((open) => !open)}>
                  <span aria-hidden="true">☺</span>
                </ActionIcon>
              </Tooltip>
            </Popover.Target>
            <Popover.Dropdown p={4}>
              <Group gap={2} role="group" aria-label={t('messaging.reactions.add')}>
                {REACTION_EMOJIS.map((emoji) => {
                  const mine = message.reactions.some((reaction) => reaction.emoji === emoji && reaction.memberIds.includes(viewerId));
                  return (
                    <ActionIcon
                      key={emoji}
                      variant={mine ? 'light' : 'subtle'}
                      size="lg"
                      aria-label={t('messaging.reactions.react', { emoji })}
                      aria-pressed={mine}
                      onClick={() => {
                        setPicking(false);
                        onToggleReaction(message, emoji, mine);
                      }}
                    >
                      {emoji}
                    </ActionIcon>
                  );
                })}
              </Group>
            </Popover.Dropdown>
          </Popover>
        )}
        {!deleted && !readOnly && (
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <ActionIcon variant="subtle" color="gray" size="sm" aria-label={t('messaging.message.actions')}>
                <span aria-hidden="true">⋯</span>
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item onClick={() => onReply(message)}>{t('messaging.message.reply')}</Menu.Item>
              {mayEdit && <Menu.Item onClick={() => setEditing(editableText(message.body, message.mentions))}>{t('messaging.message.edit')}</Menu.Item>}
              {mayDelete && (
                <Menu.Item color="red" onClick={() => setConfirmingDelete(true)}>
                  {t('messaging.message.delete')}
                </Menu.Item>
              )}
            </Menu.Dropdown>
          </Menu>
        )}
      </Group>
      {error && (
        <Text size="xs" c="red" role="alert">
          {error}
        </Text>
      )}
      <Modal opened={confirmingDelete} onClose={() => setConfirmingDelete(false)} title={t('messaging.message.deleteTitle')} centered>
        <Stack>
          <Text size="sm">{t('messaging.message.deleteBody')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirmingDelete(false)}>
              {t('messaging.message.cancel')}
            </Button>
            <Button color="red" onClick={() => void confirmDelete()} loading={busy}>
              {t('messaging.message.delete')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </li>
  );
}
