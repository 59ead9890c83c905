import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Articles become the office's real ones: a structured body (a ProseMirror document), an excerpt,
 * a cover, a category, an audience, scheduling, earlier versions and read counts. Uploaded images
 * get a purpose, so articles reuse the post image path. Existing plain-text bodies become
 * one-paragraph documents.
 */
export class Articles1768000000000 implements MigrationInterface {
  name = 'Articles1768000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE content.article_categories (
      id uuid PRIMARY KEY, network_id uuid NOT NULL, name text NOT NULL,
      created_at timestamptz(3) NOT NULL DEFAULT now())`);
    await db.query(`CREATE UNIQUE INDEX article_categories_name ON content.article_categories (network_id, lower(name))`);

    await db.query(`ALTER TABLE content.post_images ADD COLUMN purpose text NOT NULL DEFAULT 'post' CHECK (purpose IN ('post', 'article'))`);
    await db.query(`ALTER TABLE content.post_images ADD CHECK (purpose = 'post' OR post_id IS NULL)`);

    await db.query(`ALTER TABLE content.articles DROP CONSTRAINT IF EXISTS articles_status_check`);
    await db.query(`ALTER TABLE content.articles DROP CONSTRAINT IF EXISTS articles_check`);
    await db.query(`ALTER TABLE content.articles RENAME COLUMN body TO body_text`);
    await db.query(`ALTER TABLE content.articles
      ADD COLUMN body jsonb, ADD COLUMN excerpt text NOT NULL DEFAULT '',
      ADD COLUMN cover_image_id uuid REFERENCES content.post_images (id) ON DELETE SET NULL,
      ADD COLUMN category_id uuid REFERENCES content.article_categories (id) ON DELETE SET NULL,
      ADD COLUMN audience text NOT NULL DEFAULT 'network' CHECK (audience IN ('network', 'staff', 'segment')),
      ADD COLUMN segment_id uuid,
      ADD COLUMN editor_membership_id uuid,
      ADD COLUMN updated_at timestamptz(3) NOT NULL DEFAULT now(),
      ADD COLUMN read_count int NOT NULL DEFAULT 0 CHECK (read_count >= 0),
      ADD COLUMN unique_reader_count int NOT NULL DEFAULT 0 CHECK (unique_reader_count >= 0)`);
    await db.query(`UPDATE content.articles SET
      body = CASE WHEN body_text = '' THEN '{"type":"doc","content":[{"type":"paragraph"}]}'::jsonb
        ELSE jsonb_build_object('type', 'doc', 'content', jsonb_build_array(jsonb_build_object('type', 'paragraph', 'content',
          jsonb_build_array(jsonb_build_object('type', 'text', 'text', body_text))))) END,
      excerpt = left(regexp_replace(body_text, '\\s+', ' ', 'g'), 280),
      editor_membership_id = author_membership_id, updated_at = created_at`);
    await db.query(`ALTER TABLE content.articles DROP COLUMN body_text, ALTER COLUMN body SET NOT NULL, ALTER COLUMN author_membership_id DROP NOT NULL`);
    await db.query(`ALTER TABLE content.articles ADD CONSTRAINT articles_status CHECK (status IN ('draft', 'scheduled', 'published')),
      ADD CONSTRAINT articles_publication CHECK (status = 'draft' OR published_at IS NOT NULL),
      ADD CONSTRAINT articles_segment CHECK ((audience = 'segment') = (segment_id IS NOT NULL))`);
    await db.query(`DROP INDEX IF EXISTS content.articles_feed`);
    await db.query(`CREATE INDEX articles_listed ON content.articles (network_id, status, published_at DESC, id DESC)`);
    // What the periodic check looks for.
    await db.query(`CREATE INDEX articles_due ON content.articles (published_at) WHERE status = 'scheduled'`);

    await db.query(`CREATE TABLE content.article_revisions (
      id uuid PRIMARY KEY, article_id uuid NOT NULL REFERENCES content.articles (id) ON DELETE CASCADE, network_id uuid NOT NULL,
      title text NOT NULL, body jsonb NOT NULL, editor_membership_id uuid,
      written_at timestamptz(3) NOT NULL, replaced_at timestamptz(3) NOT NULL DEFAULT now())`);
    await db.query(`CREATE INDEX article_revisions_of ON content.article_revisions (article_id, replaced_at)`);
    await db.query(`CREATE INDEX article_revisions_by_editor ON content.article_revisions (editor_membership_id)`);

    await db.query(`CREATE TABLE content.article_reads (
      article_id uuid NOT NULL REFERENCES content.articles (id) ON DELETE CASCADE, membership_id uuid NOT NULL, network_id uuid NOT NULL,
      read_count int NOT NULL DEFAULT 1, first_read_at timestamptz(3) NOT NULL DEFAULT now(), last_read_at timestamptz(3) NOT NULL DEFAULT now(),
      PRIMARY KEY (article_id, membership_id))`);
    await db.query(`CREATE INDEX article_reads_by_member ON content.article_reads (membership_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE content.article_reads`);
    await db.query(`DROP TABLE content.article_revisions`);
    await db.query(`DELETE FROM content.articles WHERE status = 'scheduled' OR author_membership_id IS NULL`);
    await db.query(`ALTER TABLE content.articles DROP CONSTRAINT articles_status, DROP CONSTRAINT articles_publication, DROP CONSTRAINT articles_segment`);
    await db.query(`ALTER TABLE content.articles ADD COLUMN body_text text NOT NULL DEFAULT ''`);
    await db.query(`UPDATE content.articles SET body_text = excerpt`);
    await db.query(`ALTER TABLE content.articles DROP COLUMN body, DROP COLUMN excerpt, DROP COLUMN cover_image_id, DROP COLUMN category_id, DROP COLUMN audience,
      DROP COLUMN segment_id, DROP COLUMN editor_membership_id, DROP COLUMN updated_at, DROP COLUMN read_count, DROP COLUMN unique_reader_count,
      ALTER COLUMN author_membership_id SET NOT NULL`);
    await db.query(`ALTER TABLE content.articles RENAME COLUMN body_text TO body`);
    await db.query(`ALTER TABLE content.articles ADD CHECK (status IN ('draft', 'published')), ADD CHECK (status = 'draft' OR published_at IS NOT NULL)`);
    await db.query(`DROP INDEX content.articles_listed`);
    await db.query(`DROP INDEX content.articles_due`);
    await db.query(`CREATE INDEX articles_feed ON content.articles (network_id, published_at DESC) WHERE status = 'published'`);
    await db.query(`DELETE FROM content.post_images WHERE purpose = 'article'`);
    await db.query(`ALTER TABLE content.post_images DROP COLUMN purpose`);
    await db.query(`DROP TABLE content.article_categories`);
  }
}
