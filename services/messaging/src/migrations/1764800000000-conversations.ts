import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The whole messaging model: conversations (direct, with the network, talk rooms), their members
 * and read positions, messages with replies, mentions and reactions, templates, auto-replies and
 * bulk messages with per-recipient status. The first model's one-to-one `messages` table is
 * replaced (it never held production data).
 */
export class Conversations1764800000000 implements MigrationInterface {
  name = 'Conversations1764800000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await db.query(`DROP TABLE messaging.messages`);

    // What templates need about people and networks, kept from identity's and directory's events.
    await db.query(`ALTER TABLE messaging.members
      ADD COLUMN display_name text NOT NULL DEFAULT '',
      ADD COLUMN profile jsonb NOT NULL DEFAULT '{}'::jsonb`);
    await db.query(`CREATE TABLE messaging.networks (
      network_id uuid PRIMARY KEY, slug text NOT NULL, name text NOT NULL,
      updated_at timestamptz(3) NOT NULL DEFAULT now())`);

    // last_seq numbers the conversation's messages 1, 2, 3…: unread = last_seq - a reader's last_read_seq.
    await db.query(`CREATE TABLE messaging.conversations (
      id uuid PRIMARY KEY, network_id uuid NOT NULL,
      kind text NOT NULL CHECK (kind IN ('direct', 'network', 'room')),
      direct_key text,
      member_membership_id uuid,
      last_seq bigint NOT NULL DEFAULT 0,
      last_message_id uuid,
      last_activity_at timestamptz(3) NOT NULL DEFAULT now(),
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      CHECK ((kind = 'direct') = (direct_key IS NOT NULL)),
      CHECK ((kind = 'network') = (member_membership_id IS NOT NULL)))`);
    await db.query(`CREATE UNIQUE INDEX conversations_direct ON messaging.conversations (network_id, direct_key) WHERE kind = 'direct'`);
    await db.query(`CREATE UNIQUE INDEX conversations_network ON messaging.conversations (network_id, member_membership_id) WHERE kind = 'network'`);
    await db.query(`CREATE INDEX conversations_network_inbox ON messaging.conversations (network_id, last_activity_at DESC, id) WHERE kind = 'network'`);

    await db.query(`CREATE TABLE messaging.rooms (
      conversation_id uuid PRIMARY KEY REFERENCES messaging.conversations (id) ON DELETE CASCADE,
      network_id uuid NOT NULL,
      name text NOT NULL, description text NOT NULL DEFAULT '',
      category text NOT NULL CHECK (category IN ('department', 'year', 'job', 'topic')),
      topic_tags text[] NOT NULL DEFAULT '{}',
      visibility text NOT NULL CHECK (visibility IN ('open', 'invite_only')),
      created_by uuid,
      member_count int NOT NULL DEFAULT 0,
      message_count int NOT NULL DEFAULT 0,
      archived_at timestamptz(3), archived_by uuid,
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      updated_at timestamptz(3) NOT NULL DEFAULT now())`);
    await db.query(`CREATE UNIQUE INDEX rooms_name ON messaging.rooms (network_id, lower(name)) WHERE archived_at IS NULL`);
    await db.query(`CREATE INDEX rooms_search ON messaging.rooms USING gin ((name || ' ' || description) gin_trgm_ops)`);
    await db.query(`CREATE INDEX rooms_popular ON messaging.rooms (network_id, member_count DESC, conversation_id)`);

    // One row per participant (direct: both; network: the member; room: each member).
    // Staff reading the network inbox get a row with role 'staff' when they first read it.
    await db.query(`CREATE TABLE messaging.conversation_members (
      conversation_id uuid NOT NULL REFERENCES messaging.conversations (id) ON DELETE CASCADE,
      membership_id uuid NOT NULL,
      network_id uuid NOT NULL,
      role text NOT NULL DEFAULT 'member' CHECK (role IN ('owner', 'member', 'staff')),
      last_read_seq bigint NOT NULL DEFAULT 0,
      last_read_at timestamptz(3),
      joined_at timestamptz(3) NOT NULL DEFAULT now(),
      PRIMARY KEY (conversation_id, membership_id))`);
    await db.query(`CREATE INDEX conversation_members_of ON messaging.conversation_members (membership_id, network_id)`);
    await db.query(`CREATE INDEX conversation_members_read ON messaging.conversation_members (conversation_id, last_read_seq)`);

    await db.query(`CREATE TABLE messaging.room_invitations (
      conversation_id uuid NOT NULL REFERENCES messaging.conversations (id) ON DELETE CASCADE,
      membership_id uuid NOT NULL, network_id uuid NOT NULL, invited_by uuid NOT NULL,
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      PRIMARY KEY (conversation_id, membership_id))`);
    await db.query(`CREATE INDEX room_invitations_of ON messaging.room_invitations (membership_id, network_id)`);

    // sender_membership_id is null for a message from the network (bulk, auto-reply) or from a deleted account;
    // sent_as_network marks staff answering in a network conversation.
    await db.query(`CREATE TABLE messaging.messages (
      id uuid PRIMARY KEY,
      conversation_id uuid NOT NULL REFERENCES messaging.conversations (id) ON DELETE CASCADE,
      network_id uuid NOT NULL,
      seq bigint NOT NULL,
      sender_membership_id uuid,
      sent_as_network boolean NOT NULL DEFAULT false,
      client_message_id text,
      body text NOT NULL,
      mentions uuid[] NOT NULL DEFAULT '{}',
      links text[] NOT NULL DEFAULT '{}',
      reply_to_message_id uuid,
      bulk_message_id uuid,
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      edited_at timestamptz(3),
      deleted_at timestamptz(3),
      deleted_by uuid,
      UNIQUE (conversation_id, seq))`);
    await db.query(
      `CREATE UNIQUE INDEX messages_client_id ON messaging.messages (conversation_id, sender_membership_id, client_message_id) WHERE client_message_id IS NOT NULL`,
    );
    await db.query(`CREATE INDEX messages_sender_rate ON messaging.messages (sender_membership_id, created_at DESC)`);

    await db.query(`CREATE TABLE messaging.message_reactions (
      message_id uuid NOT NULL REFERENCES messaging.messages (id) ON DELETE CASCADE,
      membership_id uuid NOT NULL,
      emoji text NOT NULL,
      network_id uuid NOT NULL,
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      PRIMARY KEY (message_id, emoji, membership_id))`);

    await db.query(`CREATE TABLE messaging.message_templates (
      id uuid PRIMARY KEY, network_id uuid NOT NULL,
      name text NOT NULL, body text NOT NULL,
      created_by uuid, updated_by uuid,
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      updated_at timestamptz(3) NOT NULL DEFAULT now())`);
    await db.query(`CREATE UNIQUE INDEX message_templates_name ON messaging.message_templates (network_id, lower(name))`);

    await db.query(`CREATE TABLE messaging.auto_replies (
      network_id uuid NOT NULL,
      trigger text NOT NULL CHECK (trigger IN ('registered', 'approved')),
      template_id uuid REFERENCES messaging.message_templates (id) ON DELETE SET NULL,
      enabled boolean NOT NULL DEFAULT false,
      updated_by uuid,
      updated_at timestamptz(3) NOT NULL DEFAULT now(),
      PRIMARY KEY (network_id, trigger))`);
    // Which membership got which auto-reply: a redelivered event never sends it twice.
    await db.query(`CREATE TABLE messaging.auto_reply_deliveries (
      network_id uuid NOT NULL, membership_id uuid NOT NULL, trigger text NOT NULL,
      message_id uuid, sent_at timestamptz(3) NOT NULL DEFAULT now(),
      PRIMARY KEY (membership_id, trigger))`);

    await db.query(`CREATE TABLE messaging.bulk_messages (
      id uuid PRIMARY KEY, network_id uuid NOT NULL,
      created_by uuid NOT NULL,
      idempotency_key text NOT NULL,
      template_id uuid,
      body text NOT NULL,
      audience text NOT NULL CHECK (audience IN ('segment', 'members')),
      segment_id uuid, segment_name text,
      status text NOT NULL CHECK (status IN ('scheduled', 'sending', 'completed', 'cancelled', 'failed')),
      scheduled_at timestamptz(3),
      started_at timestamptz(3), completed_at timestamptz(3),
      failure_reason text,
      recipient_count int NOT NULL DEFAULT 0,
      delivered_count int NOT NULL DEFAULT 0,
      failed_count int NOT NULL DEFAULT 0,
      opened_count int NOT NULL DEFAULT 0,
      heartbeat_at timestamptz(3),
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      UNIQUE (network_id, created_by, idempotency_key))`);
    await db.query(`CREATE INDEX bulk_messages_due ON messaging.bulk_messages (scheduled_at) WHERE status IN ('scheduled', 'sending')`);
    await db.query(`CREATE INDEX bulk_messages_list ON messaging.bulk_messages (network_id, created_at DESC, id)`);

    await db.query(`CREATE TABLE messaging.bulk_recipients (
      bulk_message_id uuid NOT NULL REFERENCES messaging.bulk_messages (id) ON DELETE CASCADE,
      membership_id uuid NOT NULL,
      network_id uuid NOT NULL,
      status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
      message_id uuid,
      conversation_id uuid,
      seq bigint,
      failure_reason text,
      delivered_at timestamptz(3), opened_at timestamptz(3),
      PRIMARY KEY (bulk_message_id, membership_id))`);
    await db.query(`CREATE INDEX bulk_recipients_pending ON messaging.bulk_recipients (bulk_message_id) WHERE status = 'pending'`);
    await db.query(
      `CREATE INDEX bulk_recipients_unopened ON messaging.bulk_recipients (conversation_id, seq) WHERE opened_at IS NULL AND status = 'delivered'`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'bulk_recipients',
      'bulk_messages',
      'auto_reply_deliveries',
      'auto_replies',
      'message_templates',
      'message_reactions',
      'messages',
      'room_invitations',
      'conversation_members',
      'rooms',
      'conversations',
      'networks',
    ]) {
      await db.query(`DROP TABLE messaging.${table}`);
    }
    await db.query(`ALTER TABLE messaging.members DROP COLUMN display_name, DROP COLUMN profile`);
    await db.query(`CREATE TABLE messaging.messages (
      id uuid PRIMARY KEY, network_id uuid NOT NULL,
      sender_membership_id uuid NOT NULL, recipient_membership_id uuid NOT NULL,
      body text NOT NULL, created_at timestamptz(3) NOT NULL DEFAULT now(), read_at timestamptz(3))`);
  }
}
