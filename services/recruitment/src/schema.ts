import type { SubgraphDefinition } from '@kizuna/subgraph';
import { MemberType } from './members/member.type';
import { recruitmentPrivacy } from './privacy/privacy.slice';
import { MemberPostsResolver, PostResolver } from './posts/post.resolver';

export const subgraph: SubgraphDefinition = {
  name: 'recruitment',
  resolvers: [PostResolver, MemberPostsResolver, recruitmentPrivacy.PersonalDataResolver],
  orphanedTypes: [MemberType, recruitmentPrivacy.PersonalDataType],
};
