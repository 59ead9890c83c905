import { Directive, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MultiLine, PageInfo, UserError } from '@kizuna/subgraph';
import { MemberType } from '../members/member.type';
import { MessageTemplateType } from '../templates/template.types';

export enum BulkMessageStatus {
  SCHEDULED = 'SCHEDULED',
  SENDING = 'SENDING',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
  FAILED = 'FAILED',
}
registerEnumType(BulkMessageStatus, {
  name: 'BulkMessageStatus',
  description: 'Where a bulk message is: waiting for its time, being sent, done, cancelled, or stopped by an error.',
});

export enum BulkRecipientStatus {
  PENDING = 'PENDING',
  DELIVERED = 'DELIVERED',
  FAILED = 'FAILED',
}
registerEnumType(BulkRecipientStatus, { name: 'BulkRecipientStatus', description: 'Whether one recipient has the message yet.' });

@Directive('@key(fields: "id")')
@ObjectType('BulkMessage', { description: 'A message from the network to many members at once, each getting it in their conversation with the network.' })
export class BulkMessageType {
  @Field(() => ID)
  id: string;

  @Field(() => BulkMessageStatus, { description: 'Where the bulk message is.' })
  status: BulkMessageStatus;

  @Field({ description: 'The text as sent, with its {{variables}} (each recipient gets it filled in).' })
  body: string;

  @Field(() => MessageTemplateType, { nullable: true, description: 'The template it was written from, while the template exists.' })
  template: MessageTemplateType | null;

  @Field(() => ID, { nullable: true, description: 'The directory segment it went to; null for a hand-picked list.' })
  segmentId: string | null;

  @Field(() => String, { nullable: true, description: "The segment's name when it was sent." })
  segmentName: string | null;

  @Field(() => Date, { nullable: true, description: 'When it is (or was) due.' })
  scheduledAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When sending began.' })
  startedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When every recipient had it (or it was cancelled).' })
  completedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it stopped, when it failed.' })
  failureReason: string | null;

  @Field(() => Int, { description: 'How many people it goes to (fixed when it was requested).' })
  recipientCount: number;

  @Field(() => Int, { description: 'How many have it.' })
  deliveredCount: number;

  @Field(() => Int, { description: 'How many could not get it (e.g. no longer approved).' })
  failedCount: number;

  @Field(() => Int, { description: 'How many read it.' })
  openedCount: number;

  @Field(() => Float, { description: 'openedCount / deliveredCount (0 when none delivered).' })
  openRate: number;

  @Field(() => Float, { description: 'delivered+failed / recipientCount, 0..1.' })
  progress: number;

  @Field(() => MemberType, { nullable: true, description: 'The admin who sent it.' })
  createdBy: MemberType | null;

  @Field({ description: 'When it was requested.' })
  createdAt: Date;
}

@ObjectType('BulkRecipient', { description: 'One recipient of a bulk message and what became of it.' })
export class BulkRecipientType {
  @Field(() => MemberType, { description: 'The recipient.' })
  member: MemberType;

  @Field(() => BulkRecipientStatus, { description: 'Whether they have it.' })
  status: BulkRecipientStatus;

  @Field(() => Date, { nullable: true, description: 'When it reached their conversation with the network.' })
  deliveredAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When they read it.' })
  openedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it could not be delivered.' })
  failureReason: string | null;
}

@ObjectType('BulkRecipientEdge')
export class BulkRecipientEdge {
  @Field({ description: 'Where this recipient is in the list.' })
  cursor: string;

  @Field(() => BulkRecipientType, { description: 'The recipient.' })
  node: BulkRecipientType;
}

@ObjectType('BulkRecipientConnection')
export class BulkRecipientConnection {
  @Field(() => [BulkRecipientEdge], { description: 'Recipients in a stable order.' })
  edges: BulkRecipientEdge[];

  @Field(() => PageInfo, { description: 'Whether more follow.' })
  pageInfo: PageInfo;

  @Field(() => Int, { description: 'How many recipients match the filter.' })
  totalCount: number;
}

@ObjectType('BulkMessageEdge')
export class BulkMessageEdge {
  @Field({ description: 'Where this bulk message is in the list.' })
  cursor: string;

  @Field(() => BulkMessageType, { description: 'The bulk message.' })
  node: BulkMessageType;
}

@ObjectType('BulkMessageConnection')
export class BulkMessageConnection {
  @Field(() => [BulkMessageEdge], { description: 'Bulk messages, newest first.' })
  edges: BulkMessageEdge[];

  @Field(() => PageInfo, { description: 'Whether more follow.' })
  pageInfo: PageInfo;

  @Field(() => Int, { description: 'How many bulk messages the network has.' })
  totalCount: number;
}

@InputType()
export class SendBulkMessageInput {
  @Field({ description: 'Chosen by the client once per message: a retried request with the same key returns the first bulk message and sends nothing more.' })
  idempotencyKey: string;

  @MultiLine()
  @Field(() => String, { nullable: true, description: 'The text (variables allowed); give this or templateId.' })
  body?: string | null;

  @Field(() => ID, { nullable: true, description: 'A template of the network; give this or body.' })
  templateId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A directory segment; its members as of now get it. Give this or memberIds.' })
  segmentId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Approved members of the network, at most 10,000. Give this or segmentId.' })
  memberIds?: string[] | null;

  @Field(() => Date, { nullable: true, description: 'Send later, at this time (in the future); omitted: now.' })
  scheduledAt?: Date | null;
}

@InputType()
export class CancelBulkMessageInput {
  @Field(() => ID, { description: 'A scheduled bulk message.' })
  id: string;
}

@ObjectType()
export class BulkMessagePayload {
  @Field(() => BulkMessageType, { nullable: true, description: 'The bulk message; null on errors.' })
  bulkMessage: BulkMessageType | null;

  @Field(() => [UserError], { description: 'Why nothing was sent or changed.' })
  errors: UserError[];
}
