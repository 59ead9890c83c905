import { claimsOf, fuzzEveryOperation, memberEntities, startStack, type Stack } from '@kizuna/testing';

describe('content: clean input', () => {
  let stack: Stack;
  let url: string;

  beforeAll(async () => {
    stack = await startStack({ services: ['identity', 'content'], seed: 'demo' });
    url = stack.serviceUrl('content');
  });
  afterAll(() => stack?.stop());

  it('keeps a pending applicant\'s member when its article count is refused to them (me { publishedArticleCount })', async () => {
    const { token, memberId } = await stack.register({ email: 'pending.writer@example.jp', displayName: '申請 次郎' });
    const result = await memberEntities(stack, url, [memberId], 'id publishedArticleCount', token);
    expect(result.data?._entities).toEqual([{ id: claimsOf(token).mid, publishedArticleCount: null }]);
    expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
  });

  it('answers every operation, with any strings and numbers, as anyone, without an internal error', async () => {
    const callers = { anonymous: undefined, member: await stack.signIn('hanako.sato@demo.kizuna.dev', stack.demo.memberPassword), admin: await stack.signInAdmin() };
    expect(await fuzzEveryOperation(url, { callers, headers: stack.gatewayHeaders })).toEqual([]);
  });
});
