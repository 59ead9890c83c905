import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '@kizuna/auth';
import type { AccountDeleted, EventData, EventEnvelope } from '@kizuna/events';
import { membershipsOfAccount } from '@kizuna/subgraph';

export class NotificationPrivacyService {
  constructor(private readonly dataSource: DataSource) {}

  /** What this service holds about the viewer, in every network of their account. */
  async personalData(viewer: Viewer): Promise<Record<string, unknown>> {
    const known = (await membershipsOfAccount(this.dataSource, 'notification', viewer.accountId)).map((m) => m.membershipId);
    const ids = [...new Set([viewer.membershipId, ...known])];
    const notifications = await this.dataSource.query(
      `SELECT id, network_id AS "networkId", recipient_membership_id AS "memberId", kind, title, body, created_at AS "createdAt", read_at AS "readAt"
       FROM notification.notifications WHERE recipient_membership_id = ANY($1::uuid[]) ORDER BY created_at`,
      [ids],
    );
    return { notifications };
  }

  /** A deleted member's notifications are erased. A redelivery changes nothing. */
  async erase(manager: EntityManager, event: EventEnvelope<EventData<typeof AccountDeleted>>): Promise<void> {
    const params = [event.data.membershipId, event.networkid];
    await manager.query(`DELETE FROM notification.notifications WHERE recipient_membership_id = $1 AND network_id = $2`, params);
  }
}
