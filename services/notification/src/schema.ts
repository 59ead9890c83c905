import type { SubgraphDefinition } from '@kizuna/subgraph';
import { MemberType } from './members/member.type';
import { notificationPrivacy } from './privacy/privacy.slice';
import { MemberNotificationsResolver, NotificationResolver } from './notifications/notification.resolver';

export const subgraph: SubgraphDefinition = {
  name: 'notification',
  resolvers: [NotificationResolver, MemberNotificationsResolver, notificationPrivacy.PersonalDataResolver],
  orphanedTypes: [MemberType, notificationPrivacy.PersonalDataType],
};
