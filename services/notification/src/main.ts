import { memberReference, mergeEventHandlers, personalDataReference, runService } from '@kizuna/subgraph';
import { Initial1763900000000 } from './migrations/1763900000000-initial';
import { AccountMemberships1764600000000 } from './migrations/1764600000000-account-memberships';
import { notificationConsumers } from './notifications/notification.consumers';
import { NotificationEntity } from './notifications/notification.entity';
import { notificationReference } from './notifications/notification.reference';
import { MemberNotificationsResolver, NotificationResolver } from './notifications/notification.resolver';
import { NotificationService } from './notifications/notification.service';
import { privacyConsumers } from './privacy/privacy.consumers';
import { PersonalDataResolver } from './privacy/privacy.resolver';
import { NotificationPrivacyService } from './privacy/privacy.service';
import { subgraph } from './schema';

void runService({
  subgraph,
  entities: [NotificationEntity],
  migrations: [Initial1763900000000, AccountMemberships1764600000000],
  setup({ dataSource, outbox }) {
    const notifications = new NotificationService(dataSource, outbox);
    const privacy = new NotificationPrivacyService(dataSource);
    return {
      resolvers: [new NotificationResolver(notifications), new MemberNotificationsResolver(notifications), new PersonalDataResolver(privacy)],
      references: { ...memberReference(), ...notificationReference(notifications), ...personalDataReference() },
      consumers: mergeEventHandlers([...privacyConsumers(privacy), ...notificationConsumers(notifications)]),
    };
  },
});
