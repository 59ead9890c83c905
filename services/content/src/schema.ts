import type { SubgraphDefinition } from '@kizuna/subgraph';
import { ArticleResolver, MemberArticlesResolver } from './articles/article.resolver';
import { MemberType } from './members/member.type';

export const subgraph: SubgraphDefinition = {
  name: 'content',
  resolvers: [ArticleResolver, MemberArticlesResolver],
  orphanedTypes: [MemberType],
};
