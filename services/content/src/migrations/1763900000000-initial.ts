import type { MigrationInterface, QueryRunner } from 'typeorm';
import { eventTablesSql } from '@kizuna/events';

export class Initial1763900000000 implements MigrationInterface {
  name = 'Initial1763900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE content.articles (
      id uuid PRIMARY KEY, network_id uuid NOT NULL, author_membership_id uuid NOT NULL,
      title text NOT NULL, body text NOT NULL,
      status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published')),
      published_at timestamptz(3), created_at timestamptz(3) NOT NULL DEFAULT now(),
      CHECK (status = 'draft' OR published_at IS NOT NULL))`);
    await db.query(`CREATE INDEX articles_feed ON content.articles (network_id, published_at DESC) WHERE status = 'published'`);
    await db.query(`CREATE INDEX articles_by_author ON content.articles (network_id, author_membership_id, status)`);
    for (const statement of eventTablesSql('content').up) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const statement of eventTablesSql('content').down) await db.query(statement);
    await db.query(`DROP TABLE content.articles`);
  }
}
