import { GraphQLError } from 'graphql';
import { Arg, Authorized, Ctx, Directive, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { forbidden, isAllowed, unauthenticated } from '@kizuna/auth';
import { isUuid, requestLoader } from '@kizuna/data';
import { assumedListSize, connectionListSize, cost, type ReferenceResolvers, type RequestContext, requireViewer, type Result } from '@kizuna/subgraph';
import { CommentConnection } from '../comments/comment.types';
import { commentConnection } from '../comments/comment.resolver';
import type { CommentService } from '../comments/comment.service';
import { MemberType } from '../members/member.type';
import type { PostService } from '../posts/post.service';
import { PostType, presentPost } from '../posts/post.types';
import type { FeedItemRecord } from './feed-item.record';
import { MAX_ITEMS_BY_ID, type FeedPage, type FeedService } from './feed.service';
import { FeedItemConnection, FeedItemInput, FeedItemPayload, FeedItemType, FeedOrderEnum, presentFeedItem } from './feed.types';
import type { SegmentMembership } from '../segments/segment-membership';

export function feedConnection(page: FeedPage): FeedItemConnection {
  const edges = page.items.map((item, index) => ({ cursor: page.cursors[index], node: presentFeedItem(item) }));
  return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
}

export function feedItemPayload(result: Result<FeedItemRecord>): FeedItemPayload {
  return result.ok ? { feedItem: presentFeedItem(result.value), errors: [] } : { feedItem: null, errors: result.errors };
}

const member = (id: string | null) => (id ? Object.assign(new MemberType(), { id }) : null);

// The feed is the network's content: approved members only (a bare @Authorized() refuses applicants).
@Resolver(() => FeedItemType)
export class FeedResolver {
  constructor(
    private readonly feedService: FeedService,
    private readonly postService: PostService,
    private readonly commentService: CommentService,
    private readonly segments: SegmentMembership,
  ) {}

  @Authorized()
  @Directive(cost(10))
  @Directive(connectionListSize())
  @Query(() => FeedItemConnection, { description: "The network's feed as the viewer sees it (their own hidden items left out)." })
  async feed(
    @Ctx() context: RequestContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('order', () => FeedOrderEnum, { nullable: true, defaultValue: FeedOrderEnum.NEWEST }) order?: FeedOrderEnum | null,
  ): Promise<FeedItemConnection> {
    return feedConnection(
      await this.feedService.feed(await this.segments.viewerOf(context), order === FeedOrderEnum.POPULAR_THIS_WEEK ? 'popular' : 'newest', first, after),
    );
  }

  @Authorized()
  @Query(() => FeedItemType, { nullable: true, description: "One feed item the viewer may see; null for unknown ids and other networks' items." })
  async feedItem(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<FeedItemType | null> {
    const item = await this.feedService.find(await this.segments.viewerOf(context), id);
    return item ? presentFeedItem(item) : null;
  }

  @Authorized()
  @Directive(assumedListSize(MAX_ITEMS_BY_ID))
  @Query(() => [FeedItemType], {
    nullable: 'items',
    description: `Up to ${MAX_ITEMS_BY_ID} feed items by id, in the order asked (e.g. what a client shows); null in place of those the viewer may not see.`,
  })
  async feedItems(@Arg('ids', () => [ID]) ids: string[], @Ctx() context: RequestContext): Promise<(FeedItemType | null)[]> {
    if (ids.length > MAX_ITEMS_BY_ID)
      throw new GraphQLError(`Ask for at most ${MAX_ITEMS_BY_ID} feed items.`, { extensions: { code: 'BAD_USER_INPUT', field: 'ids' } });
    const found = await this.feedService.readable(await this.segments.viewerOf(context), ids);
    return ids.map((id) => {
      const item = found.get(id);
      return item ? presentFeedItem(item) : null;
    });
  }

  @Authorized()
  @Directive(cost(5))
  @Directive(connectionListSize())
  @Query(() => FeedItemConnection, { description: 'Posts with a hashtag (with or without #, any width or case), newest first.' })
  async hashtag(
    @Arg('tag') tag: string,
    @Ctx() context: RequestContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<FeedItemConnection> {
    return feedConnection(await this.feedService.hashtag(await this.segments.viewerOf(context), tag, first, after));
  }

  @Authorized()
  @Mutation(() => FeedItemPayload, { description: '"Hide this item": takes it out of the viewer\'s own feed only.' })
  async hideFromMyFeed(@Arg('input') input: FeedItemInput, @Ctx() context: RequestContext): Promise<FeedItemPayload> {
    return feedItemPayload(await this.feedService.hideForViewer(await this.segments.viewerOf(context), input.feedItemId, true));
  }

  @Authorized()
  @Mutation(() => FeedItemPayload, { description: 'Puts an item the viewer hid back in their feed.' })
  async showInMyFeed(@Arg('input') input: FeedItemInput, @Ctx() context: RequestContext): Promise<FeedItemPayload> {
    return feedItemPayload(await this.feedService.hideForViewer(await this.segments.viewerOf(context), input.feedItemId, false));
  }

  @FieldResolver(() => MemberType, { nullable: true, description: 'Who it is by or about; null for the network itself or a deleted account.' })
  actor(@Root() item: FeedItemType): MemberType | null {
    return member(item.record.actorMembershipId);
  }

  @FieldResolver(() => Boolean, { description: 'The viewer liked it.' })
  async viewerLiked(@Root() item: FeedItemType, @Ctx() context: RequestContext): Promise<boolean> {
    const viewer = requireViewer(context);
    return (await requestLoader(context, 'liked-by-viewer', (ids: string[]) => this.feedService.likedBy(viewer, ids)).get(item.id)) ?? false;
  }

  @FieldResolver(() => PostType, { nullable: true, description: 'POST: the post.' })
  async post(@Root() item: FeedItemType, @Ctx() context: RequestContext): Promise<PostType | null> {
    if (item.kind !== 'POST') return null;
    const networkId = item.record.networkId;
    const post = await requestLoader(context, `posts-of-${networkId}`, (ids: string[]) => this.postService.byIds(networkId, ids)).get(item.id);
    return post ? presentPost(post) : null;
  }

  @Directive(cost(5))
  @Directive(connectionListSize())
  @FieldResolver(() => CommentConnection, { description: 'Comments on the item, oldest first (replies under each comment).' })
  async comments(
    @Root() item: FeedItemType,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<CommentConnection> {
    return commentConnection(await this.commentService.page({ feedItemId: item.id }, first, after));
  }
}

/** `FeedItem` and `Post` by id from another subgraph or the gateway: only what the viewer may see, else null. */
export function feedReferences(feed: FeedService, posts: PostService, segments: SegmentMembership): ReferenceResolvers {
  const viewerOf = (context: RequestContext) => {
    if (!context.viewer) throw unauthenticated();
    if (!isAllowed(context.viewer, [])) throw forbidden();
    return segments.viewerOf(context);
  };
  return {
    FeedItem: {
      async __resolveReference(reference: { id?: unknown }, context: RequestContext): Promise<FeedItemType | null> {
        const viewer = await viewerOf(context);
        if (!isUuid(reference.id)) return null;
        const item = await requestLoader(context, 'readable-feed-items', (ids: string[]) => feed.readable(viewer, ids)).get(reference.id);
        return item ? presentFeedItem(item) : null;
      },
    },
    Post: {
      async __resolveReference(reference: { id?: unknown }, context: RequestContext): Promise<PostType | null> {
        const viewer = await viewerOf(context);
        if (!isUuid(reference.id)) return null;
        const item = await requestLoader(context, 'readable-feed-items', (ids: string[]) => feed.readable(viewer, ids)).get(reference.id);
        if (!item) return null;
        const post = await requestLoader(context, `posts-of-${viewer.networkId}`, (ids: string[]) => posts.byIds(viewer.networkId, ids)).get(reference.id);
        return post ? presentPost(post) : null;
      },
    },
  };
}
