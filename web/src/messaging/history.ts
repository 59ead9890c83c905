// A conversation's history as the chat shows it: loaded pages and live events folded into one list,
// ordered by the conversation's sequence numbers, each message once.
import type { Message, MessageEvent } from './messaging.api';

function bySeq(a: Message, b: Message): number {
  return a.seq - b.seq;
}

/** The messages of both lists, each once (the incoming version wins), in conversation order. */
export function merge(current: Message[], incoming: Message[]): Message[] {
  const byId = new Map(current.map((message) => [message.id, message]));
  for (const message of incoming) byId.set(message.id, message);
  return [...byId.values()].sort(bySeq);
}

/** Folds one live event into the history. */
export function applyEvent(messages: Message[], event: MessageEvent, viewerId: string): Message[] {
  const { message } = event;
  if (event.kind === 'ADDED') return merge(messages, [message]);
  if (!messages.some((item) => item.id === message.id) && event.kind !== 'READ') return messages;
  let next = messages.map((item) => (item.id === message.id ? message : item));
  // Someone else read up to this message: everything of the viewer's before it is read too.
  if (event.kind === 'READ' && event.readerId !== viewerId && message.readAt) {
    next = next.map((item) => (item.seq <= message.seq && item.sender?.id === viewerId && !item.readAt ? { ...item, readAt: message.readAt } : item));
  }
  return next;
}
