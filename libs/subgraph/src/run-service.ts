import 'reflect-metadata';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { GraphQLError } from 'graphql';
import type { DataSource, EntityManager } from 'typeorm';
import type { z } from 'zod';
import { AuthenticationError, createTokenVerifier, rememberVerifiedTokens, remoteKeySet, type TokenVerifier, type Viewer } from '@kizuna/auth';
import { createServiceDataSource, migrate } from '@kizuna/data';
import { createTransport, EventConsumer, Outbox, OutboxRelay, type EventHandler, type EventTransport } from '@kizuna/events';
import {
  ConfigurationError,
  createLimitedHttpServer,
  createLogger,
  graphqlHttpErrorHandler,
  jsonBody,
  isProduction,
  parseSettings,
  requestLogging,
  requireGatewaySecret,
  serviceSettings,
  withoutSuggestions,
  type Logger,
  type ServiceSettings,
} from '@kizuna/runtime';
import { buildFederatedSchema, instanceContainer, type ReferenceResolvers, type SubgraphDefinition } from './subgraph-schema';

/** What every resolver receives as its context. */
export interface RequestContext {
  viewer?: Viewer;
  requestId: string;
  log: Logger;
  /** The caller's `Authorization` header, for a service that asks another subgraph on the caller's behalf. */
  authorization?: string;
}

/** What a service gets to build its domain services with, once its database and transport are up. */
export interface ServiceRuntime<S extends ServiceSettings = ServiceSettings> {
  settings: S;
  log: Logger;
  dataSource: DataSource;
  transport: EventTransport;
  outbox: Outbox;
}

export interface ServiceParts {
  /** Resolver instances, one per resolver class of the subgraph definition. */
  resolvers: object[];
  references?: ReferenceResolvers;
  /** Events this service consumes; effects run in the inbox transaction. */
  consumers?: EventHandler<any, EntityManager>[]; // eslint-disable-line @typescript-eslint/no-explicit-any
  /** Extra HTTP routes (e.g. the JWKS endpoint). */
  routes?: (app: express.Express) => void;
  /** How tokens are verified; defaults to the identity service's JWKS at JWKS_URL. */
  verifier?: TokenVerifier;
  /** Runs after the service listens (e.g. seeding demo data). */
  afterStart?: () => Promise<void>;
  /** Runs on shutdown before the database closes. */
  beforeStop?: () => Promise<void>;
}

export interface ServiceDefinition<S extends ServiceSettings> {
  subgraph: SubgraphDefinition;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: Function[];
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: Function[];
  /** Extra settings of this service, validated with the shared ones. */
  settings?: z.ZodType<S>;
  /** The largest JSON body `/graphql` accepts (express `limit` syntax); default `1mb`. Raise it only for uploads. */
  bodyLimit?: string;
  setup(runtime: ServiceRuntime<S>): Promise<ServiceParts> | ServiceParts;
}

export interface RunningService {
  url: string;
  stop(): Promise<void>;
}

/**
 * Turns a service definition into a running Federation 2 subgraph: validated settings, its own
 * schema and migrations, outbox relay, event consumers, `/healthz`, `/readyz`, request-scoped
 * logs, token verification and graceful shutdown. `node main.ts migrate` only runs migrations.
 */
export async function runService<S extends ServiceSettings>(definition: ServiceDefinition<S>): Promise<RunningService> {
  const name = definition.subgraph.name;
  let settings: S;
  try {
    settings = parseSettings((definition.settings ?? serviceSettings) as z.ZodType<S>);
  } catch (error) {
    if (error instanceof ConfigurationError) {
      console.error(`[${name}] ${error.message}`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  const production = isProduction();
  if (production && !settings.GATEWAY_SECRET) {
    console.error(`[${name}] Invalid configuration:\n  - GATEWAY_SECRET is required in production (the secret the gateway presents)`);
    process.exit(78);
  }
  const log = createLogger(name, settings.LOG_LEVEL);
  const dataSource = createServiceDataSource({
    schema: name,
    databaseUrl: settings.DATABASE_URL,
    entities: definition.entities,
    migrations: definition.migrations,
  });
  await dataSource.initialize();
  const applied = await migrate(dataSource);
  if (applied.length > 0) log.info({ migrations: applied }, 'migrations applied');
  if (process.argv.includes('migrate')) {
    await dataSource.destroy();
    return { url: '', stop: async () => undefined };
  }

  const transport = createTransport({ kafkaBrokers: settings.KAFKA_BROKERS, databaseUrl: settings.DATABASE_URL, clientId: `kizuna-${name}` });
  const outbox = new Outbox(name, settings.TOPIC_PREFIX);
  const relay = new OutboxRelay({
    databaseUrl: settings.DATABASE_URL,
    schema: name,
    transport,
    onError: (error) => log.warn({ err: error }, 'outbox relay could not publish; will retry'),
  });
  let parts: ServiceParts;
  try {
    parts = await definition.setup({ settings, log, dataSource, transport, outbox });
  } catch (error) {
    // Settings read while setting up (e.g. a storage driver's) stop the process the same way as the shared ones.
    if (error instanceof ConfigurationError) {
      console.error(`[${name}] ${error.message}`);
      process.exit(78);
    }
    throw error;
  }

  let verifier = parts.verifier;
  if (!verifier) {
    if (!settings.JWKS_URL) {
      console.error(`[${name}] Invalid configuration:\n  - JWKS_URL is required (the identity service's JWKS URL)`);
      process.exit(78);
    }
    verifier = createTokenVerifier(remoteKeySet(settings.JWKS_URL));
  }

  const schema = await buildFederatedSchema(definition.subgraph, {
    container: instanceContainer(parts.resolvers),
    references: parts.references,
  });

  const app = express();
  // The gateway keeps connections open and reuses them; a server that closed them after Node's
  // default 5 s idle could close one just as the gateway sends on it ("socket hang up"): hence
  // HTTP_KEEP_ALIVE_TIMEOUT_MS's default of 65 s.
  const server = createLimitedHttpServer(app, settings);
  const apollo = new ApolloServer<RequestContext>({
    schema,
    includeStacktraceInErrorResponses: false,
    introspection: !production,
    hideSchemaDetailsFromClientErrors: production,
    // This process handles signals itself, so the relay, consumers and database close in order.
    stopOnTerminationSignals: false,
    // No per-field cache hints or inline traces: the gateway uses neither, and both hook every request.
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer: server }), ApolloServerPluginCacheControlDisabled(), ApolloServerPluginInlineTraceDisabled()],
    formatError: (formatted, error) => {
      const original = (error as GraphQLError)?.originalError;
      if (formatted.extensions?.code === 'INTERNAL_SERVER_ERROR' && original && !(original instanceof GraphQLError)) {
        log.error({ err: original }, 'unexpected error in resolver');
        return { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' }, path: formatted.path };
      }
      return production ? { ...formatted, message: withoutSuggestions(formatted.message) } : formatted;
    },
  });
  await apollo.start();

  app.disable('x-powered-by');
  app.use(requestLogging(log));
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', service: name });
  });
  let started = false;
  app.get('/readyz', async (_req, res) => {
    if (!started) {
      res.status(503).json({ status: 'starting', service: name });
      return;
    }
    const checks = await Promise.allSettled([dataSource.query('SELECT 1'), transport.ping()]);
    const [database, events] = checks.map((c) => (c.status === 'fulfilled' ? 'ok' : String(c.reason)));
    const ready = database === 'ok' && events === 'ok';
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not ready', service: name, database, events });
  });
  parts.routes?.(app);
  // Every request carries a token; each distinct token pays for its signature check once.
  const tokenVerifier = rememberVerifiedTokens(verifier);
  if (settings.GATEWAY_SECRET) app.use('/graphql', requireGatewaySecret(settings.GATEWAY_SECRET));
  else log.warn('GATEWAY_SECRET is not set: this service answers any caller that reaches it');
  app.use(
    '/graphql',
    jsonBody({ limit: definition.bodyLimit ?? '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        let viewer: Viewer | undefined;
        try {
          viewer = await tokenVerifier.fromAuthorizationHeader(req.headers.authorization);
        } catch (error) {
          if (error instanceof AuthenticationError) {
            throw new GraphQLError(error.message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
          }
          throw error;
        }
        return { viewer, requestId: req.id, log: req.log, authorization: viewer ? req.headers.authorization : undefined };
      },
    }),
  );

  app.use(graphqlHttpErrorHandler);

  const consumer = parts.consumers?.length
    ? new EventConsumer<EntityManager>({
        name,
        schema: name,
        transport,
        topicPrefix: settings.TOPIC_PREFIX,
        transaction: (work) => dataSource.transaction((manager) => work(manager)),
        handlers: parts.consumers,
        log: (level, message, details) => log[level](details ?? {}, message),
      })
    : undefined;

  await relay.start();
  await consumer?.start();
  await new Promise<void>((resolve) => server.listen(settings.PORT, settings.BIND_ADDRESS, resolve));
  const url = `http://${settings.BIND_ADDRESS.includes(':') ? `[${settings.BIND_ADDRESS}]` : settings.BIND_ADDRESS}:${settings.PORT}/graphql`;
  log.info({ url, transport: transport.kind }, `${name} subgraph ready`);
  await parts.afterStart?.();
  started = true;

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      log.info('shutting down');
      await apollo.stop(); // stops taking requests, waits for in-flight ones
      await consumer?.stop();
      await parts.beforeStop?.();
      await relay.stop(); // ships what was committed
      await transport.close();
      await dataSource.destroy();
      log.info('stopped');
    })());
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      stop().then(
        () => process.exit(0),
        (error) => {
          log.error({ err: error }, 'unclean shutdown');
          process.exit(1);
        },
      );
    });
  }
  return { url, stop };
}
