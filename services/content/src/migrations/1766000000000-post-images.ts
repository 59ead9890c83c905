import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Images on posts: uploaded first (post_id empty), then attached by their uploader to one post, up to four. */
export class PostImages1766000000000 implements MigrationInterface {
  name = 'PostImages1766000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE content.post_images (
      id uuid PRIMARY KEY, network_id uuid NOT NULL, uploader_membership_id uuid NOT NULL,
      post_id uuid REFERENCES content.posts (id) ON DELETE CASCADE,
      object_key text NOT NULL UNIQUE, width int NOT NULL CHECK (width > 0), height int NOT NULL CHECK (height > 0),
      alt text, position smallint CHECK (position BETWEEN 0 AND 3),
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      CHECK ((post_id IS NULL) = (position IS NULL)))`);
    await db.query(`CREATE UNIQUE INDEX post_images_order ON content.post_images (post_id, position) WHERE post_id IS NOT NULL`);
    await db.query(`CREATE INDEX post_images_by_uploader ON content.post_images (uploader_membership_id, created_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE content.post_images`);
  }
}
