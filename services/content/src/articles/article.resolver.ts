import { Arg, Authorized, Ctx, Directive, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { forbidden, isAllowed, Permission, unauthenticated, type Viewer } from '@kizuna/auth';
import { isUuid, requestLoader } from '@kizuna/data';
import {
  assumedListSize,
  connectionListSize,
  cost,
  CurrentViewer,
  DELETED_MEMBER_ID,
  GraphQLJSONObject,
  type ReferenceResolvers,
  type RequestContext,
  type Result,
} from '@kizuna/subgraph';
import { isContentModerator, isStaff, type FeedAudience } from '../feed/feed-item.record';
import { FeedAudienceEnum, FeedItemType } from '../feed/feed.types';
import { imageUrl, mediaUrl } from '../images/image-url';
import type { PostImageRecord, PostImageService } from '../images/post-image.service';
import { MemberType } from '../members/member.type';
import type { SegmentMembership } from '../segments/segment-membership';
import { fileIdsOf, imageIdsOf, withFileSources, withImageSources, type ArticleDocument } from './article-document';
import type { ArticleFileService } from './article-files.service';
import { articleSourceKey, type ArticleDraft, type ArticlePage, type ArticleRecord, type ArticleService } from './article.service';
import {
  ArticleCategoryInput,
  ArticleCategoryPayload,
  ArticleCategoryType,
  ArticleConnection,
  ArticleContentInput,
  ArticleImageType,
  ArticleInput,
  ArticlePayload,
  ArticleRevisionType,
  ArticleStatusEnum,
  ArticleType,
  CreateArticleCategoryInput,
  DeleteArticleCategoryPayload,
  DeleteArticlePayload,
  EditArticleInput,
  presentArticle,
  presentCategory,
  presentRevision,
  PublishArticleInput,
  RenameArticleCategoryInput,
  STATUS_FROM,
} from './article.types';

const AUDIENCE: Record<FeedAudienceEnum, FeedAudience> = { NETWORK: 'network', STAFF: 'staff', SEGMENT: 'segment' };

function draftOf(input: ArticleContentInput): ArticleDraft {
  return {
    title: input.title,
    body: input.body,
    coverImageId: input.coverImageId,
    categoryId: input.categoryId,
    audience: AUDIENCE[input.audience],
    segmentId: input.segmentId,
  };
}

export function articlePayload(result: Result<ArticleRecord>): ArticlePayload {
  return result.ok ? { article: presentArticle(result.value), errors: [] } : { article: null, errors: result.errors };
}

function categoryPayload(result: Result<Parameters<typeof presentCategory>[0]>): ArticleCategoryPayload {
  return result.ok ? { category: presentCategory(result.value), errors: [] } : { category: null, errors: result.errors };
}

export function articleConnection(page: ArticlePage): ArticleConnection {
  const edges = page.items.map((item, index) => ({ cursor: page.cursors[index], node: presentArticle(item) }));
  return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
}

const presentImage = (image: PostImageRecord): ArticleImageType =>
  Object.assign(new ArticleImageType(), {
    id: image.id,
    url: imageUrl(image.objectKey, 1280),
    smallUrl: imageUrl(image.objectKey, 400),
    width: image.width,
    height: image.height,
  });

/** Read counts and earlier versions are the office's: owners, admins, staff and MANAGE_CONTENT. */
const seesOfficeData = (viewer: Viewer) => isStaff(viewer) || isContentModerator(viewer);

// Approved members of the network only: applicants may not read the network's content yet.
@Resolver(() => ArticleType)
export class ArticleResolver {
  constructor(
    private readonly articleService: ArticleService,
    private readonly segments: SegmentMembership,
    private readonly images: PostImageService,
    private readonly files: ArticleFileService,
  ) {}

  /** Files an article stopped showing go once it is saved or deleted (see ArticleFileService). */
  private async settled<T>(viewer: Viewer, result: Result<T>): Promise<Result<T>> {
    if (result.ok) await this.files.settle(viewer.networkId);
    return result;
  }

  @Authorized()
  @Query(() => Int, { description: "Articles published in the signed-in member's network." })
  publishedArticleCount(@CurrentViewer() viewer: Viewer): Promise<number> {
    return this.articleService.publishedCount(viewer);
  }

  @Authorized()
  @Query(() => ArticleType, {
    nullable: true,
    description:
      "An article the viewer may read (staff with MANAGE_CONTENT: any of the network's); null for unknown ids, other networks' and other audiences' articles.",
  })
  async article(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<ArticleType | null> {
    const found = await this.articleService.find(await this.segments.viewerOf(context), id);
    return found ? presentArticle(found) : null;
  }

  @Authorized()
  @Directive(cost(5))
  @Directive(connectionListSize())
  @Query(() => ArticleConnection, {
    description: 'Articles, newest first: for members the published ones they may read; for staff with MANAGE_CONTENT every one (narrow by status).',
  })
  async articles(
    @Ctx() context: RequestContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('categoryId', () => ID, { nullable: true }) categoryId?: string | null,
    @Arg('status', () => ArticleStatusEnum, { nullable: true }) status?: ArticleStatusEnum | null,
  ): Promise<ArticleConnection> {
    const viewer = await this.segments.viewerOf(context);
    const asked = status ? STATUS_FROM[status] : null;
    // Members see published articles only: asking them for drafts finds nothing.
    if (!isContentModerator(viewer) && asked && asked !== 'published') return articleConnection({ items: [], cursors: [], hasNextPage: false });
    return articleConnection(await this.articleService.list(viewer, { first, after, categoryId, status: asked }));
  }

  @Authorized()
  @Directive(assumedListSize(10))
  @Query(() => [ArticleCategoryType], { description: "The network's article categories, by name." })
  async articleCategories(@CurrentViewer() viewer: Viewer): Promise<ArticleCategoryType[]> {
    return (await this.articleService.categories(viewer.networkId)).map(presentCategory);
  }

  @Authorized()
  @Mutation(() => ArticlePayload, {
    description:
      'Writes a new draft article: staff with MANAGE_CONTENT (publish it with publishArticle), or a member where contentSettings.membersMayWriteArticles (FORBIDDEN otherwise; submit it with submitArticle).',
  })
  async createArticle(@Arg('input') input: ArticleContentInput, @CurrentViewer() viewer: Viewer): Promise<ArticlePayload> {
    return articlePayload(await this.settled(viewer, await this.articleService.create(viewer, draftOf(input))));
  }

  @Authorized()
  @Mutation(() => ArticlePayload, {
    description:
      "Changes an article (MANAGE_CONTENT: any of the network's; a member where allowed: their own draft or submission, which becomes a draft again); the version it replaces is kept in revisions.",
  })
  async editArticle(@Arg('input') input: EditArticleInput, @CurrentViewer() viewer: Viewer): Promise<ArticlePayload> {
    return articlePayload(await this.settled(viewer, await this.articleService.edit(viewer, input.articleId, draftOf(input.article))));
  }

  @Authorized(Permission.MANAGE_CONTENT)
  @Mutation(() => ArticlePayload, { description: 'Publishes an article now, or schedules it for publishAt (MANAGE_CONTENT).' })
  async publishArticle(@Arg('input') input: PublishArticleInput, @CurrentViewer() viewer: Viewer): Promise<ArticlePayload> {
    return articlePayload(await this.articleService.publish(viewer, input.articleId, input.publishAt));
  }

  @Authorized(Permission.MANAGE_CONTENT)
  @Mutation(() => ArticlePayload, { description: 'Takes a published or scheduled article back to a draft (MANAGE_CONTENT); it leaves the feed.' })
  async unpublishArticle(@Arg('input') input: ArticleInput, @CurrentViewer() viewer: Viewer): Promise<ArticlePayload> {
    return articlePayload(await this.articleService.unpublish(viewer, input.articleId));
  }

  @Authorized(Permission.MANAGE_CONTENT)
  @Mutation(() => DeleteArticlePayload, { description: 'Deletes an article with its feed item and earlier versions (MANAGE_CONTENT).' })
  async deleteArticle(@Arg('input') input: ArticleInput, @CurrentViewer() viewer: Viewer): Promise<DeleteArticlePayload> {
    const result = await this.settled(viewer, await this.articleService.delete(viewer, input.articleId));
    return result.ok ? { deletedArticleId: result.value, errors: [] } : { deletedArticleId: null, errors: result.errors };
  }

  @Authorized()
  @Mutation(() => ArticlePayload, { description: 'The viewer opened a published article (the reader calls it once per open).' })
  async recordArticleRead(@Arg('input') input: ArticleInput, @Ctx() context: RequestContext): Promise<ArticlePayload> {
    return articlePayload(await this.articleService.recordRead(await this.segments.viewerOf(context), input.articleId));
  }

  @Authorized(Permission.MANAGE_CONTENT)
  @Mutation(() => ArticleCategoryPayload, { description: 'Adds an article category (MANAGE_CONTENT).' })
  async createArticleCategory(@Arg('input') input: CreateArticleCategoryInput, @CurrentViewer() viewer: Viewer): Promise<ArticleCategoryPayload> {
    return categoryPayload(await this.articleService.createCategory(viewer, input.name));
  }

  @Authorized(Permission.MANAGE_CONTENT)
  @Mutation(() => ArticleCategoryPayload, { description: 'Renames an article category (MANAGE_CONTENT).' })
  async renameArticleCategory(@Arg('input') input: RenameArticleCategoryInput, @CurrentViewer() viewer: Viewer): Promise<ArticleCategoryPayload> {
    return categoryPayload(await this.articleService.renameCategory(viewer, input.categoryId, input.name));
  }

  @Authorized(Permission.MANAGE_CONTENT)
  @Mutation(() => DeleteArticleCategoryPayload, { description: 'Deletes an article category (MANAGE_CONTENT); its articles stay, uncategorised.' })
  async deleteArticleCategory(@Arg('input') input: ArticleCategoryInput, @CurrentViewer() viewer: Viewer): Promise<DeleteArticleCategoryPayload> {
    const result = await this.articleService.deleteCategory(viewer, input.categoryId);
    return result.ok ? { deletedCategoryId: result.value, errors: [] } : { deletedCategoryId: null, errors: result.errors };
  }

  @FieldResolver(() => GraphQLJSONObject, {
    description:
      "The body: a ProseMirror document (see ArticleContentInput.body); the attrs of each image and uploaded video carry its src, an attachment's its src, name and size (null once it is gone).",
  })
  async body(@Root() article: ArticleType, @Ctx() context: RequestContext): Promise<ArticleDocument> {
    const networkId = article.record.networkId;
    const images = this.imageLoader(context, networkId);
    const files = requestLoader(context, `article-files-of-${networkId}`, (ids: string[]) => this.files.byIds(networkId, ids));
    const [foundImages, foundFiles] = await Promise.all([
      Promise.all(imageIdsOf(article.record.body).map(async (id) => [id, await images.get(id)] as const)),
      Promise.all(fileIdsOf(article.record.body).map(async (id) => [id, await files.get(id)] as const)),
    ]);
    const imagesById = new Map(foundImages);
    const filesById = new Map(foundFiles);
    const withImages = withImageSources(article.record.body, (id) => {
      const image = imagesById.get(id);
      return image ? imageUrl(image.objectKey, 1280) : null;
    });
    return withFileSources(withImages, (id) => {
      const file = filesById.get(id);
      return file ? { src: mediaUrl(file.objectKey), name: file.name, size: file.size } : null;
    });
  }

  @FieldResolver(() => ArticleImageType, { nullable: true })
  async coverImage(@Root() article: ArticleType, @Ctx() context: RequestContext): Promise<ArticleImageType | null> {
    if (!article.record.coverImageId) return null;
    const image = await this.imageLoader(context, article.record.networkId).get(article.record.coverImageId);
    return image ? presentImage(image) : null;
  }

  @FieldResolver(() => ArticleCategoryType, { nullable: true })
  async category(@Root() article: ArticleType, @Ctx() context: RequestContext): Promise<ArticleCategoryType | null> {
    if (!article.record.categoryId) return null;
    const networkId = article.record.networkId;
    const category = await requestLoader(context, `article-categories-of-${networkId}`, (ids: string[]) =>
      this.articleService.categoriesByIds(networkId, ids),
    ).get(article.record.categoryId);
    return category ? presentCategory(category) : null;
  }

  @FieldResolver(() => MemberType, { nullable: true, description: 'Who wrote it; null once their account is deleted.' })
  author(@Root() article: ArticleType): MemberType | null {
    const id = article.record.authorMembershipId;
    return id && id !== DELETED_MEMBER_ID ? Object.assign(new MemberType(), { id }) : null;
  }

  @Directive(assumedListSize(5))
  @FieldResolver(() => [ArticleRevisionType], { nullable: true, description: 'Earlier versions, oldest first; for staff only (null for others).' })
  async revisions(@Root() article: ArticleType, @Ctx() context: RequestContext, @CurrentViewer() viewer: Viewer): Promise<ArticleRevisionType[] | null> {
    if (!seesOfficeData(viewer)) return null;
    return ((await requestLoader(context, 'article-revisions', (ids: string[]) => this.articleService.revisionsOf(ids)).get(article.id)) ?? []).map(
      presentRevision,
    );
  }

  @FieldResolver(() => Int, { nullable: true, description: 'How often it was opened; for staff only (null for others).' })
  readCount(@Root() article: ArticleType, @CurrentViewer() viewer: Viewer): number | null {
    return seesOfficeData(viewer) ? article.record.readCount : null;
  }

  @FieldResolver(() => Int, { nullable: true, description: 'How many members opened it; for staff only (null for others).' })
  uniqueReaderCount(@Root() article: ArticleType, @CurrentViewer() viewer: Viewer): number | null {
    return seesOfficeData(viewer) ? article.record.uniqueReaderCount : null;
  }

  private imageLoader(context: RequestContext, networkId: string) {
    return requestLoader(context, `article-images-of-${networkId}`, (ids: string[]) => this.images.articleImages(networkId, ids));
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
  async publishedArticleCount(@Root() member: MemberType, @Ctx() context: RequestContext, @CurrentViewer() viewer: Viewer): Promise<number | null> {
    const loader = requestLoader(context, 'publishedArticleCount', (ids: string[]) => this.articles.publishedCountsByAuthor(viewer, ids));
    return (await loader.get(member.id)) ?? 0;
  }
}

@Resolver(() => FeedItemType)
export class FeedItemArticleResolver {
  constructor(private readonly articles: ArticleService) {}

  @FieldResolver(() => ArticleType, { nullable: true, description: 'ARTICLE: the article.' })
  async article(@Root() item: FeedItemType, @Ctx() context: RequestContext): Promise<ArticleType | null> {
    if (item.kind !== 'ARTICLE' || item.record.sourceKey !== articleSourceKey(item.id)) return null;
    const networkId = item.record.networkId;
    const article = await requestLoader(context, `articles-of-${networkId}`, (ids: string[]) => this.articles.byIds(networkId, ids)).get(item.id);
    return article ? presentArticle(article) : null;
  }
}

/** `Article` by id from another subgraph or the gateway: only what the viewer may read, else null. */
export function articleReferences(articles: ArticleService, segments: SegmentMembership): ReferenceResolvers {
  return {
    Article: {
      async __resolveReference(reference: { id?: unknown }, context: RequestContext): Promise<ArticleType | null> {
        if (!context.viewer) throw unauthenticated();
        if (!isAllowed(context.viewer, [])) throw forbidden();
        if (!isUuid(reference.id)) return null;
        const found = await articles.find(await segments.viewerOf(context), reference.id);
        return found ? presentArticle(found) : null;
      },
    },
  };
}
