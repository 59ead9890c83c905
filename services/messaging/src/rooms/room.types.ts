import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MemberType } from '../members/member.type';
import { MultiLine, Name } from '@kizuna/subgraph';
import type { RoomCategory, RoomEntity, RoomVisibility } from './room.entity';

export enum RoomCategoryEnum {
  DEPARTMENT = 'DEPARTMENT',
  YEAR = 'YEAR',
  JOB = 'JOB',
  TOPIC = 'TOPIC',
}
registerEnumType(RoomCategoryEnum, { name: 'RoomCategory', description: 'What a room gathers people by: department, year, current job, or a topic.' });

export enum RoomVisibilityEnum {
  OPEN = 'OPEN',
  INVITE_ONLY = 'INVITE_ONLY',
}
registerEnumType(RoomVisibilityEnum, {
  name: 'RoomVisibility',
  description: 'OPEN: any approved member finds and joins it; INVITE_ONLY: only its members and invitees see it, joining needs an invitation.',
});

export enum RoomSortEnum {
  ACTIVITY = 'ACTIVITY',
  POPULARITY = 'POPULARITY',
  NEWEST = 'NEWEST',
  NAME = 'NAME',
}
registerEnumType(RoomSortEnum, {
  name: 'RoomSort',
  description: 'ACTIVITY: latest message first; POPULARITY: most members first (then activity); NEWEST: latest created first; NAME: alphabetical.',
});

export const CATEGORY_TO_ENUM: Record<RoomCategory, RoomCategoryEnum> = {
  department: RoomCategoryEnum.DEPARTMENT,
  year: RoomCategoryEnum.YEAR,
  job: RoomCategoryEnum.JOB,
  topic: RoomCategoryEnum.TOPIC,
};
export const ENUM_TO_CATEGORY: Record<RoomCategoryEnum, RoomCategory> = { DEPARTMENT: 'department', YEAR: 'year', JOB: 'job', TOPIC: 'topic' };
export const VISIBILITY_TO_ENUM: Record<RoomVisibility, RoomVisibilityEnum> = { open: RoomVisibilityEnum.OPEN, invite_only: RoomVisibilityEnum.INVITE_ONLY };
export const ENUM_TO_VISIBILITY: Record<RoomVisibilityEnum, RoomVisibility> = { OPEN: 'open', INVITE_ONLY: 'invite_only' };

@ObjectType('Room', { description: "A talk room's own facts (the conversation carries its messages and members)." })
export class RoomType {
  @Field({ description: 'Unique in the network among rooms that are not archived (ignoring case).' })
  name: string;

  @Field()
  description: string;

  @Field(() => RoomCategoryEnum)
  category: RoomCategoryEnum;

  @Field(() => [String], { description: 'Up to 10 tags for discovery.' })
  topicTags: string[];

  @Field(() => RoomVisibilityEnum)
  visibility: RoomVisibilityEnum;

  @Field(() => Int)
  memberCount: number;

  @Field(() => Int, { description: 'Messages ever posted (deleted ones included).' })
  messageCount: number;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was archived (read-only, hidden from discovery by default); null while active.' })
  archivedAt: Date | null;

  /** The stored row, for the field resolvers. */
  record: RoomEntity;
}

export function presentRoom(record: RoomEntity): RoomType {
  return Object.assign(new RoomType(), {
    name: record.name,
    description: record.description,
    category: CATEGORY_TO_ENUM[record.category],
    topicTags: record.topicTags,
    visibility: VISIBILITY_TO_ENUM[record.visibility],
    memberCount: record.memberCount,
    messageCount: record.messageCount,
    createdAt: record.createdAt,
    archivedAt: record.archivedAt,
    record,
  });
}

export function memberRef(id: string | null): MemberType | null {
  return id ? Object.assign(new MemberType(), { id }) : null;
}

@InputType({ description: 'Narrows room discovery; every part given must match.' })
export class RoomFilter {
  @Field(() => String, { nullable: true, description: 'Words found in the name, description or tags (each word must match; full- and half-width alike).' })
  text?: string | null;

  @Field(() => RoomCategoryEnum, { nullable: true })
  category?: RoomCategoryEnum | null;

  @Field(() => String, { nullable: true, description: 'A topic tag (ignoring case).' })
  topicTag?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only rooms the viewer belongs to.' })
  joinedOnly?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Also archived rooms (default false).' })
  includeArchived?: boolean | null;
}

@InputType()
export class CreateRoomInput {
  @Name()
  @Field({ description: '1 to 80 characters, unique in the network among active rooms (ignoring case).' })
  name: string;

  @MultiLine()
  @Field(() => String, { nullable: true, description: 'Up to 1000 characters.' })
  description?: string | null;

  @Field(() => RoomCategoryEnum)
  category: RoomCategoryEnum;

  @Field(() => [String], { nullable: true, description: 'Up to 10 tags of 1 to 30 characters.' })
  topicTags?: string[] | null;

  @Field(() => RoomVisibilityEnum, { nullable: true, defaultValue: RoomVisibilityEnum.OPEN })
  visibility?: RoomVisibilityEnum | null;
}

@InputType({ description: 'What to change; fields left out stay as they are.' })
export class UpdateRoomInput {
  @Field(() => ID)
  conversationId: string;

  @Name()
  @Field(() => String, { nullable: true })
  name?: string | null;

  @MultiLine()
  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => RoomCategoryEnum, { nullable: true })
  category?: RoomCategoryEnum | null;

  @Field(() => [String], { nullable: true })
  topicTags?: string[] | null;

  @Field(() => RoomVisibilityEnum, { nullable: true })
  visibility?: RoomVisibilityEnum | null;
}

@InputType()
export class RoomInput {
  @Field(() => ID, { description: "The room's conversation id." })
  conversationId: string;
}

@InputType()
export class InviteToRoomInput {
  @Field(() => ID)
  conversationId: string;

  @Field(() => [ID], { description: 'Approved members of the network to invite (1 to 100); members already in the room are skipped.' })
  memberIds: string[];
}

@InputType()
export class RemoveRoomMemberInput {
  @Field(() => ID)
  conversationId: string;

  @Field(() => ID, { description: 'The member to remove (membership id).' })
  memberId: string;
}
