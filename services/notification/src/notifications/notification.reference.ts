import { Access, isAllowed } from '@kizuna/auth';
import type { RequestContext } from '@kizuna/subgraph';
import type { NotificationService } from './notification.service';

/**
 * Resolves `Notification` references (e.g. the gateway fetching a subscription's fields) for the
 * recipient only, and only while they may use the network (applicants too; suspended or rejected members not).
 */
export function notificationReference(notifications: NotificationService) {
  return {
    Notification: {
      __resolveReference(reference: { id: string }, context: RequestContext) {
        if (!context.viewer || !isAllowed(context.viewer, [Access.PENDING_ALLOWED])) return null;
        return notifications.find(context.viewer, reference.id);
      },
    },
  };
}
