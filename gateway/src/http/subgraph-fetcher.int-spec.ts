import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { subgraphFetcher } from './subgraph-fetcher';

/** The subgraph HTTP client against a real local HTTP server. */
describe('subgraph fetcher', () => {
  let server: http.Server;
  let base: string;
  const fetcher = subgraphFetcher({ timeoutMs: 300 });
  const deduplicating = subgraphFetcher({ timeoutMs: 1_000, deduplicate: true });
  let slowRequests = 0;

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString();
        if (req.url === '/ok') {
          res.setHeader('content-type', 'application/json; charset=utf-8');
          res.setHeader('cache-control', 'private, max-age=0');
          res.end(JSON.stringify({ data: { echo: JSON.parse(body), auth: req.headers.authorization ?? null } }));
        } else if (req.url === '/graphql-401') {
          res.writeHead(401, { 'content-type': 'application/graphql-response+json' });
          res.end(JSON.stringify({ errors: [{ message: 'Sign in to continue', path: ['me'], extensions: { code: 'UNAUTHENTICATED' } }], data: { me: null } }));
        } else if (req.url === '/slow') {
          slowRequests += 1;
          setTimeout(
            () =>
              res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: { n: slowRequests, auth: req.headers.authorization } })),
            100,
          );
        } else if (req.url === '/html-502') {
          res.writeHead(502, { 'content-type': 'text/html' });
          res.end('<h1>Bad gateway</h1>');
        }
        // '/hang' never answers
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    fetcher.destroy();
    deduplicating.destroy();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('posts the request with its headers and reads the whole answer', async () => {
    const response = await fetcher(`${base}/ok`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer t' },
      body: '{"query":"{ a }"}',
    });
    expect(response.ok).toBe(true);
    expect(response.headers.get('Cache-Control')).toBe('private, max-age=0');
    expect(await response.json()).toEqual({ data: { echo: { query: '{ a }' }, auth: 'Bearer t' } });
  });

  it('hands on a GraphQL answer sent with an error status as a GraphQL answer', async () => {
    const response = await fetcher(`${base}/graphql-401`, { method: 'POST', headers: {}, body: '{}' });
    expect(response.status).toBe(200);
    expect((await response.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('keeps the error status of anything else', async () => {
    const response = await fetcher(`${base}/html-502`, { method: 'POST', headers: {}, body: '{}' });
    expect(response.ok).toBe(false);
    expect(response.status).toBe(502);
    expect(await response.text()).toContain('Bad gateway');
  });

  it('gives up on a subgraph that does not answer', async () => {
    await expect(fetcher(`${base}/hang`, { method: 'POST', headers: {}, body: '{}' })).rejects.toThrow(/no answer within 300 ms/);
  });

  describe('with deduplication', () => {
    const send = (body: string, authorization = 'Bearer a', requestId = 'r1') =>
      deduplicating(`${base}/slow`, { method: 'POST', headers: { 'content-type': 'application/json', authorization, 'x-request-id': requestId }, body }).then(
        (r) => r.json(),
      );
    const query = '{"query":"query Op__identity__0{me{id}}","variables":{},"operationName":"Op__identity__0"}';

    beforeEach(() => {
      slowRequests = 0;
    });

    it('sends one request for identical queries of the same caller in flight, and gives each its answer', async () => {
      const answers = await Promise.all([send(query, 'Bearer a', 'r1'), send(query, 'Bearer a', 'r2'), send(query, 'Bearer a', 'r3')]);
      expect(slowRequests).toBe(1);
      expect(answers).toEqual([answers[0], answers[0], answers[0]]);
      await send(query);
      expect(slowRequests).toBe(2); // an answer is shared only while the request is in flight, never cached
    });

    it('sends the queries of different callers, and mutations, every time', async () => {
      const [a, b] = await Promise.all([send(query, 'Bearer a'), send(query, 'Bearer b')]);
      expect([a.data.auth, b.data.auth]).toEqual(['Bearer a', 'Bearer b']);
      const mutation = '{"query":"mutation Op__identity__0{signOut{ok}}","variables":{}}';
      await Promise.all([send(mutation), send(mutation)]);
      expect(slowRequests).toBe(4);
    });
  });

  it('reports a subgraph that is not there', async () => {
    await expect(fetcher('http://127.0.0.1:1/graphql', { method: 'POST', headers: {}, body: '{}' })).rejects.toThrow(/ECONNREFUSED/);
  });
});
