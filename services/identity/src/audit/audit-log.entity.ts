import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** One administrator action in a network, written in the same transaction as the action itself. */
@Entity({ name: 'audit_log' })
@Index(['networkId', 'createdAt', 'id'])
export class AuditLogEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'network_id' })
  networkId: string;

  /** Null when a network rule acted (e.g. an auto-approval). */
  @Column('uuid', { name: 'actor_membership_id', nullable: true })
  actorMembershipId: string | null;

  /** e.g. `membership.approved`, `membership.suspended`. */
  @Column('text')
  action: string;

  @Column('uuid', { name: 'target_membership_id', nullable: true })
  targetMembershipId: string | null;

  @Column('jsonb')
  details: Record<string, string | null>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
