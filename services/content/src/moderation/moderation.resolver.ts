import { Arg, Authorized, Ctx, Directive, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Permission, type Viewer } from '@kizuna/auth';
import { connectionListSize, cost, CurrentViewer, type RequestContext, type Result } from '@kizuna/subgraph';
import { feedItemPayload } from '../feed/feed.resolver';
import { FeedItemInput, FeedItemPayload, presentFeedItem } from '../feed/feed.types';
import type { ModerationService, ReportRecord } from './moderation.service';
import { DismissReportInput, ModerationCaseConnection, presentReport, ReportContentInput, ReportPayload } from './moderation.types';
import type { SegmentMembership } from '../segments/segment-membership';

function reportPayload(result: Result<ReportRecord>): ReportPayload {
  return result.ok ? { report: presentReport(result.value), errors: [] } : { report: null, errors: result.errors };
}

@Resolver()
export class ModerationResolver {
  constructor(
    private readonly moderation: ModerationService,
    private readonly segments: SegmentMembership,
  ) {}

  @Authorized()
  @Mutation(() => ReportPayload, { description: 'Reports a feed item, or one of its comments, to the moderators.' })
  async reportContent(@Arg('input') input: ReportContentInput, @Ctx() context: RequestContext): Promise<ReportPayload> {
    return reportPayload(await this.moderation.report(await this.segments.viewerOf(context), input.feedItemId, input.commentId, input.reason));
  }

  @Authorized(Permission.MANAGE_CONTENT)
  @Directive(cost(10))
  @Directive(connectionListSize())
  @Query(() => ModerationCaseConnection, { description: 'Items with open reports, the most recently reported first (MANAGE_CONTENT).' })
  async moderationQueue(
    @CurrentViewer() viewer: Viewer,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<ModerationCaseConnection> {
    const page = await this.moderation.queue(viewer, first, after);
    const edges = page.cases.map((found, index) => ({
      cursor: page.cursors[index],
      node: {
        item: presentFeedItem(found.item),
        openReportCount: found.openReportCount,
        latestReportAt: found.latestReportAt,
        reports: found.reports.map(presentReport),
      },
    }));
    return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  @Authorized(Permission.MANAGE_CONTENT)
  @Mutation(() => FeedItemPayload, { description: 'Hides an item from everyone but its author, and settles its open reports (MANAGE_CONTENT).' })
  async hideFeedItem(@Arg('input') input: FeedItemInput, @Ctx() context: RequestContext): Promise<FeedItemPayload> {
    return feedItemPayload(await this.moderation.setHidden(await this.segments.viewerOf(context), input.feedItemId, true));
  }

  @Authorized(Permission.MANAGE_CONTENT)
  @Mutation(() => FeedItemPayload, { description: 'Shows a hidden item to the network again (MANAGE_CONTENT).' })
  async unhideFeedItem(@Arg('input') input: FeedItemInput, @Ctx() context: RequestContext): Promise<FeedItemPayload> {
    return feedItemPayload(await this.moderation.setHidden(await this.segments.viewerOf(context), input.feedItemId, false));
  }

  @Authorized(Permission.MANAGE_CONTENT)
  @Mutation(() => ReportPayload, { description: 'Closes a report without action (MANAGE_CONTENT).' })
  async dismissReport(@Arg('input') input: DismissReportInput, @CurrentViewer() viewer: Viewer): Promise<ReportPayload> {
    return reportPayload(await this.moderation.dismiss(viewer, input.reportId));
  }

  @Authorized(Permission.MANAGE_CONTENT)
  @Mutation(() => FeedItemPayload, { description: 'Pins an item on top of the feed (MANAGE_CONTENT).' })
  async pinFeedItem(@Arg('input') input: FeedItemInput, @Ctx() context: RequestContext): Promise<FeedItemPayload> {
    return feedItemPayload(await this.moderation.setPinned(await this.segments.viewerOf(context), input.feedItemId, true));
  }

  @Authorized(Permission.MANAGE_CONTENT)
  @Mutation(() => FeedItemPayload, { description: 'Unpins an item (MANAGE_CONTENT).' })
  async unpinFeedItem(@Arg('input') input: FeedItemInput, @Ctx() context: RequestContext): Promise<FeedItemPayload> {
    return feedItemPayload(await this.moderation.setPinned(await this.segments.viewerOf(context), input.feedItemId, false));
  }
}
