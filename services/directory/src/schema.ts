import type { SubgraphDefinition } from '@kizuna/subgraph';
import { MemberProfileResolver, ProfileResolver } from './profiles/profile.resolver';

export const subgraph: SubgraphDefinition = {
  name: 'directory',
  resolvers: [ProfileResolver, MemberProfileResolver],
};
