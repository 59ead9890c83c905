import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '@kizuna/subgraph';
import { feedItemPayload } from '../feed/feed.resolver';
import { FeedItemInput, FeedItemPayload } from '../feed/feed.types';
import type { ReactionService } from './reaction.service';
import type { SegmentMembership } from '../segments/segment-membership';

@Resolver()
export class ReactionResolver {
  constructor(
    private readonly reactions: ReactionService,
    private readonly segments: SegmentMembership,
  ) {}

  @Authorized()
  @Mutation(() => FeedItemPayload, { description: 'Likes a feed item of any kind. Liking twice changes nothing.' })
  async likeFeedItem(@Arg('input') input: FeedItemInput, @Ctx() context: RequestContext): Promise<FeedItemPayload> {
    return feedItemPayload(await this.segments.onOneItem(context, (viewer) => this.reactions.set(viewer, input.feedItemId, true)));
  }

  @Authorized()
  @Mutation(() => FeedItemPayload, { description: "Takes the viewer's like back. Unliking what was not liked changes nothing." })
  async unlikeFeedItem(@Arg('input') input: FeedItemInput, @Ctx() context: RequestContext): Promise<FeedItemPayload> {
    return feedItemPayload(await this.segments.onOneItem(context, (viewer) => this.reactions.set(viewer, input.feedItemId, false)));
  }
}
