// GraphQL operations of conversations, talk rooms and messages (the messaging subgraph and the
// gateway's subscriptions).
import { graphql } from '../graphql';
import type { ResultOf } from '@graphql-typed-document-node/core';
import type {
  ChatMemberFieldsFragment,
  ChatMemberWithPhotoFieldsFragment,
  ConversationFieldsFragment,
  ConversationPageFieldsFragment,
  CreateRoomInput,
  MessageFieldsFragment,
  RoomCategory,
  RoomFieldsFragment,
} from '../graphql/graphql';

export type { ConversationKind, MessageEventKind, RoomCategory, RoomFilter, RoomSort, RoomVisibility, SendMessageInput } from '../graphql/graphql';
export const ROOM_CATEGORIES: readonly RoomCategory[] = ['DEPARTMENT', 'YEAR', 'JOB', 'TOPIC'];

/** A member as chat shows them: senders and mentions without a photo, the other side of a conversation with one. */
export type ChatMember = ChatMemberFieldsFragment & Partial<Pick<ChatMemberWithPhotoFieldsFragment, 'profile'>>;
export type Room = RoomFieldsFragment;
export type Message = MessageFieldsFragment;
export type QuotedMessage = NonNullable<Message['replyTo']>;
export type Reaction = Message['reactions'][number];
export type Conversation = ConversationFieldsFragment;
export type LastMessage = NonNullable<Conversation['lastMessage']>;
export type ConversationConnection = ConversationPageFieldsFragment;

graphql(`
  fragment ChatMemberFields on Member {
    id
    displayName
  }
`);

graphql(`
  fragment ChatMemberWithPhotoFields on Member {
    id
    displayName
    profile {
      thumbnailUrl
    }
  }
`);

graphql(`
  fragment RoomFields on Room {
    name
    description
    category
    topicTags
    visibility
    memberCount
    messageCount
    archivedAt
    viewerInvited
    viewerCanModerate
  }
`);

graphql(`
  fragment ConversationFields on Conversation {
    id
    kind
    title
    lastActivityAt
    unreadCount
    viewerIsMember
    otherMember {
      ...ChatMemberWithPhotoFields
    }
    room {
      ...RoomFields
    }
    lastMessage {
      id
      body
      sentByNetwork
      createdAt
      deletedAt
      sender {
        ...ChatMemberFields
      }
    }
  }
`);

graphql(`
  fragment MessageFields on Message {
    id
    conversationId
    seq
    sentByNetwork
    body
    links
    createdAt
    editedAt
    deletedAt
    deletedByModerator
    readByCount
    readAt
    sender {
      ...ChatMemberFields
    }
    mentions {
      ...ChatMemberFields
    }
    replyTo {
      id
      body
      sentByNetwork
      deletedAt
      sender {
        ...ChatMemberFields
      }
    }
    reactions {
      emoji
      count
      memberIds
    }
  }
`);

graphql(`
  fragment ConversationPageFields on ConversationConnection {
    edges {
      cursor
      node {
        ...ConversationFields
      }
    }
    pageInfo {
      ...PageInfoFields
    }
    totalCount
  }
`);

export const ConversationsQuery = graphql(`
  query Conversations($first: Int, $after: String, $kind: ConversationKind, $unreadOnly: Boolean) {
    conversations(first: $first, after: $after, kind: $kind, unreadOnly: $unreadOnly) {
      ...ConversationPageFields
    }
  }
`);

export const NetworkInboxQuery = graphql(`
  query NetworkInbox($first: Int, $after: String, $unreadOnly: Boolean) {
    networkInbox(first: $first, after: $after, unreadOnly: $unreadOnly) {
      ...ConversationPageFields
    }
  }
`);

export const ConversationQuery = graphql(`
  query Conversation($id: ID!) {
    conversation(id: $id) {
      ...ConversationFields
    }
  }
`);

export const ConversationMessagesQuery = graphql(`
  query ConversationMessages($id: ID!, $last: Int, $before: ID) {
    conversation(id: $id) {
      id
      messages(last: $last, before: $before) {
        edges {
          cursor
          node {
            ...MessageFields
          }
        }
        pageInfo {
          hasNextPage
          hasPreviousPage
          startCursor
          endCursor
        }
      }
    }
  }
`);

export const ConversationMembersQuery = graphql(`
  query ConversationMembers($id: ID!, $first: Int, $after: String) {
    conversation(id: $id) {
      id
      members(first: $first, after: $after) {
        edges {
          cursor
          role
          joinedAt
          node {
            ...ChatMemberWithPhotoFields
          }
        }
        pageInfo {
          ...PageInfoFields
        }
        totalCount
      }
    }
  }
`);

export type MessageConnection = NonNullable<ResultOf<typeof ConversationMessagesQuery>['conversation']>['messages'];
export type MessagePageInfo = MessageConnection['pageInfo'];
export type ConversationMemberConnection = NonNullable<ResultOf<typeof ConversationMembersQuery>['conversation']>['members'];

export const UnreadMessageCountQuery = graphql(`
  query UnreadMessageCount {
    unreadMessageCount
  }
`);

export const RoomsQuery = graphql(`
  query Rooms($filter: RoomFilter, $sort: RoomSort, $first: Int, $after: String) {
    rooms(filter: $filter, sort: $sort, first: $first, after: $after) {
      ...ConversationPageFields
    }
  }
`);

export const RoomInvitationsQuery = graphql(`
  query RoomInvitations($first: Int) {
    roomInvitations(first: $first) {
      ...ConversationPageFields
    }
  }
`);

export const StartDirectConversationMutation = graphql(`
  mutation StartDirectConversation($input: StartDirectConversationInput!) {
    startDirectConversation(input: $input) {
      conversation {
        ...ConversationFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const ContactNetworkMutation = graphql(`
  mutation ContactNetwork($input: ContactNetworkInput!) {
    contactNetwork(input: $input) {
      conversation {
        ...ConversationFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export type ConversationPayload = ResultOf<typeof StartDirectConversationMutation>['startDirectConversation'];

export const SendMessageMutation = graphql(`
  mutation SendMessage($input: SendMessageInput!) {
    sendMessage(input: $input) {
      message {
        ...MessageFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export type MessagePayload = ResultOf<typeof SendMessageMutation>['sendMessage'];

export const EditMessageMutation = graphql(`
  mutation EditMessage($input: EditMessageInput!) {
    editMessage(input: $input) {
      message {
        ...MessageFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const DeleteMessageMutation = graphql(`
  mutation DeleteMessage($input: DeleteMessageInput!) {
    deleteMessage(input: $input) {
      message {
        ...MessageFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const AddReactionMutation = graphql(`
  mutation AddReaction($input: ReactionInput!) {
    addReaction(input: $input) {
      message {
        ...MessageFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const RemoveReactionMutation = graphql(`
  mutation RemoveReaction($input: ReactionInput!) {
    removeReaction(input: $input) {
      message {
        ...MessageFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const MarkConversationReadMutation = graphql(`
  mutation MarkConversationRead($input: MarkConversationReadInput!) {
    markConversationRead(input: $input) {
      conversation {
        id
        unreadCount
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const SetTypingMutation = graphql(`
  mutation SetTyping($input: SetTypingInput!) {
    setTyping(input: $input) {
      errors {
        ...UserErrorFields
      }
    }
  }
`);

/** A room as its form edits it (the fields every room has). */
export type RoomInput = CreateRoomInput;

export const CreateRoomMutation = graphql(`
  mutation CreateRoom($input: CreateRoomInput!) {
    createRoom(input: $input) {
      conversation {
        ...ConversationFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const UpdateRoomMutation = graphql(`
  mutation UpdateRoom($input: UpdateRoomInput!) {
    updateRoom(input: $input) {
      conversation {
        ...ConversationFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const JoinRoomMutation = graphql(`
  mutation JoinRoom($input: RoomInput!) {
    joinRoom(input: $input) {
      conversation {
        ...ConversationFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const LeaveRoomMutation = graphql(`
  mutation LeaveRoom($input: RoomInput!) {
    leaveRoom(input: $input) {
      conversation {
        ...ConversationFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const DeclineRoomInvitationMutation = graphql(`
  mutation DeclineRoomInvitation($input: RoomInput!) {
    declineRoomInvitation(input: $input) {
      conversation {
        ...ConversationFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const ArchiveRoomMutation = graphql(`
  mutation ArchiveRoom($input: RoomInput!) {
    archiveRoom(input: $input) {
      conversation {
        ...ConversationFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const UnarchiveRoomMutation = graphql(`
  mutation UnarchiveRoom($input: RoomInput!) {
    unarchiveRoom(input: $input) {
      conversation {
        ...ConversationFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const InviteToRoomMutation = graphql(`
  mutation InviteToRoom($input: InviteToRoomInput!) {
    inviteToRoom(input: $input) {
      conversation {
        ...ConversationFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const RemoveRoomMemberMutation = graphql(`
  mutation RemoveRoomMember($input: RemoveRoomMemberInput!) {
    removeRoomMember(input: $input) {
      conversation {
        ...ConversationFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const MessageEventsSubscription = graphql(`
  subscription MessageEvents($conversationId: ID!, $afterMessageId: ID) {
    messageEvents(conversationId: $conversationId, afterMessageId: $afterMessageId) {
      kind
      conversationId
      readerId
      message {
        ...MessageFields
      }
    }
  }
`);

export const ConversationUpdatedSubscription = graphql(`
  subscription ConversationUpdated {
    conversationUpdated {
      ...ConversationFields
    }
  }
`);

export const TypingSubscription = graphql(`
  subscription Typing($conversationId: ID!) {
    typing(conversationId: $conversationId) {
      conversationId
      memberId
      displayName
      typing
      expiresAt
    }
  }
`);
export type MessageEvent = ResultOf<typeof MessageEventsSubscription>['messageEvents'];
export type TypingIndicator = ResultOf<typeof TypingSubscription>['typing'];
