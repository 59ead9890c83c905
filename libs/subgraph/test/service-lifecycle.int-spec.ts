import { randomBytes } from 'node:crypto';
import net from 'node:net';
import { createTestDatabase, freePort } from '@kizuna/testing';
import { startTsProcess, waitForHttp } from '@kizuna/stack';
import { GATEWAY_SECRET_HEADER } from '@kizuna/runtime';

const GATEWAY_SECRET = randomBytes(32).toString('hex');
const asGateway = { 'content-type': 'application/json', [GATEWAY_SECRET_HEADER]: GATEWAY_SECRET };

/** Starts identity with these settings and waits until it is ready. */
async function startIdentity(databaseUrl: string, env: Record<string, string> = {}) {
  const port = await freePort();
  const service = startTsProcess({
    name: 'identity',
    entry: 'services/identity/src/main.ts',
    env: { PORT: String(port), DATABASE_URL: databaseUrl, KAFKA_BROKERS: '', LOG_LEVEL: 'warn', GATEWAY_SECRET, ...env },
    quiet: true,
  });
  const base = `http://127.0.0.1:${port}`;
  await waitForHttp(`${base}/readyz`, { process: service });
  return { service, base, port };
}

async function stopped(service: ReturnType<typeof startTsProcess>) {
  service.child.kill('SIGTERM');
  return service.exited;
}

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
    const { service, base } = await startIdentity(database.url);
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: 'ok', service: 'identity' });
    expect(await (await fetch(`${base}/readyz`)).json()).toMatchObject({ status: 'ready', database: 'ok', events: 'ok' });

    const malformed = await fetch(`${base}/graphql`, { method: 'POST', headers: asGateway, body: '{"query": ' });
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toEqual({ errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] });

    const invalid = await fetch(`${base}/graphql`, { method: 'POST', headers: asGateway, body: JSON.stringify({ query: '{ nope }' }) });
    const invalidBody = (await invalid.json()) as { errors: { extensions: { code: string } }[] };
    expect(invalidBody.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');

    const expired = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { ...asGateway, authorization: 'Bearer not.a.token' },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(expired.status).toBe(401);
    expect(((await expired.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('UNAUTHENTICATED');

    // Still serving after all of that.
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    service.child.kill('SIGTERM');
    expect(await service.exited).toBe(0);
  });

  it('answers the gateway only: no secret or a wrong one is refused, public operations and introspection included', async () => {
    const { service, base, port } = await startIdentity(database.url);
    const post = (query: string, headers: Record<string, string>) =>
      fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
    const refused = { errors: [{ message: 'This service answers the Kizuna gateway only.', extensions: { code: 'FORBIDDEN' } }] };
    for (const query of ['{ _service { sdl } }', '{ __schema { types { name } } }', '{ network(slug: "demo") { name } }']) {
      const wrongOrNone: Record<string, string>[] = [{}, { [GATEWAY_SECRET_HEADER]: 'guess' }, { [GATEWAY_SECRET_HEADER]: GATEWAY_SECRET.slice(0, -1) }];
      for (const headers of wrongOrNone) {
        const response = await post(query, headers);
        expect(response.status).toBe(403);
        expect(await response.json()).toEqual(refused);
      }
    }
    const sdl = (await (await post('{ _service { sdl } }', { [GATEWAY_SECRET_HEADER]: GATEWAY_SECRET })).json()) as { data: { _service: { sdl: string } } };
    expect(sdl.data._service.sdl).toContain('type Query');
    // Health checks stay open to the orchestrator.
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    // It listens on loopback only (BIND_ADDRESS's default): another of this machine's addresses is not served.
    const reached = await new Promise<boolean>((resolve) => {
      const socket = net.connect({ host: '127.0.0.2', port }, () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    expect(reached).toBe(false);
    expect(await stopped(service)).toBe(0);
  });

  it('cuts off a request whose body trickles in past HTTP_REQUEST_TIMEOUT_MS', async () => {
    const { service, port } = await startIdentity(database.url, { HTTP_REQUEST_TIMEOUT_MS: '1000', HTTP_HEADERS_TIMEOUT_MS: '1000' });
    const socket = net.connect({ host: '127.0.0.1', port });
    await new Promise((resolve) => socket.once('connect', resolve));
    const closed = new Promise<string>((resolve) => {
      let answer = '';
      socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
      socket.once('close', () => resolve(answer));
    });
    const body = JSON.stringify({ query: '{ __typename }' });
    socket.write(
      `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n${GATEWAY_SECRET_HEADER}: ${GATEWAY_SECRET}\r\nContent-Length: ${body.length}\r\n\r\n`,
    );
    // One byte every 200 ms: the whole body would take seconds; the server gives up and closes.
    let sent = 0;
    const trickle = setInterval(() => {
      if (sent < body.length && !socket.destroyed) socket.write(body[sent++]);
    }, 200);
    try {
      const answer = await closed;
      expect(sent).toBeLessThan(body.length);
      expect(answer).toMatch(/^HTTP\/1\.1 408/);
    } finally {
      clearInterval(trickle);
      socket.destroy();
    }
    expect(await stopped(service)).toBe(0);
  });

  it('serves at most HTTP_MAX_CONNECTIONS connections at once and closes further ones', async () => {
    // Idle connections (the readiness check's) close at once, so only this test's sockets count.
    const { service, port } = await startIdentity(database.url, { HTTP_MAX_CONNECTIONS: '2', HTTP_KEEP_ALIVE_TIMEOUT_MS: '100' });
    await new Promise((resolve) => setTimeout(resolve, 500));
    const open = () =>
      new Promise<net.Socket>((resolve, reject) => {
        const socket = net.connect({ host: '127.0.0.1', port }, () => resolve(socket));
        socket.once('error', reject);
      });
    const closedSoon = (socket: net.Socket) =>
      new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(false), 1_000);
        socket.once('close', () => {
          clearTimeout(timer);
          resolve(true);
        });
      });
    const held = [await open(), await open()];
    const third = await open();
    expect(await closedSoon(third)).toBe(true);
    expect(await Promise.all(held.map(closedSoon))).toEqual([false, false]);
    for (const socket of held) socket.destroy();
    // Once they are gone, a new connection is served.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    expect(await stopped(service)).toBe(0);
  });

  it('in production: needs GATEWAY_SECRET, answers no introspection and names no fields it was not asked for', async () => {
    const withoutSecret = startTsProcess({
      name: 'identity',
      entry: 'services/identity/src/main.ts',
      env: { PORT: String(await freePort()), DATABASE_URL: database.url, KAFKA_BROKERS: '', NODE_ENV: 'production', GATEWAY_SECRET: '' },
      quiet: true,
    });
    let stderr = '';
    withoutSecret.child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    expect(await withoutSecret.exited).toBe(78);
    expect(stderr).toMatch(/GATEWAY_SECRET is required in production/);

    const { service, base } = await startIdentity(database.url, { NODE_ENV: 'production' });
    const ask = async (query: string, variables?: Record<string, unknown>) =>
      (await (await fetch(`${base}/graphql`, { method: 'POST', headers: asGateway, body: JSON.stringify({ query, variables }) })).json()) as {
        errors?: { message: string }[];
      };
    const introspection = await ask('{ __schema { types { name } } }');
    expect(introspection.errors?.[0].message).toMatch(/introspection/i);
    const typo = await ask('{ netwrk(slug: "demo") { name } }');
    expect(typo.errors?.[0].message).toBe('Cannot query field "netwrk" on type "Query".');
    const wrongEnum = await ask('mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }', {
      input: { emial: 'a@b.jp', password: 'x', networkSlug: 'demo' },
    });
    expect(JSON.stringify(wrongEnum.errors)).not.toMatch(/Did you mean/);
    expect(await stopped(service)).toBe(0);
  });
});
