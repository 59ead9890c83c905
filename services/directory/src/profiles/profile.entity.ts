import type { MembershipStatus } from '@kizuna/auth';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A member's directory profile. The row is created from identity's membership events (a shell
 * with the registration name) and then edited by the member.
 */
@Entity({ name: 'profiles' })
@Index(['networkId', 'status', 'displayName'])
export class ProfileEntity {
  @PrimaryColumn('uuid', { name: 'membership_id' })
  membershipId: string;

  @Column('uuid', { name: 'network_id' })
  networkId: string;

  @Column('uuid', { name: 'account_id' })
  accountId: string;

  @Column('text', { name: 'display_name' })
  displayName: string;

  @Column('text', { nullable: true })
  headline: string | null;

  /** The membership's status as identity last announced it. */
  @Column('text')
  status: MembershipStatus;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt: Date;
}
