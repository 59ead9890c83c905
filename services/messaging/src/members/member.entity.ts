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

  /** The member's name (registration, then their profile): {{name}} in templates. */
  @Column('text', { name: 'display_name', default: '' })
  displayName: string;

  /** The directory profile's snapshot: standard fields by name, custom ones as custom.<key>. */
  @Column('jsonb', { default: () => `'{}'` })
  profile: Record<string, string | number | string[]>;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt: Date;
}
