import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import type { MembershipStatus, Role } from '@kizuna/auth';

/** A person's place in one network: its own role, status and name there. */
@Entity({ name: 'memberships' })
@Index(['networkId', 'accountId'], { unique: true })
@Index(['networkId', 'status', 'createdAt'])
export class MembershipEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'network_id' })
  networkId: string;

  @Column('uuid', { name: 'account_id' })
  accountId: string;

  @Column('text', { name: 'display_name' })
  displayName: string;

  @Column('text')
  role: Role;

  @Column('text')
  status: MembershipStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column('timestamptz', { name: 'approved_at', nullable: true })
  approvedAt: Date | null;

  @Column('uuid', { name: 'approved_by', nullable: true })
  approvedBy: string | null;

  /** A custom role of this network, granting its permissions on top of `role`. */
  @Column('uuid', { name: 'custom_role_id', nullable: true })
  customRoleId?: string | null;

  /** The member whose invitation link brought this person in. */
  @Column('uuid', { name: 'referred_by', nullable: true })
  referredBy?: string | null;

  @Column('uuid', { name: 'invitation_link_id', nullable: true })
  invitationLinkId?: string | null;
}
