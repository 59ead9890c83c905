import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A direct message from one member to another in one network. */
@Entity({ name: 'messages' })
@Index(['networkId', 'recipientMembershipId', 'createdAt'])
export class MessageEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'network_id' })
  networkId: string;

  @Column('uuid', { name: 'sender_membership_id' })
  senderMembershipId: string;

  @Column('uuid', { name: 'recipient_membership_id' })
  recipientMembershipId: string;

  @Column('text')
  body: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;

  @Column('timestamptz', { name: 'read_at', nullable: true })
  readAt: Date | null;
}
