import type { SubgraphDefinition } from '@kizuna/subgraph';
import { MemberType } from './members/member.type';
import { PersonalDataType } from './privacy/personal-data.type';
import { PersonalDataResolver } from './privacy/privacy.resolver';
import { MemberNotificationsResolver, NotificationResolver } from './notifications/notification.resolver';

export const subgraph: SubgraphDefinition = {
  name: 'notification',
  resolvers: [NotificationResolver, MemberNotificationsResolver, PersonalDataResolver],
  orphanedTypes: [MemberType, PersonalDataType],
};
