import { fuzzEveryOperation, startStack, type Stack } from '@kizuna/testing';

describe('recruitment: clean input', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack({ services: ['identity', 'recruitment'], seed: 'demo' });
  });
  afterAll(() => stack?.stop());

  it('answers every operation, with any strings and numbers, as anyone, without an internal error', async () => {
    const callers = {
      anonymous: undefined,
      member: await stack.signIn('taro.yamada@demo.kizuna.dev', stack.demo.memberPassword),
      admin: await stack.signInAdmin(),
    };
    expect(await fuzzEveryOperation(stack.serviceUrl('recruitment'), { callers, headers: stack.gatewayHeaders })).toEqual([]);
  }, 600_000);
});
