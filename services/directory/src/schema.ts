import type { SubgraphDefinition } from '@kizuna/subgraph';
import { MemberType } from './members/member.type';
import { MemberProfileResolver, ProfileResolver } from './profiles/profile.resolver';

export const subgraph: SubgraphDefinition = {
  name: 'directory',
  resolvers: [ProfileResolver, MemberProfileResolver],
  orphanedTypes: [MemberType],
};
