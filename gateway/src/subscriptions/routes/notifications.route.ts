import { isObjectType, type GraphQLSchema } from 'graphql';
import { NotificationCreated, type EventData } from '@kizuna/events';
import { memberKey } from '../engine/subscription-engine';
import type { Route } from '../engine/route';
import { buildSelectionFetch } from '../selection';
import { hasIdQuery } from './schema-support';

/**
 * `notificationAdded`: each notification reaches its recipient only (the notification service
 * addresses it: `recipientMembershipId`), loaded with `notification(id)` as them.
 */
export const notificationsRoute: Route<Record<string, never>> = {
  field: 'notificationAdded',
  sdl: /* GraphQL */ `
  """
  Each new in-app notification of the signed-in member, as it is created. Delivered with the
  fields selected here, loaded through the graph with the subscriber's own access.
  """
  notificationAdded: Notification!
`,
  supported: (apiSchema: GraphQLSchema) => isObjectType(apiSchema.getType('Notification')) && hasIdQuery(apiSchema, 'notification'),
  events: [NotificationCreated],
  open: ({ info }) => ({ keys: [], fetch: buildSelectionFetch(info, 'notification') }),
  route(event) {
    const data = event.data as EventData<typeof NotificationCreated>;
    return [
      {
        kind: 'deliver',
        to: { keys: [memberKey(data.recipientMembershipId)], onlyMember: data.recipientMembershipId },
        values: {},
        load: { id: data.notificationId, rootField: 'notification', share: 'viewer', what: 'The notification' },
      },
    ];
  },
};
