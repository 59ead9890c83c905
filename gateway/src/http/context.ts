import type { Request, Response } from 'express';
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

/** What the request's operation leaves in `res.locals` for its log line. */
interface RequestLocals {
  cost?: OperationCost;
}

/** Demand control's estimate and the response's actual cost, for `requestLogging`'s line. */
export function costLogDetails(res: Response): Record<string, unknown> {
  const cost = (res.locals as RequestLocals).cost;
  return { estimatedCost: cost?.estimated, actualCost: cost?.actual };
}

export function unauthenticatedError(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

/**
 * Verifies the caller's token before anything runs: a tampered, expired or malformed token is an
 * `UNAUTHENTICATED` error (HTTP 401); no token is an anonymous caller (the subgraphs decide).
 */
export function httpContext(verifier: TokenVerifier, trust: ProxyTrust) {
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
      requestId: req.id,
      log: req.log,
      client: clientForwarding(req, res, trust),
      cost: (locals.cost = {}),
    };
  };
}
