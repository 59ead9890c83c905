import type { SubgraphDefinition } from '@kizuna/subgraph';
import { MemberType } from './members/member.type';
import { PersonalDataType } from './privacy/personal-data.type';
import { PersonalDataResolver } from './privacy/privacy.resolver';
import { MemberMessagesResolver, MessageResolver } from './messages/message.resolver';

export const subgraph: SubgraphDefinition = {
  name: 'messaging',
  resolvers: [MessageResolver, MemberMessagesResolver, PersonalDataResolver],
  orphanedTypes: [MemberType, PersonalDataType],
};
