import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Posts, the feed read model (every kind of item, from content's own posts and other services'
 * events), likes, comments with one level of replies, per-member hides and moderation reports.
 */
export class Feed1765000000000 implements MigrationInterface {
  name = 'Feed1765000000000';

  async up(db: QueryRunner): Promise<void> {
    // Who is in which network and whether approved: mentions name members of the author's network only.
    await db.query(`CREATE TABLE content.members (
      membership_id uuid PRIMARY KEY, network_id uuid NOT NULL, status text NOT NULL,
      display_name text NOT NULL DEFAULT '', updated_at timestamptz(3) NOT NULL DEFAULT now())`);
    await db.query(`CREATE INDEX members_of_network ON content.members (network_id, status)`);

    await db.query(`CREATE TABLE content.feed_items (
      id uuid PRIMARY KEY, network_id uuid NOT NULL,
      source_key text NOT NULL,
      kind text NOT NULL CHECK (kind ~ '^[A-Z][A-Z0-9_]*$'),
      actor_membership_id uuid,
      title text NOT NULL DEFAULT '', excerpt text NOT NULL DEFAULT '', link_path text,
      subject_typename text, subject_id text,
      audience text NOT NULL CHECK (audience IN ('network', 'staff', 'segment')),
      segment_id uuid,
      published_at timestamptz(3) NOT NULL,
      pinned_at timestamptz(3), pinned_by uuid,
      hidden_at timestamptz(3), hidden_by uuid,
      reaction_count int NOT NULL DEFAULT 0 CHECK (reaction_count >= 0),
      comment_count int NOT NULL DEFAULT 0 CHECK (comment_count >= 0),
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      updated_at timestamptz(3) NOT NULL DEFAULT now(),
      CHECK ((audience = 'segment') = (segment_id IS NOT NULL)),
      UNIQUE (network_id, source_key))`);
    await db.query(`CREATE INDEX feed_items_newest ON content.feed_items (network_id, published_at DESC, id DESC)`);
    await db.query(`CREATE INDEX feed_items_pinned ON content.feed_items (network_id, pinned_at DESC, id DESC) WHERE pinned_at IS NOT NULL`);
    await db.query(`CREATE INDEX feed_items_by_actor ON content.feed_items (actor_membership_id)`);

    await db.query(`CREATE TABLE content.posts (
      id uuid PRIMARY KEY REFERENCES content.feed_items (id) ON DELETE CASCADE,
      network_id uuid NOT NULL, author_membership_id uuid NOT NULL,
      body text NOT NULL,
      mentions uuid[] NOT NULL DEFAULT '{}', hashtags text[] NOT NULL DEFAULT '{}', links text[] NOT NULL DEFAULT '{}',
      created_at timestamptz(3) NOT NULL DEFAULT now(), edited_at timestamptz(3))`);
    await db.query(`CREATE INDEX posts_hashtags ON content.posts USING gin (hashtags)`);
    await db.query(`CREATE INDEX posts_by_author ON content.posts (author_membership_id)`);
    // Each earlier text of an edited post, for its history.
    await db.query(`CREATE TABLE content.post_edits (
      id uuid PRIMARY KEY, post_id uuid NOT NULL REFERENCES content.posts (id) ON DELETE CASCADE,
      body text NOT NULL, written_at timestamptz(3) NOT NULL, replaced_at timestamptz(3) NOT NULL DEFAULT now())`);
    await db.query(`CREATE INDEX post_edits_of ON content.post_edits (post_id, replaced_at)`);

    // One like per member and item: the primary key makes a repeated or concurrent like count once.
    await db.query(`CREATE TABLE content.feed_reactions (
      feed_item_id uuid NOT NULL REFERENCES content.feed_items (id) ON DELETE CASCADE,
      membership_id uuid NOT NULL, network_id uuid NOT NULL,
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      PRIMARY KEY (feed_item_id, membership_id))`);
    await db.query(`CREATE INDEX feed_reactions_recent ON content.feed_reactions (network_id, created_at DESC)`);
    await db.query(`CREATE INDEX feed_reactions_by_member ON content.feed_reactions (membership_id)`);

    await db.query(`CREATE TABLE content.comments (
      id uuid PRIMARY KEY,
      feed_item_id uuid NOT NULL REFERENCES content.feed_items (id) ON DELETE CASCADE,
      parent_comment_id uuid REFERENCES content.comments (id) ON DELETE CASCADE,
      network_id uuid NOT NULL, author_membership_id uuid NOT NULL,
      body text NOT NULL, mentions uuid[] NOT NULL DEFAULT '{}', links text[] NOT NULL DEFAULT '{}',
      created_at timestamptz(3) NOT NULL DEFAULT now(), edited_at timestamptz(3))`);
    await db.query(`CREATE INDEX comments_of_item ON content.comments (feed_item_id, created_at, id) WHERE parent_comment_id IS NULL`);
    await db.query(`CREATE INDEX comments_replies ON content.comments (parent_comment_id, created_at, id) WHERE parent_comment_id IS NOT NULL`);
    await db.query(`CREATE INDEX comments_recent ON content.comments (network_id, created_at DESC)`);
    await db.query(`CREATE INDEX comments_by_author ON content.comments (author_membership_id)`);

    // "Hide this item": only from that member's own feed.
    await db.query(`CREATE TABLE content.feed_item_hides (
      feed_item_id uuid NOT NULL REFERENCES content.feed_items (id) ON DELETE CASCADE,
      membership_id uuid NOT NULL, network_id uuid NOT NULL,
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      PRIMARY KEY (membership_id, feed_item_id))`);

    await db.query(`CREATE TABLE content.reports (
      id uuid PRIMARY KEY, network_id uuid NOT NULL,
      feed_item_id uuid NOT NULL REFERENCES content.feed_items (id) ON DELETE CASCADE,
      comment_id uuid REFERENCES content.comments (id) ON DELETE CASCADE,
      reporter_membership_id uuid NOT NULL, reason text NOT NULL,
      status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'dismissed', 'actioned')),
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      resolved_at timestamptz(3), resolved_by uuid)`);
    // A member's open report on one thing is kept once, however often they report it.
    await db.query(
      `CREATE UNIQUE INDEX reports_open_once ON content.reports (reporter_membership_id, feed_item_id, coalesce(comment_id, '00000000-0000-0000-0000-000000000000'::uuid)) WHERE status = 'open'`,
    );
    await db.query(`CREATE INDEX reports_queue ON content.reports (network_id, feed_item_id) WHERE status = 'open'`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['reports', 'feed_item_hides', 'comments', 'feed_reactions', 'post_edits', 'posts', 'feed_items', 'members'])
      await db.query(`DROP TABLE content.${table}`);
  }
}
