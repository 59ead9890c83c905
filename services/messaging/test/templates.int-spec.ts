import { claimsOf, startStack, type Stack } from '@kizuna/testing';

const TEMPLATE = 'id name body variables createdAt updatedAt';
const CREATE = `mutation($input: CreateMessageTemplateInput!) { createMessageTemplate(input: $input) { template { ${TEMPLATE} } errors { code field message } } }`;
const UPDATE = `mutation($input: UpdateMessageTemplateInput!) { updateMessageTemplate(input: $input) { template { ${TEMPLATE} } errors { code field message } } }`;
const DELETE = 'mutation($input: DeleteMessageTemplateInput!) { deleteMessageTemplate(input: $input) { deletedTemplateId errors { code field } } }';
const LIST = `query($first: Int, $after: String) { messageTemplates(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${TEMPLATE} } } } }`;
const PREVIEW = 'query($body: String!, $recipientId: ID!) { previewMessageTemplate(body: $body, recipientId: $recipientId) { text emptyVariables } }';

describe('messaging: message templates', () => {
  let stack: Stack;
  let url: string;
  let admin: string;
  let member: string;
  let corpAdmin: string;

  const mutate = async (query: string, input: Record<string, unknown>, token = admin) => {
    const result = await stack.graphql(url, query, { input }, token);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return Object.values(result.data!)[0] as {
      template: { id: string; name: string; body: string; variables: string[] } | null;
      deletedTemplateId?: string | null;
      errors: { code: string; field: string | null; message: string }[];
    };
  };
  const names = async (token = admin) =>
    ((await stack.graphql(url, LIST, { first: 50 }, token)).data?.messageTemplates.edges ?? []).map((edge: { node: { name: string } }) => edge.node.name);

  beforeAll(async () => {
    stack = await startStack({ services: ['identity', 'directory', 'messaging'], seed: 'demo' });
    url = stack.serviceUrl('messaging');
    admin = await stack.signInAdmin();
    member = await stack.signIn('hanako.sato@demo.kizuna.dev', stack.demo.memberPassword);
    corpAdmin = await stack.signInAdmin('otherNetwork');
  });
  afterAll(() => stack?.stop());

  it('creates, lists, changes and deletes templates, listing the variables each uses', async () => {
    const created = await mutate(CREATE, {
      name: '総会のご案内',
      body: '{{name}}様\n{{network}}より総会のご案内です。{{profile.employer | "職場"}}の皆さまにもよろしく。',
    });
    expect(created.errors).toEqual([]);
    expect(created.template).toMatchObject({ name: '総会のご案内', variables: ['name', 'network', 'profile.employer'] });
    await mutate(CREATE, { name: 'Welcome', body: 'Welcome, {{name}}!' });
    expect(await names()).toEqual(['Welcome', '総会のご案内']);

    const changed = await mutate(UPDATE, { id: created.template!.id, name: '総会のご案内 2026', body: '{{profile.custom.club | "部活"}}の皆さまへ' });
    expect(changed.template).toMatchObject({ name: '総会のご案内 2026', variables: ['profile.custom.club'] });
    const read = await stack.graphql(url, `query($id: ID!) { messageTemplate(id: $id) { ${TEMPLATE} } }`, { id: created.template!.id }, admin);
    expect(read.data?.messageTemplate).toMatchObject({ body: '{{profile.custom.club | "部活"}}の皆さまへ' });

    expect((await mutate(DELETE, { id: created.template!.id })).deletedTemplateId).toBe(created.template!.id);
    expect(await names()).toEqual(['Welcome']);
    expect((await mutate(DELETE, { id: created.template!.id })).errors).toEqual([{ code: 'NOT_FOUND', field: 'id' }]);
  });

  it('refuses a taken name (ignoring case), unknown variables and broken braces, and stores nothing', async () => {
    const before = await names();
    expect((await mutate(CREATE, { name: 'WELCOME', body: 'hi' })).errors).toEqual([expect.objectContaining({ code: 'CONFLICT', field: 'name' })]);
    const bad = await mutate(CREATE, { name: 'Bad', body: 'こんにちは{{nickname}}、{{profile.salary}} {{name' });
    expect(bad.template).toBeNull();
    expect(bad.errors.map((error) => [error.code, error.field])).toEqual([
      ['VALIDATION', 'body'],
      ['VALIDATION', 'body'],
      ['VALIDATION', 'body'],
    ]);
    expect(bad.errors[0].message).toMatch(/character 6.*nickname/);
    expect(bad.errors[2].message).toMatch(/not closed/);
    expect((await mutate(CREATE, { name: ' ', body: '' })).errors.map((error) => error.field)).toEqual(['name', 'body']);
    expect((await mutate(CREATE, { name: 'Long', body: 'あ'.repeat(5001) })).errors).toEqual([expect.objectContaining({ code: 'VALIDATION', field: 'body' })]);
    expect(await names()).toEqual(before);
  });

  it('previews a template for a member of the network with their name, network and profile', async () => {
    const taro = await stack.signIn('ichiro.suzuki@demo.kizuna.dev', stack.demo.memberPassword);
    const directory = stack.serviceUrl('directory');
    const saved = await stack.graphql(
      directory,
      'mutation($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { errors { code field } } }',
      { input: { employer: '株式会社きずな', entryYear: 2010 } },
      taro,
    );
    expect(saved.data?.updateMyProfile.errors).toEqual([]);
    const recipientId = claimsOf(taro).mid;
    const body = '{{name}}様（{{profile.entryYear}}年卒・{{profile.employer}}）\n{{network}}です。{{profile.department | "ご所属"}}の近況をお聞かせください。';
    const preview = await stack.waitFor(async () => {
      const result = (await stack.graphql(url, PREVIEW, { body, recipientId }, admin)).data?.previewMessageTemplate;
      return result?.text.includes('株式会社きずな') ? result : undefined;
    });
    expect(preview).toEqual({
      text: '鈴木 一郎様（2010年卒・株式会社きずな）\n絆大学 同窓会 (Kizuna University Alumni)です。ご所属の近況をお聞かせください。',
      emptyVariables: ['profile.department'],
    });
  });

  it("previews only for members of the viewer's network, and refuses a broken body", async () => {
    const corpMember = claimsOf(corpAdmin).mid;
    const other = await stack.graphql(url, PREVIEW, { body: '{{name}}', recipientId: corpMember }, admin);
    expect(other.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(other.data).toBeNull();
    const broken = await stack.graphql(url, PREVIEW, { body: '{{nam}}', recipientId: claimsOf(member).mid }, admin);
    expect(broken.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it("keeps each network's templates to itself and refuses members without the permission", async () => {
    expect(await names(corpAdmin)).toEqual([]);
    const welcome = (await stack.graphql(url, LIST, {}, admin)).data?.messageTemplates.edges[0].node.id;
    expect((await stack.graphql(url, `query($id: ID!) { messageTemplate(id: $id) { id } }`, { id: welcome }, corpAdmin)).data?.messageTemplate).toBeNull();
    expect((await mutate(UPDATE, { id: welcome, name: 'x', body: 'y' }, corpAdmin)).errors).toEqual([expect.objectContaining({ code: 'NOT_FOUND' })]);
    expect((await mutate(DELETE, { id: welcome }, corpAdmin)).errors).toEqual([expect.objectContaining({ code: 'NOT_FOUND' })]);

    for (const [query, variables] of [
      ['{ messageTemplates { totalCount } }', {}],
      [PREVIEW, { body: 'x', recipientId: claimsOf(member).mid }],
      [CREATE, { input: { name: 'Nope', body: 'x' } }],
      [DELETE, { input: { id: welcome } }],
    ] as const) {
      expect((await stack.graphql(url, query, variables, member)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect(await names()).toEqual(['Welcome']);
  });
});
