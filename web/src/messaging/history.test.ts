import { applyEvent, merge } from './history';
import type { Message, MessageEvent } from './messaging.api';

const me = 'member-me';
const other = 'member-other';

function message(seq: number, fields: Partial<Message> = {}): Message {
  return {
    id: `m${seq}`,
    conversationId: 'c1',
    seq,
    sentByNetwork: false,
    body: `message ${seq}`,
    links: [],
    createdAt: `2026-12-07T10:00:${String(seq).padStart(2, '0')}.000Z`,
    editedAt: null,
    deletedAt: null,
    deletedByModerator: false,
    readByCount: 0,
    readAt: null,
    sender: { id: me, displayName: 'Me' },
    mentions: [],
    replyTo: null,
    reactions: [],
    ...fields,
  };
}

const event = (kind: MessageEvent['kind'], of: Message, readerId: string | null = null): MessageEvent => ({
  kind,
  conversationId: 'c1',
  message: of,
  readerId,
});
const bodies = (messages: Message[]) => messages.map((item) => item.body);

test('a page loaded after live messages arrived joins them in conversation order, each message once', () => {
  const live = [message(4), message(5)];
  const loaded = [message(2), message(3), message(4, { body: 'message 4 (from the page)' })];
  expect(bodies(merge(loaded, live))).toEqual(['message 2', 'message 3', 'message 4', 'message 5']);
  expect(bodies(merge(live, loaded))).toEqual(['message 2', 'message 3', 'message 4 (from the page)', 'message 5']);
});

test('a new message lands in its place even when it arrives out of order, and a replayed one is not doubled', () => {
  const history = [message(1), message(3)];
  const withTwo = applyEvent(history, event('ADDED', message(2)), me);
  expect(bodies(withTwo)).toEqual(['message 1', 'message 2', 'message 3']);
  expect(applyEvent(withTwo, event('ADDED', message(2)), me)).toHaveLength(3);
});

test('edits, deletions and reactions replace the message shown; events about messages not loaded change nothing', () => {
  const history = [message(1), message(2)];
  const edited = applyEvent(history, event('EDITED', message(2, { body: 'fixed', editedAt: '2026-12-07T10:05:00.000Z' })), me);
  expect(bodies(edited)).toEqual(['message 1', 'fixed']);
  const deleted = applyEvent(edited, event('DELETED', message(1, { body: '', deletedAt: '2026-12-07T10:06:00.000Z' })), me);
  expect(deleted[0]?.deletedAt).toBe('2026-12-07T10:06:00.000Z');
  const reacted = applyEvent(
    deleted,
    event('REACTIONS_CHANGED', message(2, { body: 'fixed', reactions: [{ emoji: '👍', count: 1, memberIds: [other] }] })),
    me,
  );
  expect(reacted[1]?.reactions).toEqual([{ emoji: '👍', count: 1, memberIds: [other] }]);
  expect(applyEvent(reacted, event('EDITED', message(9, { body: 'elsewhere' })), me)).toBe(reacted);
});

test('when someone else reads up to a message, every earlier message of the viewer shows as read', () => {
  const readAt = '2026-12-07T11:00:00.000Z';
  const history = [message(1), message(2, { sender: { id: other, displayName: 'Other' } }), message(3), message(4)];
  const next = applyEvent(history, event('READ', message(3, { readAt, readByCount: 1 }), other), me);
  expect(next.map((item) => item.readAt)).toEqual([readAt, null, readAt, null]);
  // The viewer's own reading marks nothing of theirs as read by others.
  expect(applyEvent(history, event('READ', message(3, { readAt }), me), me).map((item) => item.readAt)).toEqual([null, null, readAt, null]);
});
