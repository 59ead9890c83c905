import { memberReference, mergeEventHandlers, runService } from '@kizuna/subgraph';
import { Initial1763900000000 } from './migrations/1763900000000-initial';
import { AccountMemberships1764600000000 } from './migrations/1764600000000-account-memberships';
import { notificationConsumers } from './notifications/notification.consumers';
import { NotificationEntity } from './notifications/notification.entity';
import { notificationReference } from './notifications/notification.reference';
import { MemberNotificationsResolver, NotificationResolver } from './notifications/notification.resolver';
import { NotificationService } from './notifications/notification.service';
import { NotificationPrivacyService } from './privacy/privacy.service';
import { notificationPrivacy } from './privacy/privacy.slice';
import { subgraph } from './schema';

void runService({
  subgraph,
  entities: [NotificationEntity],
  migrations: [Initial1763900000000, AccountMemberships1764600000000],
  setup({ dataSource, outbox }) {
    const notifications = new NotificationService(dataSource, outbox);
    const privacy = notificationPrivacy.provide(dataSource, new NotificationPrivacyService(dataSource));
    return {
      resolvers: [new NotificationResolver(notifications), new MemberNotificationsResolver(notifications), privacy.resolver],
      references: { ...memberReference(), ...notificationReference(notifications), ...privacy.references },
      consumers: mergeEventHandlers([...privacy.consumers, ...notificationConsumers(notifications)]),
    };
  },
});
