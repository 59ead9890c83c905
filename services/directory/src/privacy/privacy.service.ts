import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '@kizuna/auth';
import type { AccountDeleted, EventData, EventEnvelope } from '@kizuna/events';

export class DirectoryPrivacyService {
  constructor(private readonly dataSource: DataSource) {}

  /** The viewer's profiles in every network of their account. */
  async personalData(viewer: Viewer): Promise<Record<string, unknown>> {
    const profiles = await this.dataSource.query(
      `SELECT membership_id AS "memberId", network_id AS "networkId", display_name AS "displayName", headline, status,
              created_at AS "createdAt", updated_at AS "updatedAt"
       FROM directory.profiles WHERE account_id = $1 ORDER BY created_at`,
      [viewer.accountId],
    );
    return { profiles };
  }

  /** A deleted member's profile is erased (a redelivery finds nothing left to erase). */
  async erase(manager: EntityManager, event: EventEnvelope<EventData<typeof AccountDeleted>>): Promise<void> {
    await manager.query(`DELETE FROM directory.profiles WHERE membership_id = $1 AND network_id = $2`, [event.data.membershipId, event.networkid]);
  }
}
