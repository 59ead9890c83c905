import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '@kizuna/auth';
import type { AccountDeleted, EventData, EventEnvelope } from '@kizuna/events';
import { DELETED_MEMBER_ID, membershipsOfAccount } from '@kizuna/subgraph';

export class MessagingPrivacyService {
  constructor(private readonly dataSource: DataSource) {}

  /** What this service holds about the viewer, in every network of their account. */
  async personalData(viewer: Viewer): Promise<Record<string, unknown>> {
    const known = (await membershipsOfAccount(this.dataSource, 'messaging', viewer.accountId)).map((m) => m.membershipId);
    const ids = [...new Set([viewer.membershipId, ...known])];
    const [memberships, sent, received] = await Promise.all([
      this.dataSource.query(`SELECT membership_id AS "memberId", network_id AS "networkId", role, status FROM messaging.members WHERE membership_id = ANY($1::uuid[])`, [ids]),
      this.dataSource.query(
        `SELECT id, network_id AS "networkId", sender_membership_id AS "fromMemberId", recipient_membership_id AS "toMemberId", body, created_at AS "sentAt", read_at AS "readAt"
         FROM messaging.messages WHERE sender_membership_id = ANY($1::uuid[]) ORDER BY created_at`,
        [ids],
      ),
      this.dataSource.query(
        `SELECT id, network_id AS "networkId", sender_membership_id AS "fromMemberId", recipient_membership_id AS "toMemberId", body, created_at AS "sentAt", read_at AS "readAt"
         FROM messaging.messages WHERE recipient_membership_id = ANY($1::uuid[]) ORDER BY created_at`,
        [ids],
      ),
    ]);
    return { memberships, messagesSent: sent, messagesReceived: received };
  }

  /** Messages addressed to a deleted member are erased; what they sent stays with its recipients, from no one. A redelivery changes nothing. */
  async erase(manager: EntityManager, event: EventEnvelope<EventData<typeof AccountDeleted>>): Promise<void> {
    const params = [event.data.membershipId, event.networkid];
    await manager.query(`DELETE FROM messaging.messages WHERE recipient_membership_id = $1 AND network_id = $2`, params);
    await manager.query(`UPDATE messaging.messages SET sender_membership_id = $3 WHERE sender_membership_id = $1 AND network_id = $2`, [...params, DELETED_MEMBER_ID]);
    await manager.query(`DELETE FROM messaging.members WHERE membership_id = $1 AND network_id = $2`, params);
  }
}
