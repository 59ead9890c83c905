// Live messaging state shared by the header badge and the pages: the viewer's conversation-list
// updates (`conversationUpdated`) and the total unread count.
import { useEffect, useState } from 'react';
import { useQuery, useSubscription } from '../api/hooks';
import { useSession } from '../session/hooks';
import { ConversationUpdatedSubscription, UnreadMessageCountQuery, type Conversation } from './messaging.api';

type ReadListener = () => void;
const readListeners = new Set<ReadListener>();

/** Called after this tab marked something read, so counts shown elsewhere on the page follow at once. */
export function announceRead(): void {
  for (const listener of readListeners) listener();
}

/** Calls `onUpdate` for every change to one of the viewer's conversations, while signed in. */
export function useConversationUpdates(onUpdate: (conversation: Conversation) => void, enabled = true): void {
  const { token } = useSession();
  useSubscription(ConversationUpdatedSubscription, {}, (data) => onUpdate(data.conversationUpdated), { pause: token === null || !enabled });
}

/** Total unread over the viewer's conversations, kept current; null until known. */
export function useUnreadTotal(enabled: boolean): number | null {
  const { connection } = useSession();
  const { data, refetch } = useQuery(UnreadMessageCountQuery, {}, { pause: !enabled });
  const [total, setTotal] = useState<number | null>(null);

  useEffect(() => {
    if (data) setTotal(data.unreadMessageCount);
  }, [data]);
  useEffect(() => {
    if (!enabled) setTotal(null);
  }, [enabled]);

  // Any change to a conversation may change the total: ask again (the server owns the sum).
  useConversationUpdates(() => refetch(), enabled);
  useEffect(() => {
    if (!enabled) return;
    readListeners.add(refetch);
    return () => {
      readListeners.delete(refetch);
    };
  }, [enabled, refetch]);
  // Updates may have been missed while the socket was down.
  useEffect(() => {
    if (enabled && connection === 'connected') refetch();
  }, [enabled, connection, refetch]);

  return total;
}
