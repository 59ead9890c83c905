import { startStack, type Stack } from '@kizuna/testing';

const CONVERSATIONS = `query { conversations(first: 10) { edges { node { kind title unreadCount lastMessage { body } } } } }`;
const AUTO_REPLIES = `query { autoReplies { trigger enabled template { name } } }`;

describe('messaging: the demo network of npm start', () => {
  let stack: Stack;
  afterAll(() => stack?.stop());

  it('greets a demo member with lively rooms, a direct message and a welcome auto-reply', async () => {
    stack = await startStack({ services: ['identity', 'messaging'], seed: 'demo', serviceEnv: { messaging: { SEED_DEMO: 'true' } } });
    const url = stack.serviceUrl('messaging');
    const taro = await stack.signIn('taro.yamada@demo.kizuna.dev', 'kizuna-demo-2026');
    const admin = await stack.signInAdmin();
    const autoReplies = async () => (await stack.graphql(url, AUTO_REPLIES, {}, admin)).data?.autoReplies ?? [];
    // The auto-reply is the seed's last step: once it is on, everything else is in place.
    await stack.waitFor(async () => (await autoReplies()).some((reply: { enabled: boolean }) => reply.enabled));
    const conversations = (await stack.graphql(url, CONVERSATIONS, {}, taro)).data?.conversations.edges.map((e: { node: unknown }) => e.node);
    expect(conversations).toHaveLength(4);
    expect(
      conversations
        .filter((c: { kind: string }) => c.kind === 'ROOM')
        .map((c: { title: string }) => c.title)
        .sort(),
    ).toEqual(['Startups & founders', '機械工学科 2015', '関西アルムナイ']);
    expect(conversations).toContainEqual({
      kind: 'DIRECT',
      title: '佐藤 花子',
      unreadCount: 1,
      lastMessage: { body: '太郎さん、先日の勉強会の資料を共有してもらえますか？' },
    });
    // Taro's own message is the last in the department room: nothing there is unread for him.
    expect(conversations).toContainEqual(expect.objectContaining({ title: '機械工学科 2015', unreadCount: 0 }));

    expect(await autoReplies()).toContainEqual({ trigger: 'APPROVED', enabled: true, template: { name: '承認のお知らせ' } });
    const [{ rooms }] = await stack.sql('SELECT count(*)::int AS rooms FROM messaging.rooms');
    expect(rooms).toBe(3);
  });
});
