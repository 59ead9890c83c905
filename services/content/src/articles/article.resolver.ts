import { Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Viewer } from '@kizuna/auth';
import { requestLoader } from '@kizuna/data';
import { CurrentViewer, type RequestContext, requireViewer } from '@kizuna/subgraph';
import { MemberType } from '../members/member.type';
import type { ArticleService } from './article.service';

// Approved members of the network only: applicants may not read the network's content yet.
@Resolver()
export class ArticleResolver {
  constructor(private readonly articles: ArticleService) {}

  @Authorized()
  @Query(() => Int, { description: "Articles published in the signed-in member's network." })
  publishedArticleCount(@CurrentViewer() viewer: Viewer): Promise<number> {
    return this.articles.publishedCount(viewer);
  }
}

@Resolver(() => MemberType)
export class MemberArticlesResolver {
  constructor(private readonly articles: ArticleService) {}

  @Authorized()
  @FieldResolver(() => Int, {
    nullable: true,
    description: 'Articles this member has published in the network; null with a FORBIDDEN error for a viewer who may not see them.',
  })
  async publishedArticleCount(@Root() member: MemberType, @Ctx() context: RequestContext): Promise<number | null> {
    const viewer = requireViewer(context);
    const loader = requestLoader(context, 'publishedArticleCount', (ids: string[]) => this.articles.publishedCountsByAuthor(viewer, ids));
    return (await loader.get(member.id)) ?? 0;
  }
}
