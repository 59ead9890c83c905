import type { EntityManager } from 'typeorm';
import { MembershipApproved, on } from '@kizuna/events';
import { approvalNotification, type NotificationService } from './notification.service';

/** Events that notify someone; each notification and its NotificationCreated event commit with the inbox row. */
export function notificationConsumers(notifications: NotificationService) {
  return [
    on(MembershipApproved, async (event, manager: EntityManager) => {
      await notifications.create(manager, approvalNotification(event.data));
    }),
  ];
}
