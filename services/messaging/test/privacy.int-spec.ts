import { claimsOf, redeliver, startStack, waitForHandled, type Stack } from '@kizuna/testing';

const DELETE = 'mutation($input: DeleteMyAccountInput!) { deleteMyAccount(input: $input) { deleted errors { code field } } }';
const PERSONAL_DATA = 'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on PersonalData { accountId messaging } } }';
const START = 'mutation($input: StartDirectConversationInput!) { startDirectConversation(input: $input) { conversation { id } errors { code } } }';
const CONTACT = 'mutation { contactNetwork(input: {}) { conversation { id } errors { code } } }';
const SEND = 'mutation($input: SendMessageInput!) { sendMessage(input: $input) { message { id } errors { code } } }';
const REACT = 'mutation($input: ReactionInput!) { addReaction(input: $input) { errors { code } } }';
const READ = 'mutation($input: MarkConversationReadInput!) { markConversationRead(input: $input) { errors { code } } }';
const CREATE_TEMPLATE = 'mutation($input: CreateMessageTemplateInput!) { createMessageTemplate(input: $input) { template { id } errors { code } } }';
const SET_AUTO_REPLY = 'mutation($input: SetAutoReplyInput!) { setAutoReply(input: $input) { errors { code } } }';
const HISTORY = 'query($id: ID!) { conversation(id: $id) { messages { edges { node { body sender { id } } } } } }';

describe("messaging: a person's data download and account deletion", () => {
  let stack: Stack;
  let url: string;
  let admin: string;
  let corpAdmin: string;

  const gql = (query: string, variables: Record<string, unknown>, token: string) => stack.graphql(url, query, variables, token);
  const personalData = (accountId: string, token: string) => gql(PERSONAL_DATA, { reps: [{ __typename: 'PersonalData', accountId }] }, token);
  const members = (ids: string[]) => stack.sql('SELECT membership_id FROM messaging.members WHERE membership_id = ANY($1::uuid[])', [ids]);
  const known = (ids: string[]) => stack.waitFor(async () => (await members(ids)).length === ids.length);
  const send = async (token: string, conversationId: string, body: string) =>
    (await gql(SEND, { input: { conversationId, body } }, token)).data?.sendMessage.message.id as string;

  beforeAll(async () => {
    stack = await startStack({ services: ['identity', 'messaging'], seed: 'demo' });
    url = stack.serviceUrl('messaging');
    admin = await stack.signInAdmin();
    corpAdmin = await stack.signInAdmin('otherNetwork');
    await known([claimsOf(admin).mid, claimsOf(corpAdmin).mid]);
  });
  afterAll(() => stack?.stop());

  it("hands a person their conversations, read positions, messages and reactions in every network, and nobody else's", async () => {
    const demo = await stack.register({ email: 'yui.fujita@example.jp', displayName: '藤田 結衣' });
    const corp = await stack.register({ email: 'yui.fujita@example.jp', displayName: 'Yui Fujita', networkSlug: stack.demo.otherNetwork.networkSlug });
    const accountId = claimsOf(demo.token).sub;
    await stack.waitFor(async () => (await stack.sql('SELECT 1 FROM messaging.account_memberships WHERE account_id = $1', [accountId])).length === 2);
    await known([demo.memberId, corp.memberId]);
    const withAdmin = (await gql(START, { input: { memberId: claimsOf(admin).mid } }, demo.token)).data?.startDirectConversation.conversation.id;
    await send(demo.token, withAdmin, 'A: 承認をお願いします');
    const answer = await send(admin, withAdmin, 'B: 承りました');
    await gql(REACT, { input: { messageId: answer, emoji: '🙏' } }, demo.token);
    await gql(READ, { input: { conversationId: withAdmin } }, demo.token);
    const corpNetwork = (await stack.graphql(url, CONTACT, {}, corp.token)).data?.contactNetwork.conversation.id;
    await send(corp.token, corpNetwork, 'C: Hello Kizuna Corp');

    const mine = await personalData(accountId, demo.token);
    expect(mine.errors).toBeUndefined();
    const part = mine.data?._entities[0].messaging;
    expect(part.messagesSent.map((m: { body: string }) => m.body).sort()).toEqual(['A: 承認をお願いします', 'C: Hello Kizuna Corp']);
    expect(part.reactions).toEqual([expect.objectContaining({ messageId: answer, emoji: '🙏' })]);
    expect(part.conversations.map((c: { id: string; kind: string; lastReadSeq: number }) => [c.id, c.kind, c.lastReadSeq]).sort()).toEqual(
      [
        [withAdmin, 'direct', 2],
        [corpNetwork, 'network', 1],
      ].sort(),
    );
    expect(part.memberships.map((m: { memberId: string; status: string }) => [m.memberId, m.status]).sort()).toEqual(
      [
        [demo.memberId, 'pending'],
        [corp.memberId, 'pending'],
      ].sort(),
    );
    expect((await personalData(accountId, admin)).data?._entities).toEqual([null]);
    expect((await personalData(accountId, corpAdmin)).data?._entities).toEqual([null]);
  });

  it('keeps what a deleted member sent with the others, from no one, and erases the rest of them, once', async () => {
    const collector = await stack.collectEvents('kizuna.identity.membership');
    const template = (await gql(CREATE_TEMPLATE, { input: { name: 'Welcome', body: '{{name}}さん、ご登録ありがとうございます。' } }, admin)).data
      ?.createMessageTemplate.template.id;
    expect((await gql(SET_AUTO_REPLY, { input: { trigger: 'REGISTERED', enabled: true, templateId: template } }, admin)).data?.setAutoReply.errors).toEqual([]);
    const demo = await stack.register({ email: 'taichi.ono@example.jp', displayName: '小野 太一' });
    await known([demo.memberId]);
    await stack.waitFor(async () => (await stack.sql('SELECT 1 FROM messaging.auto_reply_deliveries WHERE membership_id = $1', [demo.memberId])).length === 1);
    const adminId = claimsOf(admin).mid;
    const direct = (await gql(START, { input: { memberId: adminId } }, demo.token)).data?.startDirectConversation.conversation.id;
    await send(demo.token, direct, 'D: his question to the admin');
    const answer = await send(admin, direct, "E: the admin's answer to him");
    await gql(REACT, { input: { messageId: answer, emoji: '👍' } }, demo.token);
    const network = (await stack.graphql(url, CONTACT, {}, demo.token)).data?.contactNetwork.conversation.id;
    await send(demo.token, network, 'F: to the network');

    const result = await stack.graphql(
      stack.serviceUrl('identity'),
      DELETE,
      { input: { password: 'correct-horse-battery', confirmation: 'DELETE' } },
      demo.token,
    );
    expect(result.data?.deleteMyAccount).toEqual({ deleted: true, errors: [] });

    const expectedHistory = [
      { body: 'D: his question to the admin', sender: null },
      { body: "E: the admin's answer to him", sender: { id: adminId } },
    ];
    const adminView = async () => (await gql(HISTORY, { id: direct }, admin)).data?.conversation.messages.edges.map((e: { node: unknown }) => e.node);
    await stack.waitFor(async () => JSON.stringify(await adminView()) === JSON.stringify(expectedHistory));
    const traces = async () => ({
      members: await members([demo.memberId]),
      positions: await stack.sql('SELECT conversation_id FROM messaging.conversation_members WHERE membership_id = $1', [demo.memberId]),
      reactions: await stack.sql('SELECT emoji FROM messaging.message_reactions WHERE membership_id = $1', [demo.memberId]),
      network: await stack.sql('SELECT id FROM messaging.conversations WHERE id = $1', [network]),
      sent: await stack.sql('SELECT id FROM messaging.messages WHERE sender_membership_id = $1', [demo.memberId]),
      autoReplies: await stack.sql('SELECT trigger FROM messaging.auto_reply_deliveries WHERE membership_id = $1', [demo.memberId]),
    });
    const gone = { members: [], positions: [], reactions: [], network: [], sent: [], autoReplies: [] };
    expect(await traces()).toEqual(gone);

    const deleted = await stack.waitFor(async () =>
      collector.events.find((e) => e.type === 'kizuna.identity.account.deleted.v1' && e.subject === demo.memberId),
    );
    await waitForHandled(stack, 'messaging', await redeliver(stack, 'kizuna.identity.membership', deleted));
    expect(await adminView()).toEqual(expectedHistory);
    expect(await traces()).toEqual(gone);
  });
});
