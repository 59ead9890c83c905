import net from 'node:net';
import { startStack, type Stack } from '@kizuna/testing';
import { postRaw } from './support';

/**
 * The gateway as the internet sees it in production (NODE_ENV=production): bodies over 1 MB and
 * trickled requests are cut off, the schema is not given away (no introspection, no "Did you
 * mean" hints), its responses may not be framed or sniffed, and the subgraphs behind it answer
 * nobody else.
 */
describe('gateway transport in production', () => {
  let stack: Stack;
  let gateway: string;

  beforeAll(async () => {
    stack = await startStack({ seed: 'demo', gatewayEnv: { NODE_ENV: 'production', HTTP_REQUEST_TIMEOUT_MS: '1500', HTTP_HEADERS_TIMEOUT_MS: '1500' } });
    gateway = stack.gatewayUrl!;
  }, 240_000);

  afterAll(async () => {
    await stack?.stop();
  }, 60_000);

  it('refuses a /graphql body over 1 MB with 413 and a GraphQL error, and still answers one under it', async () => {
    const pad = (megabytes: number) => JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(megabytes * 1024 * 1024) } });
    const tooLarge = await postRaw(gateway, pad(2));
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body).toEqual({ errors: [{ message: 'The request body is too large.', extensions: { code: 'BAD_REQUEST' } }] });
    const fine = await postRaw(gateway, pad(0.9));
    expect([fine.status, fine.body]).toEqual([200, { data: { __typename: 'Query' } }]);
  });

  it('closes a connection whose body trickles in past the request timeout', async () => {
    const { hostname, port } = new URL(gateway);
    const socket = net.connect({ host: hostname, port: Number(port) });
    await new Promise((resolve) => socket.once('connect', resolve));
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
    const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    const body = JSON.stringify({ query: '{ __typename }' });
    socket.write(`POST /graphql HTTP/1.1\r\nHost: ${hostname}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`);
    let sent = 0;
    const trickle = setInterval(() => {
      if (sent < body.length && !socket.destroyed) socket.write(body[sent++]);
    }, 250);
    try {
      await closed;
      expect(sent).toBeLessThan(body.length);
      expect(answer).toMatch(/^HTTP\/1\.1 408/);
    } finally {
      clearInterval(trickle);
      socket.destroy();
    }
    // Everyone else is still served.
    expect((await postRaw(gateway, JSON.stringify({ query: '{ __typename }' }))).status).toBe(200);
  });

  it('answers no introspection and names no field, type or value the caller did not ask for', async () => {
    const ask = async (query: string, variables?: Record<string, unknown>) =>
      JSON.stringify((await postRaw(gateway, JSON.stringify({ query, variables }))).body);
    expect(await ask('{ __schema { types { name } } }')).toMatch(/introspection/i);
    expect(await ask('{ __type(name: "Member") { fields { name } } }')).toMatch(/introspection/i);
    const typo = await ask('{ netwrk(slug: "demo") { name } }');
    expect(typo).toContain('Cannot query field \\"netwrk\\" on type \\"Query\\".');
    const inputTypo = await ask('mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }', {
      input: { emial: 'a@example.jp', password: 'x', networkSlug: 'demo' },
    });
    expect(inputTypo).toMatch(/emial/);
    for (const answer of [typo, inputTypo]) expect(answer).not.toMatch(/Did you mean/);
  });

  it('sends headers that keep its responses from being framed, sniffed or loading anything', async () => {
    const post = await fetch(gateway, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
    const page = await fetch(gateway, { headers: { accept: 'text/html' } });
    for (const response of [post, page]) {
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
      expect(response.headers.get('x-powered-by')).toBeNull();
    }
  });

  it('keeps the subgraphs to itself: a direct call without its secret is refused, introspection and _service included', async () => {
    for (const query of ['{ _service { sdl } }', '{ __schema { queryType { name } } }', '{ network(slug: "demo") { name } }']) {
      const direct = await postRaw(stack.serviceUrl('identity'), JSON.stringify({ query }));
      expect([direct.status, direct.body]).toEqual([
        403,
        { errors: [{ message: 'This service answers the Kizuna gateway only.', extensions: { code: 'FORBIDDEN' } }] },
      ]);
    }
    const throughGateway = await postRaw(gateway, JSON.stringify({ query: '{ network(slug: "demo") { name } }' }));
    expect(throughGateway.body).toEqual({ data: { network: { name: expect.any(String) } } });
  });
});
