import { z } from 'zod';
import { defineEvent } from '../contract';

export const NotificationCreated = defineEvent({
  type: 'kizuna.notification.notification.created.v1',
  topic: 'kizuna.notification.notification',
  source: 'kizuna/notification',
  description: 'An in-app notification was created for one member.',
  schema: z.object({
    notificationId: z.uuid(),
    recipientMembershipId: z.uuid(),
    networkId: z.uuid(),
    kind: z.string().min(1),
    createdAt: z.iso.datetime({ offset: true }),
  }),
  subject: (data) => data.recipientMembershipId,
});

export const notificationEvents = [NotificationCreated];
