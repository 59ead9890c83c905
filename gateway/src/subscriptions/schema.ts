import { addResolversToSchema } from '@graphql-tools/schema';
import { buildASTSchema, isObjectType, parse, printSchema, type GraphQLFieldResolver, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import { toGraphQLError, type Delivery } from './delivery';
import { buildEntityFieldFetch, buildReplayFetch, buildSelectionFetch, eventFieldKeys, selectedFields } from './selection';
import type { Subscriber, SubscriptionHub } from './subscription-hub';
import type { SubscriptionContext } from './ws-server';

const NOTIFICATION_SDL = /* GraphQL */ `
  """
  Each new in-app notification of the signed-in member, as it is created. Delivered with the
  fields selected here, loaded through the graph with the subscriber's own access.
  """
  notificationAdded: Notification!
`;

const MESSAGE_EVENTS_SDL = /* GraphQL */ `
  """
  Messages of one conversation as they are posted, edited, deleted, reacted to and read. With
  afterMessageId (the last message the client saw), first replays what was posted since (ADDED,
  oldest first), then continues live. FORBIDDEN if the viewer may not read the conversation;
  ends when the viewer leaves or is removed.
  """
  messageEvents(conversationId: ID!, afterMessageId: ID): MessageEvent!
`;

const CONVERSATION_UPDATED_SDL = /* GraphQL */ `
  """
  The viewer's conversation list changes: a conversation with its new last message and the
  viewer's unread count (staff: also network conversations).
  """
  conversationUpdated: Conversation!
`;

const TYPING_SDL = /* GraphQL */ `
  """
  Others typing in a conversation the viewer may read (the viewer's own signals are not echoed).
  """
  typing(conversationId: ID!): TypingIndicator!
`;

const MESSAGE_EVENT_TYPES_SDL = /* GraphQL */ `
  """
  What happened to a message: ADDED (posted), EDITED, DELETED (shown as deleted), REACTIONS_CHANGED,
  READ (a member read the conversation up to it).
  """
  enum MessageEventKind {
    ADDED
    EDITED
    DELETED
    REACTIONS_CHANGED
    READ
  }

  """
  One change in a conversation, as it happens.
  """
  type MessageEvent {
    """
    What happened.
    """
    kind: MessageEventKind!
    """
    The conversation it happened in.
    """
    conversationId: ID!
    """
    The message as it is now (READ: the message read up to; readByCount/readAt updated).
    """
    message: Message!
    """
    READ only: who read.
    """
    readerId: ID
  }
`;

const TYPING_TYPES_SDL = /* GraphQL */ `
  """
  A member typing (or having stopped) in a conversation.
  """
  type TypingIndicator {
    """
    Where they type.
    """
    conversationId: ID!
    """
    Who types (membership id).
    """
    memberId: ID!
    """
    Their display name.
    """
    displayName: String!
    """
    false: they stopped.
    """
    typing: Boolean!
    """
    Until when the signal holds unless renewed.
    """
    expiresAt: DateTimeISO!
  }
`;

/** The subscriptions the API schema can serve (each needs the entities and queries it loads through). */
export function supportedSubscriptions(apiSchema: GraphQLSchema): { notificationAdded: boolean; messageEvents: boolean; conversationUpdated: boolean; typing: boolean } {
  const query = apiSchema.getQueryType()?.getFields() ?? {};
  const hasIdQuery = (field: string) => !!query[field]?.args.some((arg) => arg.name === 'id');
  const conversation = apiSchema.getType('Conversation');
  const conversationFields = isObjectType(conversation) ? conversation.getFields() : {};
  const readable = isObjectType(conversation) && hasIdQuery('conversation') && !!conversationFields.viewerIsMember;
  return {
    notificationAdded: isObjectType(apiSchema.getType('Notification')) && hasIdQuery('notification'),
    messageEvents: readable && isObjectType(apiSchema.getType('Message')) && hasIdQuery('message') && !!conversationFields.messages && !!apiSchema.getType('DateTimeISO'),
    conversationUpdated: readable && !!query.myRoomIds,
    typing: readable && !!apiSchema.getType('DateTimeISO'),
  };
}

function subscriberOf(context: SubscriptionContext): Subscriber {
  return { viewer: context.viewer, token: context.token, expiresAt: context.expiresAt, requestId: context.connectionId };
}

const resolveDelivery: GraphQLFieldResolver<Delivery, SubscriptionContext> = (delivery) => {
  if (delivery.data === null) throw toGraphQLError(delivery.errors[0]);
  return delivery.data;
};

/**
 * The API schema plus the Subscription type and the types only subscriptions use, without
 * resolvers: what clients may ask of the gateway over HTTP and WebSocket together.
 */
export function withSubscriptionTypes(apiSchema: GraphQLSchema): GraphQLSchema {
  if (apiSchema.getSubscriptionType()) throw new Error('The supergraph already defines a Subscription type; the gateway owns it');
  const supported = supportedSubscriptions(apiSchema);
  const fields = [
    supported.notificationAdded && NOTIFICATION_SDL,
    supported.messageEvents && MESSAGE_EVENTS_SDL,
    supported.conversationUpdated && CONVERSATION_UPDATED_SDL,
    supported.typing && TYPING_SDL,
  ].filter(Boolean);
  if (fields.length === 0) return apiSchema;
  const types = [supported.messageEvents && MESSAGE_EVENT_TYPES_SDL, supported.typing && TYPING_TYPES_SDL].filter(Boolean).join('\n');
  const sdl = `${printSchema(apiSchema)}\nextend schema { subscription: Subscription }\ntype Subscription {\n${fields.join('\n')}\n}\n${types}`;
  return buildASTSchema(parse(sdl));
}

/**
 * The schema of the WebSocket endpoint: the gateway's API schema plus the Subscription type (and
 * the types only subscriptions use). Only subscriptions execute here; nested fields resolve from
 * the fetched data by response key. It is rebuilt from SDL, so no resolver or scalar of another
 * schema applies: the fetched data is already serialized and passes through as it is.
 */
export function buildSubscriptionSchema(apiSchema: GraphQLSchema, hub: SubscriptionHub): GraphQLSchema {
  const supported = supportedSubscriptions(apiSchema);
  const extended = withSubscriptionTypes(apiSchema);
  if (extended === apiSchema) return apiSchema;
  const resolvers: Record<string, { subscribe: (root: unknown, args: never, context: SubscriptionContext, info: GraphQLResolveInfo) => unknown; resolve: typeof resolveDelivery }> = {};
  if (supported.notificationAdded) {
    resolvers.notificationAdded = {
      subscribe: (_root, _args, context, info) => hub.subscribeNotifications(subscriberOf(context), buildSelectionFetch(info, 'notification')),
      resolve: resolveDelivery,
    };
  }
  if (supported.messageEvents) {
    resolvers.messageEvents = {
      subscribe: (_root, args: { conversationId: string; afterMessageId?: string | null }, context, info) => {
        const selected = selectedFields(info);
        const fetch = buildEntityFieldFetch(info, selected, 'message', 'message');
        return hub.subscribeMessageEvents(subscriberOf(context), {
          conversationId: args.conversationId,
          afterMessageId: args.afterMessageId ?? undefined,
          fetch,
          messageKeys: fetch.responseKeys,
          eventFields: eventFieldKeys(selected),
          replay: args.afterMessageId ? buildReplayFetch(info, selected, 'message') : undefined,
        });
      },
      resolve: resolveDelivery,
    };
  }
  if (supported.conversationUpdated) {
    resolvers.conversationUpdated = {
      subscribe: (_root, _args, context, info) => hub.subscribeConversationUpdates(subscriberOf(context), buildSelectionFetch(info, 'conversation')),
      resolve: resolveDelivery,
    };
  }
  if (supported.typing) {
    resolvers.typing = {
      subscribe: (_root, args: { conversationId: string }, context, info) =>
        hub.subscribeTyping(subscriberOf(context), { conversationId: args.conversationId, eventFields: eventFieldKeys(selectedFields(info)) }),
      resolve: resolveDelivery,
    };
  }
  return addResolversToSchema({ schema: extended, resolvers: { Subscription: resolvers } });
}
