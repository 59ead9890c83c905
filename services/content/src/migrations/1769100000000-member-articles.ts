import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Members may write articles where the network allows it: a per-network content setting, and a
 * review step between a member's draft and its publication (submitted, then approved — published
 * by the usual path — or sent back to a draft with the reviewer's reason).
 */
export class MemberArticles1769100000000 implements MigrationInterface {
  name = 'MemberArticles1769100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE content.network_settings (
      network_id uuid PRIMARY KEY, members_may_write_articles boolean NOT NULL DEFAULT false,
      updated_by_membership_id uuid, updated_at timestamptz(3) NOT NULL DEFAULT now())`);

    await db.query(`ALTER TABLE content.articles DROP CONSTRAINT articles_status, DROP CONSTRAINT articles_publication`);
    await db.query(`ALTER TABLE content.articles
      ADD COLUMN submitted_at timestamptz(3), ADD COLUMN rejection_reason text, ADD COLUMN reviewed_at timestamptz(3), ADD COLUMN reviewer_membership_id uuid`);
    await db.query(`ALTER TABLE content.articles ADD CONSTRAINT articles_status CHECK (status IN ('draft', 'submitted', 'scheduled', 'published')),
      ADD CONSTRAINT articles_publication CHECK (status IN ('draft', 'submitted') OR published_at IS NOT NULL),
      ADD CONSTRAINT articles_submission CHECK ((status = 'submitted') = (submitted_at IS NOT NULL))`);
    // The review queue: a network's submissions, oldest first.
    await db.query(`CREATE INDEX articles_submitted ON content.articles (network_id, submitted_at, id) WHERE status = 'submitted'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX content.articles_submitted`);
    await db.query(`UPDATE content.articles SET status = 'draft' WHERE status = 'submitted'`);
    await db.query(`ALTER TABLE content.articles DROP CONSTRAINT articles_submission, DROP CONSTRAINT articles_status, DROP CONSTRAINT articles_publication`);
    await db.query(
      `ALTER TABLE content.articles DROP COLUMN submitted_at, DROP COLUMN rejection_reason, DROP COLUMN reviewed_at, DROP COLUMN reviewer_membership_id`,
    );
    await db.query(`ALTER TABLE content.articles ADD CONSTRAINT articles_status CHECK (status IN ('draft', 'scheduled', 'published')),
      ADD CONSTRAINT articles_publication CHECK (status = 'draft' OR published_at IS NOT NULL)`);
    await db.query(`DROP TABLE content.network_settings`);
  }
}
