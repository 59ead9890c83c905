import { createTestDatabase, freePort } from '@kizuna/testing';
import { startTsProcess, waitForHttp } from '@kizuna/stack';

/** The service kit's behaviour, seen from outside a real service process (identity). */
describe('a subgraph service process', () => {
  let database: { url: string; drop(): Promise<void> };

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database?.drop());

  it('refuses to start without its settings and names them', async () => {
    const service = startTsProcess({ name: 'identity', entry: 'services/identity/src/main.ts', env: { PORT: '', DATABASE_URL: '' }, quiet: true });
    let stderr = '';
    service.child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    expect(await service.exited).toBe(78);
    expect(stderr).toMatch(/PORT is required/);
    expect(stderr).toMatch(/DATABASE_URL is required/);
  });

  it('answers health checks, turns bad requests into GraphQL errors and shuts down cleanly', async () => {
    const port = await freePort();
    const service = startTsProcess({
      name: 'identity',
      entry: 'services/identity/src/main.ts',
      env: { PORT: String(port), DATABASE_URL: database.url, KAFKA_BROKERS: '', LOG_LEVEL: 'warn' },
      quiet: true,
    });
    const base = `http://127.0.0.1:${port}`;
    await waitForHttp(`${base}/readyz`, { process: service });
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: 'ok', service: 'identity' });
    expect(await (await fetch(`${base}/readyz`)).json()).toMatchObject({ status: 'ready', database: 'ok', events: 'ok' });

    const malformed = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toEqual({ errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] });

    const invalid = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ nope }' }) });
    const invalidBody = (await invalid.json()) as { errors: { extensions: { code: string } }[] };
    expect(invalidBody.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');

    const expired = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer not.a.token' },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(expired.status).toBe(401);
    expect(((await expired.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('UNAUTHENTICATED');

    // Still serving after all of that.
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    service.child.kill('SIGTERM');
    expect(await service.exited).toBe(0);
  });
});
