import type { SubgraphDefinition } from '@kizuna/subgraph';
import { MemberType } from './members/member.type';
import { MemberPostsResolver, PostResolver } from './posts/post.resolver';

export const subgraph: SubgraphDefinition = {
  name: 'recruitment',
  resolvers: [PostResolver, MemberPostsResolver],
  orphanedTypes: [MemberType],
};
