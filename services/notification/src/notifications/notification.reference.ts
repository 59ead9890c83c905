import type { RequestContext } from '@kizuna/subgraph';
import type { NotificationService } from './notification.service';

/** Resolves `Notification` references (e.g. the gateway fetching a subscription's fields) for the recipient only. */
export function notificationReference(notifications: NotificationService) {
  return {
    Notification: {
      __resolveReference(reference: { id: string }, context: RequestContext) {
        if (!context.viewer) return null;
        return notifications.find(context.viewer, reference.id);
      },
    },
  };
}
