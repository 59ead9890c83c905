import type { DataSource, EntityManager } from 'typeorm';
import { DELETED_MEMBER_ID, type DeletedMember, type PersonalDataHolder, type PersonalDataOwner } from '@kizuna/subgraph';

export class RecruitmentPrivacyService implements PersonalDataHolder {
  constructor(private readonly dataSource: DataSource) {}

  /** What this service holds about the viewer, in every network of their account. */
  async exportFor({ membershipIds: ids }: PersonalDataOwner): Promise<Record<string, unknown>> {
    const posts = await this.dataSource.query(
      `SELECT id, network_id AS "networkId", author_membership_id AS "authorId", kind, title, status, created_at AS "createdAt"
       FROM recruitment.posts WHERE author_membership_id = ANY($1::uuid[]) ORDER BY created_at`,
      [ids],
    );
    return { posts };
  }

  /** A deleted member's posts stay in the network's history, by no one, and close: nobody is left to answer them. A redelivery changes nothing. */
  async eraseFor(manager: EntityManager, { membershipId, networkId }: DeletedMember): Promise<void> {
    const params = [membershipId, networkId];
    await manager.query(`UPDATE recruitment.posts SET author_membership_id = $3, status = 'closed' WHERE author_membership_id = $1 AND network_id = $2`, [
      ...params,
      DELETED_MEMBER_ID,
    ]);
  }
}
