import { Arg, Authorized, Directive, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Permission, type Viewer } from '@kizuna/auth';
import { connectionListSize, cost, CurrentViewer } from '@kizuna/subgraph';
import type { ArticleReviewService } from './article-review.service';
import { articleConnection, articlePayload } from './article.resolver';
import { ArticleConnection, ArticleInput, ArticlePayload, PublishArticleInput, RejectArticleInput } from './article.types';

// Members write and submit; staff with MANAGE_CONTENT review. Applicants may do neither.
@Resolver()
export class ArticleReviewResolver {
  constructor(private readonly review: ArticleReviewService) {}

  @Authorized()
  @Directive(cost(5))
  @Directive(connectionListSize())
  @Query(() => ArticleConnection, { description: "The viewer's own articles in this network, whatever their status, last changed first." })
  async myArticles(
    @CurrentViewer() viewer: Viewer,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<ArticleConnection> {
    return articleConnection(await this.review.mine(viewer, { first, after }));
  }

  @Authorized(Permission.MANAGE_CONTENT)
  @Directive(cost(5))
  @Directive(connectionListSize())
  @Query(() => ArticleConnection, { description: "Members' articles waiting for review, oldest first (MANAGE_CONTENT)." })
  async articleReviewQueue(
    @CurrentViewer() viewer: Viewer,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<ArticleConnection> {
    return articleConnection(await this.review.queue(viewer, { first, after }));
  }

  @Authorized(Permission.MANAGE_CONTENT)
  @Query(() => Int, { description: "How many members' articles wait for review (MANAGE_CONTENT)." })
  articleReviewQueueCount(@CurrentViewer() viewer: Viewer): Promise<number> {
    return this.review.queueCount(viewer);
  }

  @Authorized()
  @Mutation(() => ArticlePayload, {
    description: 'The author submits their draft for review (where contentSettings.membersMayWriteArticles; FORBIDDEN otherwise).',
  })
  async submitArticle(@Arg('input') input: ArticleInput, @CurrentViewer() viewer: Viewer): Promise<ArticlePayload> {
    return articlePayload(await this.review.submit(viewer, input.articleId));
  }

  @Authorized()
  @Mutation(() => ArticlePayload, { description: 'The author takes their submission back: a draft again, out of the review queue.' })
  async withdrawArticleSubmission(@Arg('input') input: ArticleInput, @CurrentViewer() viewer: Viewer): Promise<ArticlePayload> {
    return articlePayload(await this.review.withdraw(viewer, input.articleId));
  }

  @Authorized(Permission.MANAGE_CONTENT)
  @Mutation(() => ArticlePayload, {
    description: 'Approves a submitted article (MANAGE_CONTENT): published now, or scheduled for publishAt, exactly as publishArticle does.',
  })
  async approveArticle(@Arg('input') input: PublishArticleInput, @CurrentViewer() viewer: Viewer): Promise<ArticlePayload> {
    return articlePayload(await this.review.approve(viewer, input.articleId, input.publishAt));
  }

  @Authorized(Permission.MANAGE_CONTENT)
  @Mutation(() => ArticlePayload, { description: 'Sends a submitted article back to its author as a draft, with the reason they see (MANAGE_CONTENT).' })
  async rejectArticle(@Arg('input') input: RejectArticleInput, @CurrentViewer() viewer: Viewer): Promise<ArticlePayload> {
    return articlePayload(await this.review.reject(viewer, input.articleId, input.reason));
  }
}
