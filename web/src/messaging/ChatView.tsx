import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { Alert, Button, Center, Loader, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { describeRequestError } from '../api/errors';
import { useSession } from '../session/hooks';
import { Composer } from './Composer';
import { applyEvent, merge } from './history';
import { announceRead } from './live';
import {
  AddReactionMutation,
  ConversationMessagesQuery,
  DeleteMessageMutation,
  EditMessageMutation,
  MarkConversationReadMutation,
  MessageEventsSubscription,
  RemoveReactionMutation,
  SendMessageMutation,
  SetTypingMutation,
  TypingSubscription,
  type ChatMember,
  type Conversation,
  type Message,
} from './messaging.api';
import { MessageItem } from './MessageItem';
import { previewText, withMentionTokens } from './messageText';
import { newClientMessageId } from './time';
import { userErrorMessage } from './userErrors';
import classes from './messaging.module.css';

const PAGE_SIZE = 30;
/** How close to the top (px) scrolling has to come before older messages load. */
const LOAD_OLDER_AT = 80;
/** Within this distance of the bottom the view follows new messages. */
const STICK_TO_BOTTOM = 120;

interface Typist {
  displayName: string;
  expiresAt: number;
}

function useTypists(conversationId: string): Typist[] {
  const { client } = useSession();
  const [typists, setTypists] = useState<Map<string, Typist>>(new Map());
  useEffect(() => {
    setTypists(new Map());
    const subscription = client.subscription(TypingSubscription, { conversationId }).subscribe((result) => {
      const signal = result.data?.typing;
      if (!signal) return;
      setTypists((previous) => {
        const next = new Map(previous);
        if (signal.typing) next.set(signal.memberId, { displayName: signal.displayName, expiresAt: Date.parse(signal.expiresAt) });
        else next.delete(signal.memberId);
        return next;
      });
    });
    // A signal that is not renewed runs out (the typist closed the tab, lost the connection…).
    const timer = window.setInterval(() => {
      setTypists((previous) => {
        const now = Date.now();
        const alive = [...previous].filter(([, typist]) => !(typist.expiresAt <= now));
        return alive.length === previous.size ? previous : new Map(alive);
      });
    }, 1_000);
    return () => {
      subscription.unsubscribe();
      window.clearInterval(timer);
    };
  }, [client, conversationId]);
  return [...typists.values()];
}

interface Props {
  conversation: Conversation;
  viewerId: string;
  mentionable: readonly ChatMember[];
  /** The conversation ended for the viewer (left, removed): the page reloads its state. */
  onAccessLost: () => void;
}

/** A conversation's history (older pages on scroll up), live events, read marking, typing and the composer. */
export function ChatView({ conversation, viewerId, mentionable, onAccessLost }: Props) {
  const { t } = useTranslation();
  const { client, connection } = useSession();
  const conversationId = conversation.id;
  const readOnly = conversation.room?.archivedAt != null;
  const [messages, setMessages] = useState<Message[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [older, setOlder] = useState<{ has: boolean; cursor: string | null }>({ has: false, cursor: null });
  const [loadingOlder, setLoadingOlder] = useState(false);
  const [replyTo, setReplyTo] = useState<Message | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [resubscribe, setResubscribe] = useState(0);
  const [atBottom, setAtBottom] = useState(true);
  const history = useRef<HTMLDivElement>(null);
  const bottom = useRef<HTMLDivElement>(null);
  const lastSeenId = useRef<string | null>(null);
  const keepOffsetFromBottom = useRef<number | null>(null);
  const followBottom = useRef(true);
  const draft = useRef<{ body: string; clientMessageId: string } | null>(null);
  const markedUpTo = useRef<number>(0);
  const typists = useTypists(conversationId);

  const newest = messages[messages.length - 1] ?? null;
  lastSeenId.current = newest?.id ?? lastSeenId.current;

  // The newest page of history.
  useEffect(() => {
    let cancelled = false;
    setMessages([]);
    setLoaded(false);
    setLoadError(null);
    lastSeenId.current = null;
    markedUpTo.current = 0;
    followBottom.current = true;
    void client
      .query(ConversationMessagesQuery, { id: conversationId, last: PAGE_SIZE })
      .toPromise()
      .then((result) => {
        if (cancelled) return;
        const page = result.data?.conversation?.messages;
        if (!page) {
          setLoadError(result.error ? describeRequestError(t, result.error) : t('messaging.conversation.notFound'));
          return;
        }
        setMessages((live) =>
          merge(
            page.edges.map((edge) => edge.node),
            live,
          ),
        );
        setOlder({ has: page.pageInfo.hasPreviousPage, cursor: page.pageInfo.startCursor });
        setLoaded(true);
      });
    return () => {
      cancelled = true;
    };
  }, [client, conversationId, t]);

  // Live events, from the last message seen: after a reconnect, what was missed is replayed first.
  const wasClosed = useRef(false);
  useEffect(() => {
    if (connection === 'closed') wasClosed.current = true;
    if (connection === 'connected' && wasClosed.current) {
      wasClosed.current = false;
      setResubscribe((n) => n + 1);
    }
  }, [connection]);
  useEffect(() => {
    if (!loaded) return;
    const subscription = client.subscription(MessageEventsSubscription, { conversationId, afterMessageId: lastSeenId.current }).subscribe((result) => {
      const event = result.data?.messageEvents;
      if (result.error?.graphQLErrors.some((error) => error.extensions?.code === 'FORBIDDEN')) onAccessLost();
      if (!event || event.conversationId !== conversationId) return;
      setMessages((current) => applyEvent(current, event, viewerId));
      if (event.kind === 'ADDED' && event.message.sender?.id !== viewerId) {
        const author = event.message.sentByNetwork ? t('messaging.message.fromNetwork') : (event.message.sender?.displayName ?? '');
        setAnnouncement(t('messaging.conversation.newMessage', { author, text: previewText(event.message.body, event.message.mentions) }));
      }
    });
    return () => subscription.unsubscribe();
  }, [client, conversationId, loaded, resubscribe, viewerId, t, onAccessLost]);

  // Scrolling: stay at the bottom as messages arrive (unless reading further up); keep the place when older ones load.
  useLayoutEffect(() => {
    const element = history.current;
    if (!element) return;
    if (keepOffsetFromBottom.current !== null) {
      element.scrollTop = element.scrollHeight - keepOffsetFromBottom.current;
      keepOffsetFromBottom.current = null;
    } else if (followBottom.current) {
      element.scrollTop = element.scrollHeight;
    }
  }, [messages]);

  const loadOlder = useCallback(async () => {
    if (!older.has || !older.cursor || loadingOlder) return;
    setLoadingOlder(true);
    const result = await client.query(ConversationMessagesQuery, { id: conversationId, last: PAGE_SIZE, before: older.cursor }).toPromise();
    setLoadingOlder(false);
    const page = result.data?.conversation?.messages;
    if (!page) return;
    const element = history.current;
    if (element) keepOffsetFromBottom.current = element.scrollHeight - element.scrollTop;
    setMessages((current) =>
      merge(
        current,
        page.edges.map((edge) => edge.node),
      ),
    );
    setOlder({ has: page.pageInfo.hasPreviousPage, cursor: page.pageInfo.startCursor });
  }, [client, conversationId, older, loadingOlder]);

  const onScroll = () => {
    const element = history.current;
    if (!element) return;
    followBottom.current = element.scrollHeight - element.scrollTop - element.clientHeight < STICK_TO_BOTTOM;
    if (element.scrollTop < LOAD_OLDER_AT) void loadOlder();
  };

  // Whether the newest message is on screen.
  useEffect(() => {
    const target = bottom.current;
    if (!target || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(([entry]) => setAtBottom(entry?.isIntersecting ?? false), { root: history.current });
    observer.observe(target);
    return () => observer.disconnect();
  }, [loaded]);

  // Read when seen: the newest message is on screen and the page is in front of the member.
  const [visible, setVisible] = useState(() => document.visibilityState === 'visible');
  useEffect(() => {
    const onChange = () => setVisible(document.visibilityState === 'visible');
    document.addEventListener('visibilitychange', onChange);
    return () => document.removeEventListener('visibilitychange', onChange);
  }, []);
  const canMarkRead = conversation.viewerIsMember;
  useEffect(() => {
    if (!loaded || !newest || !visible || !atBottom || !canMarkRead) return;
    if (newest.seq <= markedUpTo.current) return;
    markedUpTo.current = newest.seq;
    void client
      .mutation(MarkConversationReadMutation, { input: { conversationId, upToMessageId: newest.id } })
      .toPromise()
      .then(() => announceRead());
  }, [client, conversationId, loaded, newest, visible, atBottom, canMarkRead]);

  const send = async (body: string): Promise<string | null> => {
    // The same text sent again after a failure is the same message: the server posts it once.
    if (!draft.current || draft.current.body !== body) draft.current = { body, clientMessageId: newClientMessageId() };
    const result = await client
      .mutation(SendMessageMutation, {
        input: { conversationId, body, replyToMessageId: replyTo?.id ?? null, clientMessageId: draft.current.clientMessageId },
      })
      .toPromise();
    const payload = result.data?.sendMessage;
    if (payload?.message) {
      const sent = payload.message;
      draft.current = null;
      followBottom.current = true;
      setMessages((current) => merge(current, [sent]));
      setReplyTo(null);
      return null;
    }
    if (payload?.errors.length) draft.current = null;
    return userErrorMessage(t, payload?.errors, true);
  };

  const edit = async (message: Message, body: string): Promise<string | null> => {
    const result = await client.mutation(EditMessageMutation, { input: { messageId: message.id, body } }).toPromise();
    const updated = result.data?.editMessage.message;
    if (updated) {
      setMessages((current) => merge(current, [updated]));
      return null;
    }
    return userErrorMessage(t, result.data?.editMessage.errors, true);
  };

  const remove = async (message: Message): Promise<string | null> => {
    const result = await client.mutation(DeleteMessageMutation, { input: { messageId: message.id } }).toPromise();
    const updated = result.data?.deleteMessage.message;
    if (updated) {
      setMessages((current) => merge(current, [updated]));
      return null;
    }
    return userErrorMessage(t, result.data?.deleteMessage.errors, true);
  };

  const [reactionError, setReactionError] = useState<string | null>(null);
  const toggleReaction = (message: Message, emoji: string, mine: boolean) => {
    const input = { input: { messageId: message.id, emoji } };
    void (async () => {
      const result = mine
        ? (await client.mutation(RemoveReactionMutation, input).toPromise()).data?.removeReaction
        : (await client.mutation(AddReactionMutation, input).toPromise()).data?.addReaction;
      if (result?.message) {
        const updated = result.message;
        setMessages((current) => merge(current, [updated]));
      }
      setReactionError(userErrorMessage(t, result?.errors, !result));
    })();
  };

  const setTyping = useCallback(
    (typing: boolean) => void client.mutation(SetTypingMutation, { input: { conversationId, typing } }).toPromise(),
    [client, conversationId],
  );

  const typingText =
    typists.length === 0
      ? ''
      : typists.length === 1
        ? t('messaging.typing.one', { name: typists[0]!.displayName })
        : t('messaging.typing.many', { names: typists.map((typist) => typist.displayName).join(t('messaging.typing.separator')) });

  return (
    <>
      <div className={classes.history} ref={history} onScroll={onScroll} data-testid="message-history">
        {loadError ? (
          <Alert color="red" variant="light" role="alert">
            {loadError}
          </Alert>
        ) : !loaded ? (
          <Center py="xl">
            <Loader size="sm" aria-label={t('common.loading')} />
          </Center>
        ) : (
          <>
            {older.has && (
              <Center mb="xs">
                <Button variant="subtle" size="xs" onClick={() => void loadOlder()} loading={loadingOlder}>
                  {t('messaging.conversation.loadOlder')}
                </Button>
              </Center>
            )}
            {messages.length === 0 && (
              <Text c="dimmed" ta="center" py="lg">
                {t('messaging.conversation.empty')}
              </Text>
            )}
            <ul className={classes.messages} aria-label={t('messaging.conversation.history')}>
              {messages.map((message) => (
                <MessageItem
                  key={message.id}
                  message={message}
                  kind={conversation.kind}
                  viewerId={viewerId}
                  canModerate={conversation.room?.viewerCanModerate ?? false}
                  readOnly={readOnly || !conversation.viewerIsMember}
                  onReply={setReplyTo}
                  onEdit={edit}
                  onDelete={remove}
                  onToggleReaction={toggleReaction}
                  toBody={withMentionTokens}
                />
              ))}
            </ul>
          </>
        )}
        <div ref={bottom} style={{ height: 1 }} />
      </div>
      <div className={classes.composer}>
        <Text size="xs" c="dimmed" className={classes.typing} aria-live="polite" data-testid="typing-indicator">
          {typingText}
        </Text>
        {reactionError && (
          <Text size="xs" c="red" role="alert">
            {reactionError}
          </Text>
        )}
        {readOnly ? (
          <Text size="sm" c="dimmed" py="xs">
            {t('messaging.room.archivedNotice')}
          </Text>
        ) : (
          <Composer replyTo={replyTo} onCancelReply={() => setReplyTo(null)} mentionable={mentionable} onSend={send} onTyping={setTyping} />
        )}
        <VisuallyHidden aria-live="polite" role="status">
          {announcement}
        </VisuallyHidden>
      </div>
    </>
  );
}
