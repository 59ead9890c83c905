import type { MembershipStatus, Role } from '@kizuna/auth';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Read model of identity's memberships: who is in which network, with which role and status
 * (e.g. a pending applicant may message only the network's admins).
 */
@Entity({ name: 'members' })
@Index(['networkId', 'role', 'status'])
export class MemberEntity {
  @PrimaryColumn('uuid', { name: 'membership_id' })
  membershipId: string;

  @Column('uuid', { name: 'network_id' })
  networkId: string;

  @Column('text')
  role: Role;

  @Column('text')
  status: MembershipStatus;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt: Date;
}
