import type { SubgraphDefinition } from '@kizuna/subgraph';
import { MemberType } from './members/member.type';
import { MemberNotificationsResolver, NotificationResolver } from './notifications/notification.resolver';

export const subgraph: SubgraphDefinition = {
  name: 'notification',
  resolvers: [NotificationResolver, MemberNotificationsResolver],
  orphanedTypes: [MemberType],
};
