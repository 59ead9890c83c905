import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { auditServer } from 'graphql-http';
import { startTsProcess, waitForHttp } from '@kizuna/stack';
import { freePort, SERVICE_NAMES, startStack, type Stack } from '@kizuna/testing';
import { claimsOf, nowSeconds, postRaw, signWithIdentityKey, tamper } from './support';

/** The composed graph over HTTP, with every service running as its own process. */
describe('gateway over HTTP', () => {
  let stack: Stack;
  let gateway: string;
  let adminToken: string;

  beforeAll(async () => {
    stack = await startStack({ seed: 'demo' });
    gateway = stack.gatewayUrl!;
    adminToken = await stack.signInAdmin();
  }, 240_000);

  afterAll(async () => {
    await stack?.stop();
  }, 60_000);

  it('answers one query with fields from identity, directory and notification', async () => {
    const result = await stack.graphql(
      gateway,
      `{ me {
          id displayName email role
          profile { memberId displayName }
          notifications(first: 5) { totalCount unreadCount edges { node { id kind title } } }
        } }`,
      {},
      adminToken,
    );
    expect(result.errors).toBeUndefined();
    const me = result.data!.me;
    expect(me).toMatchObject({ id: claimsOf(adminToken).mid, email: stack.demo.admin.email, role: 'OWNER' });
    expect(me.profile).toEqual({ memberId: me.id, displayName: me.displayName });
    expect(typeof me.notifications.unreadCount).toBe('number');
    expect(me.notifications.totalCount).toBe(me.notifications.edges.length);
  });

  it('forwards the request id to the subgraphs and echoes it', async () => {
    const requestId = `e2e-${Date.now()}`;
    const response = await postRaw(gateway, JSON.stringify({ query: '{ me { displayName profile { displayName } } }' }), {
      authorization: `Bearer ${adminToken}`,
      'x-request-id': requestId,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe(requestId);
    await stack.waitFor(async () => {
      const logs = readdirSync(stack.logDir).filter((f) => f === 'identity.log' || f === 'directory.log');
      return logs.length === 2 && logs.every((f) => readFileSync(join(stack.logDir, f), 'utf8').includes(requestId));
    }, 10_000);
  });

  it('refuses a tampered token with UNAUTHENTICATED (401)', async () => {
    const forged = tamper(adminToken, { mid: '00000000-0000-4000-8000-000000000000' });
    const response = await postRaw(gateway, JSON.stringify({ query: '{ me { id } }' }), { authorization: `Bearer ${forged}` });
    expect(response.status).toBe(401);
    expect(response.body.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) })]);
    expect(response.body.data).toBeUndefined();
  });

  it('refuses an expired token with UNAUTHENTICATED (401)', async () => {
    const expired = await signWithIdentityKey(stack, claimsOf(adminToken), { issuedAt: nowSeconds() - 1200, expiresAt: nowSeconds() - 300 });
    const response = await postRaw(gateway, JSON.stringify({ query: '{ me { id } }' }), { authorization: `Bearer ${expired}` });
    expect(response.status).toBe(401);
    expect(response.body.errors).toEqual([{ message: 'Access token has expired', extensions: { code: 'UNAUTHENTICATED' } }]);
  });

  it('answers malformed JSON and invalid queries with GraphQL errors, and keeps serving', async () => {
    const malformed = await postRaw(gateway, '{"query": "{ me { id } }"');
    expect(malformed.status).toBe(400);
    expect(malformed.body).toEqual({ errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] });

    // A client that accepts application/graphql-response+json learns of a request that could not run from the status…
    const strict = { accept: 'application/graphql-response+json', authorization: `Bearer ${adminToken}` };
    const unknownField = await postRaw(gateway, JSON.stringify({ query: '{ me { shoeSize } }' }), strict);
    expect(unknownField.status).toBe(400);
    expect(unknownField.body.errors).toEqual([
      expect.objectContaining({ message: expect.stringContaining('shoeSize'), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }),
    ]);

    const syntax = await postRaw(gateway, JSON.stringify({ query: '{ me { id ' }), strict);
    expect(syntax.status).toBe(400);
    expect(syntax.body.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');

    // …one that accepts only application/json (or says nothing) gets 200 and the same errors (GraphQL over HTTP).
    for (const accept of ['application/json', undefined]) {
      const headers: Record<string, string> = { authorization: `Bearer ${adminToken}`, ...(accept ? { accept } : {}) };
      const plain = await postRaw(gateway, JSON.stringify({ query: '{ me { shoeSize } }' }), headers);
      expect(plain.status).toBe(200);
      expect(plain.body).toEqual({ errors: [expect.objectContaining({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } })] });
      const coercion = await postRaw(
        gateway,
        JSON.stringify({ query: 'query($slug: String!) { network(slug: $slug) { id } }', variables: { slug: 7 } }),
        headers,
      );
      expect(coercion.status).toBe(200);
      expect(coercion.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }

    const noQuery = await postRaw(gateway, JSON.stringify({ variables: {} }));
    expect(noQuery.status).toBe(400);
    expect(noQuery.body.errors?.[0].extensions?.code).toBe('BAD_REQUEST');

    const still = await stack.graphql(gateway, '{ me { displayName } }', {}, adminToken);
    expect(still).toEqual({ data: { me: { displayName: expect.any(String) } } });
  });

  it('conforms to GraphQL over HTTP (graphql-http audit: no failure, no warning)', async () => {
    const results = await auditServer({ url: gateway });
    const failed = results
      .filter((result) => result.status === 'error' || result.status === 'warn')
      .map((result) => `${result.id} ${result.name}: ${'reason' in result ? result.reason : ''}`);
    expect(failed).toEqual([]);
    expect(results.filter((result) => result.status === 'ok').length).toBeGreaterThanOrEqual(55);
  });

  it('hands a field error of a subgraph to the client with its path and code', async () => {
    const result = await stack.graphql(gateway, '{ me { id } }');
    expect(result.data).toEqual({ me: null });
    expect(result.errors).toEqual([expect.objectContaining({ path: ['me'], extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) })]);
    expect(JSON.stringify(result.errors)).not.toContain('http://'); // no internal URLs
  });

  it('is live and ready when the transport and every subgraph are', async () => {
    const base = gateway.replace(/\/graphql$/, '');
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: 'ok', service: 'gateway' });
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    const body = (await ready.json()) as { events: string; subgraphs: Record<string, string> };
    expect(body.events).toBe('ok');
    expect(Object.keys(body.subgraphs).sort()).toEqual(['content', 'directory', 'identity', 'messaging', 'notification', 'recruitment']);
    expect(Object.values(body.subgraphs).every((s) => s === 'ok')).toBe(true);
  });

  it('names a subgraph it cannot reach, without its address, and is not ready meanwhile', async () => {
    const port = await freePort();
    const identity = stack.serviceUrl('identity');
    const gatewayProcess = startTsProcess({
      name: 'gateway-without-directory',
      entry: 'gateway/src/main.ts',
      env: {
        PORT: String(port),
        JWKS_URL: identity.replace(/\/graphql$/, '/.well-known/jwks.json'),
        DATABASE_URL: stack.databaseUrl,
        KAFKA_BROKERS: stack.kafkaBrokers?.join(',') ?? '',
        TOPIC_PREFIX: stack.topicPrefix,
        LOG_LEVEL: 'warn',
        GATEWAY_SECRET: stack.gatewaySecret,
        ...Object.fromEntries(SERVICE_NAMES.map((name) => [`SUBGRAPH_${name.toUpperCase()}_URL`, stack.serviceUrl(name)])),
        SUBGRAPH_DIRECTORY_URL: 'http://127.0.0.1:9/graphql', // nothing listens there
      },
      logFile: join(stack.logDir, 'gateway-without-directory.log'),
    });
    try {
      await waitForHttp(`http://127.0.0.1:${port}/healthz`, { process: gatewayProcess, timeoutMs: 60_000 });
      const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
      expect(ready.status).toBe(503);
      expect(((await ready.json()) as { subgraphs: Record<string, string> }).subgraphs).toMatchObject({
        identity: 'ok',
        directory: expect.stringMatching(/^unreachable/),
      });

      const result = await stack.graphql(`http://127.0.0.1:${port}/graphql`, '{ me { displayName profile { displayName } } }', {}, adminToken);
      expect(result.data).toEqual({ me: { displayName: expect.any(String), profile: null } });
      expect(result.errors).toEqual([
        expect.objectContaining({
          message: 'The directory service could not be reached.',
          extensions: expect.objectContaining({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'directory' }),
        }),
      ]);
      expect(JSON.stringify(result)).not.toContain('127.0.0.1');
    } finally {
      await gatewayProcess.stop();
    }
  });
});
