import { claimsOf, fuzzEveryOperation, memberEntities, startStack, type Stack } from '@kizuna/testing';

describe('content: clean input', () => {
  let stack: Stack;
  let url: string;

  beforeAll(async () => {
    stack = await startStack({ services: ['identity', 'content'], seed: 'demo' });
    url = stack.serviceUrl('content');
  });
  afterAll(() => stack?.stop());

  it("keeps a pending applicant's member when its article count is refused to them (me { publishedArticleCount })", async () => {
    const { token, memberId } = await stack.register({ email: 'pending.writer@example.jp', displayName: '申請 次郎' });
    const result = await memberEntities(stack, url, [memberId], 'id publishedArticleCount', token);
    expect(result.data?._entities).toEqual([{ id: claimsOf(token).mid, publishedArticleCount: null }]);
    expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
  });

  it('refuses control characters in a post or comment before anything is stored, and takes line breaks and tabs', async () => {
    const member = await stack.signIn('hanako.sato@demo.kizuna.dev', stack.demo.memberPassword);
    const CREATE = 'mutation($input: CreatePostInput!) { createPost(input: $input) { post { id body } errors { code field } } }';
    const bell = await stack.graphql(url, CREATE, { input: { body: 'ring\u0007' } }, member);
    expect(bell.errors?.map((error) => [error.extensions?.code, error.extensions?.field])).toEqual([['BAD_USER_INPUT', 'input.body']]);
    expect(await stack.sql('SELECT 1 FROM content.posts')).toEqual([]);
    const lines = await stack.graphql(url, CREATE, { input: { body: '一行目\n\t二行目' } }, member);
    expect(lines.data?.createPost).toMatchObject({ post: { body: '一行目\n\t二行目' }, errors: [] });
  });

  it('answers every operation, with any strings and numbers, as anyone, without an internal error', async () => {
    const callers = {
      anonymous: undefined,
      member: await stack.signIn('hanako.sato@demo.kizuna.dev', stack.demo.memberPassword),
      admin: await stack.signInAdmin(),
    };
    expect(await fuzzEveryOperation(url, { callers, headers: stack.gatewayHeaders })).toEqual([]);
  });
});
