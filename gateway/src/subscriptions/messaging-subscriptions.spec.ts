import { randomUUID } from 'node:crypto';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { execute, parse, subscribe, validate, type ExecutionResult } from 'graphql';
import { Permission, type Viewer } from '@kizuna/auth';
import {
  ConversationStarted,
  MemberTyping,
  MessageDeleted,
  MessageEdited,
  MessageReactionsChanged,
  MessageSent,
  MessagesRead,
  RoomJoined,
  RoomLeft,
  createEnvelope,
  type EventContract,
  type EventEnvelope,
} from '@kizuna/events';
import pino from 'pino';
import { responseKeyFieldResolver } from './delivery';
import { buildSubscriptionSchema } from './schema';
import { sharedSubscribe } from './shared-execution';
import { SubscriptionHub, viewerClass, type GatewayExecutor } from './subscription-hub';
import type { SubscriptionContext } from './ws-server';

/**
 * messageEvents, conversationUpdated and typing in memory: a small executable schema stands in
 * for the composed graph; the "token" names the viewer, so what the graph answers depends on who
 * asks, as it does for real.
 */
const typeDefs = /* GraphQL */ `
  scalar DateTimeISO
  type Query {
    conversation(id: ID!): Conversation
    message(id: ID!): Message
    myRoomIds: [ID!]!
  }
  type Member {
    id: ID!
    displayName: String!
    """
    Only the member themselves sees it.
    """
    privateNote: String
  }
  type Conversation {
    id: ID!
    kind: String!
    title: String!
    unreadCount: Int!
    viewerIsMember: Boolean!
    lastMessage: Message
    messages(first: Int, after: ID, last: Int, before: ID): MessageConnection!
  }
  type MessageConnection {
    edges: [MessageEdge!]!
    pageInfo: MessagePageInfo!
  }
  type MessageEdge {
    cursor: ID!
    node: Message!
  }
  type MessagePageInfo {
    hasNextPage: Boolean!
    endCursor: ID
  }
  type Message {
    id: ID!
    body: String!
    seq: Int!
    sender: Member
    mentions: [Member!]!
    readByCount: Int!
    broken: String
  }
`;

const networkId = randomUUID();
const viewer = (overrides: Partial<Viewer> = {}): Viewer => ({
  accountId: randomUUID(),
  membershipId: randomUUID(),
  networkId,
  role: 'member',
  status: 'approved',
  permissions: [],
  ...overrides,
});
const tokenOf = (who: Viewer) => `token-of-${who.membershipId}`;

interface StoredMessage {
  id: string;
  conversationId: string;
  body: string;
  seq: number;
  senderId: string | null;
  mentionIds: string[];
  readByCount: number;
}

function backingGraph() {
  const members = new Map<string, { id: string; displayName: string; privateNote: string }>();
  const conversations = new Map<
    string,
    { id: string; kind: 'direct' | 'network' | 'room'; title: string; memberIds: Set<string>; unread: Map<string, number> }
  >();
  const messages: StoredMessage[] = [];
  const fetches: { query: string; variables: Record<string, unknown>; token: string }[] = [];
  let delayMs = 2;
  const messageDelays = new Map<string, number>();

  const schema = makeExecutableSchema({
    typeDefs,
    resolvers: {
      Query: {
        conversation: (_: unknown, { id }: { id: string }, ctx: { viewerId: string }) => {
          const conversation = conversations.get(id);
          if (!conversation) return null;
          if (conversation.kind !== 'room' && !conversation.memberIds.has(ctx.viewerId)) throw new Error('FORBIDDEN');
          return conversation;
        },
        message: (_: unknown, { id }: { id: string }, ctx: { viewerId: string }) => {
          const message = messages.find((m) => m.id === id);
          return message && conversations.get(message.conversationId)!.memberIds.has(ctx.viewerId) ? message : null;
        },
        myRoomIds: (_: unknown, __: unknown, ctx: { viewerId: string }) =>
          [...conversations.values()].filter((c) => c.kind === 'room' && c.memberIds.has(ctx.viewerId)).map((c) => c.id),
      },
      Conversation: {
        viewerIsMember: (c: { memberIds: Set<string> }, _: unknown, ctx: { viewerId: string }) => c.memberIds.has(ctx.viewerId),
        unreadCount: (c: { unread: Map<string, number> }, _: unknown, ctx: { viewerId: string }) => c.unread.get(ctx.viewerId) ?? 0,
        lastMessage: (c: { id: string }) => messages.filter((m) => m.conversationId === c.id).at(-1) ?? null,
        messages: (c: { id: string; memberIds: Set<string> }, args: { first?: number; after?: string }, ctx: { viewerId: string }) => {
          if (!c.memberIds.has(ctx.viewerId)) throw new Error('FORBIDDEN');
          const all = messages.filter((m) => m.conversationId === c.id);
          const start = args.after ? all.findIndex((m) => m.id === args.after) + 1 : 0;
          const page = all.slice(start, start + (args.first ?? 30));
          return {
            edges: page.map((node) => ({ cursor: node.id, node })),
            pageInfo: { hasNextPage: start + page.length < all.length, endCursor: page.at(-1)?.id ?? null },
          };
        },
      },
      Message: {
        sender: (m: StoredMessage) => (m.senderId ? members.get(m.senderId) : null),
        mentions: (m: StoredMessage) => m.mentionIds.map((id) => members.get(id)),
        broken: () => {
          throw new Error('cannot load broken');
        },
      },
      Member: {
        privateNote: (m: { id: string; privateNote: string }, _: unknown, ctx: { viewerId: string }) => (m.id === ctx.viewerId ? m.privateNote : null),
      },
    },
  });

  const executor: GatewayExecutor = async ({ query, variables, token }) => {
    fetches.push({ query, variables, token });
    const id = Object.values(variables).find((v) => typeof v === 'string' && messageDelays.has(v)) as string | undefined;
    await new Promise((resolve) => setTimeout(resolve, id ? messageDelays.get(id) : delayMs));
    const document = parse(query);
    const invalid = validate(schema, document);
    if (invalid.length > 0) return { errors: invalid.map((e) => e.toJSON()) };
    const result = await execute({
      schema,
      document,
      variableValues: variables,
      contextValue: { viewerId: token.replace('token-of-', '') },
    });
    return { data: result.data as Record<string, unknown> | null, errors: result.errors?.map((e) => e.toJSON()) };
  };

  const addMember = (who: Viewer, displayName: string) => {
    members.set(who.membershipId, { id: who.membershipId, displayName, privateNote: `note of ${displayName}` });
    return who;
  };
  const addConversation = (kind: 'direct' | 'network' | 'room', memberIds: string[]) => {
    const conversation = { id: randomUUID(), kind, title: `${kind} conversation`, memberIds: new Set(memberIds), unread: new Map<string, number>() };
    conversations.set(conversation.id, conversation);
    return conversation;
  };
  const post = (conversationId: string, sender: Viewer | null, body: string, mentionIds: string[] = []) => {
    const message: StoredMessage = {
      id: randomUUID(),
      conversationId,
      body,
      seq: messages.filter((m) => m.conversationId === conversationId).length + 1,
      senderId: sender?.membershipId ?? null,
      mentionIds,
      readByCount: 0,
    };
    messages.push(message);
    return message;
  };
  return {
    schema,
    executor,
    fetches,
    members,
    conversations,
    messages,
    addMember,
    addConversation,
    post,
    setDelay: (ms: number) => (delayMs = ms),
    delayMessage: (id: string, ms: number) => messageDelays.set(id, ms),
  };
}

function conversationEvent<T>(
  contract: EventContract<T>,
  conversation: { id: string; kind: 'direct' | 'network' | 'room'; memberIds: Set<string> },
  data: Omit<T, 'conversationId' | 'networkId' | 'conversationKind' | 'participantMembershipIds'>,
  network = networkId,
): EventEnvelope {
  return createEnvelope(contract, network, {
    conversationId: conversation.id,
    networkId: network,
    conversationKind: conversation.kind,
    participantMembershipIds: conversation.kind === 'room' ? [] : [...conversation.memberIds],
    ...data,
  } as T);
}

function setup(options: { updateIntervalMs?: number } = {}) {
  const graph = backingGraph();
  const hub = new SubscriptionHub({ execute: graph.executor, log: pino({ level: 'silent' }), updateIntervalMs: options.updateIntervalMs ?? 50 });
  const schema = buildSubscriptionSchema(graph.schema, hub);
  const shared = sharedSubscribe();
  const open = async (who: Viewer, query: string, variables?: Record<string, unknown>, run: typeof subscribe | typeof shared = subscribe) => {
    const context: SubscriptionContext = {
      viewer: who,
      token: tokenOf(who),
      expiresAt: Date.now() + 60_000,
      connectionId: randomUUID(),
      log: pino({ level: 'silent' }),
    };
    const result = await run({ schema, document: parse(query), variableValues: variables, contextValue: context, fieldResolver: responseKeyFieldResolver });
    if (!(Symbol.asyncIterator in result)) return { refused: result };
    return { stream: result as AsyncGenerator<ExecutionResult> };
  };
  const openStream = async (who: Viewer, query: string, variables?: Record<string, unknown>, run?: typeof subscribe | typeof shared) => {
    const opened = await open(who, query, variables, run);
    if (!opened.stream) throw new Error(`subscribe failed: ${JSON.stringify(opened.refused)}`);
    return opened.stream;
  };
  const sent = (conversation: { id: string; kind: 'direct' | 'network' | 'room'; memberIds: Set<string> }, message: StoredMessage) =>
    conversationEvent(MessageSent, conversation, {
      messageId: message.id,
      seq: message.seq,
      senderMembershipId: message.senderId,
      sentAsNetwork: false,
      mentionedMembershipIds: message.mentionIds,
      replyToMessageId: null,
      bulkMessageId: null,
      sentAt: new Date().toISOString(),
    });
  return { ...graph, hub, open, openStream, sent, shared };
}

const nextWithin = async <T>(iterator: AsyncIterator<T>, ms = 500): Promise<IteratorResult<T> | 'timeout'> =>
  Promise.race([iterator.next(), new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), ms))]);
const data = async (iterator: AsyncIterator<ExecutionResult>) => {
  const result = await nextWithin(iterator, 1000);
  if (result === 'timeout') throw new Error('nothing delivered');
  return result.value?.data;
};

const MESSAGE_EVENTS = `subscription($c: ID!, $after: ID) {
  messageEvents(conversationId: $c, afterMessageId: $after) { what: kind conversationId readerId message { id body from: sender { displayName } } }
}`;

describe('messageEvents', () => {
  it('delivers each kind of event with the selected message fields; kind, conversation and reader come from the event', async () => {
    const { addMember, addConversation, post, openStream, hub, sent, messages } = setup();
    const a = addMember(viewer(), 'Aiko');
    const b = addMember(viewer(), 'Ben');
    const dm = addConversation('direct', [a.membershipId, b.membershipId]);
    const stream = await openStream(a, MESSAGE_EVENTS, { c: dm.id });
    const message = post(dm.id, b, 'hello');
    hub.dispatch(sent(dm, message));
    expect(await data(stream)).toEqual({
      messageEvents: { what: 'ADDED', conversationId: dm.id, readerId: null, message: { id: message.id, body: 'hello', from: { displayName: 'Ben' } } },
    });

    messages[0].body = 'hello again';
    hub.dispatch(conversationEvent(MessageEdited, dm, { messageId: message.id, senderMembershipId: b.membershipId, editedAt: new Date().toISOString() }));
    hub.dispatch(
      conversationEvent(MessageReactionsChanged, dm, {
        messageId: message.id,
        senderMembershipId: b.membershipId,
        membershipId: a.membershipId,
        emoji: '👍',
        added: true,
        changedAt: new Date().toISOString(),
      }),
    );
    hub.dispatch(
      conversationEvent(MessagesRead, dm, { membershipId: a.membershipId, lastReadMessageId: message.id, lastReadSeq: 1, readAt: new Date().toISOString() }),
    );
    hub.dispatch(
      conversationEvent(MessageDeleted, dm, {
        messageId: message.id,
        senderMembershipId: b.membershipId,
        deletedBy: b.membershipId,
        byModerator: false,
        deletedAt: new Date().toISOString(),
      }),
    );
    const kinds = [];
    for (let i = 0; i < 4; i++) {
      const value = (await data(stream))!.messageEvents;
      kinds.push([value.what, value.readerId, value.message.body]);
    }
    expect(kinds).toEqual([
      ['EDITED', null, 'hello again'],
      ['REACTIONS_CHANGED', null, 'hello again'],
      ['READ', a.membershipId, 'hello again'],
      ['DELETED', null, 'hello again'],
    ]);
  });

  it('refuses a non-member, another network and an unknown conversation with FORBIDDEN, and sends them nothing', async () => {
    const { addMember, addConversation, open, hub, post, sent, fetches } = setup();
    const a = addMember(viewer(), 'Aiko');
    const b = addMember(viewer(), 'Ben');
    const outsider = addMember(viewer(), 'Chika');
    const foreign = addMember(viewer({ networkId: randomUUID() }), 'Dan');
    const dm = addConversation('direct', [a.membershipId, b.membershipId]);
    const room = addConversation('room', [a.membershipId]);
    for (const [who, conversationId] of [
      [outsider, dm.id],
      [outsider, room.id], // readable (open room) but not a member
      [foreign, dm.id],
      [a, randomUUID()],
    ] as const) {
      const { refused } = await open(who, MESSAGE_EVENTS, { c: conversationId });
      expect(refused?.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
      const typing = await open(who, 'subscription($c: ID!) { typing(conversationId: $c) { memberId } }', { c: conversationId });
      expect(typing.refused?.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    }
    expect(hub.size).toBe(0);
    const before = fetches.length;
    hub.dispatch(sent(dm, post(dm.id, b, 'private')));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fetches.length).toBe(before);
  });

  it('routes events of a conversation to its subscribers only, and never across networks', async () => {
    const { addMember, addConversation, post, openStream, hub, sent } = setup();
    const a = addMember(viewer(), 'Aiko');
    const b = addMember(viewer(), 'Ben');
    const c = addMember(viewer(), 'Chika');
    const dmAB = addConversation('direct', [a.membershipId, b.membershipId]);
    const dmBC = addConversation('direct', [b.membershipId, c.membershipId]);
    const aStream = await openStream(a, MESSAGE_EVENTS, { c: dmAB.id });
    const cStream = await openStream(c, MESSAGE_EVENTS, { c: dmBC.id });
    hub.dispatch(sent(dmAB, post(dmAB.id, b, 'to Aiko')));
    const forged = sent(dmBC, post(dmBC.id, b, 'forged'));
    forged.networkid = randomUUID();
    hub.dispatch(forged);
    expect((await data(aStream))!.messageEvents.message.body).toBe('to Aiko');
    expect(await nextWithin(cStream, 100)).toBe('timeout');
  });

  it('costs one fetch per message for a whole room of alike members; the sender and the mentioned fetch alone', async () => {
    const { addMember, addConversation, post, openStream, hub, sent, fetches } = setup();
    const sender = addMember(viewer(), 'Sender');
    const mentioned = addMember(viewer(), 'Mentioned');
    const others = Array.from({ length: 20 }, (_, i) => addMember(viewer(), `Member ${i}`));
    const admin = addMember(viewer({ role: 'admin', permissions: [Permission.MANAGE_CONTENT] }), 'Admin');
    const room = addConversation(
      'room',
      [sender, mentioned, admin, ...others].map((m) => m.membershipId),
    );
    const query =
      'subscription($c: ID!) { messageEvents(conversationId: $c) { message { body sender { displayName privateNote } mentions { privateNote } } } }';
    const streams = new Map<Viewer, AsyncGenerator<ExecutionResult>>();
    for (const who of [sender, mentioned, admin, ...others]) streams.set(who, await openStream(who, query, { c: room.id }));
    const before = fetches.length;
    hub.dispatch(sent(room, post(room.id, sender, 'hi @Mentioned', [mentioned.membershipId])));
    const results = new Map<Viewer, Record<string, any>>(); // eslint-disable-line @typescript-eslint/no-explicit-any
    for (const [who, stream] of streams) results.set(who, (await data(stream))!.messageEvents.message);
    // members alike: one fetch; admin (other role): one; sender: one; mentioned: one
    expect(fetches.length - before).toBe(4);
    expect(results.get(sender)).toEqual({
      body: 'hi @Mentioned',
      sender: { displayName: 'Sender', privateNote: 'note of Sender' },
      mentions: [{ privateNote: null }],
    });
    expect(results.get(mentioned)).toEqual({
      body: 'hi @Mentioned',
      sender: { displayName: 'Sender', privateNote: null },
      mentions: [{ privateNote: 'note of Mentioned' }],
    });
    for (const other of [admin, ...others]) {
      expect(results.get(other)).toEqual({ body: 'hi @Mentioned', sender: { displayName: 'Sender', privateNote: null }, mentions: [{ privateNote: null }] });
    }
  });

  it("executes an event once for every subscriber of a fetch group with the same operation (the WebSocket server's subscribe)", async () => {
    const { addMember, addConversation, post, openStream, hub, sent, shared } = setup();
    const members = Array.from({ length: 5 }, (_, i) => addMember(viewer(), `Member ${i}`));
    const sender = addMember(viewer(), 'Sender'); // the sender fetches alone
    const room = addConversation(
      'room',
      [sender, ...members].map((m) => m.membershipId),
    );
    const streams = await Promise.all(members.map((m) => openStream(m, MESSAGE_EVENTS, { c: room.id }, shared)));
    const other = await openStream(members[0], 'subscription($c: ID!) { messageEvents(conversationId: $c) { kind } }', { c: room.id }, shared);
    hub.dispatch(sent(room, post(room.id, sender, 'once')));
    const results = await Promise.all(streams.map((s) => nextWithin(s)));
    const [first] = results as IteratorResult<ExecutionResult>[];
    expect(first.value.data.messageEvents.message.body).toBe('once');
    for (const result of results) expect((result as IteratorResult<ExecutionResult>).value).toBe(first.value);
    expect(((await nextWithin(other)) as IteratorResult<ExecutionResult>).value).toEqual({ data: { messageEvents: { kind: 'ADDED' } } });
    await streams[0].return(undefined);
  });

  it('groups viewers by network, role, status and permissions, plus the membership only when asked', () => {
    const a = viewer({ permissions: [Permission.MANAGE_CONTENT, Permission.APPROVE_MEMBERS] });
    const b = viewer({ permissions: [Permission.APPROVE_MEMBERS, Permission.MANAGE_CONTENT] });
    expect(viewerClass(a, false)).toBe(viewerClass(b, false));
    expect(viewerClass(a, true)).not.toBe(viewerClass(b, true));
    expect(viewerClass(viewer({ status: 'pending' }), false)).not.toBe(viewerClass(viewer(), false));
    expect(viewerClass(viewer({ role: 'staff' }), false)).not.toBe(viewerClass(viewer(), false));
    expect(viewerClass(viewer({ networkId: randomUUID() }), false)).not.toBe(viewerClass(viewer(), false));
  });

  it("asks once who wrote an older message before sharing its fetch, so nobody sees the author's own fields", async () => {
    const { addMember, addConversation, post, openStream, hub, fetches } = setup();
    const author = addMember(viewer(), 'Author');
    const readers = [addMember(viewer(), 'R1'), addMember(viewer(), 'R2')];
    const room = addConversation(
      'room',
      [author, ...readers].map((m) => m.membershipId),
    );
    const old = post(room.id, author, 'from before the gateway started');
    const query = 'subscription($c: ID!) { messageEvents(conversationId: $c) { readerId message { sender { privateNote } } } }';
    const streams = [await openStream(author, query, { c: room.id }), ...(await Promise.all(readers.map((r) => openStream(r, query, { c: room.id }))))];
    const before = fetches.length;
    hub.dispatch(
      conversationEvent(MessagesRead, room, {
        membershipId: readers[0].membershipId,
        lastReadMessageId: old.id,
        lastReadSeq: 1,
        readAt: new Date().toISOString(),
      }),
    );
    const values = await Promise.all(streams.map(async (s) => (await data(s))!.messageEvents));
    expect(values[0]).toEqual({ readerId: readers[0].membershipId, message: { sender: { privateNote: 'note of Author' } } });
    expect(values.slice(1)).toEqual([
      { readerId: readers[0].membershipId, message: { sender: { privateNote: null } } },
      { readerId: readers[0].membershipId, message: { sender: { privateNote: null } } },
    ]);
    expect(fetches.length - before).toBe(3); // who wrote it, the author's, the readers'
  });

  it('keeps event order although an earlier fetch is slower', async () => {
    const { addMember, addConversation, post, openStream, hub, sent, delayMessage } = setup();
    const a = addMember(viewer(), 'Aiko');
    const b = addMember(viewer(), 'Ben');
    const dm = addConversation('direct', [a.membershipId, b.membershipId]);
    const stream = await openStream(a, MESSAGE_EVENTS, { c: dm.id });
    const slow = post(dm.id, b, 'first');
    const fast = post(dm.id, b, 'second');
    delayMessage(slow.id, 80);
    hub.dispatch(sent(dm, slow));
    hub.dispatch(sent(dm, fast));
    expect((await data(stream))!.messageEvents.message.body).toBe('first');
    expect((await data(stream))!.messageEvents.message.body).toBe('second');
  });

  it('reports a nested error at its path and keeps the rest', async () => {
    const { addMember, addConversation, post, openStream, hub, sent } = setup();
    const a = addMember(viewer(), 'Aiko');
    const dm = addConversation('direct', [a.membershipId]);
    const stream = await openStream(a, 'subscription($c: ID!) { messageEvents(conversationId: $c) { m: message { body broken } } }', { c: dm.id });
    hub.dispatch(sent(dm, post(dm.id, a, 'x')));
    const result = (await nextWithin(stream)) as IteratorResult<ExecutionResult>;
    expect(result.value.data).toEqual({ messageEvents: { m: { body: 'x', broken: null } } });
    expect(result.value.errors?.map((e: { message: string; path?: unknown }) => [e.message, e.path])).toEqual([
      ['cannot load broken', ['messageEvents', 'm', 'broken']],
    ]);
  });

  it("ends a member's subscriptions of a room at once when they leave or are removed; others go on", async () => {
    const { addMember, addConversation, post, openStream, hub, sent } = setup();
    const stays = addMember(viewer(), 'Stays');
    const leaves = addMember(viewer(), 'Leaves');
    const room = addConversation('room', [stays.membershipId, leaves.membershipId]);
    const staying = await openStream(stays, MESSAGE_EVENTS, { c: room.id });
    const leaving = await openStream(leaves, MESSAGE_EVENTS, { c: room.id });
    const leavingTyping = await openStream(leaves, 'subscription($c: ID!) { typing(conversationId: $c) { memberId } }', { c: room.id });
    hub.dispatch(
      createEnvelope(RoomLeft, networkId, {
        conversationId: room.id,
        networkId,
        membershipId: leaves.membershipId,
        removedBy: stays.membershipId,
        leftAt: new Date().toISOString(),
      }),
    );
    room.memberIds.delete(leaves.membershipId);
    hub.dispatch(sent(room, post(room.id, stays, 'after you left')));
    expect(await nextWithin(leaving, 200)).toEqual({ done: true, value: undefined });
    expect(await nextWithin(leavingTyping, 200)).toEqual({ done: true, value: undefined });
    expect((await data(staying))!.messageEvents.message.body).toBe('after you left');
  });

  it('replays what was posted after afterMessageId, oldest first, then live events, each message once', async () => {
    const { addMember, addConversation, post, openStream, hub, sent, setDelay } = setup();
    const a = addMember(viewer(), 'Aiko');
    const b = addMember(viewer(), 'Ben');
    const dm = addConversation('direct', [a.membershipId, b.membershipId]);
    const seen = post(dm.id, b, 'seen');
    const missed = Array.from({ length: 150 }, (_, i) => post(dm.id, b, `missed ${i}`)); // more than one page
    setDelay(30); // the replay takes a while: live events arrive meanwhile
    const opened = openStream(a, MESSAGE_EVENTS, { c: dm.id, after: seen.id });
    await new Promise((resolve) => setTimeout(resolve, 40)); // after the access check, during the replay
    hub.dispatch(sent(dm, missed[149])); // also in the replay
    const live = post(dm.id, b, 'live');
    hub.dispatch(sent(dm, live));
    const stream = await opened;
    const bodies: string[] = [];
    for (let i = 0; i < 151; i++) {
      const value = (await data(stream))!.messageEvents;
      expect(value.what).toBe('ADDED');
      bodies.push(value.message.body);
    }
    expect(bodies).toEqual([...missed.map((m) => m.body), 'live']);
    expect(await nextWithin(stream, 100)).toBe('timeout');
  });
});

describe('typing', () => {
  it("reaches the other members of the conversation with the event's data, never the typer, and not once expired", async () => {
    const { addMember, addConversation, openStream, hub } = setup();
    const a = addMember(viewer(), 'Aiko');
    const b = addMember(viewer(), 'Ben');
    const dm = addConversation('direct', [a.membershipId, b.membershipId]);
    const query = 'subscription($c: ID!) { typing(conversationId: $c) { who: memberId displayName typing expiresAt __typename } }';
    const atA = await openStream(a, query, { c: dm.id });
    const atB = await openStream(b, query, { c: dm.id });
    const expiresAt = new Date(Date.now() + 5000).toISOString();
    const typing = (expires: string) =>
      conversationEvent(MemberTyping, dm, { membershipId: b.membershipId, displayName: 'Ben', typing: true, expiresAt: expires });
    hub.dispatch(typing(new Date(Date.now() - 1000).toISOString()));
    hub.dispatch(typing(expiresAt));
    expect(await data(atA)).toEqual({ typing: { who: b.membershipId, displayName: 'Ben', typing: true, expiresAt, __typename: 'TypingIndicator' } });
    expect(await nextWithin(atA, 100)).toBe('timeout');
    expect(await nextWithin(atB, 100)).toBe('timeout');
  });
});

describe('conversationUpdated', () => {
  const QUERY = 'subscription { conversationUpdated { id unreadCount last: lastMessage { body } } }';

  it("brings direct conversations to both participants with each one's unread count", async () => {
    const { addMember, addConversation, post, openStream, hub, sent, conversations } = setup();
    const a = addMember(viewer(), 'Aiko');
    const b = addMember(viewer(), 'Ben');
    const c = addMember(viewer(), 'Chika');
    const dm = addConversation('direct', [a.membershipId, b.membershipId]);
    const [atA, atB, atC] = await Promise.all([a, b, c].map((who) => openStream(who, QUERY)));
    conversations.get(dm.id)!.unread.set(a.membershipId, 1);
    hub.dispatch(sent(dm, post(dm.id, b, 'hello')));
    expect(await data(atA)).toEqual({ conversationUpdated: { id: dm.id, unreadCount: 1, last: { body: 'hello' } } });
    expect(await data(atB)).toEqual({ conversationUpdated: { id: dm.id, unreadCount: 0, last: { body: 'hello' } } });
    expect(await nextWithin(atC, 100)).toBe('timeout');
  });

  it("sends a read only to the reader's own subscriptions; network conversations also reach staff who answer them", async () => {
    const { addMember, addConversation, post, openStream, hub, sent } = setup();
    const member = addMember(viewer(), 'Member');
    const staff = addMember(viewer({ role: 'admin', permissions: [Permission.SEND_BULK_MESSAGES] }), 'Admin');
    const staffWithout = addMember(viewer({ role: 'staff', permissions: [Permission.APPROVE_MEMBERS] }), 'Staff');
    const inbox = addConversation('network', [member.membershipId, staff.membershipId]);
    const [atMember, atStaff, atStaffWithout] = await Promise.all([member, staff, staffWithout].map((who) => openStream(who, QUERY)));
    hub.dispatch(
      conversationEvent(
        MessageSent,
        { ...inbox, memberIds: new Set([member.membershipId]) },
        {
          messageId: post(inbox.id, member, 'help').id,
          seq: 1,
          senderMembershipId: member.membershipId,
          sentAsNetwork: false,
          mentionedMembershipIds: [],
          replyToMessageId: null,
          bulkMessageId: null,
          sentAt: new Date().toISOString(),
        },
      ),
    );
    expect((await data(atMember))!.conversationUpdated.id).toBe(inbox.id);
    expect((await data(atStaff))!.conversationUpdated.id).toBe(inbox.id);
    expect(await nextWithin(atStaffWithout, 100)).toBe('timeout');

    await new Promise((resolve) => setTimeout(resolve, 60));
    hub.dispatch(
      conversationEvent(
        MessagesRead,
        { ...inbox, memberIds: new Set([member.membershipId]) },
        { membershipId: member.membershipId, lastReadMessageId: randomUUID(), lastReadSeq: 1, readAt: new Date().toISOString() },
      ),
    );
    expect((await data(atMember))!.conversationUpdated.id).toBe(inbox.id);
    expect(await nextWithin(atStaff, 100)).toBe('timeout');
    void sent;
  });

  it("follows the member's rooms: loaded at subscribe, then from RoomJoined (which also updates) and RoomLeft", async () => {
    const { addMember, addConversation, post, openStream, hub, sent } = setup();
    const a = addMember(viewer(), 'Aiko');
    const b = addMember(viewer(), 'Ben');
    const joined = addConversation('room', [a.membershipId, b.membershipId]);
    const later = addConversation('room', [b.membershipId]);
    const atA = await openStream(a, QUERY);
    hub.dispatch(sent(joined, post(joined.id, b, 'in a room of yours')));
    expect((await data(atA))!.conversationUpdated.last.body).toBe('in a room of yours');
    hub.dispatch(sent(later, post(later.id, b, 'not yours yet')));
    expect(await nextWithin(atA, 100)).toBe('timeout');

    later.memberIds.add(a.membershipId);
    hub.dispatch(
      createEnvelope(RoomJoined, networkId, {
        conversationId: later.id,
        networkId,
        membershipId: a.membershipId,
        roomName: 'Later',
        via: 'join',
        joinedAt: new Date().toISOString(),
      }),
    );
    expect((await data(atA))!.conversationUpdated).toEqual({ id: later.id, unreadCount: 0, last: { body: 'not yours yet' } });

    later.memberIds.delete(a.membershipId);
    hub.dispatch(
      createEnvelope(RoomLeft, networkId, {
        conversationId: later.id,
        networkId,
        membershipId: a.membershipId,
        removedBy: null,
        leftAt: new Date().toISOString(),
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 60));
    hub.dispatch(sent(later, post(later.id, b, 'after leaving')));
    expect(await nextWithin(atA, 150)).toBe('timeout');
  });

  it('coalesces a busy conversation: one fetch in flight per subscriber and conversation, one trailing, at most one per interval', async () => {
    const { addMember, addConversation, post, openStream, hub, sent, fetches, setDelay } = setup({ updateIntervalMs: 200 });
    const a = addMember(viewer(), 'Aiko');
    const b = addMember(viewer(), 'Ben');
    const room = addConversation('room', [a.membershipId, b.membershipId]);
    const atA = await openStream(a, QUERY);
    setDelay(20);
    const before = fetches.length;
    for (let i = 0; i < 50; i++) hub.dispatch(sent(room, post(room.id, b, `message ${i}`)));
    expect((await data(atA))!.conversationUpdated.last.body).toBe('message 49');
    const second = await nextWithin(atA, 400); // the trailing one, after the interval
    expect(second).not.toBe('timeout');
    expect((second as IteratorResult<ExecutionResult>).value.data!.conversationUpdated.last.body).toBe('message 49');
    expect(await nextWithin(atA, 300)).toBe('timeout');
    expect(fetches.length - before).toBe(2);
  });

  it('starts with a direct conversation someone opens with the member', async () => {
    const { addMember, addConversation, openStream, hub } = setup();
    const a = addMember(viewer(), 'Aiko');
    const b = addMember(viewer(), 'Ben');
    const atA = await openStream(a, QUERY);
    const dm = addConversation('direct', [a.membershipId, b.membershipId]);
    hub.dispatch(conversationEvent(ConversationStarted, dm, { startedBy: b.membershipId, startedAt: new Date().toISOString() }));
    expect(await data(atA)).toEqual({ conversationUpdated: { id: dm.id, unreadCount: 0, last: null } });
  });
});
