import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayContext } from './context';

/**
 * Sends the gateway's fetches to one subgraph, forwarding the caller's `authorization` (every
 * subgraph verifies the token again) and the request id (one id across every process's logs).
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = request.http?.headers;
    if (!headers) return;
    if (context?.authorization) headers.set('authorization', context.authorization);
    if (context?.requestId) headers.set('x-request-id', context.requestId);
  }
}
