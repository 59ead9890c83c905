import type { ApolloServerPlugin } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import type { NextFunction, Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import { AuthenticationError, type TokenVerifier } from '@kizuna/auth';
import { clientOrigin, type ProxyTrust } from '../http/client-address';
import type { GatewayContext } from '../http/context';
import type { GatewayRateLimits, Refusal } from './gateway-limits';
import { rootFieldCounts } from './root-fields';

export const TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS';

/** The refusal as a GraphQL error; over HTTP also status 429 and `Retry-After`. */
export function tooManyRequestsError(refusal: Refusal, overHttp = true): GraphQLError {
  return new GraphQLError(refusal.message, {
    extensions: {
      code: TOO_MANY_REQUESTS,
      retryAfter: refusal.retryAfterSeconds,
      limit: refusal.limit,
      ...(overHttp ? { http: { status: 429, headers: new HeaderMap([['retry-after', String(refusal.retryAfterSeconds)]]) } } : {}),
    },
  });
}

/**
 * Checks every HTTP operation against the limits once it is parsed and validated, before it is
 * planned: a refused operation reaches no subgraph. The gateway's own operations (the loads
 * behind subscriptions, which carry no client) are not counted: their subscription was, when it
 * was made.
 */
export function rateLimitPlugin(limits: GatewayRateLimits): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation, document }) {
          if (!contextValue.client || !operation) return;
          const refusal = await limits.admit({ viewer: contextValue.viewer, address: contextValue.client.forwardedFor }, rootFieldCounts(operation, document));
          if (refusal) {
            contextValue.log.info(
              { limit: refusal.limit, retryAfter: refusal.retryAfterSeconds, membershipId: contextValue.viewer?.membershipId },
              'operation refused by a rate limit',
            );
            throw tooManyRequestsError(refusal);
          }
        },
      };
    },
  };
}

/**
 * The bulk budget of the caller's network on plain HTTP routes (roster uploads, member exports).
 * Requests without a valid token pass on: the route behind refuses them.
 */
export function limitBulkRoutes(limits: GatewayRateLimits, verifier: TokenVerifier, trust: ProxyTrust) {
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      const viewer = await verifier.fromAuthorizationHeader(req.headers.authorization).catch((error: unknown) => {
        if (error instanceof AuthenticationError) return undefined;
        throw error;
      });
      const refusal = viewer ? await limits.admitOne('bulk', { viewer, address: clientOrigin(req, trust).address }) : null;
      if (!refusal) return next();
      res.status(429).setHeader('retry-after', String(refusal.retryAfterSeconds));
      res.json({ errors: [{ code: TOO_MANY_REQUESTS, message: refusal.message, retryAfter: refusal.retryAfterSeconds, limit: refusal.limit }] });
    } catch (error) {
      next(error);
    }
  };
}
