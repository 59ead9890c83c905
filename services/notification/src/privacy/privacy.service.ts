import type { DataSource, EntityManager } from 'typeorm';
import { type DeletedMember, type PersonalDataHolder, type PersonalDataOwner } from '@kizuna/subgraph';

export class NotificationPrivacyService implements PersonalDataHolder {
  constructor(private readonly dataSource: DataSource) {}

  /** What this service holds about the viewer, in every network of their account. */
  async exportFor({ membershipIds: ids }: PersonalDataOwner): Promise<Record<string, unknown>> {
    const notifications = await this.dataSource.query(
      `SELECT id, network_id AS "networkId", recipient_membership_id AS "memberId", kind, title, body, created_at AS "createdAt", read_at AS "readAt"
       FROM notification.notifications WHERE recipient_membership_id = ANY($1::uuid[]) ORDER BY created_at`,
      [ids],
    );
    return { notifications };
  }

  /** A deleted member's notifications are erased. A redelivery changes nothing. */
  async eraseFor(manager: EntityManager, { membershipId, networkId }: DeletedMember): Promise<void> {
    const params = [membershipId, networkId];
    await manager.query(`DELETE FROM notification.notifications WHERE recipient_membership_id = $1 AND network_id = $2`, params);
  }
}
