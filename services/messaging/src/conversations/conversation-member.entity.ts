import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A participant of a conversation and how far they have read. Staff get a row when they first read a network conversation. */
@Entity({ name: 'conversation_members' })
export class ConversationMemberEntity {
  @PrimaryColumn('uuid', { name: 'conversation_id' })
  conversationId: string;

  @PrimaryColumn('uuid', { name: 'membership_id' })
  membershipId: string;

  @Column('uuid', { name: 'network_id' })
  networkId: string;

  @Column('text')
  role: 'owner' | 'member' | 'staff';

  @Column('bigint', { name: 'last_read_seq', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  lastReadSeq: number;

  @Column('timestamptz', { name: 'last_read_at', nullable: true })
  lastReadAt: Date | null;

  @Column('timestamptz', { name: 'joined_at' })
  joinedAt: Date;
}
