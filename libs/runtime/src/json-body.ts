import { isUtf8 } from 'node:buffer';
import express, { type RequestHandler } from 'express';

/**
 * The JSON body parser of every GraphQL endpoint: at most `limit` (express syntax, e.g. `1mb`), and a
 * body declared as UTF-8 that is not valid UTF-8 is refused with 400 (answered by
 * `graphqlHttpErrorHandler`) rather than stored with replacement characters.
 */
export function jsonBody(options: { limit: string | number }): RequestHandler {
  return express.json({
    limit: options.limit,
    verify: (_req, _res, body, encoding) => {
      if (encoding.toLowerCase().replace('-', '') === 'utf8' && !isUtf8(body)) {
        throw Object.assign(new Error('The request body is not valid UTF-8.'), { status: 400, type: 'entity.encoding.invalid' });
      }
    },
  });
}
