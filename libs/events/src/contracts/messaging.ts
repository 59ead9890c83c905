import { z } from 'zod';
import { defineEvent } from '../contract';

/** Everything that happens in one conversation shares a topic and a key, so it stays in order. */
const CONVERSATION_TOPIC = 'kizuna.messaging.conversation';
const timestamp = z.iso.datetime({ offset: true });
const kind = z.enum(['direct', 'network', 'room']);

/**
 * Who a conversation event concerns, for routing without a lookup: direct and network
 * conversations name their member participants; a room's members are too many to list (readers
 * know rooms they belong to from RoomJoined/RoomLeft).
 */
const conversationRef = {
  conversationId: z.uuid(),
  networkId: z.uuid(),
  conversationKind: kind,
  participantMembershipIds: z.array(z.uuid()).describe('direct: both members; network: the member; room: empty'),
};

export const ConversationStarted = defineEvent({
  type: 'kizuna.messaging.conversation.started.v1',
  topic: CONVERSATION_TOPIC,
  source: 'kizuna/messaging',
  description: "A direct conversation between two members, or a member's conversation with the network, was opened for the first time.",
  schema: z.object({ ...conversationRef, startedBy: z.uuid().nullable(), startedAt: timestamp }),
  subject: (data) => data.conversationId,
});

export const MessageSent = defineEvent({
  type: 'kizuna.messaging.message.sent.v1',
  topic: CONVERSATION_TOPIC,
  source: 'kizuna/messaging',
  description: 'A message was posted in a conversation. senderMembershipId is null when the network sent it (bulk message, auto-reply).',
  schema: z.object({
    ...conversationRef,
    messageId: z.uuid(),
    seq: z.number().int().positive(),
    senderMembershipId: z.uuid().nullable(),
    sentAsNetwork: z.boolean(),
    mentionedMembershipIds: z.array(z.uuid()),
    replyToMessageId: z.uuid().nullable(),
    bulkMessageId: z.uuid().nullable(),
    sentAt: timestamp,
  }),
  subject: (data) => data.conversationId,
});

export const MessageEdited = defineEvent({
  type: 'kizuna.messaging.message.edited.v1',
  topic: CONVERSATION_TOPIC,
  source: 'kizuna/messaging',
  description: "The author changed a message's text.",
  schema: z.object({ ...conversationRef, messageId: z.uuid(), senderMembershipId: z.uuid().nullable(), editedAt: timestamp }),
  subject: (data) => data.conversationId,
});

export const MessageDeleted = defineEvent({
  type: 'kizuna.messaging.message.deleted.v1',
  topic: CONVERSATION_TOPIC,
  source: 'kizuna/messaging',
  description: 'A message was deleted by its author or removed by a moderator; it stays in the history, shown as deleted.',
  schema: z.object({
    ...conversationRef,
    messageId: z.uuid(),
    senderMembershipId: z.uuid().nullable(),
    deletedBy: z.uuid(),
    byModerator: z.boolean(),
    deletedAt: timestamp,
  }),
  subject: (data) => data.conversationId,
});

export const MessageReactionsChanged = defineEvent({
  type: 'kizuna.messaging.message.reactions-changed.v1',
  topic: CONVERSATION_TOPIC,
  source: 'kizuna/messaging',
  description: 'A member added or removed a reaction on a message.',
  schema: z.object({
    ...conversationRef,
    messageId: z.uuid(),
    senderMembershipId: z.uuid().nullable(),
    membershipId: z.uuid(),
    emoji: z.string().min(1),
    added: z.boolean(),
    changedAt: timestamp,
  }),
  subject: (data) => data.conversationId,
});

export const MessagesRead = defineEvent({
  type: 'kizuna.messaging.conversation.read.v1',
  topic: CONVERSATION_TOPIC,
  source: 'kizuna/messaging',
  description: 'A member read a conversation up to a message (read receipts, "read by N", open rates).',
  schema: z.object({ ...conversationRef, membershipId: z.uuid(), lastReadMessageId: z.uuid(), lastReadSeq: z.number().int().positive(), readAt: timestamp }),
  subject: (data) => data.conversationId,
});

const roomRef = { conversationId: z.uuid(), networkId: z.uuid() };

export const RoomCreated = defineEvent({
  type: 'kizuna.messaging.room.created.v1',
  topic: CONVERSATION_TOPIC,
  source: 'kizuna/messaging',
  description: 'A member or admin created a talk room.',
  schema: z.object({
    ...roomRef,
    name: z.string().min(1),
    description: z.string(),
    category: z.enum(['department', 'year', 'job', 'topic']),
    topicTags: z.array(z.string()),
    visibility: z.enum(['open', 'invite_only']),
    createdBy: z.uuid(),
    createdAt: timestamp,
  }),
  subject: (data) => data.conversationId,
});

export const RoomUpdated = defineEvent({
  type: 'kizuna.messaging.room.updated.v1',
  topic: CONVERSATION_TOPIC,
  source: 'kizuna/messaging',
  description: "A room's name, description, tags or visibility changed, or it was archived or restored.",
  schema: z.object({
    ...roomRef,
    name: z.string().min(1),
    visibility: z.enum(['open', 'invite_only']),
    archived: z.boolean(),
    updatedBy: z.uuid(),
    updatedAt: timestamp,
  }),
  subject: (data) => data.conversationId,
});

export const RoomJoined = defineEvent({
  type: 'kizuna.messaging.room.joined.v1',
  topic: CONVERSATION_TOPIC,
  source: 'kizuna/messaging',
  description: 'A member joined a room: by themselves (open room), by accepting an invitation, or as its creator.',
  schema: z.object({ ...roomRef, membershipId: z.uuid(), roomName: z.string().min(1), via: z.enum(['join', 'invitation', 'creation']), joinedAt: timestamp }),
  subject: (data) => data.conversationId,
});

export const RoomLeft = defineEvent({
  type: 'kizuna.messaging.room.left.v1',
  topic: CONVERSATION_TOPIC,
  source: 'kizuna/messaging',
  description: 'A member left a room, or a moderator removed them (removedBy set). They stop receiving its messages at once.',
  schema: z.object({ ...roomRef, membershipId: z.uuid(), removedBy: z.uuid().nullable(), leftAt: timestamp }),
  subject: (data) => data.conversationId,
});

export const RoomInvitationSent = defineEvent({
  type: 'kizuna.messaging.room.invitation-sent.v1',
  topic: CONVERSATION_TOPIC,
  source: 'kizuna/messaging',
  description: 'A room member invited another member to the room.',
  schema: z.object({ ...roomRef, membershipId: z.uuid(), invitedBy: z.uuid(), roomName: z.string().min(1), invitedAt: timestamp }),
  subject: (data) => data.conversationId,
});

export const BulkMessageCompleted = defineEvent({
  type: 'kizuna.messaging.bulk-message.completed.v1',
  topic: 'kizuna.messaging.bulk-message',
  source: 'kizuna/messaging',
  description: 'Every recipient of a bulk message has it (or has failed, with a reason).',
  schema: z.object({
    bulkMessageId: z.uuid(),
    networkId: z.uuid(),
    sentBy: z.uuid(),
    recipientCount: z.number().int().nonnegative(),
    deliveredCount: z.number().int().nonnegative(),
    failedCount: z.number().int().nonnegative(),
    startedAt: timestamp,
    completedAt: timestamp,
  }),
  subject: (data) => data.bulkMessageId,
});

/**
 * Ephemeral: published straight to the transport, not through the outbox (a lost typing signal
 * is harmless, and stale ones must not be replayed). Readers treat it as valid for `expiresAt`.
 */
export const MemberTyping = defineEvent({
  type: 'kizuna.messaging.member.typing.v1',
  topic: 'kizuna.messaging.typing',
  source: 'kizuna/messaging',
  description: 'A member is typing (or stopped typing) in a conversation. Not stored; lost signals are not re-sent.',
  schema: z.object({
    ...conversationRef,
    membershipId: z.uuid(),
    displayName: z.string(),
    typing: z.boolean(),
    expiresAt: timestamp,
  }),
  subject: (data) => data.conversationId,
});

export const messagingEvents = [
  ConversationStarted,
  MessageSent,
  MessageEdited,
  MessageDeleted,
  MessageReactionsChanged,
  MessagesRead,
  RoomCreated,
  RoomUpdated,
  RoomJoined,
  RoomLeft,
  RoomInvitationSent,
  BulkMessageCompleted,
  MemberTyping,
];
