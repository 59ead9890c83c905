import { claimsOf, fuzzEveryOperation, startStack, type GraphQLResult, type Stack } from '@kizuna/testing';

const START = 'mutation($input: StartDirectConversationInput!) { startDirectConversation(input: $input) { conversation { id } errors { code } } }';

const refusal = (result: GraphQLResult) => result.errors?.map((error) => [error.extensions?.code, error.extensions?.field]);

describe('messaging: clean input', () => {
  let stack: Stack;
  let url: string;
  let admin: string;
  let member: string;

  beforeAll(async () => {
    stack = await startStack({ services: ['identity', 'messaging'], seed: 'demo' });
    url = stack.serviceUrl('messaging');
    admin = await stack.signInAdmin();
    member = await stack.signIn('taro.yamada@demo.kizuna.dev', stack.demo.memberPassword);
    const ids = [admin, member].map((token) => claimsOf(token).mid);
    await stack.waitFor(async () => (await stack.sql('SELECT 1 FROM messaging.members WHERE membership_id = ANY($1::uuid[])', [ids])).length === ids.length);
  });
  afterAll(() => stack?.stop());

  it('refuses page sizes below 1 or over the maximum on every list, naming the maximum', async () => {
    for (const list of ['conversations', 'networkInbox', 'messageTemplates', 'bulkMessages', 'rooms', 'roomInvitations']) {
      for (const first of [-1, 0, 100000]) {
        const result = await stack.graphql(url, `query($first: Int) { ${list}(first: $first) { __typename } }`, { first }, admin);
        expect([list, first, refusal(result), typeof result.errors?.[0].extensions?.maximum]).toEqual([list, first, [['BAD_USER_INPUT', 'first']], 'number']);
      }
    }
    const stranger = await stack.graphql(
      url,
      'query($after: String) { conversations(after: $after) { totalCount } }',
      { after: Buffer.from('["yesterday", "x"]').toString('base64url') },
      admin,
    );
    expect(refusal(stranger)).toEqual([['BAD_USER_INPUT', 'after']]);
    const started = await stack.graphql(url, START, { input: { memberId: claimsOf(member).mid } }, admin);
    const id = started.data?.startDirectConversation.conversation.id;
    for (const [page, argument] of [
      ['last: -1', 'last'],
      ['last: 100000', 'last'],
      ['first: 0', 'first'],
      ['first: -1, last: 5', 'first'],
    ]) {
      const result = await stack.graphql(url, `query($id: ID!) { conversation(id: $id) { id messages(${page}) { edges { cursor } } } }`, { id }, admin);
      expect([page, refusal(result)]).toEqual([page, [['BAD_USER_INPUT', argument]]]);
    }
  });

  it('answers every operation, with any strings and numbers, as anyone, without an internal error', async () => {
    const started = await stack.graphql(url, START, { input: { memberId: claimsOf(member).mid } }, admin);
    const entities = [{ __typename: 'Conversation', id: started.data?.startDirectConversation.conversation.id }];
    expect(await fuzzEveryOperation(url, { callers: { anonymous: undefined, member, admin }, entities, headers: stack.gatewayHeaders })).toEqual([]);
  }, 600_000);
});
