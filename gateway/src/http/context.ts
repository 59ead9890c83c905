import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import { AuthenticationError, type TokenVerifier, type Viewer } from '@kizuna/auth';
import type { Logger } from '@kizuna/subgraph';
import type { ProxyTrust } from './client-address';
import { clientForwarding, type ClientForwarding } from './session-forwarding';

/** What every gateway operation carries: who calls (verified), their token to forward, and the request id. */
export interface GatewayContext {
  viewer?: Viewer;
  /** The caller's `Authorization` header, forwarded to the subgraphs. */
  authorization?: string;
  requestId: string;
  log: Logger;
  /** The browser's cookie, address and user agent for the subgraphs, and where identity's cookies go. */
  client?: ClientForwarding;
  /** Demand control's estimate and the response's actual cost, for the request log. */
  cost?: OperationCost;
  /** An in-process fetch serving a subscription that demand control already judged. */
  demandChecked?: boolean;
}

export interface OperationCost {
  estimated?: number;
  actual?: number;
}

/** Per-request values kept in `res.locals` by `requestLogging`. */
interface RequestLocals {
  requestId?: string;
  log?: Logger;
  cost?: OperationCost;
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Accepts a sane `x-request-id` from the caller, otherwise makes one; echoes it in the response. */
export function requestIdFor(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && REQUEST_ID.test(value) ? value : randomUUID();
}

/** Request id and a request-scoped child logger on every request; one log line per finished request. */
export function requestLogging(log: Logger, quietPaths: string[] = ['/healthz', '/readyz']) {
  return (req: Request, res: Response, next: NextFunction) => {
    const id = requestIdFor(req.headers['x-request-id']);
    const locals = res.locals as RequestLocals;
    locals.requestId = id;
    locals.log = log.child({ requestId: id });
    res.setHeader('x-request-id', id);
    if (!quietPaths.includes(req.path)) {
      const started = process.hrtime.bigint();
      res.once('finish', () => {
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        const cost = locals.cost;
        locals.log?.info(
          { method: req.method, url: req.originalUrl, status: res.statusCode, ms: Math.round(ms * 10) / 10, estimatedCost: cost?.estimated, actualCost: cost?.actual },
          'request finished',
        );
      });
    }
    next();
  };
}

export function unauthenticatedError(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

/**
 * Verifies the caller's token before anything runs: a tampered, expired or malformed token is an
 * `UNAUTHENTICATED` error (HTTP 401); no token is an anonymous caller (the subgraphs decide).
 */
export function httpContext(verifier: TokenVerifier, log: Logger, trust: ProxyTrust) {
  return async ({ req, res }: { req: Request; res: Response }): Promise<GatewayContext> => {
    const locals = res.locals as RequestLocals;
    const authorization = req.headers.authorization;
    let viewer: Viewer | undefined;
    try {
      viewer = await verifier.fromAuthorizationHeader(authorization);
    } catch (error) {
      if (error instanceof AuthenticationError) throw unauthenticatedError(error.message);
      throw error;
    }
    return {
      viewer,
      authorization: viewer ? authorization : undefined,
      requestId: locals.requestId ?? randomUUID(),
      log: locals.log ?? log,
      client: clientForwarding(req, res, trust),
      cost: (locals.cost = {}),
    };
  };
}
