import { memberReference, mergeEventHandlers, personalDataReference, runService } from '@kizuna/subgraph';
import { ArticleEntity } from './articles/article.entity';
import { ArticleResolver, MemberArticlesResolver } from './articles/article.resolver';
import { ArticleService } from './articles/article.service';
import { Initial1763900000000 } from './migrations/1763900000000-initial';
import { AccountMemberships1764600000000 } from './migrations/1764600000000-account-memberships';
import { privacyConsumers } from './privacy/privacy.consumers';
import { PersonalDataResolver } from './privacy/privacy.resolver';
import { ContentPrivacyService } from './privacy/privacy.service';
import { subgraph } from './schema';

void runService({
  subgraph,
  entities: [ArticleEntity],
  migrations: [Initial1763900000000, AccountMemberships1764600000000],
  setup({ dataSource }) {
    const articles = new ArticleService(dataSource);
    const privacy = new ContentPrivacyService(dataSource);
    return {
      resolvers: [new ArticleResolver(articles), new MemberArticlesResolver(articles), new PersonalDataResolver(privacy)],
      references: { ...memberReference(), ...personalDataReference() },
      consumers: mergeEventHandlers(privacyConsumers(privacy)),
    };
  },
});
