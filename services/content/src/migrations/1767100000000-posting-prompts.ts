import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Staff's recurring posting prompts, and each occurrence published to the feed. An occurrence keeps
 * its own copy of the prompt's words, so deleting the prompt leaves the feed items (members'
 * conversations) as they were.
 */
export class PostingPrompts1767100000000 implements MigrationInterface {
  name = 'PostingPrompts1767100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE content.posting_prompts (
      id uuid PRIMARY KEY, network_id uuid NOT NULL,
      hashtag text NOT NULL, tag text NOT NULL, title text NOT NULL, body text NOT NULL DEFAULT '',
      rrule text NOT NULL, time_zone text NOT NULL, starts_at timestamptz(3) NOT NULL,
      audience text NOT NULL CHECK (audience IN ('network', 'staff', 'segment')), segment_id uuid,
      active boolean NOT NULL DEFAULT true,
      handled_through timestamptz(3) NOT NULL, next_due_at timestamptz(3), last_occurrence_at timestamptz(3),
      created_by uuid NOT NULL, created_at timestamptz(3) NOT NULL DEFAULT now(), updated_at timestamptz(3) NOT NULL DEFAULT now(),
      CHECK ((audience = 'segment') = (segment_id IS NOT NULL)))`);
    await db.query(`CREATE INDEX posting_prompts_due ON content.posting_prompts (next_due_at) WHERE active AND next_due_at IS NOT NULL`);
    await db.query(`CREATE INDEX posting_prompts_by_network ON content.posting_prompts (network_id, created_at)`);
    await db.query(`CREATE TABLE content.prompt_occurrences (
      feed_item_id uuid PRIMARY KEY REFERENCES content.feed_items (id) ON DELETE CASCADE,
      prompt_id uuid REFERENCES content.posting_prompts (id) ON DELETE SET NULL,
      network_id uuid NOT NULL, occurrence_at timestamptz(3) NOT NULL,
      hashtag text NOT NULL, tag text NOT NULL, title text NOT NULL, body text NOT NULL)`);
    await db.query(`CREATE UNIQUE INDEX prompt_occurrences_once ON content.prompt_occurrences (prompt_id, occurrence_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE content.prompt_occurrences`);
    await db.query(`DROP TABLE content.posting_prompts`);
  }
}
