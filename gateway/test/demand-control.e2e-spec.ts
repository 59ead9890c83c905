import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SERVICE_NAMES, startStack, type Stack } from '@kizuna/testing';
import { postRaw, subscribe } from './support';

type DemandError = { message: string; extensions?: { code?: string; limit?: string; measured?: number; allowed?: number } };

/** Demand control with every service running: refused operations never reach a subgraph. */
describe('gateway demand control', () => {
  let stack: Stack;
  let gateway: string;
  let adminToken: string;
  let memberToken: string;
  let otherMemberToken: string;
  let counter = 0;

  beforeAll(async () => {
    stack = await startStack({ seed: 'demo' });
    gateway = stack.gatewayUrl!;
    adminToken = await stack.signInAdmin();
    memberToken = await stack.signIn('hanako.sato@demo.kizuna.dev', stack.demo.memberPassword);
    otherMemberToken = await stack.signIn('ichiro.suzuki@demo.kizuna.dev', stack.demo.memberPassword);
  }, 240_000);

  afterAll(async () => {
    await stack?.stop();
  }, 60_000);

  const requestId = (label: string) => `demand-${label}-${Date.now()}-${++counter}`;

  async function post(query: string, options: { token?: string; id?: string; variables?: Record<string, unknown> } = {}) {
    const headers: Record<string, string> = { 'x-request-id': options.id ?? requestId('op') };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    return postRaw(gateway, JSON.stringify({ query, variables: options.variables }), headers);
  }

  function subgraphLogs(): string {
    const names = new Set(SERVICE_NAMES.map((name) => `${name}.log`));
    return readdirSync(stack.logDir)
      .filter((file) => names.has(file))
      .map((file) => readFileSync(join(stack.logDir, file), 'utf8'))
      .join('\n');
  }

  /** After a later request reached identity and the directory, no subgraph has logged any of `ids`. */
  async function expectNoSubgraphSaw(ids: string[]) {
    const marker = requestId('marker');
    const answer = await post('{ me { displayName profile { displayName } } }', { token: memberToken, id: marker });
    expect(answer.status).toBe(200);
    await stack.waitFor(async () => ['identity.log', 'directory.log'].every((file) => readFileSync(join(stack.logDir, file), 'utf8').includes(marker)), 10_000);
    const logs = subgraphLogs();
    for (const id of ids) expect(logs).not.toContain(id);
  }

  const measuredOf = (response: { body: { errors?: DemandError[] } }) => response.body.errors?.[0]?.extensions?.measured;

  function expectRefused(response: { status: number; body: { data?: unknown; errors?: DemandError[] } }, limit: string, allowed: number) {
    expect(response.status).toBe(400);
    expect(response.body.data).toBeUndefined();
    expect(response.body.errors).toEqual([
      {
        message: expect.stringContaining(`at most ${allowed} allowed`),
        extensions: { code: 'DEMAND_LIMIT_EXCEEDED', limit, measured: expect.any(Number), allowed },
      },
    ]);
    expect(measuredOf(response)).toBeGreaterThan(allowed);
  }

  it('refuses 1,000 aliased directory searches of an approved member, while another member is served', async () => {
    const aliased = (count: number) => Array.from({ length: count }, (_, i) => `s${i}: directory(filter: { text: "やまだ" }) { totalCount }`).join(' ');
    const id = requestId('directory-aliases');
    const [refused, other] = await Promise.all([
      post(`{ ${aliased(1000)} }`, { token: memberToken, id }),
      post('{ myProfile { displayName } }', { token: otherMemberToken }),
    ]);
    expectRefused(refused, 'tokens', 5000);
    expect(other.status).toBe(200);
    expect(other.body).toEqual({ data: { myProfile: { displayName: expect.any(String) } } });
    // Fewer, within the token limit: the alias limit.
    const fewer = requestId('directory-40-aliases');
    const refusedFewer = await post(`{ ${aliased(40)} }`, { token: memberToken, id: fewer });
    expectRefused(refusedFewer, 'aliases', 30);
    expect(measuredOf(refusedFewer)).toBe(40);
    await expectNoSubgraphSaw([id, fewer]);
  });

  it('refuses anonymous 0.9 MB documents of 50,000 aliased __typename at the token limit, while another client is served', async () => {
    const document = `{ ${Array.from({ length: 50_000 }, (_, i) => `t${i}: __typename`).join(' ')} }`;
    expect(document.length).toBeGreaterThan(800_000);
    const ids = [0, 1, 2, 3].map((i) => requestId(`typename-${i}`));
    const [network, ...refused] = await Promise.all([post('{ network(slug: "demo") { name } }'), ...ids.map((id) => post(document, { id }))]);
    for (const response of refused) {
      expectRefused(response, 'tokens', 5000);
      expect(response.body.errors![0].message).toContain('at least 5001 tokens');
    }
    expect(network).toMatchObject({ status: 200, body: { data: { network: { name: expect.any(String) } } } });
    await expectNoSubgraphSaw(ids);
  });

  it('refuses anonymous aliases of network(slug) — 100, 1,000, 25,000 — with a typed error, never a 500', async () => {
    const aliases = (count: number) => `{ ${Array.from({ length: count }, (_, i) => `n${i}: network(slug: "demo") { name }`).join(' ')} }`;
    const ids = [requestId('network-100'), requestId('network-1000'), requestId('network-25000')];
    expectRefused(await post(aliases(100), { id: ids[0] }), 'aliases', 30);
    expectRefused(await post(aliases(1000), { id: ids[1] }), 'tokens', 5000);
    expectRefused(await post(aliases(25_000), { id: ids[2] }), 'tokens', 5000);
    await expectNoSubgraphSaw(ids);
  });

  it('refuses deep nesting by its depth', async () => {
    const id = requestId('deep');
    const deep = `{ message(id: "00000000-0000-4000-8000-000000000000") { ${'replyTo { '.repeat(20)}id${' }'.repeat(20)} } }`;
    expectRefused(await post(deep, { token: memberToken, id }), 'depth', 15);
    await expectNoSubgraphSaw([id]);
  });

  it('refuses an operation over the caller class budget, and lets an admin run it', async () => {
    const query = 'query Inbox($n: Int) { conversations(first: $n) { edges { node { id messages(last: 50) { edges { node { id } } } } } } }';
    const id = requestId('cost');
    const refused = await post(query, { token: memberToken, id, variables: { n: 50 } });
    expectRefused(refused, 'cost', 2000);
    expect(measuredOf(refused)).toBe(5 + 1 + 50 * (1 + 1 + 1 + 50 * 2));
    const smaller = await post(query, { token: memberToken, variables: { n: 5 } });
    expect(smaller.status).toBe(200);
    expect(smaller.body.errors).toBeUndefined();
    const admin = await post(query, { token: adminToken, variables: { n: 50 } });
    expect(admin.status).toBe(200);
    expect(admin.body.errors).toBeUndefined();
    await expectNoSubgraphSaw([id]);
  });

  it('serves the web client’s directory page to a member and its segments page to an admin, logging estimated and actual cost', async () => {
    // As web/src/directory/directory.api.ts and web/src/directory/admin/crm.api.ts send them.
    const directory = `query Directory($filter: DirectoryFilter, $sort: DirectorySort, $first: Int, $after: String) {
      directory(filter: $filter, sort: $sort, first: $first, after: $after) {
        edges { cursor node { memberId displayName nameKana nameRomaji headline photoUrl entryYear department employer jobTitle location skills } }
        pageInfo { hasNextPage endCursor }
        totalCount
        fuzzy
      }
    }`;
    const id = requestId('web-directory');
    const member = await post(directory, { token: memberToken, id, variables: { first: 20 } });
    expect(member.status).toBe(200);
    expect(member.body.errors).toBeUndefined();
    expect((member.body.data as { directory: { totalCount: number } }).directory.totalCount).toBeGreaterThan(0);

    const segments = 'query Segments { segments(first: 200) { totalCount edges { node { id name description filter memberCount } } } }';
    const asMember = await post(segments, { token: memberToken });
    expectRefused(asMember, 'cost', 2000);
    const asAdmin = await post(segments, { token: adminToken });
    expect(asAdmin.status).toBe(200);
    expect(asAdmin.body.errors).toBeUndefined();

    const gatewayLog = readdirSync(stack.logDir).find((file) => file.startsWith('gateway-'))!;
    await stack.waitFor(async () => readFileSync(join(stack.logDir, gatewayLog), 'utf8').includes(id), 10_000);
    const line = readFileSync(join(stack.logDir, gatewayLog), 'utf8')
      .split('\n')
      .filter((text) => text.includes(id) && text.includes('request finished'))
      .map((text) => JSON.parse(text) as { estimatedCost?: number; actualCost?: number })[0];
    const edges = (member.body.data as { directory: { edges: unknown[] } }).directory.edges.length;
    // directory's weight, the connection, pageInfo, then an edge and its node per member.
    expect(line).toMatchObject({ estimatedCost: 20 + 1 + 1 + 20 * 2, actualCost: 20 + 1 + 1 + edges * 2 });
  });

  it('applies the same limits to subscriptions over the WebSocket', async () => {
    const aliased = subscribe(gateway, memberToken, `subscription { notificationAdded { ${Array.from({ length: 40 }, (_, i) => `a${i}: id`).join(' ')} } }`);
    const huge = subscribe(gateway, memberToken, `subscription { notificationAdded { ${'__typename '.repeat(6000)} } }`);
    const fine = subscribe(gateway, memberToken, 'subscription { notificationAdded { id title } }');
    try {
      await stack.waitFor(async () => aliased.errors.length > 0 && huge.errors.length > 0, 10_000);
      expect(aliased.errors).toEqual([
        [expect.objectContaining({ extensions: { code: 'DEMAND_LIMIT_EXCEEDED', limit: 'aliases', measured: 40, allowed: 30 } })],
      ]);
      expect(huge.errors).toEqual([
        [expect.objectContaining({ extensions: { code: 'DEMAND_LIMIT_EXCEEDED', limit: 'tokens', measured: 5001, allowed: 5000 } })],
      ]);
      await fine.connected;
      expect(fine.errors).toEqual([]);
    } finally {
      await Promise.all([aliased.dispose(), huge.dispose(), fine.dispose()]);
    }
  });
});
