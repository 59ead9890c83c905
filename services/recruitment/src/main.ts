import { memberReference, mergeEventHandlers, personalDataReference, runService } from '@kizuna/subgraph';
import { Initial1763900000000 } from './migrations/1763900000000-initial';
import { AccountMemberships1764600000000 } from './migrations/1764600000000-account-memberships';
import { PostEntity } from './posts/post.entity';
import { MemberPostsResolver, PostResolver } from './posts/post.resolver';
import { PostService } from './posts/post.service';
import { privacyConsumers } from './privacy/privacy.consumers';
import { PersonalDataResolver } from './privacy/privacy.resolver';
import { RecruitmentPrivacyService } from './privacy/privacy.service';
import { subgraph } from './schema';

void runService({
  subgraph,
  entities: [PostEntity],
  migrations: [Initial1763900000000, AccountMemberships1764600000000],
  setup({ dataSource }) {
    const posts = new PostService(dataSource);
    const privacy = new RecruitmentPrivacyService(dataSource);
    return {
      resolvers: [new PostResolver(posts), new MemberPostsResolver(posts), new PersonalDataResolver(privacy)],
      references: { ...memberReference(), ...personalDataReference() },
      consumers: mergeEventHandlers(privacyConsumers(privacy)),
    };
  },
});
