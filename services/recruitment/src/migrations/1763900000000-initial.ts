import type { MigrationInterface, QueryRunner } from 'typeorm';
import { eventTablesSql } from '@kizuna/events';

export class Initial1763900000000 implements MigrationInterface {
  name = 'Initial1763900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE recruitment.posts (
      id uuid PRIMARY KEY, network_id uuid NOT NULL, author_membership_id uuid NOT NULL,
      kind text NOT NULL CHECK (kind IN ('job', 'project', 'partner', 'mentor', 'speaker', 'volunteer')),
      title text NOT NULL,
      status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
      created_at timestamptz(3) NOT NULL DEFAULT now())`);
    await db.query(`CREATE INDEX posts_board ON recruitment.posts (network_id, status, kind, created_at DESC)`);
    await db.query(`CREATE INDEX posts_by_author ON recruitment.posts (network_id, author_membership_id, status)`);
    for (const statement of eventTablesSql('recruitment').up) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const statement of eventTablesSql('recruitment').down) await db.query(statement);
    await db.query(`DROP TABLE recruitment.posts`);
  }
}
