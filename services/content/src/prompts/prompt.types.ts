import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { MultiLine, UserError } from '@kizuna/subgraph';
import { FeedAudienceEnum } from '../feed/feed.types';
import type { FeedAudience } from '../feed/feed-item.record';
import type { PromptOccurrence, PromptRecord } from './prompt.service';

export const AUDIENCE_OF: Record<FeedAudienceEnum, FeedAudience> = {
  [FeedAudienceEnum.NETWORK]: 'network',
  [FeedAudienceEnum.STAFF]: 'staff',
  [FeedAudienceEnum.SEGMENT]: 'segment',
};

@ObjectType('PostingPrompt', {
  description:
    'A recurring invitation to post under a hashtag (e.g. every Friday 12:00 Asia/Tokyo "#なんでもOKデー"); each occurrence enters the feed as a PROMPT item.',
})
export class PostingPromptType {
  @Field(() => ID)
  id: string;

  @Field({ description: 'The hashtag as staff wrote it, without the #; answers are posts carrying it.' })
  hashtag: string;

  @Field()
  title: string;

  @Field()
  body: string;

  @Field({ description: 'The recurrence: one RFC 5545 RRULE (no DTSTART), evaluated in timeZone from startsAt on.' })
  rrule: string;

  @Field({ description: 'IANA time zone whose wall-clock time the rule follows, e.g. Asia/Tokyo.' })
  timeZone: string;

  @Field({ description: "The series starts here; its local time of day is the occurrences' when the rule names none." })
  startsAt: Date;

  @Field(() => FeedAudienceEnum)
  audience: FeedAudienceEnum;

  @Field(() => ID, { nullable: true, description: 'SEGMENT: the directory segment that sees it.' })
  segmentId: string | null;

  @Field({ description: 'False while paused: no occurrence is published.' })
  active: boolean;

  @Field(() => Date, { nullable: true, description: 'The latest occurrence published to the feed.' })
  lastOccurrenceAt: Date | null;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  record: PromptRecord;
}

const AUDIENCE_ENUM: Record<FeedAudience, FeedAudienceEnum> = {
  network: FeedAudienceEnum.NETWORK,
  staff: FeedAudienceEnum.STAFF,
  segment: FeedAudienceEnum.SEGMENT,
};

export function presentPrompt(record: PromptRecord): PostingPromptType {
  return Object.assign(new PostingPromptType(), {
    id: record.id,
    hashtag: record.hashtag,
    title: record.title,
    body: record.body,
    rrule: record.rrule,
    timeZone: record.timeZone,
    startsAt: record.startsAt,
    audience: AUDIENCE_ENUM[record.audience],
    segmentId: record.segmentId,
    active: record.active,
    lastOccurrenceAt: record.lastOccurrenceAt,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    record,
  });
}

@ObjectType('FeedPrompt', {
  description: 'What a PROMPT feed item invites members to do: post under its hashtag. Kept as published when the prompt changes or is deleted.',
})
export class FeedPromptType {
  @Field({ description: 'The hashtag as staff wrote it, without the #; prefill the composer with "#<hashtag> ".' })
  hashtag: string;

  @Field()
  title: string;

  @Field()
  body: string;

  @Field({ description: 'The scheduled time of this occurrence.' })
  occurrenceAt: Date;
}

export function presentFeedPrompt(occurrence: PromptOccurrence): FeedPromptType {
  return Object.assign(new FeedPromptType(), {
    hashtag: occurrence.hashtag,
    title: occurrence.title,
    body: occurrence.body,
    occurrenceAt: occurrence.occurrenceAt,
  });
}

@InputType()
export class CreatePostingPromptInput {
  @Field({ description: 'With or without the #, e.g. なんでもOKデー; one word as in posts, at most 50 characters.' })
  hashtag: string;

  @Field({ description: '1 to 200 characters.' })
  title: string;

  @MultiLine()
  @Field({ nullable: true, defaultValue: '', description: 'Up to 1,000 characters.' })
  body?: string;

  @Field({ description: 'One RFC 5545 RRULE, e.g. FREQ=WEEKLY;BYDAY=FR;BYHOUR=12;BYMINUTE=0; at most hourly, with an occurrence to come.' })
  rrule: string;

  @Field({ description: 'IANA time zone, e.g. Asia/Tokyo.' })
  timeZone: string;

  @Field({ nullable: true, description: 'When the series starts; now when left out.' })
  startsAt?: Date;

  @Field(() => FeedAudienceEnum, { nullable: true, defaultValue: FeedAudienceEnum.NETWORK })
  audience?: FeedAudienceEnum;

  @Field(() => ID, { nullable: true, description: 'SEGMENT only.' })
  segmentId?: string | null;

  @Field({ nullable: true, defaultValue: true, description: 'False creates it paused.' })
  active?: boolean;
}

@InputType()
export class EditPostingPromptInput {
  @Field(() => ID)
  promptId: string;

  @Field({ nullable: true })
  hashtag?: string;

  @Field({ nullable: true })
  title?: string;

  @MultiLine()
  @Field({ nullable: true })
  body?: string;

  @Field({ nullable: true })
  rrule?: string;

  @Field({ nullable: true })
  timeZone?: string;

  @Field({ nullable: true })
  startsAt?: Date;

  @Field(() => FeedAudienceEnum, { nullable: true })
  audience?: FeedAudienceEnum;

  @Field(() => ID, { nullable: true })
  segmentId?: string | null;
}

@InputType()
export class PostingPromptInput {
  @Field(() => ID)
  promptId: string;
}

@InputType()
export class PostingPromptScheduleInput {
  @Field()
  rrule: string;

  @Field()
  timeZone: string;

  @Field({ nullable: true, description: 'Now when left out.' })
  startsAt?: Date;
}

@ObjectType()
export class PostingPromptPayload {
  @Field(() => PostingPromptType, { nullable: true, description: 'The prompt as it is now; null when errors stopped the change.' })
  prompt: PostingPromptType | null;

  @Field(() => [UserError])
  errors: UserError[];
}

@ObjectType()
export class DeletePostingPromptPayload {
  @Field(() => ID, { nullable: true })
  deletedPromptId: string | null;

  @Field(() => [UserError])
  errors: UserError[];
}

@ObjectType({ description: 'The next occurrences of a schedule being written, or why it cannot be saved.' })
export class PostingPromptSchedulePreview {
  @Field(() => [Date])
  occurrences: Date[];

  @Field(() => [UserError])
  errors: UserError[];
}
