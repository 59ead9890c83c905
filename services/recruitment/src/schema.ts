import type { SubgraphDefinition } from '@kizuna/subgraph';
import { MemberType } from './members/member.type';
import { PersonalDataType } from './privacy/personal-data.type';
import { PersonalDataResolver } from './privacy/privacy.resolver';
import { MemberPostsResolver, PostResolver } from './posts/post.resolver';

export const subgraph: SubgraphDefinition = {
  name: 'recruitment',
  resolvers: [PostResolver, MemberPostsResolver, PersonalDataResolver],
  orphanedTypes: [MemberType, PersonalDataType],
};
