import { claimsOf, redeliver, startStack, waitForHandled, type Stack } from '@kizuna/testing';

const AUTO_REPLY = 'trigger enabled updatedAt template { id name }';
const SET = `mutation($input: SetAutoReplyInput!) { setAutoReply(input: $input) { autoReply { ${AUTO_REPLY} } errors { code field } } }`;
const CREATE_TEMPLATE = 'mutation($input: CreateMessageTemplateInput!) { createMessageTemplate(input: $input) { template { id } errors { code } } }';
const NETWORK_MESSAGES = `{ conversations(kind: NETWORK) { edges { node { id kind messages(last: 20) { edges { node { body sentByNetwork sender { id } } } } } } } }`;

type NetworkMessage = { body: string; sentByNetwork: boolean; sender: { id: string } | null };

describe('messaging: auto-replies', () => {
  let stack: Stack;
  let url: string;
  let admin: string;
  let member: string;
  let corpAdmin: string;
  let welcomeId: string;
  let approvedId: string;

  const template = async (name: string, body: string, token = admin) => {
    const result = await stack.graphql(url, CREATE_TEMPLATE, { input: { name, body } }, token);
    expect(result.data?.createMessageTemplate.errors).toEqual([]);
    return result.data!.createMessageTemplate.template.id as string;
  };
  const set = async (input: Record<string, unknown>, token = admin) => (await stack.graphql(url, SET, { input }, token)).data?.setAutoReply;
  const networkMessages = async (token: string): Promise<NetworkMessage[]> => {
    const result = await stack.graphql(url, NETWORK_MESSAGES, {}, token);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data!.conversations.edges.flatMap((edge: { node: { messages: { edges: { node: NetworkMessage }[] } } }) =>
      edge.node.messages.edges.map((e) => e.node),
    );
  };

  beforeAll(async () => {
    stack = await startStack({ services: ['identity', 'messaging'], seed: 'demo' });
    url = stack.serviceUrl('messaging');
    admin = await stack.signInAdmin();
    member = await stack.signIn('hanako.sato@demo.kizuna.dev', stack.demo.memberPassword);
    corpAdmin = await stack.signInAdmin('otherNetwork');
    welcomeId = await template('ご登録のお礼', '{{name}}さん、{{network}}へのご登録ありがとうございます。承認までしばらくお待ちください。');
    approvedId = await template('承認のお知らせ', '{{name}}さん、承認されました。ようこそ！');
  });
  afterAll(() => stack?.stop());

  it('lists both triggers, switched off until an admin chooses a template', async () => {
    expect((await stack.graphql(url, `{ autoReplies { ${AUTO_REPLY} } }`, {}, admin)).data?.autoReplies).toEqual([
      { trigger: 'REGISTERED', enabled: false, updatedAt: null, template: null },
      { trigger: 'APPROVED', enabled: false, updatedAt: null, template: null },
    ]);
  });

  it("refuses enabling without a template, another network's template, and members without the permission; nothing changes", async () => {
    expect((await set({ trigger: 'REGISTERED', enabled: true })).errors).toEqual([{ code: 'VALIDATION', field: 'templateId' }]);
    expect((await set({ trigger: 'REGISTERED', enabled: true, templateId: welcomeId }, corpAdmin)).errors).toEqual([
      { code: 'NOT_FOUND', field: 'templateId' },
    ]);
    expect(
      (await stack.graphql(url, SET, { input: { trigger: 'REGISTERED', enabled: true, templateId: welcomeId } }, member)).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
    expect((await stack.graphql(url, '{ autoReplies { trigger } }', {}, member)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(
      (await stack.graphql(url, `{ autoReplies { ${AUTO_REPLY} } }`, {}, admin)).data?.autoReplies.every((reply: { enabled: boolean }) => !reply.enabled),
    ).toBe(true);
    expect(
      (await stack.graphql(url, `{ autoReplies { ${AUTO_REPLY} } }`, {}, corpAdmin)).data?.autoReplies.every((reply: { enabled: boolean }) => !reply.enabled),
    ).toBe(true);
  });

  it('greets a new registrant in their conversation with the network, and again on approval, once each however often the events arrive', async () => {
    expect(await set({ trigger: 'REGISTERED', enabled: true, templateId: welcomeId })).toMatchObject({
      autoReply: { trigger: 'REGISTERED', enabled: true, template: { id: welcomeId } },
      errors: [],
    });
    expect((await set({ trigger: 'APPROVED', enabled: true, templateId: approvedId })).errors).toEqual([]);
    const collector = await stack.collectEvents('kizuna.identity.membership');

    const { token, memberId } = await stack.register({ email: 'rin.okamoto@example.jp', displayName: '岡本 凛' });
    const greeting = await stack.waitFor(async () => (await networkMessages(token)).find((message) => message.body.startsWith('岡本 凛さん')));
    expect(greeting).toEqual({
      body: '岡本 凛さん、絆大学 同窓会 (Kizuna University Alumni)へのご登録ありがとうございます。承認までしばらくお待ちください。',
      sentByNetwork: true,
      sender: null,
    });

    const registered = await stack.waitFor(async () =>
      collector.events.find((e) => e.type === 'kizuna.identity.membership.registered.v1' && e.subject === memberId),
    );
    await waitForHandled(stack, 'messaging', await redeliver(stack, 'kizuna.identity.membership', registered));
    expect(await networkMessages(token)).toHaveLength(1);

    const approved = await stack.graphql(
      stack.serviceUrl('identity'),
      'mutation($input: ApproveMembershipInput!) { approveMembership(input: $input) { errors { code } } }',
      { input: { memberId } },
      admin,
    );
    expect(approved.data?.approveMembership.errors).toEqual([]);
    const welcome = await stack.waitFor(async () => {
      const messages = await networkMessages(token);
      return messages.length === 2 ? messages : undefined;
    });
    expect(welcome.map((message) => message.body)).toEqual([greeting.body, '岡本 凛さん、承認されました。ようこそ！']);
    const approval = await stack.waitFor(async () =>
      collector.events.find((e) => e.type === 'kizuna.identity.membership.approved.v1' && e.subject === memberId),
    );
    await waitForHandled(stack, 'messaging', await redeliver(stack, 'kizuna.identity.membership', approval));
    expect(await networkMessages(token)).toHaveLength(2);
    await collector.stop();
  });

  it("sends nothing once switched off, and nothing to another network's registrants", async () => {
    expect((await set({ trigger: 'REGISTERED', enabled: false, templateId: welcomeId })).autoReply).toMatchObject({
      enabled: false,
      template: { id: welcomeId },
    });
    const quiet = await stack.register({ email: 'quiet.one@example.jp', displayName: '静 一' });
    const corpRegistrant = await stack.register({ email: 'corp.new@example.jp', displayName: 'Corp Newcomer', networkSlug: 'kizuna-corp' });
    // Both registrations are in the read model, so their events were handled.
    await stack.waitFor(
      async () =>
        (await stack.sql('SELECT 1 FROM messaging.members WHERE membership_id = ANY($1::uuid[])', [[quiet.memberId, corpRegistrant.memberId]])).length === 2,
    );
    expect(await networkMessages(quiet.token)).toEqual([]);
    expect(await networkMessages(corpRegistrant.token)).toEqual([]);
    expect(claimsOf(corpRegistrant.token).nid).not.toBe(claimsOf(admin).nid);
  });
});
