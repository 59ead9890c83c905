import { randomUUID } from 'node:crypto';
import { claimsOf, startStack, type Stack } from '@kizuna/testing';

const ERRORS = 'errors { code field message }';
const CONVERSATION_FIELDS = 'id kind title unreadCount viewerIsMember otherMember { id }';
const START = `mutation($input: StartDirectConversationInput!) { startDirectConversation(input: $input) { conversation { ${CONVERSATION_FIELDS} } ${ERRORS} } }`;
const CONTACT = `mutation { contactNetwork(input: {}) { conversation { ${CONVERSATION_FIELDS} } ${ERRORS} } }`;
const SEND = `mutation($input: SendMessageInput!) { sendMessage(input: $input) { message { id seq body sender { id } sentByNetwork } ${ERRORS} } }`;
const READ = `mutation($input: MarkConversationReadInput!) { markConversationRead(input: $input) { conversation { id unreadCount } ${ERRORS} } }`;
const HISTORY = `query($id: ID!, $first: Int, $after: ID, $last: Int, $before: ID) { conversation(id: $id) {
  messages(first: $first, after: $after, last: $last, before: $before) { edges { cursor node { seq body } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } }`;
const MESSAGE = 'query($id: ID!) { message(id: $id) { id seq readAt readByCount } }';
const LIST = `query($kind: ConversationKind, $unreadOnly: Boolean, $first: Int, $after: String) { conversations(kind: $kind, unreadOnly: $unreadOnly, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { ${CONVERSATION_FIELDS} lastMessage { body } } } } }`;
const INBOX = `query($unreadOnly: Boolean) { networkInbox(unreadOnly: $unreadOnly) { totalCount edges { node { ${CONVERSATION_FIELDS} lastMessage { body sentByNetwork } } } } }`;

describe('messaging: direct conversations, the network inbox, history and read state', () => {
  let stack: Stack;
  let url: string;
  let admin: string;
  let hanako: string;
  let ichiro: string;
  let misaki: string;
  let corpAdmin: string;

  const gql = (query: string, variables: Record<string, unknown>, token: string) => stack.graphql(url, query, variables, token);
  const start = async (token: string, memberId: string) => (await gql(START, { input: { memberId } }, token)).data?.startDirectConversation;
  const send = async (token: string, conversationId: string, body: string) => (await gql(SEND, { input: { conversationId, body } }, token)).data?.sendMessage;
  const read = async (token: string, conversationId: string, upToMessageId?: string) =>
    (await gql(READ, { input: { conversationId, upToMessageId } }, token)).data?.markConversationRead;
  const history = async (token: string, id: string, page: Record<string, unknown>) => {
    const result = await gql(HISTORY, { id, ...page }, token);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    const connection = result.data?.conversation.messages;
    return { seqs: connection.edges.map((e: { node: { seq: number } }) => e.node.seq), pageInfo: connection.pageInfo };
  };
  const unreadTotal = async (token: string) => (await gql('{ unreadMessageCount }', {}, token)).data?.unreadMessageCount;
  const known = (memberIds: string[]) =>
    stack.waitFor(
      async () => (await stack.sql('SELECT 1 FROM messaging.members WHERE membership_id = ANY($1::uuid[])', [memberIds])).length === memberIds.length,
    );

  beforeAll(async () => {
    stack = await startStack({ services: ['identity', 'messaging'], seed: 'demo' });
    url = stack.serviceUrl('messaging');
    admin = await stack.signInAdmin();
    hanako = await stack.signIn('hanako.sato@demo.kizuna.dev', stack.demo.memberPassword);
    ichiro = await stack.signIn('ichiro.suzuki@demo.kizuna.dev', stack.demo.memberPassword);
    misaki = await stack.signIn('misaki.takahashi@demo.kizuna.dev', stack.demo.memberPassword);
    corpAdmin = await stack.signInAdmin('otherNetwork');
    await known([hanako, ichiro, misaki, admin, corpAdmin].map((t) => claimsOf(t).mid));
  });
  afterAll(() => stack?.stop());

  it('lets two members talk: one conversation per pair, history both ways, unread counts, read positions and receipts', async () => {
    const ichiroId = claimsOf(ichiro).mid;
    const opened = await start(hanako, ichiroId);
    expect(opened.errors).toEqual([]);
    expect(opened.conversation).toMatchObject({ kind: 'DIRECT', unreadCount: 0, viewerIsMember: true, otherMember: { id: ichiroId } });
    const id = opened.conversation.id;
    // Either of them opening it again finds the same conversation.
    expect((await start(hanako, ichiroId)).conversation.id).toBe(id);
    expect((await start(ichiro, claimsOf(hanako).mid)).conversation).toMatchObject({ id, otherMember: { id: claimsOf(hanako).mid } });

    const sent = [];
    for (const body of ['一', '二', '三', '四', '五']) sent.push((await send(hanako, id, body)).message);
    expect(sent.map((m) => m.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(sent[0]).toMatchObject({ body: '一', sender: { id: claimsOf(hanako).mid }, sentByNetwork: false });

    // Newest by default, then backwards with before, forwards with after.
    const newest = await history(ichiro, id, { last: 2 });
    expect(newest).toEqual({ seqs: [4, 5], pageInfo: { hasNextPage: false, hasPreviousPage: true, startCursor: sent[3].id, endCursor: sent[4].id } });
    expect((await history(ichiro, id, {})).seqs).toEqual([1, 2, 3, 4, 5]);
    expect(await history(ichiro, id, { last: 2, before: sent[3].id })).toMatchObject({ seqs: [2, 3], pageInfo: { hasNextPage: true, hasPreviousPage: true } });
    expect(await history(ichiro, id, { last: 2, before: sent[1].id })).toMatchObject({ seqs: [1], pageInfo: { hasNextPage: true, hasPreviousPage: false } });
    expect(await history(ichiro, id, { first: 2 })).toMatchObject({ seqs: [1, 2], pageInfo: { hasNextPage: true, hasPreviousPage: false } });
    expect(await history(ichiro, id, { first: 10, after: sent[1].id })).toMatchObject({
      seqs: [3, 4, 5],
      pageInfo: { hasNextPage: false, hasPreviousPage: true },
    });
    const badCursor = await gql(HISTORY, { id, after: randomUUID() }, ichiro);
    expect(badCursor.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    // The recipient has five unread, the sender none.
    expect(await unreadTotal(ichiro)).toBe(5);
    expect(await unreadTotal(hanako)).toBe(0);
    const ichiroList = (await gql(LIST, {}, ichiro)).data?.conversations;
    expect(ichiroList.edges[0].node).toMatchObject({
      id,
      kind: 'DIRECT',
      unreadCount: 5,
      otherMember: { id: claimsOf(hanako).mid },
      lastMessage: { body: '五' },
    });
    expect(typeof ichiroList.edges[0].node.title).toBe('string');

    // Reading up to the third: two left, a receipt on the third but not on the fourth.
    expect((await read(ichiro, id, sent[2].id)).conversation).toEqual({ id, unreadCount: 2 });
    expect(await unreadTotal(ichiro)).toBe(2);
    const third = (await gql(MESSAGE, { id: sent[2].id }, hanako)).data?.message;
    expect(third).toMatchObject({ readByCount: 1, readAt: expect.any(String) });
    expect((await gql(MESSAGE, { id: sent[3].id }, hanako)).data?.message).toMatchObject({ readByCount: 0, readAt: null });
    // The same answer whoever asks.
    expect((await gql(MESSAGE, { id: sent[2].id }, ichiro)).data?.message).toEqual(third);

    // A read position never moves back.
    expect((await read(ichiro, id, sent[0].id)).conversation.unreadCount).toBe(2);
    expect((await gql(LIST, { unreadOnly: true }, ichiro)).data?.conversations.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([id]);
    expect((await read(ichiro, id)).conversation.unreadCount).toBe(0);
    expect(await unreadTotal(ichiro)).toBe(0);
    expect((await gql(LIST, { unreadOnly: true }, ichiro)).data?.conversations.edges).toEqual([]);

    // The participants, as the conversation lists them.
    const members = (await gql('query($id: ID!) { conversation(id: $id) { members { totalCount edges { node { id } role } } } }', { id }, ichiro)).data
      ?.conversation.members;
    expect(members.totalCount).toBe(2);
    expect(members.edges.map((e: { node: { id: string }; role: string }) => [e.node.id, e.role]).sort()).toEqual(
      [
        [claimsOf(hanako).mid, 'member'],
        [ichiroId, 'member'],
      ].sort(),
    );

    // A message from an unknown conversation is refused, and nothing moves.
    expect((await read(ichiro, id, randomUUID())).errors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: 'upToMessageId' })]);
  });

  it('lists conversations by latest activity, page by page', async () => {
    const misakiId = claimsOf(misaki).mid;
    const withHanako = (await start(misaki, claimsOf(hanako).mid)).conversation.id;
    const withIchiro = (await start(misaki, claimsOf(ichiro).mid)).conversation.id;
    await send(hanako, withHanako, 'first');
    await send(ichiro, withIchiro, 'second');
    const first = (await gql(LIST, { first: 1 }, misaki)).data?.conversations;
    expect(first).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
    expect(first.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([withIchiro]);
    const next = (await gql(LIST, { first: 1, after: first.pageInfo.endCursor }, misaki)).data?.conversations;
    expect(next.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([withHanako]);
    expect(next.pageInfo.hasNextPage).toBe(false);
    // Activity moves a conversation to the top.
    await send(misaki, withHanako, 'third');
    expect((await gql(LIST, {}, misaki)).data?.conversations.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([withHanako, withIchiro]);
    expect((await gql(LIST, { kind: 'NETWORK' }, misaki)).data?.conversations.totalCount).toBe(0);
    expect(misakiId).toBeTruthy();
  });

  it('lets an applicant contact the network and DM its staff, but nobody else; nobody DMs applicants, the suspended or themselves', async () => {
    const applicant = await stack.register({ email: 'kaito.ueda@example.jp', displayName: '上田 海斗' });
    await known([applicant.memberId]);
    const contact = (await gql(CONTACT, {}, applicant.token)).data?.contactNetwork;
    expect(contact.errors).toEqual([]);
    expect(contact.conversation).toMatchObject({ kind: 'NETWORK', viewerIsMember: true, otherMember: null, unreadCount: 0 });
    expect((await gql(CONTACT, {}, applicant.token)).data?.contactNetwork.conversation.id).toBe(contact.conversation.id);

    const toMember = await start(applicant.token, claimsOf(hanako).mid);
    expect(toMember).toEqual({ conversation: null, errors: [expect.objectContaining({ code: 'FORBIDDEN', field: 'memberId' })] });
    const toAdmin = await start(applicant.token, claimsOf(admin).mid);
    expect(toAdmin.errors).toEqual([]);
    expect((await send(applicant.token, toAdmin.conversation.id, '承認をお願いします')).errors).toEqual([]);
    const taro = await stack.signIn('taro.yamada@demo.kizuna.dev', stack.demo.memberPassword);
    expect((await start(applicant.token, claimsOf(taro).mid)).errors).toEqual([]);
    // No conversation with a member was opened.
    expect(
      await stack.sql(`SELECT 1 FROM messaging.conversations WHERE kind = 'direct' AND direct_key LIKE '%' || $1 || '%' AND direct_key LIKE '%' || $2 || '%'`, [
        applicant.memberId,
        claimsOf(hanako).mid,
      ]),
    ).toEqual([]);

    expect((await start(hanako, applicant.memberId)).errors).toEqual([expect.objectContaining({ code: 'FORBIDDEN' })]);
    expect((await start(hanako, claimsOf(hanako).mid)).errors).toEqual([expect.objectContaining({ code: 'VALIDATION', field: 'memberId' })]);
    expect((await start(hanako, randomUUID())).errors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: 'memberId' })]);
    expect((await start(hanako, 'not-an-id')).errors).toEqual([expect.objectContaining({ code: 'NOT_FOUND' })]);
  });

  it("puts members' messages in the staff's network inbox, where staff answer for the network", async () => {
    const member = await stack.register({ email: 'rin.sato@example.jp', displayName: '佐藤 凛' });
    await known([member.memberId]);
    const conversation = (await gql(CONTACT, {}, member.token)).data?.contactNetwork.conversation;
    const question = (await send(member.token, conversation.id, '会費について教えてください')).message;

    const inbox = (await gql(INBOX, { unreadOnly: true }, admin)).data?.networkInbox;
    const entry = inbox.edges.find((e: { node: { id: string } }) => e.node.id === conversation.id)?.node;
    expect(entry).toMatchObject({
      kind: 'NETWORK',
      unreadCount: 1,
      viewerIsMember: true,
      otherMember: { id: member.memberId },
      lastMessage: { body: '会費について教えてください' },
    });
    // Staff positions never count in the staff member's own totals or conversation list.
    const adminTotal = await unreadTotal(admin);

    const answer = (await send(admin, conversation.id, 'ご質問ありがとうございます')).message;
    expect(answer).toMatchObject({ seq: 2, sender: null, sentByNetwork: true });
    expect(await unreadTotal(member.token)).toBe(1);
    expect(await unreadTotal(admin)).toBe(adminTotal);
    expect((await gql(LIST, { kind: 'NETWORK' }, admin)).data?.conversations.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(
      conversation.id,
    );
    // Answering read the member's question for this staff member.
    const after = (await gql(INBOX, {}, admin)).data?.networkInbox.edges.find((e: { node: { id: string } }) => e.node.id === conversation.id)?.node;
    expect(after).toMatchObject({ unreadCount: 0, lastMessage: { body: 'ご質問ありがとうございます', sentByNetwork: true } });
    expect((await gql(MESSAGE, { id: question.id }, member.token)).data?.message).toMatchObject({ readAt: expect.any(String), readByCount: 0 });
    expect((await gql(MESSAGE, { id: answer.id }, admin)).data?.message).toMatchObject({ readAt: null });
    expect((await read(member.token, conversation.id)).conversation.unreadCount).toBe(0);
    expect((await gql(MESSAGE, { id: answer.id }, admin)).data?.message).toMatchObject({ readAt: expect.any(String), readByCount: 1 });

    // Plain members have no inbox and cannot read someone else's conversation with the network.
    expect((await gql(INBOX, {}, hanako)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await gql(HISTORY, { id: conversation.id }, hanako)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await send(hanako, conversation.id, 'hi')).errors).toEqual([expect.objectContaining({ code: 'FORBIDDEN' })]);
  });

  it('keeps every conversation to its network and its participants: other ids look unknown', async () => {
    const id = (await start(hanako, claimsOf(ichiro).mid)).conversation.id;
    const [{ message_id: messageId }] = await stack.sql('SELECT last_message_id AS message_id FROM messaging.conversations WHERE id = $1', [id]);
    const before = await stack.sql('SELECT last_seq FROM messaging.conversations WHERE id = $1', [id]);

    // Another network: nothing there.
    expect((await gql(HISTORY, { id }, corpAdmin)).data?.conversation).toBeNull();
    expect((await gql(MESSAGE, { id: messageId }, corpAdmin)).data?.message).toBeNull();
    expect((await send(corpAdmin, id, 'hello')).errors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: 'conversationId' })]);
    expect((await read(corpAdmin, id)).errors).toEqual([expect.objectContaining({ code: 'NOT_FOUND' })]);
    expect((await start(corpAdmin, claimsOf(hanako).mid)).errors).toEqual([expect.objectContaining({ code: 'NOT_FOUND' })]);
    expect(
      (await gql(INBOX, {}, corpAdmin)).data?.networkInbox.edges.map((e: { node: { otherMember: { id: string } } }) => e.node.otherMember.id),
    ).not.toContain(claimsOf(hanako).mid);
    // The same network, but not a participant: refused.
    expect((await gql(HISTORY, { id }, misaki)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await gql(MESSAGE, { id: messageId }, misaki)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await send(misaki, id, 'hello')).errors).toEqual([expect.objectContaining({ code: 'FORBIDDEN' })]);
    expect((await read(misaki, id)).errors).toEqual([expect.objectContaining({ code: 'FORBIDDEN' })]);
    expect(await stack.sql('SELECT last_seq FROM messaging.conversations WHERE id = $1', [id])).toEqual(before);
    // Conversation entities asked through federation follow the same rules.
    const entities = 'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Conversation { id } ... on Message { id body } } }';
    const reps = [
      { __typename: 'Conversation', id },
      { __typename: 'Message', id: messageId },
    ];
    expect((await gql(entities, { reps }, corpAdmin)).data?._entities).toEqual([null, null]);
    expect((await gql(entities, { reps }, misaki)).data?._entities).toEqual([null, null]);
    expect((await gql(entities, { reps }, ichiro)).data?._entities).toEqual([{ id }, { id: messageId, body: expect.any(String) }]);
  });
});
