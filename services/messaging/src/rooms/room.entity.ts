import { Column, Entity, PrimaryColumn } from 'typeorm';

export type RoomCategory = 'department' | 'year' | 'job' | 'topic';
export type RoomVisibility = 'open' | 'invite_only';

/**
 * A talk room: the room's own facts next to its conversation row (kind 'room', same id). Its
 * members are the conversation's `conversation_members` rows; `memberCount` is kept in step with
 * them in the same transaction, so discovery sorts by popularity without counting.
 */
@Entity({ name: 'rooms' })
export class RoomEntity {
  @PrimaryColumn('uuid', { name: 'conversation_id' })
  conversationId: string;

  @Column('uuid', { name: 'network_id' })
  networkId: string;

  @Column('text')
  name: string;

  @Column('text')
  description: string;

  @Column('text')
  category: RoomCategory;

  @Column('text', { name: 'topic_tags', array: true })
  topicTags: string[];

  @Column('text')
  visibility: RoomVisibility;

  @Column('uuid', { name: 'created_by', nullable: true })
  createdBy: string | null;

  @Column('int', { name: 'member_count' })
  memberCount: number;

  @Column('int', { name: 'message_count' })
  messageCount: number;

  @Column('timestamptz', { name: 'archived_at', nullable: true })
  archivedAt: Date | null;

  @Column('uuid', { name: 'archived_by', nullable: true })
  archivedBy: string | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt: Date;
}

/** A member invited to a room who has neither joined nor declined yet. */
@Entity({ name: 'room_invitations' })
export class RoomInvitationEntity {
  @PrimaryColumn('uuid', { name: 'conversation_id' })
  conversationId: string;

  @PrimaryColumn('uuid', { name: 'membership_id' })
  membershipId: string;

  @Column('uuid', { name: 'network_id' })
  networkId: string;

  @Column('uuid', { name: 'invited_by' })
  invitedBy: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;
}
