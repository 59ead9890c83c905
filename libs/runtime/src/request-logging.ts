import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from './logger';

declare module 'http' {
  interface IncomingMessage {
    /** The request id: the caller's `x-request-id` when it looks sane (the gateway's), or a new UUID. */
    id: string;
    /** A logger bound to the request id. */
    log: Logger;
  }
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Accepts a sane `x-request-id` from the caller, otherwise makes one. */
export function requestIdFor(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && REQUEST_ID.test(value) ? value : randomUUID();
}

/**
 * Request id (echoed in the response) and a request-scoped logger on every request, one log line
 * per finished request (at `info`; none for `quietPaths`), with what `details` adds to it. The
 * logger binds only the request id: binding the whole request (as pino-http does) serialises its
 * headers on every request, logged or not, which cost a subgraph about a tenth of its CPU per request.
 */
export function requestLogging(log: Logger, options: { quietPaths?: string[]; details?: (res: Response) => Record<string, unknown> } = {}) {
  const { quietPaths = ['/healthz', '/readyz'], details } = options;
  return (req: Request, res: Response, next: NextFunction) => {
    const id = requestIdFor(req.headers['x-request-id']);
    req.id = id;
    req.log = log.child({ requestId: id });
    res.setHeader('x-request-id', id);
    if (log.isLevelEnabled('info') && !quietPaths.includes(req.path)) {
      const started = process.hrtime.bigint();
      res.once('finish', () => {
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        req.log.info({ method: req.method, url: req.originalUrl, status: res.statusCode, ms: Math.round(ms * 10) / 10, ...details?.(res) }, 'request finished');
      });
    }
    next();
  };
}
