import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo, UserError } from '@kizuna/subgraph';
import type { FeedItemRecord } from './feed-item.record';

export enum FeedOrderEnum {
  NEWEST = 'NEWEST',
  POPULAR_THIS_WEEK = 'POPULAR_THIS_WEEK',
}
registerEnumType(FeedOrderEnum, {
  name: 'FeedOrder',
  description: 'NEWEST: pinned items first, then newest first; POPULAR_THIS_WEEK: most likes and comments of the last 7 days first.',
});

export enum FeedAudienceEnum {
  NETWORK = 'NETWORK',
  STAFF = 'STAFF',
  SEGMENT = 'SEGMENT',
}
registerEnumType(FeedAudienceEnum, { name: 'FeedAudience', description: 'Who sees an item: the whole network, staff only, or one directory segment.' });

const AUDIENCE: Record<FeedItemRecord['audience'], FeedAudienceEnum> = {
  network: FeedAudienceEnum.NETWORK,
  staff: FeedAudienceEnum.STAFF,
  segment: FeedAudienceEnum.SEGMENT,
};

@ObjectType('FeedSubject', { description: 'The graph entity a feed item shows.' })
export class FeedSubjectType {
  @Field({ description: 'Its type, e.g. Post, Member, Conversation.' })
  typename: string;

  @Field(() => ID)
  id: string;
}

@Directive('@key(fields: "id")')
@ObjectType('FeedItem', {
  description: "One item of the network's feed: a post, a new member, a new job, a new room, an article… Shown from its own snapshot, whatever its kind.",
})
export class FeedItemType {
  @Field(() => ID, { description: "For a POST, the post's id." })
  id: string;

  @Field({
    description: 'POST, ARTICLE, SURVEY, PROMPT, NEW_MEMBER, JOB_CHANGE, NEW_ROOM; more may come: show an unknown kind from title, excerpt and linkPath.',
  })
  kind: string;

  @Field({ description: "A heading as published (a member's name, a room's name, an article's title); may be empty." })
  title: string;

  @Field({ description: 'A short text as published (a post\'s opening, a new job "title · employer"); may be empty.' })
  excerpt: string;

  @Field(() => String, { nullable: true, description: 'Where the web client opens the item, e.g. /members/<id>.' })
  linkPath: string | null;

  @Field(() => FeedSubjectType, { nullable: true })
  subject: FeedSubjectType | null;

  @Field(() => FeedAudienceEnum)
  audience: FeedAudienceEnum;

  @Field()
  publishedAt: Date;

  @Field({ description: 'Pinned by moderators on top of the feed.' })
  pinned: boolean;

  @Field({ description: 'Hidden by moderators: only its author (and moderators) still see it.' })
  hiddenByModerators: boolean;

  @Field(() => Int, { description: 'Likes.' })
  reactionCount: number;

  @Field(() => Int, { description: 'Comments, replies included.' })
  commentCount: number;

  record: FeedItemRecord;
}

export function presentFeedItem(record: FeedItemRecord): FeedItemType {
  return Object.assign(new FeedItemType(), {
    id: record.id,
    kind: record.kind,
    title: record.title,
    excerpt: record.excerpt,
    linkPath: record.linkPath,
    subject:
      record.subjectTypename && record.subjectId ? Object.assign(new FeedSubjectType(), { typename: record.subjectTypename, id: record.subjectId }) : null,
    audience: AUDIENCE[record.audience],
    publishedAt: record.publishedAt,
    pinned: record.pinnedAt !== null,
    hiddenByModerators: record.hiddenAt !== null,
    reactionCount: record.reactionCount,
    commentCount: record.commentCount,
    record,
  });
}

@ObjectType()
export class FeedItemEdge {
  @Field()
  cursor: string;

  @Field(() => FeedItemType)
  node: FeedItemType;
}

@ObjectType({ description: 'A page of feed items.' })
export class FeedItemConnection {
  @Field(() => [FeedItemEdge])
  edges: FeedItemEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}

@InputType()
export class FeedItemInput {
  @Field(() => ID)
  feedItemId: string;
}

@ObjectType()
export class FeedItemPayload {
  @Field(() => FeedItemType, { nullable: true, description: 'The item as it is now; null when errors stopped the change.' })
  feedItem: FeedItemType | null;

  @Field(() => [UserError])
  errors: UserError[];
}
