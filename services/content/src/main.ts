import { memberReference, runService } from '@kizuna/subgraph';
import { ArticleEntity } from './articles/article.entity';
import { ArticleResolver, MemberArticlesResolver } from './articles/article.resolver';
import { ArticleService } from './articles/article.service';
import { Initial1763900000000 } from './migrations/1763900000000-initial';
import { subgraph } from './schema';

void runService({
  subgraph,
  entities: [ArticleEntity],
  migrations: [Initial1763900000000],
  setup({ dataSource }) {
    const articles = new ArticleService(dataSource);
    return {
      resolvers: [new ArticleResolver(articles), new MemberArticlesResolver(articles)],
      references: memberReference(),
    };
  },
});
