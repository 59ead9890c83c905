import type { AddressInfo } from 'node:net';
import express from 'express';
import { graphqlHttpErrorHandler } from './http-errors';
import { jsonBody } from './json-body';

describe('the JSON body of a GraphQL request', () => {
  let url: string;
  let server: ReturnType<express.Express['listen']>;
  const received: unknown[] = [];

  beforeAll(async () => {
    const app = express();
    app.post('/graphql', jsonBody({ limit: '1kb' }), (req, res) => {
      received.push(req.body);
      res.json({ data: { ok: true } });
    });
    app.use(graphqlHttpErrorHandler);
    await new Promise<void>((resolve) => {
      server = app.listen(0, '127.0.0.1', () => resolve());
    });
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  const post = (body: Buffer, contentType = 'application/json') => fetch(url, { method: 'POST', headers: { 'content-type': contentType }, body });

  it('refuses a body that is not valid UTF-8 with 400 and a GraphQL-shaped error, before anything reads it', async () => {
    const before = received.length;
    // "名前" in Shift_JIS bytes, and a lone continuation byte, inside a JSON string.
    for (const bytes of [Buffer.from([0x96, 0xbc, 0x91, 0x4f]), Buffer.from([0x80])]) {
      const body = Buffer.concat([Buffer.from('{"query":"{ ok }","variables":{"name":"'), bytes, Buffer.from('"}}')]);
      for (const contentType of ['application/json', 'application/json; charset=utf-8']) {
        const response = await post(body, contentType);
        expect(response.status).toBe(400);
        expect(await response.json()).toEqual({ errors: [{ message: 'The request body is not valid UTF-8.', extensions: { code: 'BAD_REQUEST' } }] });
      }
    }
    expect(received.length).toBe(before);
  });

  it('takes valid UTF-8 (Japanese, emoji) and keeps the size limit', async () => {
    const response = await post(Buffer.from(JSON.stringify({ query: '{ ok }', variables: { name: '山田 太郎 🎉' } })));
    expect(response.status).toBe(200);
    expect(received.at(-1)).toEqual({ query: '{ ok }', variables: { name: '山田 太郎 🎉' } });
    const tooLarge = await post(Buffer.from(JSON.stringify({ query: '{ ok }', variables: { name: 'x'.repeat(2000) } })));
    expect(tooLarge.status).toBe(413);
  });
});
