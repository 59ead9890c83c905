import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MultiLine, PageInfo, UserError } from '@kizuna/subgraph';
import { FeedItemType } from '../feed/feed.types';
import type { ReportRecord } from './moderation.service';

export enum ReportStatusEnum {
  OPEN = 'OPEN',
  DISMISSED = 'DISMISSED',
  ACTIONED = 'ACTIONED',
}
registerEnumType(ReportStatusEnum, {
  name: 'ReportStatus',
  description: 'OPEN: waiting for moderators; DISMISSED: closed without action; ACTIONED: the item was hidden.',
});

@ObjectType('ContentReport', { description: "A member's report of a feed item or comment." })
export class ReportType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  feedItemId: string;

  @Field(() => ID, { nullable: true, description: 'The reported comment; null when the item itself is reported.' })
  commentId: string | null;

  @Field()
  reason: string;

  @Field(() => ReportStatusEnum)
  status: ReportStatusEnum;

  @Field()
  createdAt: Date;

  record: ReportRecord;
}

export function presentReport(record: ReportRecord): ReportType {
  return Object.assign(new ReportType(), {
    id: record.id,
    feedItemId: record.feedItemId,
    commentId: record.commentId,
    reason: record.reason,
    status: record.status.toUpperCase() as ReportStatusEnum,
    createdAt: record.createdAt,
    record,
  });
}

@ObjectType('ModerationCase', { description: 'A reported feed item with its open reports.' })
export class ModerationCaseType {
  @Field(() => FeedItemType)
  item: FeedItemType;

  @Field(() => Int)
  openReportCount: number;

  @Field()
  latestReportAt: Date;

  @Field(() => [ReportType], { description: 'The latest open reports (up to 10).' })
  reports: ReportType[];
}

@ObjectType()
export class ModerationCaseEdge {
  @Field()
  cursor: string;

  @Field(() => ModerationCaseType)
  node: ModerationCaseType;
}

@ObjectType({ description: 'Reported items, the most recently reported first.' })
export class ModerationCaseConnection {
  @Field(() => [ModerationCaseEdge])
  edges: ModerationCaseEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}

@InputType()
export class ReportContentInput {
  @Field(() => ID)
  feedItemId: string;

  @Field(() => ID, { nullable: true, description: 'A comment of the item, to report the comment rather than the item.' })
  commentId?: string | null;

  @MultiLine()
  @Field({ description: 'Why (1 to 1,000 characters); only moderators read it.' })
  reason: string;
}

@InputType()
export class DismissReportInput {
  @Field(() => ID)
  reportId: string;
}

@ObjectType()
export class ReportPayload {
  @Field(() => ReportType, { nullable: true })
  report: ReportType | null;

  @Field(() => [UserError])
  errors: UserError[];
}
