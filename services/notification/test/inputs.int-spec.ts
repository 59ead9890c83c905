import { claimsOf, fuzzEveryOperation, memberEntities, startStack, type Stack } from '@kizuna/testing';

describe('notification: clean input', () => {
  let stack: Stack;
  let url: string;
  let member: string;

  beforeAll(async () => {
    stack = await startStack({ services: ['identity', 'notification'], seed: 'demo' });
    url = stack.serviceUrl('notification');
    member = await stack.signIn('taro.yamada@demo.kizuna.dev', stack.demo.memberPassword);
  });
  afterAll(() => stack?.stop());

  it("refuses page sizes below 1 or over the maximum, naming the maximum, and keeps the member when another's notifications are refused", async () => {
    const mine = claimsOf(member).mid;
    for (const first of [-1, 0, 100000]) {
      const result = await memberEntities(stack, url, [mine], `id notifications(first: ${first}) { totalCount }`, member);
      expect(result.data?._entities).toEqual([{ id: mine, notifications: null }]);
      expect(result.errors?.map((error) => [error.extensions?.code, error.extensions?.field, error.extensions?.maximum])).toEqual([
        ['BAD_USER_INPUT', 'first', 100],
      ]);
    }
    const admin = await stack.signInAdmin();
    const others = await memberEntities(stack, url, [mine], 'id notifications { totalCount }', admin);
    expect(others.data?._entities).toEqual([{ id: mine, notifications: null }]);
    expect(others.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
  });

  it('answers every operation, with any strings and numbers, as anyone, without an internal error', async () => {
    const entities = [{ __typename: 'Member', id: claimsOf(member).mid }];
    expect(
      await fuzzEveryOperation(url, { callers: { anonymous: undefined, member, admin: await stack.signInAdmin() }, entities, headers: stack.gatewayHeaders }),
    ).toEqual([]);
  }, 600_000);
});
