import { randomUUID } from 'node:crypto';
import { startStack, type Stack } from '@kizuna/testing';
import { claimsOf, subscribe, type LiveSubscription } from './support';

const MESSAGE_EVENTS = /* GraphQL */ `
  subscription MessageEvents($conversationId: ID!, $after: ID) {
    messageEvents(conversationId: $conversationId, afterMessageId: $after) {
      kind
      conversationId
      readerId
      message {
        id
        body
        author: sender {
          id
          displayName
        }
        editedAt
        deletedAt
        reactions {
          emoji
          count
        }
        readByCount
      }
    }
  }
`;

const TYPING = 'subscription($c: ID!) { typing(conversationId: $c) { conversationId memberId displayName typing } }';
const CONVERSATION_UPDATED = 'subscription { conversationUpdated { id kind unreadCount lastMessage { id body } } }';

/** Real-time chat end to end: messaging → outbox → events → every gateway instance → graphql-ws clients. */
describe('chat over the gateway subscriptions', () => {
  let stack: Stack;
  let gatewayA: string;
  let gatewayB: string;
  const live: LiveSubscription[] = [];
  const tokens: Record<'admin' | 'a' | 'b' | 'c' | 'otherNetwork', string> = {} as never;
  const ids: Record<'a' | 'b' | 'c', string> = {} as never;
  let directId: string;
  let roomId: string;

  const open = (url: string, token: string, query: string, variables?: Record<string, unknown>) => {
    const subscription = subscribe(url, token, query, variables);
    live.push(subscription);
    return subscription;
  };
  /** The subscribe message follows the connection's acknowledgement, and access is checked before events flow. */
  const ready = async (...subscriptions: LiveSubscription[]) => {
    await Promise.all(subscriptions.map((s) => s.connected));
    await new Promise((resolve) => setTimeout(resolve, 1000));
  };

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async function mutate<T = Record<string, any>>(token: string, query: string, input: Record<string, unknown>): Promise<T> {
    const result = await stack.graphql(gatewayA, query, { input }, token);
    expect(result.errors).toBeUndefined();
    const payload = Object.values(result.data!)[0] as { errors: unknown[] } & T;
    expect(payload.errors).toEqual([]);
    return payload;
  }
  const send = async (token: string, conversationId: string, body: string): Promise<string> =>
    (
      await mutate<{ message: { id: string } }>(
        token,
        'mutation($input: SendMessageInput!) { sendMessage(input: $input) { message { id } errors { code message } } }',
        { conversationId, body },
      )
    ).message.id;
  const kinds = (subscription: LiveSubscription) => subscription.results.map((r) => r.data?.messageEvents?.kind);
  const events = (subscription: LiveSubscription) => subscription.results.map((r) => r.data?.messageEvents);

  beforeAll(async () => {
    stack = await startStack({ seed: 'demo' });
    gatewayA = stack.gatewayUrl!;
    gatewayB = (await stack.startGateway()).url; // a second instance: both must see every event
    tokens.admin = await stack.signInAdmin();
    tokens.otherNetwork = await stack.signInAdmin('otherNetwork');
    tokens.a = await stack.signIn('hanako.sato@demo.kizuna.dev', stack.demo.memberPassword);
    tokens.b = await stack.signIn('ichiro.suzuki@demo.kizuna.dev', stack.demo.memberPassword);
    tokens.c = await stack.signIn('misaki.takahashi@demo.kizuna.dev', stack.demo.memberPassword);
    for (const who of ['a', 'b', 'c'] as const) ids[who] = claimsOf(tokens[who]).mid;
    // messaging learns members from identity's events: wait until it can open a conversation with them
    await stack.waitFor(async () => {
      const result = await stack.graphql(
        gatewayA,
        'mutation($input: StartDirectConversationInput!) { startDirectConversation(input: $input) { conversation { id } errors { code } } }',
        { input: { memberId: ids.b } },
        tokens.a,
      );
      directId = result.data?.startDirectConversation?.conversation?.id;
      return directId;
    }, 60_000);
  }, 240_000);

  afterAll(async () => {
    await Promise.allSettled(live.map((s) => s.dispose()));
    await stack?.stop();
  }, 60_000);

  it('delivers a new message with the selected sender fields, then its edit, reactions, read and deletion, at every gateway instance', async () => {
    const atA = open(gatewayA, tokens.a, MESSAGE_EVENTS, { conversationId: directId });
    const atB = open(gatewayB, tokens.a, MESSAGE_EVENTS, { conversationId: directId });
    await ready(atA, atB);

    const messageId = await send(tokens.b, directId, 'こんにちは、花子さん');
    await stack.waitFor(async () => atA.results.length > 0 && atB.results.length > 0, 20_000);
    expect(atA.results[0]).toEqual({
      data: {
        messageEvents: {
          kind: 'ADDED',
          conversationId: directId,
          readerId: null,
          message: {
            id: messageId,
            body: 'こんにちは、花子さん',
            author: { id: ids.b, displayName: '鈴木 一郎' },
            editedAt: null,
            deletedAt: null,
            reactions: [],
            readByCount: 0,
          },
        },
      },
    });

    await mutate(tokens.b, 'mutation($input: EditMessageInput!) { editMessage(input: $input) { message { id } errors { code message } } }', {
      messageId,
      body: 'こんにちは!',
    });
    await mutate(tokens.a, 'mutation($input: ReactionInput!) { addReaction(input: $input) { message { id } errors { code message } } }', {
      messageId,
      emoji: '👍',
    });
    await mutate(
      tokens.a,
      'mutation($input: MarkConversationReadInput!) { markConversationRead(input: $input) { conversation { id } errors { code message } } }',
      { conversationId: directId, upToMessageId: messageId },
    );
    await mutate(tokens.b, 'mutation($input: DeleteMessageInput!) { deleteMessage(input: $input) { message { id } errors { code message } } }', { messageId });

    await stack.waitFor(async () => atA.results.length >= 5 && atB.results.length >= 5, 20_000);
    for (const subscription of [atA, atB]) {
      expect(kinds(subscription)).toEqual(['ADDED', 'EDITED', 'REACTIONS_CHANGED', 'READ', 'DELETED']);
      const [, edited, reacted, read, deleted] = events(subscription);
      expect(edited.message).toMatchObject({ id: messageId, body: 'こんにちは!', editedAt: expect.any(String) });
      expect(reacted.message.reactions).toEqual([{ emoji: '👍', count: 1 }]);
      expect(read).toMatchObject({ readerId: ids.a, message: { id: messageId, readByCount: 1 } });
      expect(deleted.message).toMatchObject({ id: messageId, body: '', deletedAt: expect.any(String) });
      expect(subscription.results.every((r) => r.errors === undefined)).toBe(true);
    }
  });

  it('refuses a member who is not in the conversation and an admin of another network (FORBIDDEN), and sends them nothing', async () => {
    const outsider = open(gatewayA, tokens.c, MESSAGE_EVENTS, { conversationId: directId });
    const foreign = open(gatewayB, tokens.otherNetwork, MESSAGE_EVENTS, { conversationId: directId });
    const foreignTyping = open(gatewayA, tokens.otherNetwork, TYPING, { c: directId });
    const codes = (s: LiveSubscription) =>
      [...s.results.flatMap((r) => r.errors ?? []), ...s.errors.flatMap((e) => (Array.isArray(e) ? e : []))].map(
        (e: { extensions?: { code?: string } }) => e.extensions?.code,
      );
    await stack.waitFor(async () => [outsider, foreign, foreignTyping].every((s) => codes(s).length > 0), 20_000);
    expect([outsider, foreign, foreignTyping].map(codes)).toEqual([['FORBIDDEN'], ['FORBIDDEN'], ['FORBIDDEN']]);

    await send(tokens.b, directId, 'not for outsiders');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect([outsider, foreign].map((s) => s.results.filter((r) => r.data))).toEqual([[], []]);
  });

  it('catches a reconnecting client up from the last message it saw, exactly once and in order, then goes on live', async () => {
    const first = open(gatewayA, tokens.a, MESSAGE_EVENTS, { conversationId: directId });
    await ready(first);
    const seen = await send(tokens.b, directId, 'seen before going offline');
    await stack.waitFor(async () => events(first).some((e) => e.message.id === seen), 20_000);
    await first.dispose();

    const missed = [];
    for (const body of ['missed 1', 'missed 2', 'missed 3']) missed.push(await send(tokens.b, directId, body));
    const resumed = open(gatewayB, tokens.a, MESSAGE_EVENTS, { conversationId: directId, after: seen });
    await stack.waitFor(async () => resumed.results.length >= 3, 20_000);
    const liveId = await send(tokens.b, directId, 'live again');
    await stack.waitFor(async () => resumed.results.length >= 4, 20_000);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(events(resumed).map((e) => [e.kind, e.message.id, e.message.body])).toEqual([
      ['ADDED', missed[0], 'missed 1'],
      ['ADDED', missed[1], 'missed 2'],
      ['ADDED', missed[2], 'missed 3'],
      ['ADDED', liveId, 'live again'],
    ]);
  });

  it('shows who is typing to the other member, never to the typer', async () => {
    const atA = open(gatewayA, tokens.a, TYPING, { c: directId });
    const atB = open(gatewayB, tokens.b, TYPING, { c: directId });
    await ready(atA, atB);
    await mutate(tokens.b, 'mutation($input: SetTypingInput!) { setTyping(input: $input) { errors { code message } } }', {
      conversationId: directId,
      typing: true,
    });
    await stack.waitFor(async () => atA.results.length > 0, 20_000);
    expect(atA.results[0]).toEqual({ data: { typing: { conversationId: directId, memberId: ids.b, displayName: '鈴木 一郎', typing: true } } });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(atB.results).toEqual([]);
  });

  it("updates the conversation list with the new last message and the member's own unread count", async () => {
    const atA = open(gatewayA, tokens.a, CONVERSATION_UPDATED);
    const atC = open(gatewayB, tokens.c, CONVERSATION_UPDATED);
    await ready(atA, atC);
    const messageId = await send(tokens.b, directId, 'for your conversation list');
    await stack.waitFor(async () => atA.results.some((r) => r.data?.conversationUpdated.lastMessage?.id === messageId), 20_000);
    const stored = await stack.graphql(gatewayA, 'query($id: ID!) { conversation(id: $id) { unreadCount } }', { id: directId }, tokens.a);
    const update = atA.results.find((r) => r.data?.conversationUpdated.lastMessage?.id === messageId)!;
    expect(update).toEqual({
      data: {
        conversationUpdated: {
          id: directId,
          kind: 'DIRECT',
          unreadCount: stored.data!.conversation.unreadCount,
          lastMessage: { id: messageId, body: 'for your conversation list' },
        },
      },
    });
    expect(stored.data!.conversation.unreadCount).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(atC.results).toEqual([]); // not in the direct conversation
  });

  describe('in a talk room', () => {
    beforeAll(async () => {
      const room = await mutate<{ conversation: { id: string } }>(
        tokens.a,
        'mutation($input: CreateRoomInput!) { createRoom(input: $input) { conversation { id } errors { code message } } }',
        { name: `Chat e2e ${randomUUID().slice(0, 8)}`, description: 'Real-time tests', category: 'TOPIC', topicTags: ['tests'], visibility: 'OPEN' },
      );
      roomId = room.conversation.id;
      for (const who of ['b', 'c'] as const) {
        await mutate(tokens[who], 'mutation($input: RoomInput!) { joinRoom(input: $input) { conversation { id } errors { code message } } }', {
          conversationId: roomId,
        });
      }
    }, 60_000);

    it('refuses a member of another network', async () => {
      const foreign = open(gatewayB, tokens.otherNetwork, MESSAGE_EVENTS, { conversationId: roomId });
      await stack.waitFor(async () => foreign.results.length > 0 || foreign.errors.length > 0, 20_000);
      expect(foreign.results.flatMap((r) => r.errors ?? []).map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    });

    it("stops a removed room member's subscription at once; the others keep receiving", async () => {
      const atA = open(gatewayA, tokens.a, MESSAGE_EVENTS, { conversationId: roomId });
      const atC = open(gatewayB, tokens.c, MESSAGE_EVENTS, { conversationId: roomId });
      await ready(atA, atC);
      await send(tokens.b, roomId, 'before the removal');
      await stack.waitFor(async () => atA.results.length === 1 && atC.results.length === 1, 20_000);

      await mutate(tokens.a, 'mutation($input: RemoveRoomMemberInput!) { removeRoomMember(input: $input) { conversation { id } errors { code message } } }', {
        conversationId: roomId,
        memberId: ids.c,
      });
      await atC.completed;
      await send(tokens.b, roomId, 'after the removal');
      await stack.waitFor(async () => atA.results.length === 2, 20_000);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(events(atA).map((e) => e.message.body)).toEqual(['before the removal', 'after the removal']);
      expect(events(atC).map((e) => e.message.body)).toEqual(['before the removal']);
    });

    it("brings the room to its members' conversation lists, not to a member who was removed", async () => {
      const atA = open(gatewayA, tokens.a, CONVERSATION_UPDATED);
      const atC = open(gatewayB, tokens.c, CONVERSATION_UPDATED);
      await ready(atA, atC);
      const messageId = await send(tokens.b, roomId, 'in the room');
      await stack.waitFor(async () => atA.results.some((r) => r.data?.conversationUpdated.lastMessage?.id === messageId), 20_000);
      expect(atA.results.find((r) => r.data?.conversationUpdated.id === roomId)!.data!.conversationUpdated).toMatchObject({
        kind: 'ROOM',
        unreadCount: expect.any(Number),
      });
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(atC.results).toEqual([]);
    });
  });
});
