import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One in-app notification for one member of one network. */
@Entity({ name: 'notifications' })
@Index(['networkId', 'recipientMembershipId', 'createdAt', 'id'])
export class NotificationEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'network_id' })
  networkId: string;

  @Column('uuid', { name: 'recipient_membership_id' })
  recipientMembershipId: string;

  /** What happened, e.g. `membership.approved`; clients pick icon and wording by it. */
  @Column('text')
  kind: string;

  @Column('text')
  title: string;

  @Column('text', { nullable: true })
  body: string | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;

  @Column('timestamptz', { name: 'read_at', nullable: true })
  readAt: Date | null;
}
