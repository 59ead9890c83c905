import { addResolversToSchema } from '@graphql-tools/schema';
import { buildASTSchema, parse, printSchema, type GraphQLFieldResolver, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import { toGraphQLError, type Delivery } from './delivery';
import type { Route, Subscriber } from './engine/route';
import type { SubscriptionEngine } from './engine/subscription-engine';
import { allRoutes } from './routes';
import type { SubscriptionContext } from './ws-server';

/** The subscriptions the API schema can serve (each needs the entities and queries it loads through), by field. */
export function supportedSubscriptions(apiSchema: GraphQLSchema, routes: readonly Route<never>[] = allRoutes()): Record<string, boolean> {
  return Object.fromEntries(routes.map((route) => [route.field, route.supported(apiSchema)]));
}

function subscriberOf(context: SubscriptionContext): Subscriber {
  return { viewer: context.viewer, token: context.token, expiresAt: context.expiresAt, requestId: context.connectionId };
}

const resolveDelivery: GraphQLFieldResolver<Delivery, SubscriptionContext> = (delivery) => {
  if (delivery.data === null) throw toGraphQLError(delivery.errors[0]);
  return delivery.data;
};

/**
 * The API schema plus the Subscription type and the types only subscriptions use, without
 * resolvers: what clients may ask of the gateway over HTTP and WebSocket together.
 */
export function withSubscriptionTypes(apiSchema: GraphQLSchema, routes: readonly Route<never>[] = allRoutes()): GraphQLSchema {
  if (apiSchema.getSubscriptionType()) throw new Error('The supergraph already defines a Subscription type; the gateway owns it');
  const offered = routes.filter((route) => route.supported(apiSchema));
  if (offered.length === 0) return apiSchema;
  const fields = offered.map((route) => route.sdl);
  const types = offered.flatMap((route) => (route.typesSdl ? [route.typesSdl] : [])).join('\n');
  const sdl = `${printSchema(apiSchema)}\nextend schema { subscription: Subscription }\ntype Subscription {\n${fields.join('\n')}\n}\n${types}`;
  return buildASTSchema(parse(sdl));
}

/**
 * The schema of the WebSocket endpoint: the gateway's API schema plus the Subscription type (and
 * the types only subscriptions use), each field served by its route through the engine. Only
 * subscriptions execute here; nested fields resolve from the fetched data by response key. It is
 * rebuilt from SDL, so no resolver or scalar of another schema applies: the fetched data is
 * already serialized and passes through as it is.
 */
export function buildSubscriptionSchema(apiSchema: GraphQLSchema, engine: SubscriptionEngine): GraphQLSchema {
  const routes = engine.routeList;
  const extended = withSubscriptionTypes(apiSchema, routes);
  if (extended === apiSchema) return apiSchema;
  const resolvers: Record<
    string,
    {
      subscribe: (root: unknown, args: Record<string, unknown>, context: SubscriptionContext, info: GraphQLResolveInfo) => unknown;
      resolve: typeof resolveDelivery;
    }
  > = {};
  for (const route of routes) {
    if (!route.supported(apiSchema)) continue;
    resolvers[route.field] = {
      subscribe: (_root, args, context, info) => engine.subscribe(route.field, subscriberOf(context), args, info),
      resolve: resolveDelivery,
    };
  }
  return addResolversToSchema({ schema: extended, resolvers: { Subscription: resolvers } });
}
