import { memberReference, mergeEventHandlers, runService } from '@kizuna/subgraph';
import { Initial1763900000000 } from './migrations/1763900000000-initial';
import { AccountMemberships1764600000000 } from './migrations/1764600000000-account-memberships';
import { PostEntity } from './posts/post.entity';
import { MemberPostsResolver, PostResolver } from './posts/post.resolver';
import { PostService } from './posts/post.service';
import { RecruitmentPrivacyService } from './privacy/privacy.service';
import { recruitmentPrivacy } from './privacy/privacy.slice';
import { subgraph } from './schema';

void runService({
  subgraph,
  entities: [PostEntity],
  migrations: [Initial1763900000000, AccountMemberships1764600000000],
  setup({ dataSource }) {
    const posts = new PostService(dataSource);
    const privacy = recruitmentPrivacy.provide(dataSource, new RecruitmentPrivacyService(dataSource));
    return {
      resolvers: [new PostResolver(posts), new MemberPostsResolver(posts), privacy.resolver],
      references: { ...memberReference(), ...privacy.references },
      consumers: mergeEventHandlers(privacy.consumers),
    };
  },
});
