import type { AddressInfo } from 'node:net';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { createTokenVerifier, rememberVerifiedTokens, remoteKeySet, type TokenVerifier } from '@kizuna/auth';
import { createTransport, type EventTransport } from '@kizuna/events';
import { openLimitStore } from '@kizuna/rate-limits';
import { createLimitedHttpServer, graphqlHttpErrorHandler, isProduction, jsonBody, requestLogging, withoutSuggestions } from '@kizuna/runtime';
import type { Logger } from '@kizuna/runtime';
import { DemandControl, demandControlPlugin, demandLimitsFrom, formatTokenLimitError, readCostDirectives } from './demand-control';
import { costLogDetails, httpContext, type GatewayContext } from './http/context';
import { graphqlResponseStatusPlugin } from './http/graphql-response-status';
import { authProxy } from './http/auth-proxy';
import { trustProxies } from './http/client-address';
import { serviceRoutesProxy } from './http/service-proxy';
import { healthRoutes } from './http/health';
import { securityHeaders } from './http/security-headers';
import { SubgraphDataSource } from './http/subgraph-data-source';
import { subgraphFetcher } from './http/subgraph-fetcher';
import { GatewayRateLimits } from './rate-limits/gateway-limits';
import { limitBulkRoutes, rateLimitPlugin, tooManyRequestsError } from './rate-limits/enforce';
import type { GatewaySettings } from './settings';
import { loadSupergraph, type SubgraphEndpoint } from './supergraph';
import { EventFeed } from './subscriptions/event-feed';
import { buildSubscriptionSchema, supportedSubscriptions } from './subscriptions/schema';
import { SUBSCRIPTION_EVENTS, SubscriptionHub, type GatewayExecutor } from './subscriptions/subscription-hub';
import { startSubscriptionServer, type SubscriptionServer } from './subscriptions/ws-server';

/** The largest `/graphql` body the gateway reads; a larger one is refused with 413 before it is parsed. */
export const GRAPHQL_BODY_LIMIT = '1mb';

export interface RunningGateway {
  /** `http://localhost:<port>/graphql` (also the WebSocket endpoint). */
  url: string;
  port: number;
  subgraphs: SubgraphEndpoint[];
  subscriptions: SubscriptionHub;
  stop(): Promise<void>;
}

export interface GatewayDependencies {
  /** Defaults to the identity service's JWKS at JWKS_URL. */
  verifier?: TokenVerifier;
  /** Defaults to Kafka at KAFKA_BROKERS, else the embedded transport in DATABASE_URL. */
  transport?: EventTransport;
}

/**
 * Starts the gateway: Apollo Gateway on the committed supergraph behind Apollo Server (HTTP POST
 * /graphql), graphql-ws on the same port and path for subscriptions, the event feed,
 * `/healthz` and `/readyz`. `stop()` drains and closes everything in order.
 */
export async function startGateway(settings: GatewaySettings, log: Logger, deps: GatewayDependencies = {}): Promise<RunningGateway> {
  const supergraph = loadSupergraph(settings.SUPERGRAPH_PATH, settings.subgraphUrls);
  for (const name of supergraph.unknownOverrides) {
    log.warn({ setting: `SUBGRAPH_${name.toUpperCase()}_URL` }, 'routing URL override names no subgraph of the supergraph; ignored');
  }
  const urls = new Map(supergraph.subgraphs.map((s) => [s.name, s.url]));
  const verifier = rememberVerifiedTokens(deps.verifier ?? createTokenVerifier(remoteKeySet(settings.JWKS_URL)));
  const transport =
    deps.transport ?? createTransport({ kafkaBrokers: settings.KAFKA_BROKERS, databaseUrl: settings.DATABASE_URL ?? '', clientId: 'kizuna-gateway' });

  // Counters in Redis are shared by every instance; each deployment (TOPIC_PREFIX) counts apart.
  const limitStore = openLimitStore({
    redisUrl: settings.REDIS_URL,
    namespace: settings.TOPIC_PREFIX,
    onError: (error) => log.warn({ err: error }, 'Redis of the rate limits is unreachable; counting in memory meanwhile'),
  });
  const rateLimits = new GatewayRateLimits(limitStore, settings, log.child({ component: 'rate-limits' }));

  const fetcher = subgraphFetcher({ timeoutMs: 30_000, deduplicate: settings.SUBGRAPH_DEDUPLICATION });
  const gateway = new ApolloGateway({
    supergraphSdl: supergraph.sdl,
    buildService: ({ name, url }) => new SubgraphDataSource({ name, url: urls.get(name) ?? url ?? '', fetcher, gatewaySecret: settings.GATEWAY_SECRET }),
    logger: log.child({ component: 'apollo-gateway' }),
  });
  let apiSchema: GraphQLSchema | undefined;
  gateway.onSchemaLoadOrUpdate(({ apiSchema: schema }) => {
    apiSchema = schema;
  });

  const production = isProduction();
  const demand = new DemandControl(demandLimitsFrom(settings), readCostDirectives(supergraph.sdl));

  const app = express();
  app.disable('x-powered-by');
  const trust = trustProxies(settings.TRUSTED_PROXIES);
  const httpServer = createLimitedHttpServer(app, settings);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    includeStacktraceInErrorResponses: false,
    introspection: !production,
    hideSchemaDetailsFromClientErrors: production,
    // main.ts owns the signals: Apollo's own handler would re-raise SIGTERM before the feed and transport close.
    stopOnTerminationSignals: false,
    // A huge document is refused while parsing, at its first token over the limit.
    parseOptions: { maxTokens: demand.limits.maxTokens },
    // Demand control first: a request too expensive to run is refused before it spends rate-limit budget.
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: 10_000 }),
      demandControlPlugin(demand),
      rateLimitPlugin(rateLimits),
      graphqlResponseStatusPlugin(),
    ],
    formatError: (unformatted, error) => {
      const formatted = formatTokenLimitError(unformatted);
      const original = (error as GraphQLError)?.originalError;
      if (formatted.extensions?.code === 'INTERNAL_SERVER_ERROR' && original && !(original instanceof GraphQLError)) {
        log.error({ err: original }, 'unexpected error while executing an operation');
        return { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' }, path: formatted.path };
      }
      return production ? { ...formatted, message: withoutSuggestions(formatted.message) } : formatted;
    },
  });
  await apollo.start();
  if (!apiSchema) throw new Error('The gateway did not load its schema');

  const execute: GatewayExecutor = async ({ query, variables, token, viewer, requestId }) => {
    const response = await apollo.executeOperation(
      { query, variables },
      { contextValue: { viewer, authorization: `Bearer ${token}`, requestId, log, demandChecked: true } },
    );
    if (response.body.kind !== 'single') throw new Error('Incremental delivery is not supported for subscription fetches');
    return response.body.singleResult;
  };
  const subscriptions = new SubscriptionHub({ execute, log: log.child({ component: 'subscriptions' }) });
  const feed = new EventFeed({
    transport,
    topicPrefix: settings.TOPIC_PREFIX,
    contracts: SUBSCRIPTION_EVENTS,
    log: log.child({ component: 'event-feed' }),
    onEvent: (event) => subscriptions.dispatch(event),
  });
  const offered = supportedSubscriptions(apiSchema);
  const missing = Object.entries(offered)
    .filter(([, supported]) => !supported)
    .map(([name]) => name);
  if (missing.length > 0) log.warn({ subscriptions: missing }, 'the supergraph lacks what these subscriptions load through: they are not offered');
  const subscriptionSchema = buildSubscriptionSchema(apiSchema, subscriptions);

  let accepting = false;
  app.use(requestLogging(log, { details: costLogDetails }));
  app.use(securityHeaders({ production }));
  healthRoutes(app, { transport, subgraphs: supergraph.subgraphs, accepting: () => accepting });
  const identityUrl = urls.get('identity');
  if (identityUrl) authProxy(app, identityUrl, log, trust, settings.GATEWAY_SECRET);
  const directoryUrl = urls.get('directory');
  app.use(['/imports/', '/exports/'], limitBulkRoutes(rateLimits, verifier, trust));
  // Post images, article videos and PDFs, and survey exports are content's; every other /media/ and /exports/ path is the directory's. First match wins.
  const contentUrl = urls.get('content');
  if (contentUrl) {
    const pathPrefixes = ['/media/posts/', '/media/post-images', '/media/articles/', '/media/article-files', '/exports/surveys/'];
    serviceRoutesProxy(app, { name: 'content', url: contentUrl, pathPrefixes }, log, trust, settings.GATEWAY_SECRET);
  }
  if (directoryUrl)
    serviceRoutesProxy(app, { name: 'directory', url: directoryUrl, pathPrefixes: ['/media/', '/imports/', '/exports/'] }, log, trust, settings.GATEWAY_SECRET);
  // Files (photos, rosters) have their own upload endpoints above; an operation needs far less.
  app.use('/graphql', jsonBody({ limit: GRAPHQL_BODY_LIMIT }), expressMiddleware(apollo, { context: httpContext(verifier, trust) }));
  app.use(graphqlHttpErrorHandler);

  let wsServer: SubscriptionServer | undefined;
  try {
    await feed.start();
    wsServer = startSubscriptionServer({
      httpServer,
      schema: subscriptionSchema,
      verifier,
      demand,
      log: log.child({ component: 'ws' }),
      admitSubscription: async (viewer) => {
        const refusal = await rateLimits.admit({ viewer }, new Map());
        return refusal ? tooManyRequestsError(refusal, false) : undefined;
      },
    });
    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(settings.PORT, () => {
        httpServer.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    await wsServer?.dispose().catch(() => undefined);
    await feed.stop().catch(() => undefined);
    await apollo.stop().catch(() => undefined);
    await transport.close().catch(() => undefined);
    await limitStore.close().catch(() => undefined);
    throw error;
  }
  accepting = true;
  const port = (httpServer.address() as AddressInfo).port;
  const url = `http://localhost:${port}/graphql`;
  log.info({ url, subgraphs: supergraph.subgraphs, transport: transport.kind, feedGroup: feed.groupId }, 'gateway ready');

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      log.info('shutting down');
      accepting = false; // /readyz says so at once
      await wsServer?.dispose(); // closes sockets with 1001: clients reconnect to another instance
      await subscriptions.closeAll();
      await apollo.stop(); // stops accepting, waits for in-flight requests, stops the gateway
      await feed.stop();
      await transport.close();
      await limitStore.close();
      fetcher.destroy();
      log.info('stopped');
    })());

  return { url, port, subgraphs: supergraph.subgraphs, subscriptions, stop };
}
