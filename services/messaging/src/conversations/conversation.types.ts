import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo, UserError } from '@kizuna/subgraph';
import { MemberType } from '../members/member.type';
import type { ConversationEntity, ConversationKind } from './conversation.entity';

export enum ConversationKindEnum {
  DIRECT = 'DIRECT',
  NETWORK = 'NETWORK',
  ROOM = 'ROOM',
}
registerEnumType(ConversationKindEnum, {
  name: 'ConversationKind',
  description: "DIRECT: two members; NETWORK: a member and the network's staff; ROOM: a talk room.",
});

export const KIND_TO_ENUM: Record<ConversationKind, ConversationKindEnum> = {
  direct: ConversationKindEnum.DIRECT,
  network: ConversationKindEnum.NETWORK,
  room: ConversationKindEnum.ROOM,
};
export const ENUM_TO_KIND: Record<ConversationKindEnum, ConversationKind> = { DIRECT: 'direct', NETWORK: 'network', ROOM: 'room' };

@Directive('@key(fields: "id")')
@ObjectType('Conversation', { description: "A direct conversation, a member's conversation with the network, or a talk room." })
export class ConversationType {
  @Field(() => ID)
  id: string;

  @Field(() => ConversationKindEnum)
  kind: ConversationKindEnum;

  @Field({ description: 'When the last message was posted (or the conversation opened).' })
  lastActivityAt: Date;

  /** The stored row, for the field resolvers. */
  record: ConversationEntity;
}

export function presentConversation(record: ConversationEntity): ConversationType {
  return Object.assign(new ConversationType(), { id: record.id, kind: KIND_TO_ENUM[record.kind], lastActivityAt: record.lastActivityAt, record });
}

@ObjectType()
export class ConversationEdge {
  @Field()
  cursor: string;

  @Field(() => ConversationType)
  node: ConversationType;
}

@ObjectType()
export class ConversationConnection {
  @Field(() => [ConversationEdge])
  edges: ConversationEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;
}

@ObjectType()
export class ConversationMemberEdge {
  @Field()
  cursor: string;

  @Field(() => MemberType)
  node: MemberType;

  @Field({ description: 'owner or member (rooms), member (direct and network conversations).' })
  role: string;

  @Field()
  joinedAt: Date;
}

@ObjectType()
export class ConversationMemberConnection {
  @Field(() => [ConversationMemberEdge])
  edges: ConversationMemberEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;
}

@InputType()
export class StartDirectConversationInput {
  @Field(() => ID, { description: 'The member to talk with (membership id).' })
  memberId: string;
}

@InputType({ description: 'Nothing to choose: every member has one conversation with the network.' })
export class ContactNetworkInput {
  @Field(() => String, { nullable: true })
  clientMutationId?: string | null;
}

@InputType()
export class MarkConversationReadInput {
  @Field(() => ID)
  conversationId: string;

  @Field(() => ID, { nullable: true, description: 'Read up to this message (default: the latest). A read position never moves back.' })
  upToMessageId?: string | null;
}

@InputType()
export class SetTypingInput {
  @Field(() => ID)
  conversationId: string;

  @Field({ description: 'Started (true) or stopped (false) typing.' })
  typing: boolean;
}

@ObjectType()
export class ConversationPayload {
  @Field(() => ConversationType, { nullable: true, description: 'The conversation as it is now; null when errors stopped the change.' })
  conversation: ConversationType | null;

  @Field(() => [UserError])
  errors: UserError[];
}

@ObjectType()
export class SetTypingPayload {
  @Field(() => [UserError])
  errors: UserError[];
}
