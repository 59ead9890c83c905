import type { MigrationInterface, QueryRunner } from 'typeorm';
import { accountMembershipsSql } from '@kizuna/subgraph';

/** Which account each membership belongs to: a person's data download covers all their networks. */
export class AccountMemberships1764600000000 implements MigrationInterface {
  name = 'AccountMemberships1764600000000';

  async up(db: QueryRunner): Promise<void> {
    for (const statement of accountMembershipsSql('messaging').up) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const statement of accountMembershipsSql('messaging').down) await db.query(statement);
  }
}
