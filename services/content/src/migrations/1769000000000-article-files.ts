import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Videos and PDFs uploaded for articles: named by id in article bodies (`videoFile`, `attachment`).
 * `attached_at` is set once a saved article shows the file: from then on it goes as soon as no
 * article shows it any more; before, only once it was abandoned for a day. Each article keeps the
 * ids of the files its body shows (`file_ids`, indexed), so "does an article show it" is a lookup.
 */
export class ArticleFiles1769000000000 implements MigrationInterface {
  name = 'ArticleFiles1769000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE content.article_files (
      id uuid PRIMARY KEY, network_id uuid NOT NULL, uploader_membership_id uuid NOT NULL,
      kind text NOT NULL CHECK (kind IN ('video', 'pdf')),
      object_key text NOT NULL UNIQUE, content_type text NOT NULL,
      byte_size integer NOT NULL CHECK (byte_size > 0),
      file_name text NOT NULL CHECK (char_length(file_name) BETWEEN 1 AND 200),
      created_at timestamptz(3) NOT NULL DEFAULT now(), attached_at timestamptz(3))`);
    await db.query(`CREATE INDEX article_files_by_network ON content.article_files (network_id, created_at)`);
    await db.query(`CREATE INDEX article_files_by_uploader ON content.article_files (uploader_membership_id, created_at)`);
    await db.query(`ALTER TABLE content.articles ADD COLUMN file_ids uuid[] NOT NULL DEFAULT '{}'`);
    await db.query(`CREATE INDEX articles_showing_files ON content.articles USING gin (file_ids)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE content.articles DROP COLUMN file_ids`);
    await db.query(`DROP TABLE content.article_files`);
  }
}
