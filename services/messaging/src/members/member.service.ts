import type { EntityManager } from 'typeorm';
import type { MembershipStatus } from '@kizuna/auth';
import type { EventData, MembershipApproved, MembershipRegistered } from '@kizuna/events';

/** Keeps the members read model in step with identity's membership events (idempotent upserts). */
export class MemberDirectoryService {
  /** A new membership, with its role and status at registration; a redelivery changes nothing. */
  async registered(manager: EntityManager, data: EventData<typeof MembershipRegistered>): Promise<void> {
    await manager.query(
      `INSERT INTO messaging.members (membership_id, network_id, role, status, updated_at) VALUES ($1, $2, $3, $4, now())
       ON CONFLICT (membership_id) DO NOTHING`,
      [data.membershipId, data.networkId, data.role, data.status],
    );
  }

  /** An approved membership (created as a plain member if its registration is somehow missing). */
  async approved(manager: EntityManager, data: EventData<typeof MembershipApproved>): Promise<void> {
    await manager.query(
      `INSERT INTO messaging.members (membership_id, network_id, role, status, updated_at) VALUES ($1, $2, 'member', 'approved', now())
       ON CONFLICT (membership_id) DO UPDATE SET status = 'approved', updated_at = now()
       WHERE members.network_id = EXCLUDED.network_id`,
      [data.membershipId, data.networkId],
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
