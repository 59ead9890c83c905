import { GraphQLError, isObjectType } from 'graphql';
import { MessageDeleted, MessageEdited, MessageReactionsChanged, MessageSent, MessagesRead, RoomLeft, type EventData } from '@kizuna/events';
import { withErrors, type Delivery } from '../delivery';
import { shape } from '../engine/subscription-engine';
import type { Ask, EventFields, Route } from '../engine/route';
import { REPLAY_ID_KEY, buildEntityFieldFetch, buildReplayFetch, eventFieldKeys, selectedFields, type ReplayFetch } from '../selection';
import { conversationKey, requireConversationAccess } from './conversation-access';
import { conversationsReadable, hasIdQuery } from './schema-support';

export const MESSAGE_EVENT_KIND = {
  [MessageSent.type]: 'ADDED',
  [MessageEdited.type]: 'EDITED',
  [MessageDeleted.type]: 'DELETED',
  [MessageReactionsChanged.type]: 'REACTIONS_CHANGED',
  [MessagesRead.type]: 'READ',
} as const;

/** At most this many missed messages are replayed. */
export const REPLAY_CAP = 1000;

const AUTHORS_QUERY = 'query GatewaySubscriptionAuthors($id: ID!) { message(id: $id) { sender { id } mentions { id } } }';

const messageEventValues = (kind: string, conversationId: string, readerId: string | null) => ({ __typename: 'MessageEvent', kind, conversationId, readerId });

/** Remembers who wrote and who is mentioned in recent messages (they fetch alone), without growing forever. */
class RecentAuthors {
  private readonly map = new Map<string, Set<string>>();
  constructor(private readonly capacity = 20_000) {}
  get(messageId: string): Set<string> | undefined {
    return this.map.get(messageId);
  }
  set(messageId: string, members: Set<string>): void {
    this.map.delete(messageId);
    this.map.set(messageId, members);
    if (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value!);
  }
}

/** The messages posted after `afterMessageId`, as the subscriber sees them, oldest first, as ADDED deliveries. */
async function replay(ask: Ask, fetch: ReplayFetch, conversationId: string, afterMessageId: string, eventFields: EventFields): Promise<Delivery[]> {
  const out: Delivery[] = [];
  let after: string | null = afterMessageId;
  while (after && out.length < REPLAY_CAP) {
    const result = await ask(fetch.query, { ...fetch.variables, [fetch.idVariable]: conversationId, [fetch.afterVariable]: after }, 'replay');
    const conversation = result.data?.conversation as
      Record<string, { edges: { node: Record<string, unknown> }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } | null> | null | undefined;
    const pages = fetch.responseKeys.map((key) => conversation?.[key]);
    if (!conversation || pages.some((page) => !page)) {
      const error = result.errors?.[0];
      throw new GraphQLError(error?.message ?? 'The missed messages could not be loaded.', { extensions: error?.extensions ?? { code: 'FORBIDDEN' } });
    }
    const [first] = pages;
    first!.edges.forEach((edge, i) => {
      const messageId = edge.node[REPLAY_ID_KEY] as string;
      const fetched: Record<string, unknown> = {};
      for (const key of fetch.responseKeys) fetched[key] = conversation[key]!.edges[i]?.node ?? null;
      // Errors under conversation.<key>.edges.<i>.node… belong to <key>… of this message's event.
      const errors = (result.errors ?? []).flatMap((error) => {
        const path = error.path;
        if (!path || path[0] !== 'conversation' || path[2] !== 'edges' || path[3] !== i || path[4] !== 'node') return [];
        return [{ ...error, path: [path[1], ...path.slice(5)] }];
      });
      const delivery = withErrors(fetched, errors);
      out.push({ ...delivery, data: shape(eventFields, messageEventValues('ADDED', conversationId, null), delivery.data), dedupeKey: messageId });
    });
    after = first!.pageInfo.hasNextPage ? first!.pageInfo.endCursor : null;
  }
  return out.slice(0, REPLAY_CAP);
}

/**
 * `messageEvents(conversationId, afterMessageId)`: a conversation's messages as they are posted,
 * edited, deleted, reacted to and read, to the subscribers messaging lets read it (asked at
 * subscribe). The message is loaded once per viewer class; its sender and the members it mentions
 * see their own fields in it, so they fetch alone (named by MessageSent, else asked once). A
 * RoomLeft of the subscriber ends it. With `afterMessageId` the missed messages come first.
 */
export function chatRoute(): Route<{ conversationId: string; afterMessageId?: string | null }> {
  const authors = new RecentAuthors();

  /** The members who see their own fields in the message: known from the event or recent events, else asked once. */
  const alone = (event: { type: string; data: unknown }, messageId: string) => (ask: Ask) => {
    const data = event.data as { senderMembershipId?: string | null; mentionedMembershipIds?: string[] };
    if (event.type === MessageSent.type) {
      const members = new Set([data.senderMembershipId, ...(data.mentionedMembershipIds ?? [])].filter((id): id is string => !!id));
      authors.set(messageId, members);
      return members;
    }
    const known = authors.get(messageId);
    if (known) {
      if (data.senderMembershipId) known.add(data.senderMembershipId);
      return known;
    }
    return ask(AUTHORS_QUERY, { id: messageId }, 'authors').then((result) => {
      const message = result.data?.message as { sender?: { id: string } | null; mentions?: { id: string }[] } | null | undefined;
      if (!message) throw new Error('the message could not be read');
      const members = new Set([data.senderMembershipId, message.sender?.id, ...(message.mentions ?? []).map((m) => m.id)].filter((id): id is string => !!id));
      authors.set(messageId, members);
      return members;
    });
  };

  return {
    field: 'messageEvents',
    sdl: /* GraphQL */ `
  """
  Messages of one conversation as they are posted, edited, deleted, reacted to and read. With
  afterMessageId (the last message the client saw), first replays what was posted since (ADDED,
  oldest first), then continues live. FORBIDDEN if the viewer may not read the conversation;
  ends when the viewer leaves or is removed.
  """
  messageEvents(conversationId: ID!, afterMessageId: ID): MessageEvent!
`,
    typesSdl: /* GraphQL */ `
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
    `,
    supported: (apiSchema) => {
      const conversation = apiSchema.getType('Conversation');
      return (
        conversationsReadable(apiSchema) &&
        isObjectType(conversation) &&
        !!conversation.getFields().messages &&
        isObjectType(apiSchema.getType('Message')) &&
        hasIdQuery(apiSchema, 'message') &&
        !!apiSchema.getType('DateTimeISO')
      );
    },
    events: [MessageSent, MessageEdited, MessageDeleted, MessageReactionsChanged, MessagesRead, RoomLeft],
    async open({ args, info, ask }) {
      const { conversationId } = args;
      await requireConversationAccess(ask, conversationId);
      const selected = selectedFields(info);
      const fetch = buildEntityFieldFetch(info, selected, 'message', 'message');
      const eventFields = eventFieldKeys(selected);
      const afterMessageId = args.afterMessageId ?? undefined;
      const replayFetch = afterMessageId ? buildReplayFetch(info, selected, 'message') : undefined;
      return {
        keys: [conversationKey(conversationId)],
        fetch,
        fetchedKeys: fetch.responseKeys,
        eventFields,
        replay: afterMessageId && replayFetch ? () => replay(ask, replayFetch, conversationId, afterMessageId, eventFields) : undefined,
      };
    },
    route(event) {
      if (event.type === RoomLeft.type) {
        const left = event.data as EventData<typeof RoomLeft>;
        return [{ kind: 'leave', member: left.membershipId, key: conversationKey(left.conversationId), end: true }];
      }
      const data = event.data as { conversationId: string; messageId?: string; lastReadMessageId?: string; membershipId?: string };
      const kind = MESSAGE_EVENT_KIND[event.type as keyof typeof MESSAGE_EVENT_KIND];
      const read = event.type === MessagesRead.type;
      const messageId = (read ? data.lastReadMessageId : data.messageId)!;
      return [
        {
          kind: 'deliver',
          to: { keys: [conversationKey(data.conversationId)] },
          values: messageEventValues(kind, data.conversationId, read ? data.membershipId! : null),
          dedupeKey: kind === 'ADDED' ? messageId : undefined,
          load: { id: messageId, share: 'class', alone: alone(event, messageId), what: 'The message' },
        },
      ];
    },
  };
}
