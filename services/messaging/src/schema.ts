import type { SubgraphDefinition } from '@kizuna/subgraph';
import { MemberType } from './members/member.type';
import { MemberMessagesResolver, MessageResolver } from './messages/message.resolver';

export const subgraph: SubgraphDefinition = {
  name: 'messaging',
  resolvers: [MessageResolver, MemberMessagesResolver],
  orphanedTypes: [MemberType],
};
