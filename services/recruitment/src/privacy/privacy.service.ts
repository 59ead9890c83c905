import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '@kizuna/auth';
import type { AccountDeleted, EventData, EventEnvelope } from '@kizuna/events';
import { DELETED_MEMBER_ID, membershipsOfAccount } from '@kizuna/subgraph';

export class RecruitmentPrivacyService {
  constructor(private readonly dataSource: DataSource) {}

  /** What this service holds about the viewer, in every network of their account. */
  async personalData(viewer: Viewer): Promise<Record<string, unknown>> {
    const known = (await membershipsOfAccount(this.dataSource, 'recruitment', viewer.accountId)).map((m) => m.membershipId);
    const ids = [...new Set([viewer.membershipId, ...known])];
    const posts = await this.dataSource.query(
      `SELECT id, network_id AS "networkId", author_membership_id AS "authorId", kind, title, status, created_at AS "createdAt"
       FROM recruitment.posts WHERE author_membership_id = ANY($1::uuid[]) ORDER BY created_at`,
      [ids],
    );
    return { posts };
  }

  /** A deleted member's posts stay in the network's history, by no one, and close: nobody is left to answer them. A redelivery changes nothing. */
  async erase(manager: EntityManager, event: EventEnvelope<EventData<typeof AccountDeleted>>): Promise<void> {
    const params = [event.data.membershipId, event.networkid];
    await manager.query(`UPDATE recruitment.posts SET author_membership_id = $3, status = 'closed' WHERE author_membership_id = $1 AND network_id = $2`, [...params, DELETED_MEMBER_ID]);
  }
}
