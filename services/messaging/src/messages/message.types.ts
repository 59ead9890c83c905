import { Directive, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { MultiLine, UserError } from '@kizuna/subgraph';
import type { MessageEntity } from './message.entity';

@Directive('@key(fields: "id")')
@ObjectType('Message', { description: 'A message in a conversation. Its fields are the same whoever reads it.' })
export class MessageType {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { description: 'The conversation it was posted in.' })
  conversationId: string;

  @Field(() => Int, { description: 'Its number in the conversation (1, 2, 3…).' })
  seq: number;

  @Field({ description: 'Sent by the network (bulk message, auto-reply) or by staff speaking for it.' })
  sentByNetwork: boolean;

  @Field({ description: '"" once deleted.' })
  body: string;

  @Field(() => [String], { description: 'The http(s) links in the text, in order, once each.' })
  links: string[];

  @Field({ description: 'When it was posted.' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When its author last changed it.' })
  editedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was deleted; it stays in the history, shown as deleted.' })
  deletedAt: Date | null;

  @Field({ description: 'Removed by a room moderator rather than by its author.' })
  deletedByModerator: boolean;

  /** The stored row, for the field resolvers. */
  record: MessageEntity;
}

export function presentMessage(record: MessageEntity): MessageType {
  return Object.assign(new MessageType(), {
    id: record.id,
    conversationId: record.conversationId,
    seq: record.seq,
    sentByNetwork: record.sentAsNetwork || (record.senderMembershipId === null && record.bulkMessageId !== null),
    body: record.body,
    links: record.links,
    createdAt: record.createdAt,
    editedAt: record.editedAt,
    deletedAt: record.deletedAt,
    deletedByModerator: record.deletedAt !== null && record.deletedBy !== null && record.deletedBy !== record.senderMembershipId,
    record,
  });
}

@ObjectType('Reaction', { description: 'One emoji on a message and who put it there.' })
export class ReactionType {
  @Field({ description: 'The emoji (1 to 16 characters).' })
  emoji: string;

  @Field(() => Int, { description: 'How many members reacted with it.' })
  count: number;

  @Field(() => [ID], { description: 'Who reacted with it (membership ids), first reaction first.' })
  memberIds: string[];
}

@ObjectType({ description: 'Where a page of messages starts and ends, and whether there is more on either side.' })
export class MessagePageInfo {
  @Field({ description: 'Newer messages exist after this page.' })
  hasNextPage: boolean;

  @Field({ description: 'Older messages exist before this page.' })
  hasPreviousPage: boolean;

  @Field(() => ID, { nullable: true, description: 'The oldest message of the page.' })
  startCursor: string | null;

  @Field(() => ID, { nullable: true, description: 'The newest message of the page.' })
  endCursor: string | null;
}

@ObjectType()
export class MessageEdge {
  @Field(() => ID, { description: 'The message id.' })
  cursor: string;

  @Field(() => MessageType)
  node: MessageType;
}

@ObjectType({ description: "A page of a conversation's history, oldest first." })
export class MessageConnection {
  @Field(() => [MessageEdge])
  edges: MessageEdge[];

  @Field(() => MessagePageInfo)
  pageInfo: MessagePageInfo;
}

@InputType()
export class SendMessageInput {
  @Field(() => ID)
  conversationId: string;

  @MultiLine()
  @Field({ description: 'The text; `<@memberId>` mentions a member; http(s) links are picked out.' })
  body: string;

  @Field(() => ID, { nullable: true, description: 'A message of the same conversation this one answers.' })
  replyToMessageId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Chosen by the client (≤100 characters): a retry with the same id returns the first message and posts nothing.',
  })
  clientMessageId?: string | null;
}

@InputType()
export class EditMessageInput {
  @Field(() => ID)
  messageId: string;

  @MultiLine()
  @Field({ description: 'The new text (same rules as when sending).' })
  body: string;
}

@InputType()
export class DeleteMessageInput {
  @Field(() => ID)
  messageId: string;
}

@InputType()
export class ReactionInput {
  @Field(() => ID)
  messageId: string;

  @Field({ description: '1 to 16 characters.' })
  emoji: string;
}

@ObjectType()
export class MessagePayload {
  @Field(() => MessageType, { nullable: true, description: 'The message as it is now; null when errors stopped the change.' })
  message: MessageType | null;

  @Field(() => [UserError])
  errors: UserError[];
}
