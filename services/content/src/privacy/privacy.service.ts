import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '@kizuna/auth';
import type { AccountDeleted, EventData, EventEnvelope } from '@kizuna/events';
import { DELETED_MEMBER_ID, membershipsOfAccount } from '@kizuna/subgraph';

export class ContentPrivacyService {
  constructor(private readonly dataSource: DataSource) {}

  /** What this service holds about the viewer, in every network of their account. */
  async personalData(viewer: Viewer): Promise<Record<string, unknown>> {
    const known = (await membershipsOfAccount(this.dataSource, 'content', viewer.accountId)).map((m) => m.membershipId);
    const ids = [...new Set([viewer.membershipId, ...known])];
    const articles = await this.dataSource.query(
      `SELECT id, network_id AS "networkId", author_membership_id AS "authorId", title, body, status, published_at AS "publishedAt", created_at AS "createdAt"
       FROM content.articles WHERE author_membership_id = ANY($1::uuid[]) ORDER BY created_at`,
      [ids],
    );
    return { articles };
  }

  /** A deleted member's drafts are erased; their published articles stay for the network, by no one. A redelivery changes nothing. */
  async erase(manager: EntityManager, event: EventEnvelope<EventData<typeof AccountDeleted>>): Promise<void> {
    const params = [event.data.membershipId, event.networkid];
    await manager.query(`DELETE FROM content.articles WHERE author_membership_id = $1 AND network_id = $2 AND status = 'draft'`, params);
    await manager.query(`UPDATE content.articles SET author_membership_id = $3 WHERE author_membership_id = $1 AND network_id = $2`, [...params, DELETED_MEMBER_ID]);
  }
}
