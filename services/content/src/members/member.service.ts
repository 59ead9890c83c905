import type { EntityManager } from 'typeorm';
import type { MembershipStatus } from '@kizuna/auth';
import type { EventData, MembershipApproved, MembershipRegistered } from '@kizuna/events';

/** Read model of identity's memberships: who belongs to which network, and whether approved (mentions). */
export class MemberReadModel {
  async registered(manager: EntityManager, data: EventData<typeof MembershipRegistered>): Promise<void> {
    await manager.query(
      `INSERT INTO content.members (membership_id, network_id, status, display_name) VALUES ($1, $2, $3, $4) ON CONFLICT (membership_id) DO NOTHING`,
      [data.membershipId, data.networkId, data.status, data.displayName],
    );
  }

  async approved(manager: EntityManager, data: EventData<typeof MembershipApproved>): Promise<void> {
    await manager.query(
      `INSERT INTO content.members (membership_id, network_id, status, display_name) VALUES ($1, $2, 'approved', $3)
       ON CONFLICT (membership_id) DO UPDATE SET status = 'approved', updated_at = now() WHERE members.network_id = EXCLUDED.network_id`,
      [data.membershipId, data.networkId, data.displayName],
    );
  }

  async statusChanged(manager: EntityManager, data: { membershipId: string; networkId: string }, status: MembershipStatus): Promise<void> {
    await manager.query(`UPDATE content.members SET status = $3, updated_at = now() WHERE membership_id = $1 AND network_id = $2`, [
      data.membershipId,
      data.networkId,
      status,
    ]);
  }
}

/** Every id in `ids` names an approved member of the network. */
export async function allApprovedMembers(manager: EntityManager, networkId: string, ids: string[]): Promise<boolean> {
  if (ids.length === 0) return true;
  const found: unknown[] = await manager.query(
    `SELECT 1 FROM content.members WHERE network_id = $1 AND membership_id = ANY($2::uuid[]) AND status = 'approved'`,
    [networkId, ids],
  );
  return found.length === ids.length;
}
