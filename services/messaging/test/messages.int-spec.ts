import { randomUUID } from 'node:crypto';
import { claimsOf, startStack, type Stack } from '@kizuna/testing';

const ERRORS = 'errors { code field message }';
const MESSAGE_FIELDS = 'id seq body mentions { id } links replyTo { id body } editedAt deletedAt deletedByModerator reactions { emoji count memberIds }';
const START = 'mutation($input: StartDirectConversationInput!) { startDirectConversation(input: $input) { conversation { id } errors { code } } }';
const SEND = `mutation($input: SendMessageInput!) { sendMessage(input: $input) { message { ${MESSAGE_FIELDS} } ${ERRORS} } }`;
const EDIT = `mutation($input: EditMessageInput!) { editMessage(input: $input) { message { ${MESSAGE_FIELDS} } ${ERRORS} } }`;
const DELETE = `mutation($input: DeleteMessageInput!) { deleteMessage(input: $input) { message { ${MESSAGE_FIELDS} } ${ERRORS} } }`;
const ADD_REACTION = `mutation($input: ReactionInput!) { addReaction(input: $input) { message { id reactions { emoji count memberIds } } ${ERRORS} } }`;
const REMOVE_REACTION = `mutation($input: ReactionInput!) { removeReaction(input: $input) { message { id reactions { emoji count memberIds } } ${ERRORS} } }`;
const MESSAGE = `query($id: ID!) { message(id: $id) { ${MESSAGE_FIELDS} } }`;

describe('messaging: sending, editing, deleting and reacting, with their limits', () => {
  let stack: Stack;
  let url: string;
  let sho: string;
  let yumi: string;
  let daisuke: string;
  let corpAdmin: string;
  let conversationId: string;

  const gql = (query: string, variables: Record<string, unknown>, token: string) => stack.graphql(url, query, variables, token);
  const send = async (token: string, input: Record<string, unknown>) => (await gql(SEND, { input: { conversationId, ...input } }, token)).data?.sendMessage;
  const stored = (id: string) => stack.sql('SELECT body, mentions, links, edited_at, deleted_at FROM messaging.messages WHERE id = $1', [id]);
  const lastSeq = async (id = conversationId) => Number((await stack.sql('SELECT last_seq FROM messaging.conversations WHERE id = $1', [id]))[0].last_seq);
  const directWith = async (token: string, other: string) =>
    (await gql(START, { input: { memberId: claimsOf(other).mid } }, token)).data?.startDirectConversation.conversation.id;

  beforeAll(async () => {
    stack = await startStack({ services: ['identity', 'messaging'], seed: 'demo' });
    url = stack.serviceUrl('messaging');
    sho = await stack.signIn('sho.watanabe@demo.kizuna.dev', stack.demo.memberPassword);
    yumi = await stack.signIn('yumi.yamamoto@demo.kizuna.dev', stack.demo.memberPassword);
    daisuke = await stack.signIn('daisuke.nakamura@demo.kizuna.dev', stack.demo.memberPassword);
    corpAdmin = await stack.signInAdmin('otherNetwork');
    const ids = [sho, yumi, daisuke, corpAdmin].map((t) => claimsOf(t).mid);
    await stack.waitFor(async () => (await stack.sql('SELECT 1 FROM messaging.members WHERE membership_id = ANY($1::uuid[])', [ids])).length === ids.length);
    conversationId = await directWith(sho, yumi);
  });
  afterAll(() => stack?.stop());

  it('keeps mentions and links, answers to a message of the same conversation only', async () => {
    const yumiId = claimsOf(yumi).mid;
    const sent = await send(sho, { body: `  <@${yumiId}> 資料です https://kizuna.dev/docs?a=1. と https://example.jp  ` });
    expect(sent.errors).toEqual([]);
    expect(sent.message).toMatchObject({
      body: `<@${yumiId}> 資料です https://kizuna.dev/docs?a=1. と https://example.jp`,
      mentions: [{ id: yumiId }],
      links: ['https://kizuna.dev/docs?a=1', 'https://example.jp'],
    });

    const reply = await send(yumi, { body: 'ありがとう', replyToMessageId: sent.message.id });
    expect(reply.message.replyTo).toEqual({ id: sent.message.id, body: sent.message.body });

    const before = await lastSeq();
    const elsewhere = await directWith(sho, daisuke);
    const otherMessage = (await gql(SEND, { input: { conversationId: elsewhere, body: 'hi' } }, sho)).data?.sendMessage.message;
    expect((await send(yumi, { body: 'x', replyToMessageId: otherMessage.id })).errors).toEqual([
      expect.objectContaining({ code: 'NOT_FOUND', field: 'replyToMessageId' }),
    ]);
    expect((await send(sho, { body: `<@${claimsOf(corpAdmin).mid}> hello` })).errors).toEqual([expect.objectContaining({ code: 'VALIDATION', field: 'body' })]);
    expect((await send(sho, { body: `<@${randomUUID()}> hello` })).errors).toEqual([expect.objectContaining({ code: 'VALIDATION', field: 'body' })]);
    expect(await lastSeq()).toBe(before);
  });

  it('refuses empty, oversized and control-character messages, counting characters as people do', async () => {
    const before = await lastSeq();
    expect((await send(sho, { body: ' \n ' })).errors).toEqual([expect.objectContaining({ code: 'VALIDATION', field: 'body' })]);
    const tooLong = await send(sho, { body: '山'.repeat(4001) });
    expect(tooLong.errors).toEqual([expect.objectContaining({ code: 'LIMIT_EXCEEDED', field: 'body', message: expect.stringContaining('4000') })]);
    // Control characters other than line breaks and tabs are refused by the input guard before the mutation runs.
    const bell = await gql(SEND, { input: { conversationId, body: 'ring\u0007' } }, sho);
    expect(bell.errors?.map((error) => [error.extensions?.code, error.extensions?.field])).toEqual([['BAD_USER_INPUT', 'input.body']]);
    expect((await send(sho, { body: 'x', clientMessageId: 'k'.repeat(101) })).errors).toEqual([
      expect.objectContaining({ code: 'VALIDATION', field: 'clientMessageId' }),
    ]);
    expect(await lastSeq()).toBe(before);
    // 4000 emoji are 4000 characters (8000 UTF-16 units): allowed.
    expect((await send(sho, { body: '🎉'.repeat(4000) })).errors).toEqual([]);
  });

  it('posts a retried message once', async () => {
    const clientMessageId = `retry-${randomUUID()}`;
    const before = await lastSeq();
    const [first, second] = await Promise.all([send(yumi, { body: '一度だけ', clientMessageId }), send(yumi, { body: '一度だけ', clientMessageId })]);
    const third = await send(yumi, { body: '一度だけ', clientMessageId });
    expect(first.errors).toEqual([]);
    expect(second.message.id).toBe(first.message.id);
    expect(third.message.id).toBe(first.message.id);
    expect(await lastSeq()).toBe(before + 1);
  });

  it('limits how fast one member sends', async () => {
    const other = await directWith(daisuke, yumi);
    const results = [];
    for (let i = 0; i < 21; i += 1) results.push((await gql(SEND, { input: { conversationId: other, body: `連投 ${i}` } }, daisuke)).data?.sendMessage);
    expect(results.slice(0, 20).every((r) => r.errors.length === 0)).toBe(true);
    expect(results[20]).toEqual({
      message: null,
      errors: [expect.objectContaining({ code: 'LIMIT_EXCEEDED', message: expect.stringContaining('20 messages every 10 seconds') })],
    });
    expect(await lastSeq(other)).toBe(20);
  });

  it('lets only the author edit and delete; a deleted message stays in the history, empty', async () => {
    const original = (await send(sho, { body: `<@${claimsOf(yumi).mid}> 明日 https://kizuna.dev` })).message;
    const refused = (await gql(EDIT, { input: { messageId: original.id, body: '書き換え' } }, yumi)).data?.editMessage;
    expect(refused).toEqual({ message: null, errors: [expect.objectContaining({ code: 'FORBIDDEN' })] });
    expect((await gql(EDIT, { input: { messageId: original.id, body: '' } }, sho)).data?.editMessage.errors).toEqual([
      expect.objectContaining({ code: 'VALIDATION' }),
    ]);
    expect((await stored(original.id))[0]).toMatchObject({ body: original.body, edited_at: null });

    const edited = (await gql(EDIT, { input: { messageId: original.id, body: '明後日 https://example.jp' } }, sho)).data?.editMessage;
    expect(edited.errors).toEqual([]);
    expect(edited.message).toMatchObject({
      body: '明後日 https://example.jp',
      mentions: [],
      links: ['https://example.jp'],
      editedAt: expect.any(String),
      deletedAt: null,
    });

    expect((await gql(DELETE, { input: { messageId: original.id } }, yumi)).data?.deleteMessage.errors).toEqual([
      expect.objectContaining({ code: 'FORBIDDEN' }),
    ]);
    expect((await stored(original.id))[0].deleted_at).toBeNull();
    const deleted = (await gql(DELETE, { input: { messageId: original.id } }, sho)).data?.deleteMessage;
    expect(deleted.message).toMatchObject({ body: '', mentions: [], links: [], deletedAt: expect.any(String), deletedByModerator: false });
    expect((await gql(EDIT, { input: { messageId: original.id, body: '復活' } }, sho)).data?.editMessage.errors).toEqual([
      expect.objectContaining({ code: 'CONFLICT' }),
    ]);
    expect((await gql(DELETE, { input: { messageId: original.id } }, sho)).data?.deleteMessage.errors).toEqual([expect.objectContaining({ code: 'CONFLICT' })]);
    expect((await gql(MESSAGE, { id: original.id }, yumi)).data?.message).toMatchObject({ id: original.id, body: '', deletedAt: expect.any(String) });
    // Another network cannot touch it, nor tell it exists.
    expect((await gql(DELETE, { input: { messageId: edited.message.id } }, corpAdmin)).data?.deleteMessage.errors).toEqual([
      expect.objectContaining({ code: 'NOT_FOUND' }),
    ]);
  });

  it('groups reactions by emoji, adds and removes them once, and caps distinct emoji at 20', async () => {
    const message = (await send(yumi, { body: 'リアクションしてね' })).message;
    const react = async (token: string, emoji: string, mutation = ADD_REACTION) => {
      const result = await gql(mutation, { input: { messageId: message.id, emoji } }, token);
      return result.data?.addReaction ?? result.data?.removeReaction;
    };
    await react(sho, '👍');
    await react(yumi, '🎉');
    await react(yumi, '👍');
    expect((await react(sho, '👍')).message.reactions).toEqual([
      { emoji: '👍', count: 2, memberIds: [claimsOf(sho).mid, claimsOf(yumi).mid] },
      { emoji: '🎉', count: 1, memberIds: [claimsOf(yumi).mid] },
    ]);
    expect((await react(sho, '👍', REMOVE_REACTION)).message.reactions).toEqual([
      { emoji: '🎉', count: 1, memberIds: [claimsOf(yumi).mid] },
      { emoji: '👍', count: 1, memberIds: [claimsOf(yumi).mid] },
    ]);
    expect((await react(sho, '👍', REMOVE_REACTION)).errors).toEqual([]);

    expect((await react(sho, 'a b')).errors).toEqual([expect.objectContaining({ code: 'VALIDATION', field: 'emoji' })]);
    expect((await react(sho, 'x'.repeat(17))).errors).toEqual([expect.objectContaining({ code: 'VALIDATION', field: 'emoji' })]);
    // Someone outside the conversation cannot react.
    expect((await react(daisuke, '👀')).errors).toEqual([expect.objectContaining({ code: 'NOT_FOUND' })]);
    expect((await react(corpAdmin, '👀')).errors).toEqual([expect.objectContaining({ code: 'NOT_FOUND' })]);

    for (let i = 0; i < 18; i += 1) expect((await react(sho, `e${i}`)).errors).toEqual([]);
    const full = await react(sho, 'one-too-many');
    expect(full.errors).toEqual([expect.objectContaining({ code: 'LIMIT_EXCEEDED', field: 'emoji' })]);
    // An emoji already there can still be added by someone else.
    expect((await react(yumi, 'e0')).errors).toEqual([]);
    const reactions = (await gql(MESSAGE, { id: message.id }, sho)).data?.message.reactions;
    expect(reactions).toHaveLength(20);
    expect(reactions.find((r: { emoji: string }) => r.emoji === 'e0').count).toBe(2);
  });
  it('lets room moderators remove any message, keeps archived rooms read-only, and counts "read by N"', async () => {
    const admin = await stack.signInAdmin();
    // Someone who has not sent anything yet in this file (the rate limit test used daisuke's allowance).
    const sakura = await stack.signIn('sakura.ito@demo.kizuna.dev', stack.demo.memberPassword);
    await stack.waitFor(async () => (await stack.sql('SELECT 1 FROM messaging.members WHERE membership_id = $1', [claimsOf(sakura).mid])).length === 1);
    const networkId = claimsOf(sho).nid;
    const roomId = randomUUID();
    // A room as the rooms module leaves it: sho owns it, yumi and sakura are members.
    await stack.sql(`INSERT INTO messaging.conversations (id, network_id, kind) VALUES ($1, $2, 'room')`, [roomId, networkId]);
    await stack.sql(
      `INSERT INTO messaging.rooms (conversation_id, network_id, name, category, visibility, created_by, member_count) VALUES ($1, $2, '工学部 2010', 'department', 'open', $3, 3)`,
      [roomId, networkId, claimsOf(sho).mid],
    );
    await stack.sql(
      `INSERT INTO messaging.conversation_members (conversation_id, membership_id, network_id, role) SELECT $1, m, $2, CASE WHEN m = $3 THEN 'owner' ELSE 'member' END FROM unnest($4::uuid[]) AS m`,
      [roomId, networkId, claimsOf(sho).mid, [sho, yumi, sakura].map((t) => claimsOf(t).mid)],
    );
    const post = async (token: string, body: string) => (await gql(SEND, { input: { conversationId: roomId, body } }, token)).data?.sendMessage;
    const byYumi = (await post(yumi, 'はじめまして')).message;
    const bySakura = (await post(sakura, 'よろしく')).message;
    const READ = 'mutation($input: MarkConversationReadInput!) { markConversationRead(input: $input) { errors { code } } }';
    expect((await gql(READ, { input: { conversationId: roomId } }, sho)).data?.markConversationRead.errors).toEqual([]);
    const readBy = 'query($id: ID!) { message(id: $id) { readByCount readAt } }';
    // Yumi's message: read by sakura (who wrote after it) and sho.
    expect((await gql(readBy, { id: byYumi.id }, sho)).data?.message).toEqual({ readByCount: 2, readAt: null });

    // A member may not remove someone else's message; the owner and a content moderator (the admin, not in the room) may.
    expect((await gql(DELETE, { input: { messageId: bySakura.id } }, yumi)).data?.deleteMessage.errors).toEqual([
      expect.objectContaining({ code: 'FORBIDDEN' }),
    ]);
    const byOwner = (await gql(DELETE, { input: { messageId: bySakura.id } }, sho)).data?.deleteMessage;
    expect(byOwner.message).toMatchObject({ body: '', deletedByModerator: true });
    expect((await gql(MESSAGE, { id: byYumi.id }, admin)).data?.message.body).toBe('はじめまして');
    const byAdmin = (await gql(DELETE, { input: { messageId: byYumi.id } }, admin)).data?.deleteMessage;
    expect(byAdmin.message).toMatchObject({ body: '', deletedByModerator: true });
    // The admin moderates but does not take part: no posting without joining.
    expect((await post(admin, 'お知らせ')).errors).toEqual([expect.objectContaining({ code: 'FORBIDDEN' })]);

    await stack.sql(`UPDATE messaging.rooms SET archived_at = now() WHERE conversation_id = $1`, [roomId]);
    const before = await lastSeq(roomId);
    expect((await post(yumi, 'まだいますか')).errors).toEqual([expect.objectContaining({ code: 'FORBIDDEN', message: expect.stringContaining('archived') })]);
    expect(await lastSeq(roomId)).toBe(before);
    // Still readable.
    const HISTORY = 'query($id: ID!) { conversation(id: $id) { messages { edges { node { id } } } } }';
    expect((await gql(HISTORY, { id: roomId }, yumi)).data?.conversation.messages.edges).toHaveLength(2);
  });
});
