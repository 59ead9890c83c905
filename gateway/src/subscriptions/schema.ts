import { addResolversToSchema } from '@graphql-tools/schema';
import { buildASTSchema, isObjectType, parse, printSchema, type GraphQLSchema } from 'graphql';
import { toGraphQLError, type Delivery } from './delivery';
import { buildSelectionFetch } from './selection';
import { ROOT_FIELD, type NotificationSubscriptions } from './notification-subscriptions';
import type { SubscriptionContext } from './ws-server';

export const SUBSCRIPTION_SDL = /* GraphQL */ `
  extend schema {
    subscription: Subscription
  }

  type Subscription {
    """
    Each new in-app notification of the signed-in member, as it is created. Delivered with the
    fields selected here, loaded through the graph with the subscriber's own access.
    """
    notificationAdded: Notification!
  }
`;

/** Whether the API schema has what `notificationAdded` needs: the Notification type and Query.notification(id). */
export function supportsNotificationSubscription(apiSchema: GraphQLSchema): boolean {
  const notification = apiSchema.getType('Notification');
  const field = apiSchema.getQueryType()?.getFields()[ROOT_FIELD];
  return isObjectType(notification) && !!field && field.args.some((arg) => arg.name === 'id');
}

/**
 * The schema of the WebSocket endpoint: the gateway's API schema plus the Subscription type. Only
 * subscriptions execute here; nested fields resolve from the fetched data by response key. It is
 * rebuilt from SDL, so no resolver or scalar of another schema applies: the fetched data is
 * already serialized and passes through as it is.
 */
export function buildSubscriptionSchema(apiSchema: GraphQLSchema, subscriptions: NotificationSubscriptions): GraphQLSchema {
  if (apiSchema.getSubscriptionType()) throw new Error('The supergraph already defines a Subscription type; the gateway owns it');
  if (!supportsNotificationSubscription(apiSchema)) return apiSchema;
  const extended = buildASTSchema(parse(`${printSchema(apiSchema)}\n${SUBSCRIPTION_SDL}`));
  return addResolversToSchema({
    schema: extended,
    resolvers: {
      Subscription: {
        notificationAdded: {
          subscribe: (_root: unknown, _args: unknown, context: SubscriptionContext, info) =>
            subscriptions.subscribe({
              viewer: context.viewer,
              token: context.token,
              expiresAt: context.expiresAt,
              requestId: context.connectionId,
              fetch: buildSelectionFetch(info, ROOT_FIELD),
            }),
          resolve: (delivery: Delivery) => {
            if (delivery.data === null) throw toGraphQLError(delivery.errors[0]);
            return delivery.data;
          },
        },
      },
    },
  });
}
