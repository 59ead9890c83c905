import { GraphQLError } from 'graphql';
import {
  ConversationStarted,
  MessageDeleted,
  MessageEdited,
  MessageSent,
  MessagesRead,
  RoomJoined,
  RoomLeft,
  RoomUpdated,
  type EventData,
} from '@kizuna/events';
import { memberKey } from '../engine/subscription-engine';
import type { Audience, Route, RouteAction } from '../engine/route';
import { buildSelectionFetch } from '../selection';
import { CONVERSATION_ACCESS_QUERY, mayReadConversation } from './conversation-access';
import { conversationsReadable } from './schema-support';

const ROOMS_QUERY = 'query GatewaySubscriptionRooms { myRoomIds }';

const roomKey = (conversationId: string) => `room:${conversationId}`;
/** Everyone's conversation list in a network: candidates for conversations whose readers the event does not list (messaging admits them). */
const networkKey = (networkId: string) => `network:${networkId}`;

type ConversationRef = { conversationId: string; networkId: string; conversationKind: 'direct' | 'network' | 'room'; participantMembershipIds?: string[] };

/**
 * Whose lists a conversation's change reaches: a room's members (the room keys each list is filed
 * under); the participants a direct or network conversation's event names; and for a network
 * conversation whoever else messaging lets read it (its staff), asked once per viewer class.
 */
function audienceOf(data: ConversationRef): Audience {
  if (data.conversationKind === 'room') return { keys: [roomKey(data.conversationId)] };
  const keys = (data.participantMembershipIds ?? []).map(memberKey);
  if (data.conversationKind !== 'network') return { keys };
  return {
    keys,
    checked: {
      keys: [networkKey(data.networkId)],
      cacheKey: data.conversationId,
      query: CONVERSATION_ACCESS_QUERY,
      variables: { id: data.conversationId },
      granted: mayReadConversation,
    },
  };
}

const refresh = (data: ConversationRef, to: Audience = audienceOf(data)): RouteAction => ({
  kind: 'refresh',
  to,
  id: data.conversationId,
  rootField: 'conversation',
  what: 'The conversation',
});

/**
 * `conversationUpdated`: the viewer's conversation list, a conversation reloaded as the viewer
 * (the unread count is theirs) whenever a message is posted, edited or deleted in it, it starts,
 * a room changes or the member joins one, and on a read by the viewer themselves (another
 * device). Reloads are coalesced per conversation. Rooms come from `myRoomIds` at subscribe and
 * follow RoomJoined/RoomLeft.
 */
export const conversationListRoute: Route<Record<string, never>> = {
  field: 'conversationUpdated',
  sdl: /* GraphQL */ `
  """
  The viewer's conversation list changes: a conversation with its new last message and the
  viewer's unread count (staff: also network conversations).
  """
  conversationUpdated: Conversation!
`,
  supported: (apiSchema) => conversationsReadable(apiSchema) && !!apiSchema.getQueryType()?.getFields().myRoomIds,
  events: [MessageSent, MessageEdited, MessageDeleted, ConversationStarted, RoomJoined, RoomUpdated, MessagesRead, RoomLeft],
  open: ({ subscriber, info, ask }) => ({
    keys: [networkKey(subscriber.viewer.networkId)],
    fetch: buildSelectionFetch(info, 'conversation'),
    laterKeys: async () => {
      let roomIds: string[] | undefined;
      try {
        const result = await ask(ROOMS_QUERY, {}, 'rooms');
        roomIds = result.data?.myRoomIds as string[] | undefined;
        if (!roomIds) throw new Error(result.errors?.[0]?.message ?? 'myRoomIds returned nothing');
      } catch (error) {
        throw new GraphQLError('Your conversations could not be loaded.', { extensions: { code: 'INTERNAL_SERVER_ERROR' }, originalError: error as Error });
      }
      return roomIds.map(roomKey);
    },
  }),
  route(event) {
    switch (event.type) {
      case MessageSent.type:
      case MessageEdited.type:
      case MessageDeleted.type:
      case ConversationStarted.type:
        return [refresh(event.data as ConversationRef)];
      case MessagesRead.type: {
        // Only the reader's unread count changed (e.g. read on another device).
        const data = event.data as EventData<typeof MessagesRead>;
        return [refresh(data, { ...audienceOf(data), onlyMember: data.membershipId })];
      }
      case RoomUpdated.type: {
        const data = event.data as EventData<typeof RoomUpdated>;
        return [refresh({ ...data, conversationKind: 'room' })];
      }
      case RoomJoined.type: {
        const data = event.data as EventData<typeof RoomJoined>;
        return [{ kind: 'join', member: data.membershipId, key: roomKey(data.conversationId) }, refresh({ ...data, conversationKind: 'room' })];
      }
      case RoomLeft.type: {
        const data = event.data as EventData<typeof RoomLeft>;
        return [{ kind: 'leave', member: data.membershipId, key: roomKey(data.conversationId) }];
      }
      default:
        return [];
    }
  },
};
