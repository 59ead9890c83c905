import { claimsOf, startStack, type EventCollector, type Stack } from '@kizuna/testing';

const START = 'mutation($input: StartDirectConversationInput!) { startDirectConversation(input: $input) { conversation { id } errors { code } } }';
const SEND = 'mutation($input: SendMessageInput!) { sendMessage(input: $input) { message { id seq } errors { code } } }';
const EDIT = 'mutation($input: EditMessageInput!) { editMessage(input: $input) { errors { code } } }';
const DELETE = 'mutation($input: DeleteMessageInput!) { deleteMessage(input: $input) { errors { code } } }';
const ADD_REACTION = 'mutation($input: ReactionInput!) { addReaction(input: $input) { errors { code } } }';
const REMOVE_REACTION = 'mutation($input: ReactionInput!) { removeReaction(input: $input) { errors { code } } }';
const READ = 'mutation($input: MarkConversationReadInput!) { markConversationRead(input: $input) { errors { code } } }';
const TYPING = 'mutation($input: SetTypingInput!) { setTyping(input: $input) { errors { code } } }';

describe('messaging: the events other parts of Kizuna and the gateway see', () => {
  let stack: Stack;
  let url: string;
  let aya: string;
  let ryo: string;
  let mayu: string;
  let conversations: EventCollector;
  let typing: EventCollector;

  const gql = async (query: string, input: Record<string, unknown>, token: string) => {
    const result = await stack.graphql(url, query, { input }, token);
    return Object.values(result.data ?? {})[0] as { errors: { code: string }[]; [key: string]: unknown };
  };
  const eventsOf = (collector: EventCollector, type: string, conversationId: string) =>
    collector.events.filter((e) => e.type === type && (e.data as { conversationId: string }).conversationId === conversationId);
  const settle = () => new Promise((resolve) => setTimeout(resolve, 1500));

  beforeAll(async () => {
    stack = await startStack({ services: ['identity', 'messaging'], seed: 'demo' });
    url = stack.serviceUrl('messaging');
    aya = await stack.signIn('aya.matsumoto@demo.kizuna.dev', stack.demo.memberPassword);
    ryo = await stack.signIn('ryo.inoue@demo.kizuna.dev', stack.demo.memberPassword);
    mayu = await stack.signIn('mayu.kimura@demo.kizuna.dev', stack.demo.memberPassword);
    const ids = [aya, ryo, mayu].map((t) => claimsOf(t).mid);
    await stack.waitFor(async () => (await stack.sql('SELECT 1 FROM messaging.members WHERE membership_id = ANY($1::uuid[])', [ids])).length === ids.length);
    await stack.sql(`UPDATE messaging.members SET display_name = '松本 彩' WHERE membership_id = $1`, [claimsOf(aya).mid]);
    conversations = await stack.collectEvents('kizuna.messaging.conversation');
    typing = await stack.collectEvents('kizuna.messaging.typing');
  });
  afterAll(() => stack?.stop());

  it('publishes started, sent, edited, deleted, reactions changed and read, each once and only for real changes', async () => {
    const ayaId = claimsOf(aya).mid;
    const ryoId = claimsOf(ryo).mid;
    const conversationId = ((await gql(START, { memberId: ryoId }, aya)).conversation as { id: string }).id;
    const first = (await gql(SEND, { conversationId, body: `<@${ryoId}> こんにちは` }, aya)).message as { id: string };
    const second = (await gql(SEND, { conversationId, body: '二通目', replyToMessageId: first.id }, aya)).message as { id: string };
    expect((await gql(EDIT, { messageId: first.id, body: 'こんにちは!' }, aya)).errors).toEqual([]);
    expect((await gql(ADD_REACTION, { messageId: first.id, emoji: '👍' }, ryo)).errors).toEqual([]);
    expect((await gql(ADD_REACTION, { messageId: first.id, emoji: '👍' }, ryo)).errors).toEqual([]);
    expect((await gql(REMOVE_REACTION, { messageId: first.id, emoji: '👍' }, ryo)).errors).toEqual([]);
    expect((await gql(REMOVE_REACTION, { messageId: first.id, emoji: '👍' }, ryo)).errors).toEqual([]);
    expect((await gql(READ, { conversationId, upToMessageId: first.id }, ryo)).errors).toEqual([]);
    expect((await gql(READ, { conversationId, upToMessageId: first.id }, ryo)).errors).toEqual([]);
    expect((await gql(DELETE, { messageId: second.id }, aya)).errors).toEqual([]);
    // Refused changes publish nothing.
    expect((await gql(EDIT, { messageId: first.id, body: 'x' }, ryo)).errors).toEqual([expect.objectContaining({ code: 'FORBIDDEN' })]);

    const participants = [ayaId, ryoId].sort();
    await stack.waitFor(async () => eventsOf(conversations, 'kizuna.messaging.message.deleted.v1', conversationId).length > 0);
    await settle();
    expect(eventsOf(conversations, 'kizuna.messaging.conversation.started.v1', conversationId).map((e) => e.data)).toEqual([
      expect.objectContaining({ conversationKind: 'direct', participantMembershipIds: participants, startedBy: ayaId }),
    ]);
    expect(eventsOf(conversations, 'kizuna.messaging.message.sent.v1', conversationId).map((e) => e.data)).toEqual([
      expect.objectContaining({
        messageId: first.id,
        seq: 1,
        senderMembershipId: ayaId,
        mentionedMembershipIds: [ryoId],
        participantMembershipIds: participants,
        sentAsNetwork: false,
      }),
      expect.objectContaining({ messageId: second.id, seq: 2, replyToMessageId: first.id }),
    ]);
    expect(eventsOf(conversations, 'kizuna.messaging.message.edited.v1', conversationId).map((e) => e.data)).toEqual([
      expect.objectContaining({ messageId: first.id, senderMembershipId: ayaId }),
    ]);
    expect(
      eventsOf(conversations, 'kizuna.messaging.message.reactions-changed.v1', conversationId).map((e) => [
        (e.data as { added: boolean }).added,
        (e.data as { emoji: string }).emoji,
      ]),
    ).toEqual([
      [true, '👍'],
      [false, '👍'],
    ]);
    expect(eventsOf(conversations, 'kizuna.messaging.conversation.read.v1', conversationId).map((e) => e.data)).toEqual([
      expect.objectContaining({ membershipId: ryoId, lastReadMessageId: first.id, lastReadSeq: 1 }),
    ]);
    expect(eventsOf(conversations, 'kizuna.messaging.message.deleted.v1', conversationId).map((e) => e.data)).toEqual([
      expect.objectContaining({ messageId: second.id, deletedBy: ayaId, byModerator: false }),
    ]);
    // One conversation's events share a key, so they stay in order.
    expect(
      new Set(conversations.events.filter((e) => (e.data as { conversationId?: string }).conversationId === conversationId).map((e) => e.subject)),
    ).toEqual(new Set([conversationId]));
  });

  it('signals typing straight away, at most once a second unless it flips, to no one for outsiders', async () => {
    const ryoId = claimsOf(ryo).mid;
    const conversationId = ((await gql(START, { memberId: ryoId }, aya)).conversation as { id: string }).id;
    const ayaTyping = () => eventsOf(typing, 'kizuna.messaging.member.typing.v1', conversationId);
    expect((await gql(TYPING, { conversationId, typing: true }, aya)).errors).toEqual([]);
    expect((await gql(TYPING, { conversationId, typing: true }, aya)).errors).toEqual([]);
    expect((await gql(TYPING, { conversationId, typing: false }, aya)).errors).toEqual([]);
    expect((await gql(TYPING, { conversationId, typing: true }, mayu)).errors).toEqual([expect.objectContaining({ code: 'FORBIDDEN' })]);
    await stack.waitFor(async () => ayaTyping().length >= 2);
    await settle();
    const signals = ayaTyping().map((e) => e.data as { membershipId: string; displayName: string; typing: boolean; expiresAt: string });
    expect(signals.map((s) => [s.membershipId, s.displayName, s.typing])).toEqual([
      [claimsOf(aya).mid, '松本 彩', true],
      [claimsOf(aya).mid, '松本 彩', false],
    ]);
    const ttl = Date.parse(signals[0].expiresAt) - Date.parse(ayaTyping()[0].time);
    expect(ttl).toBeGreaterThan(5000);
    expect(ttl).toBeLessThanOrEqual(6500);
    // Nothing of it is stored.
    expect(await stack.sql(`SELECT 1 FROM messaging.outbox WHERE type = 'kizuna.messaging.member.typing.v1'`)).toEqual([]);
  });
});
