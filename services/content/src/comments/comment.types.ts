import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { MultiLine, PageInfo, UserError } from '@kizuna/subgraph';
import type { CommentRecord } from './comment.service';

@ObjectType('FeedComment', { description: 'A comment on a feed item, or a reply to one (one level).' })
export class CommentType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  feedItemId: string;

  @Field(() => ID, { nullable: true, description: 'The comment it answers; null for a comment on the item.' })
  replyToCommentId: string | null;

  @Field({ description: '`<@memberId>` mentions a member.' })
  body: string;

  @Field(() => [String])
  links: string[];

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  editedAt: Date | null;

  record: CommentRecord;
}

export function presentComment(record: CommentRecord): CommentType {
  return Object.assign(new CommentType(), {
    id: record.id,
    feedItemId: record.feedItemId,
    replyToCommentId: record.parentCommentId,
    body: record.body,
    links: record.links,
    createdAt: record.createdAt,
    editedAt: record.editedAt,
    record,
  });
}

@ObjectType()
export class CommentEdge {
  @Field()
  cursor: string;

  @Field(() => CommentType)
  node: CommentType;
}

@ObjectType({ description: 'A page of comments, oldest first.' })
export class CommentConnection {
  @Field(() => [CommentEdge])
  edges: CommentEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}

@InputType()
export class AddCommentInput {
  @Field(() => ID)
  feedItemId: string;

  @MultiLine()
  @Field({ description: 'Up to 2,000 characters.' })
  body: string;

  @Field(() => ID, { nullable: true, description: 'A comment of the same item to reply to (not a reply itself).' })
  replyToCommentId?: string | null;
}

@InputType()
export class EditCommentInput {
  @Field(() => ID)
  commentId: string;

  @MultiLine()
  @Field()
  body: string;
}

@InputType()
export class DeleteCommentInput {
  @Field(() => ID)
  commentId: string;
}

@ObjectType()
export class CommentPayload {
  @Field(() => CommentType, { nullable: true, description: 'The comment (as deleted, for deleteComment); null when errors stopped the change.' })
  comment: CommentType | null;

  @Field(() => [UserError])
  errors: UserError[];
}
