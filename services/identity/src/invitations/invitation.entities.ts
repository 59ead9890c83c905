import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { Role } from '@kizuna/auth';

/** A link anyone can register through; it records who referred whom and may give a role or skip approval. */
@Entity({ name: 'invitation_links' })
export class InvitationLinkEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'network_id' })
  networkId: string;

  @Column('text')
  code: string;

  @Column('text', { nullable: true })
  label: string | null;

  @Column('uuid', { name: 'created_by' })
  createdBy: string;

  @Column('text', { nullable: true })
  role: Exclude<Role, 'owner'> | null;

  @Column('uuid', { name: 'custom_role_id', nullable: true })
  customRoleId: string | null;

  @Column('boolean', { name: 'skip_approval' })
  skipApproval: boolean;

  @Column('integer', { name: 'max_uses', nullable: true })
  maxUses: number | null;

  @Column('integer')
  uses: number;

  @Column('timestamptz', { name: 'expires_at', nullable: true })
  expiresAt: Date | null;

  @Column('timestamptz', { name: 'revoked_at', nullable: true })
  revokedAt: Date | null;

  @Column('uuid', { name: 'revoked_by', nullable: true })
  revokedBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}

/** An e-mail invitation to join a network with a role (staff, admin, a custom role). */
@Entity({ name: 'staff_invitations' })
export class StaffInvitationEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'network_id' })
  networkId: string;

  @Column('text')
  email: string;

  @Column('text')
  role: Exclude<Role, 'owner'>;

  @Column('uuid', { name: 'custom_role_id', nullable: true })
  customRoleId: string | null;

  @Column('text', { nullable: true })
  message: string | null;

  /** sha256 of the token in the link: the token itself is only ever in the e-mail. */
  @Column('text', { name: 'token_hash' })
  tokenHash: string;

  @Column('uuid', { name: 'invited_by', nullable: true })
  invitedBy: string | null;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt: Date;

  @Column('timestamptz', { name: 'last_sent_at' })
  lastSentAt: Date;

  @Column('integer', { name: 'send_count' })
  sendCount: number;

  @Column('timestamptz', { name: 'accepted_at', nullable: true })
  acceptedAt: Date | null;

  @Column('uuid', { name: 'accepted_membership_id', nullable: true })
  acceptedMembershipId: string | null;

  @Column('timestamptz', { name: 'revoked_at', nullable: true })
  revokedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
