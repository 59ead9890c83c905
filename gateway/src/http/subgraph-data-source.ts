import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import { GATEWAY_SECRET_HEADER } from '@kizuna/runtime';
import type { GatewayContext } from './context';
import { forwardClient, returnCookies } from './session-forwarding';
import { subgraphFetcher } from './subgraph-fetcher';

type FetcherResponse = Awaited<ReturnType<RemoteGraphQLDataSource['fetcher']>>;

/**
 * Sends the gateway's fetches to one subgraph, forwarding the caller's `authorization` (every
 * subgraph verifies the token again), the request id (one id across every process's logs) and the
 * client's address, and GATEWAY_SECRET (the subgraphs answer nobody else); identity also gets the browser's cookies and user agent, and its Set-Cookie
 * headers go back to the browser (the refresh cookie).
 * A subgraph that cannot answer becomes a `SUBGRAPH_UNAVAILABLE` error naming the service, never
 * its internal URL.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  readonly name: string;
  private readonly gatewaySecret?: string;

  constructor(config: { name: string; url: string; fetcher?: RemoteGraphQLDataSource['fetcher']; gatewaySecret?: string }) {
    super({ url: config.url, fetcher: config.fetcher ?? subgraphFetcher({ timeoutMs: 30_000 }) });
    this.name = config.name;
    this.gatewaySecret = config.gatewaySecret;
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = request.http?.headers;
    if (!headers) return;
    if (this.gatewaySecret) headers.set(GATEWAY_SECRET_HEADER, this.gatewaySecret);
    if (context?.authorization) headers.set('authorization', context.authorization);
    if (context?.requestId) headers.set('x-request-id', context.requestId);
    forwardClient(this.name, context?.client, headers);
  }

  override didReceiveResponse({ response, context }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['didReceiveResponse']>>[0]) {
    const headers = response.http?.headers as { getSetCookie?: () => string[] } | undefined;
    const setCookies = headers?.getSetCookie?.() ?? [];
    if (setCookies.length > 0) returnCookies(this.name, context?.client, setCookies);
    return response;
  }

  override didEncounterError(error: Error, _request: unknown, response?: FetcherResponse, context?: GatewayContext): void {
    const status = response?.status;
    context?.log?.warn({ subgraph: this.name, status, err: error }, 'subgraph request failed');
    const code = status === 401 ? 'UNAUTHENTICATED' : status === 403 ? 'FORBIDDEN' : 'SUBGRAPH_UNAVAILABLE';
    const message = status ? `The ${this.name} service answered HTTP ${status}.` : `The ${this.name} service could not be reached.`;
    throw new GraphQLError(message, { extensions: { code, serviceName: this.name } });
  }
}
