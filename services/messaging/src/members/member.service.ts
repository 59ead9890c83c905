import type { EntityManager } from 'typeorm';
import type { MembershipStatus } from '@kizuna/auth';
import type { EventData, MembershipApproved, MembershipRegistered, ProfileUpdated } from '@kizuna/events';

/** Keeps the members read model in step with identity's membership events (idempotent upserts). */
export class MemberDirectoryService {
  /** A new membership, with its role and status at registration; a redelivery changes nothing. */
  async registered(manager: EntityManager, data: EventData<typeof MembershipRegistered>): Promise<void> {
    await manager.query(
      `INSERT INTO messaging.members (membership_id, network_id, role, status, display_name, updated_at) VALUES ($1, $2, $3, $4, $5, now())
       ON CONFLICT (membership_id) DO UPDATE SET display_name = EXCLUDED.display_name
       WHERE members.network_id = EXCLUDED.network_id AND members.display_name = ''`,
      [data.membershipId, data.networkId, data.role, data.status, data.displayName],
    );
  }

  /** An approved membership (created as a plain member if its registration is somehow missing). */
  async approved(manager: EntityManager, data: EventData<typeof MembershipApproved>): Promise<void> {
    await manager.query(
      `INSERT INTO messaging.members (membership_id, network_id, role, status, display_name, updated_at) VALUES ($1, $2, 'member', 'approved', $3, now())
       ON CONFLICT (membership_id) DO UPDATE SET status = 'approved', updated_at = now(),
         display_name = CASE WHEN members.display_name = '' THEN EXCLUDED.display_name ELSE members.display_name END
       WHERE members.network_id = EXCLUDED.network_id`,
      [data.membershipId, data.networkId, data.displayName],
    );
  }

  /**
   * The member's profile as the directory published it (what templates personalise messages
   * with), and the name they now go by. Events without a snapshot change nothing; a membership
   * not yet known here is skipped (its registration brings the name, the next edit the profile).
   */
  async profileUpdated(manager: EntityManager, data: EventData<typeof ProfileUpdated>): Promise<void> {
    if (!data.profile) return;
    await manager.query(
      `UPDATE messaging.members SET profile = $3::jsonb, display_name = CASE WHEN $4 = '' THEN display_name ELSE $4 END
       WHERE membership_id = $1 AND network_id = $2`,
      [data.membershipId, data.networkId, JSON.stringify(data.profile.fields), data.profile.displayName],
    );
  }

  /** Rejection, suspension and reinstatement: who may message and be messaged follows the membership's status. */
  async statusChanged(manager: EntityManager, data: { membershipId: string; networkId: string }, status: MembershipStatus): Promise<void> {
    await manager.query(`UPDATE messaging.members SET status = $3, updated_at = now() WHERE membership_id = $1 AND network_id = $2`, [
      data.membershipId,
      data.networkId,
      status,
    ]);
  }
}
