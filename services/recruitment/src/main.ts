import { memberReference, runService } from '@kizuna/subgraph';
import { Initial1763900000000 } from './migrations/1763900000000-initial';
import { PostEntity } from './posts/post.entity';
import { MemberPostsResolver, PostResolver } from './posts/post.resolver';
import { PostService } from './posts/post.service';
import { subgraph } from './schema';

void runService({
  subgraph,
  entities: [PostEntity],
  migrations: [Initial1763900000000],
  setup({ dataSource }) {
    const posts = new PostService(dataSource);
    return {
      resolvers: [new PostResolver(posts), new MemberPostsResolver(posts)],
      references: memberReference(),
    };
  },
});
