// GraphQL operations of conversations, talk rooms and messages (the messaging subgraph and the
// gateway's subscriptions), typed by hand against the contract.
import { gql } from '@urql/core';
import type { PageInfo, UserError } from '../api/documents';

export type ConversationKind = 'DIRECT' | 'NETWORK' | 'ROOM';
export const ROOM_CATEGORIES = ['DEPARTMENT', 'YEAR', 'JOB', 'TOPIC'] as const;
export type RoomCategory = (typeof ROOM_CATEGORIES)[number];
export type RoomVisibility = 'OPEN' | 'INVITE_ONLY';
export type RoomSort = 'ACTIVITY' | 'POPULARITY' | 'NEWEST' | 'NAME';
export type MessageEventKind = 'ADDED' | 'EDITED' | 'DELETED' | 'REACTIONS_CHANGED' | 'READ';

export interface ChatMember {
  id: string;
  displayName: string;
  profile?: { thumbnailUrl: string | null } | null;
}

export interface Room {
  name: string;
  description: string;
  category: RoomCategory;
  topicTags: string[];
  visibility: RoomVisibility;
  memberCount: number;
  messageCount: number;
  archivedAt: string | null;
  viewerInvited: boolean;
  viewerCanModerate: boolean;
}

export interface Reaction {
  emoji: string;
  count: number;
  memberIds: string[];
}

export interface QuotedMessage {
  id: string;
  body: string;
  sender: ChatMember | null;
  sentByNetwork: boolean;
  deletedAt: string | null;
}

export interface Message {
  id: string;
  conversationId: string;
  seq: number;
  sender: ChatMember | null;
  sentByNetwork: boolean;
  body: string;
  mentions: ChatMember[];
  links: string[];
  replyTo: QuotedMessage | null;
  createdAt: string;
  editedAt: string | null;
  deletedAt: string | null;
  deletedByModerator: boolean;
  reactions: Reaction[];
  readByCount: number;
  readAt: string | null;
}

export interface LastMessage {
  id: string;
  body: string;
  sender: ChatMember | null;
  sentByNetwork: boolean;
  createdAt: string;
  deletedAt: string | null;
}

export interface Conversation {
  id: string;
  kind: ConversationKind;
  title: string;
  otherMember: ChatMember | null;
  room: Room | null;
  lastMessage: LastMessage | null;
  lastActivityAt: string;
  unreadCount: number;
  viewerIsMember: boolean;
}

export interface ConversationConnection {
  edges: { cursor: string; node: Conversation }[];
  pageInfo: PageInfo;
  totalCount: number;
}

export interface MessagePageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}
export interface MessageConnection {
  edges: { cursor: string; node: Message }[];
  pageInfo: MessagePageInfo;
}

export interface ConversationMemberConnection {
  edges: { cursor: string; node: ChatMember; role: string; joinedAt: string }[];
  pageInfo: PageInfo;
  totalCount: number;
}

export interface MessageEvent {
  kind: MessageEventKind;
  conversationId: string;
  message: Message;
  readerId: string | null;
}

export interface TypingIndicator {
  conversationId: string;
  memberId: string;
  displayName: string;
  typing: boolean;
  expiresAt: string;
}

const ERRORS = 'errors { code field message }';
const MEMBER = 'id displayName';
const MEMBER_WITH_PHOTO = 'id displayName profile { thumbnailUrl }';
const ROOM = 'name description category topicTags visibility memberCount messageCount archivedAt viewerInvited viewerCanModerate';
const LAST_MESSAGE = `id body sentByNetwork createdAt deletedAt sender { ${MEMBER} }`;
const CONVERSATION = `id kind title lastActivityAt unreadCount viewerIsMember
  otherMember { ${MEMBER_WITH_PHOTO} }
  room { ${ROOM} }
  lastMessage { ${LAST_MESSAGE} }`;
export const MESSAGE = `id conversationId seq sentByNetwork body links createdAt editedAt deletedAt deletedByModerator readByCount readAt
  sender { ${MEMBER} }
  mentions { ${MEMBER} }
  replyTo { id body sentByNetwork deletedAt sender { ${MEMBER} } }
  reactions { emoji count memberIds }`;
const CONVERSATION_PAGE = `edges { cursor node { ${CONVERSATION} } } pageInfo { hasNextPage endCursor } totalCount`;
const MESSAGE_PAGE = `edges { cursor node { ${MESSAGE} } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }`;

export const ConversationsQuery = gql<
  { conversations: ConversationConnection },
  { first?: number; after?: string | null; kind?: ConversationKind | null; unreadOnly?: boolean | null }
>(`
  query Conversations($first: Int, $after: String, $kind: ConversationKind, $unreadOnly: Boolean) {
    conversations(first: $first, after: $after, kind: $kind, unreadOnly: $unreadOnly) { ${CONVERSATION_PAGE} }
  }
`);

export const NetworkInboxQuery = gql<
  { networkInbox: ConversationConnection },
  { first?: number; after?: string | null; unreadOnly?: boolean | null }
>(`
  query NetworkInbox($first: Int, $after: String, $unreadOnly: Boolean) {
    networkInbox(first: $first, after: $after, unreadOnly: $unreadOnly) { ${CONVERSATION_PAGE} }
  }
`);

export const ConversationQuery = gql<{ conversation: Conversation | null }, { id: string }>(`
  query Conversation($id: ID!) { conversation(id: $id) { ${CONVERSATION} } }
`);

export const ConversationMessagesQuery = gql<
  { conversation: { id: string; messages: MessageConnection } | null },
  { id: string; last?: number; before?: string | null }
>(`
  query ConversationMessages($id: ID!, $last: Int, $before: ID) {
    conversation(id: $id) { id messages(last: $last, before: $before) { ${MESSAGE_PAGE} } }
  }
`);

export const ConversationMembersQuery = gql<
  { conversation: { id: string; members: ConversationMemberConnection } | null },
  { id: string; first?: number; after?: string | null }
>(`
  query ConversationMembers($id: ID!, $first: Int, $after: String) {
    conversation(id: $id) {
      id
      members(first: $first, after: $after) {
        edges { cursor role joinedAt node { ${MEMBER_WITH_PHOTO} } }
        pageInfo { hasNextPage endCursor }
        totalCount
      }
    }
  }
`);

export const UnreadMessageCountQuery = gql<{ unreadMessageCount: number }, Record<string, never>>(`
  query UnreadMessageCount { unreadMessageCount }
`);

export interface RoomFilter {
  text?: string | null;
  category?: RoomCategory | null;
  topicTag?: string | null;
  joinedOnly?: boolean | null;
  includeArchived?: boolean | null;
}

export const RoomsQuery = gql<
  { rooms: ConversationConnection },
  { filter?: RoomFilter | null; sort?: RoomSort | null; first?: number; after?: string | null }
>(`
  query Rooms($filter: RoomFilter, $sort: RoomSort, $first: Int, $after: String) {
    rooms(filter: $filter, sort: $sort, first: $first, after: $after) { ${CONVERSATION_PAGE} }
  }
`);

export const RoomInvitationsQuery = gql<{ roomInvitations: ConversationConnection }, { first?: number }>(`
  query RoomInvitations($first: Int) { roomInvitations(first: $first) { ${CONVERSATION_PAGE} } }
`);

export interface ConversationPayload {
  conversation: Conversation | null;
  errors: UserError[];
}
export interface MessagePayload {
  message: Message | null;
  errors: UserError[];
}

const CONVERSATION_PAYLOAD = `conversation { ${CONVERSATION} } ${ERRORS}`;
const MESSAGE_PAYLOAD = `message { ${MESSAGE} } ${ERRORS}`;

export const StartDirectConversationMutation = gql<
  { startDirectConversation: ConversationPayload },
  { input: { memberId: string } }
>(`
  mutation StartDirectConversation($input: StartDirectConversationInput!) {
    startDirectConversation(input: $input) { ${CONVERSATION_PAYLOAD} }
  }
`);

export const ContactNetworkMutation = gql<{ contactNetwork: ConversationPayload }, { input: Record<string, never> }>(`
  mutation ContactNetwork($input: ContactNetworkInput!) { contactNetwork(input: $input) { ${CONVERSATION_PAYLOAD} } }
`);

export interface SendMessageInput {
  conversationId: string;
  body: string;
  replyToMessageId?: string | null;
  clientMessageId: string;
}

export const SendMessageMutation = gql<{ sendMessage: MessagePayload }, { input: SendMessageInput }>(`
  mutation SendMessage($input: SendMessageInput!) { sendMessage(input: $input) { ${MESSAGE_PAYLOAD} } }
`);

export const EditMessageMutation = gql<{ editMessage: MessagePayload }, { input: { messageId: string; body: string } }>(`
  mutation EditMessage($input: EditMessageInput!) { editMessage(input: $input) { ${MESSAGE_PAYLOAD} } }
`);

export const DeleteMessageMutation = gql<{ deleteMessage: MessagePayload }, { input: { messageId: string } }>(`
  mutation DeleteMessage($input: DeleteMessageInput!) { deleteMessage(input: $input) { ${MESSAGE_PAYLOAD} } }
`);

export const AddReactionMutation = gql<{ addReaction: MessagePayload }, { input: { messageId: string; emoji: string } }>(`
  mutation AddReaction($input: ReactionInput!) { addReaction(input: $input) { ${MESSAGE_PAYLOAD} } }
`);

export const RemoveReactionMutation = gql<{ removeReaction: MessagePayload }, { input: { messageId: string; emoji: string } }>(`
  mutation RemoveReaction($input: ReactionInput!) { removeReaction(input: $input) { ${MESSAGE_PAYLOAD} } }
`);

export const MarkConversationReadMutation = gql<
  { markConversationRead: { conversation: { id: string; unreadCount: number } | null; errors: UserError[] } },
  { input: { conversationId: string; upToMessageId?: string | null } }
>(`
  mutation MarkConversationRead($input: MarkConversationReadInput!) {
    markConversationRead(input: $input) { conversation { id unreadCount } ${ERRORS} }
  }
`);

export const SetTypingMutation = gql<{ setTyping: { errors: UserError[] } }, { input: { conversationId: string; typing: boolean } }>(`
  mutation SetTyping($input: SetTypingInput!) { setTyping(input: $input) { ${ERRORS} } }
`);

export interface RoomInput {
  name: string;
  description: string;
  category: RoomCategory;
  topicTags: string[];
  visibility: RoomVisibility;
}

export const CreateRoomMutation = gql<{ createRoom: ConversationPayload }, { input: RoomInput }>(`
  mutation CreateRoom($input: CreateRoomInput!) { createRoom(input: $input) { ${CONVERSATION_PAYLOAD} } }
`);

export const UpdateRoomMutation = gql<{ updateRoom: ConversationPayload }, { input: RoomInput & { conversationId: string } }>(`
  mutation UpdateRoom($input: UpdateRoomInput!) { updateRoom(input: $input) { ${CONVERSATION_PAYLOAD} } }
`);

type RoomAction = 'joinRoom' | 'leaveRoom' | 'declineRoomInvitation' | 'archiveRoom' | 'unarchiveRoom';
const roomAction = <Name extends RoomAction>(name: Name, operation: string) =>
  gql<{ [key in Name]: ConversationPayload }, { input: { conversationId: string } }>(`
    mutation ${operation}($input: RoomInput!) { ${name}(input: $input) { ${CONVERSATION_PAYLOAD} } }
  `);

export const JoinRoomMutation = roomAction('joinRoom', 'JoinRoom');
export const LeaveRoomMutation = roomAction('leaveRoom', 'LeaveRoom');
export const DeclineRoomInvitationMutation = roomAction('declineRoomInvitation', 'DeclineRoomInvitation');
export const ArchiveRoomMutation = roomAction('archiveRoom', 'ArchiveRoom');
export const UnarchiveRoomMutation = roomAction('unarchiveRoom', 'UnarchiveRoom');

export const InviteToRoomMutation = gql<
  { inviteToRoom: ConversationPayload },
  { input: { conversationId: string; memberIds: string[] } }
>(`
  mutation InviteToRoom($input: InviteToRoomInput!) { inviteToRoom(input: $input) { ${CONVERSATION_PAYLOAD} } }
`);

export const RemoveRoomMemberMutation = gql<
  { removeRoomMember: ConversationPayload },
  { input: { conversationId: string; memberId: string } }
>(`
  mutation RemoveRoomMember($input: RemoveRoomMemberInput!) { removeRoomMember(input: $input) { ${CONVERSATION_PAYLOAD} } }
`);

export const MessageEventsSubscription = gql<
  { messageEvents: MessageEvent },
  { conversationId: string; afterMessageId?: string | null }
>(`
  subscription MessageEvents($conversationId: ID!, $afterMessageId: ID) {
    messageEvents(conversationId: $conversationId, afterMessageId: $afterMessageId) {
      kind conversationId readerId message { ${MESSAGE} }
    }
  }
`);

export const ConversationUpdatedSubscription = gql<{ conversationUpdated: Conversation }, Record<string, never>>(`
  subscription ConversationUpdated { conversationUpdated { ${CONVERSATION} } }
`);

export const TypingSubscription = gql<{ typing: TypingIndicator }, { conversationId: string }>(`
  subscription Typing($conversationId: ID!) { typing(conversationId: $conversationId) { conversationId memberId displayName typing expiresAt } }
`);
