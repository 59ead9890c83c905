import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Surveys (each is a feed item with the same id) and one response per member. The running tallies
 * live on the survey row, which every answer locks, so they stay exact under concurrent answers.
 */
export class Surveys1767000000000 implements MigrationInterface {
  name = 'Surveys1767000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE content.surveys (
      id uuid PRIMARY KEY REFERENCES content.feed_items (id) ON DELETE CASCADE,
      network_id uuid NOT NULL, author_membership_id uuid NOT NULL,
      title text NOT NULL, description text NOT NULL DEFAULT '',
      questions jsonb NOT NULL, anonymous boolean NOT NULL,
      results_visibility text NOT NULL CHECK (results_visibility IN ('AFTER_VOTING', 'AFTER_CLOSING', 'STAFF_ONLY')),
      closes_at timestamptz(3), closed_at timestamptz(3),
      response_count int NOT NULL DEFAULT 0 CHECK (response_count >= 0),
      tallies jsonb NOT NULL,
      created_at timestamptz(3) NOT NULL DEFAULT now(), edited_at timestamptz(3))`);
    // What the periodic check looks for: open surveys with a closing time.
    await db.query(`CREATE INDEX surveys_due ON content.surveys (closes_at) WHERE closed_at IS NULL AND closes_at IS NOT NULL`);
    await db.query(`CREATE TABLE content.survey_responses (
      id uuid PRIMARY KEY, survey_id uuid NOT NULL REFERENCES content.surveys (id) ON DELETE CASCADE,
      network_id uuid NOT NULL, membership_id uuid NOT NULL, answers jsonb NOT NULL,
      created_at timestamptz(3) NOT NULL DEFAULT now(), updated_at timestamptz(3) NOT NULL DEFAULT now(),
      UNIQUE (survey_id, membership_id))`);
    await db.query(`CREATE INDEX survey_responses_by_member ON content.survey_responses (membership_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE content.survey_responses`);
    await db.query(`DROP TABLE content.surveys`);
  }
}
