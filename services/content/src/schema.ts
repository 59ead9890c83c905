import type { SubgraphDefinition } from '@kizuna/subgraph';
import { ArticleResolver, MemberArticlesResolver } from './articles/article.resolver';
import { MemberType } from './members/member.type';
import { PersonalDataType } from './privacy/personal-data.type';
import { PersonalDataResolver } from './privacy/privacy.resolver';

export const subgraph: SubgraphDefinition = {
  name: 'content',
  resolvers: [ArticleResolver, MemberArticlesResolver, PersonalDataResolver],
  orphanedTypes: [MemberType, PersonalDataType],
};
