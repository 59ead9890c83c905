import { memberReference, runService } from '@kizuna/subgraph';
import { Initial1763900000000 } from './migrations/1763900000000-initial';
import { notificationConsumers } from './notifications/notification.consumers';
import { NotificationEntity } from './notifications/notification.entity';
import { notificationReference } from './notifications/notification.reference';
import { MemberNotificationsResolver, NotificationResolver } from './notifications/notification.resolver';
import { NotificationService } from './notifications/notification.service';
import { subgraph } from './schema';

void runService({
  subgraph,
  entities: [NotificationEntity],
  migrations: [Initial1763900000000],
  setup({ dataSource, outbox }) {
    const notifications = new NotificationService(dataSource, outbox);
    return {
      resolvers: [new NotificationResolver(notifications), new MemberNotificationsResolver(notifications)],
      references: { ...memberReference(), ...notificationReference(notifications) },
      consumers: notificationConsumers(notifications),
    };
  },
});
