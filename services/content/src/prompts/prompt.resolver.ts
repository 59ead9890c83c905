import { Arg, Authorized, Ctx, Directive, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Permission, type Viewer } from '@kizuna/auth';
import { requestLoader } from '@kizuna/data';
import { cost, CurrentViewer, type RequestContext, type Result } from '@kizuna/subgraph';
import { FeedAudienceEnum, FeedItemType } from '../feed/feed.types';
import type { PromptRecord, PromptService } from './prompt.service';
import {
  AUDIENCE_OF,
  CreatePostingPromptInput,
  DeletePostingPromptPayload,
  EditPostingPromptInput,
  FeedPromptType,
  PostingPromptInput,
  PostingPromptPayload,
  PostingPromptScheduleInput,
  PostingPromptSchedulePreview,
  PostingPromptType,
  presentFeedPrompt,
  presentPrompt,
} from './prompt.types';

function promptPayload(result: Result<PromptRecord>): PostingPromptPayload {
  return result.ok ? { prompt: presentPrompt(result.value), errors: [] } : { prompt: null, errors: result.errors };
}

// Prompts are managed by staff with MANAGE_CONTENT; members meet them only as feed items.
@Resolver(() => PostingPromptType)
export class PromptResolver {
  constructor(private readonly prompts: PromptService) {}

  @Authorized(Permission.MANAGE_CONTENT)
  @Directive(cost(10))
  @Query(() => [PostingPromptType], { description: "The network's posting prompts, the newest first (MANAGE_CONTENT)." })
  async postingPrompts(@CurrentViewer() viewer: Viewer): Promise<PostingPromptType[]> {
    return (await this.prompts.list(viewer)).map(presentPrompt);
  }

  @Authorized(Permission.MANAGE_CONTENT)
  @Query(() => PostingPromptType, { nullable: true, description: "One posting prompt; null for unknown ids and other networks' (MANAGE_CONTENT)." })
  async postingPrompt(@Arg('id', () => ID) id: string, @CurrentViewer() viewer: Viewer): Promise<PostingPromptType | null> {
    const found = await this.prompts.find(viewer, id);
    return found ? presentPrompt(found) : null;
  }

  @Authorized(Permission.MANAGE_CONTENT)
  @Query(() => PostingPromptSchedulePreview, { description: 'The next occurrences of a schedule before it is saved, or its errors (MANAGE_CONTENT).' })
  postingPromptSchedulePreview(
    @Arg('input') input: PostingPromptScheduleInput,
    @Arg('count', () => Int, { nullable: true, defaultValue: 3 }) count: number,
  ): PostingPromptSchedulePreview {
    const result = this.prompts.preview({ rrule: input.rrule, timeZone: input.timeZone, startsAt: input.startsAt ?? this.prompts.now() }, count);
    return result.ok ? { occurrences: result.value, errors: [] } : { occurrences: [], errors: result.errors };
  }

  @Authorized(Permission.MANAGE_CONTENT)
  @Mutation(() => PostingPromptPayload, { description: 'Creates a posting prompt; its next occurrence enters the feed on time (MANAGE_CONTENT).' })
  async createPostingPrompt(@Arg('input') input: CreatePostingPromptInput, @CurrentViewer() viewer: Viewer): Promise<PostingPromptPayload> {
    return promptPayload(
      await this.prompts.create(
        viewer,
        {
          hashtag: input.hashtag,
          title: input.title,
          body: input.body ?? '',
          rrule: input.rrule,
          timeZone: input.timeZone,
          startsAt: input.startsAt ?? this.prompts.now(),
          audience: AUDIENCE_OF[input.audience ?? FeedAudienceEnum.NETWORK],
          segmentId: input.segmentId ?? null,
        },
        input.active ?? true,
      ),
    );
  }

  @Authorized(Permission.MANAGE_CONTENT)
  @Mutation(() => PostingPromptPayload, { description: 'Changes a prompt; occurrences already in the feed keep their words (MANAGE_CONTENT).' })
  async editPostingPrompt(@Arg('input') input: EditPostingPromptInput, @CurrentViewer() viewer: Viewer): Promise<PostingPromptPayload> {
    return promptPayload(
      await this.prompts.edit(viewer, input.promptId, {
        hashtag: input.hashtag ?? undefined,
        title: input.title ?? undefined,
        body: input.body ?? undefined,
        rrule: input.rrule ?? undefined,
        timeZone: input.timeZone ?? undefined,
        startsAt: input.startsAt ?? undefined,
        audience: input.audience ? AUDIENCE_OF[input.audience] : undefined,
        segmentId: input.segmentId,
      }),
    );
  }

  @Authorized(Permission.MANAGE_CONTENT)
  @Mutation(() => PostingPromptPayload, { description: 'Stops new occurrences until resumed (MANAGE_CONTENT).' })
  async pausePostingPrompt(@Arg('input') input: PostingPromptInput, @CurrentViewer() viewer: Viewer): Promise<PostingPromptPayload> {
    return promptPayload(await this.prompts.setActive(viewer, input.promptId, false));
  }

  @Authorized(Permission.MANAGE_CONTENT)
  @Mutation(() => PostingPromptPayload, { description: 'Publishes occurrences again from the next one to come (MANAGE_CONTENT).' })
  async resumePostingPrompt(@Arg('input') input: PostingPromptInput, @CurrentViewer() viewer: Viewer): Promise<PostingPromptPayload> {
    return promptPayload(await this.prompts.setActive(viewer, input.promptId, true));
  }

  @Authorized(Permission.MANAGE_CONTENT)
  @Mutation(() => DeletePostingPromptPayload, {
    description: "Deletes a prompt; the occurrences already in the feed stay, with members' answers and comments (MANAGE_CONTENT).",
  })
  async deletePostingPrompt(@Arg('input') input: PostingPromptInput, @CurrentViewer() viewer: Viewer): Promise<DeletePostingPromptPayload> {
    const result = await this.prompts.delete(viewer, input.promptId);
    return result.ok ? { deletedPromptId: result.value, errors: [] } : { deletedPromptId: null, errors: result.errors };
  }

  @FieldResolver(() => [Date], { description: "The next occurrences from now, computed in the prompt's zone (up to 20), whether paused or not." })
  nextOccurrences(@Root() prompt: PostingPromptType, @Arg('count', () => Int, { nullable: true, defaultValue: 3 }) count: number): Date[] {
    return this.prompts.upcoming(prompt.record, count);
  }
}

@Resolver(() => FeedItemType)
export class FeedItemPromptResolver {
  constructor(private readonly prompts: PromptService) {}

  @FieldResolver(() => FeedPromptType, { nullable: true, description: 'PROMPT: what it invites members to post, and under which hashtag.' })
  async prompt(@Root() item: FeedItemType, @Ctx() context: RequestContext): Promise<FeedPromptType | null> {
    if (item.kind !== 'PROMPT') return null;
    const occurrence = await requestLoader(context, 'prompt-occurrences', (ids: string[]) => this.prompts.occurrences(ids)).get(item.id);
    return occurrence ? presentFeedPrompt(occurrence) : null;
  }
}
