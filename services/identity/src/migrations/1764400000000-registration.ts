import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A network's branding and registration settings, its registration questions and the answers given,
 * its auto-approval rules and roster. Auto-approvals are audited without an acting administrator.
 */
export class Registration1764400000000 implements MigrationInterface {
  name = 'Registration1764400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE identity.networks
      ADD COLUMN logo_url text,
      ADD COLUMN primary_color text CHECK (primary_color ~ '^#[0-9a-f]{6}$'),
      ADD COLUMN welcome_text text,
      ADD COLUMN registration_open boolean NOT NULL DEFAULT true,
      ADD COLUMN updated_at timestamptz(3) NOT NULL DEFAULT now()`);
    await db.query(`ALTER TABLE identity.networks ADD CONSTRAINT networks_default_locale CHECK (default_locale IN ('ja', 'en'))`);
    // Former slugs keep old registration links working; a slug belongs to one network for good.
    await db.query(`CREATE TABLE identity.network_slug_aliases (
      slug text PRIMARY KEY, network_id uuid NOT NULL REFERENCES identity.networks(id),
      created_at timestamptz(3) NOT NULL DEFAULT now())`);

    await db.query(`CREATE TABLE identity.registration_questions (
      id uuid PRIMARY KEY, network_id uuid NOT NULL REFERENCES identity.networks(id),
      kind text NOT NULL CHECK (kind IN ('free_text', 'single_choice', 'multiple_choice', 'year', 'date')),
      label text NOT NULL, help_text text, required boolean NOT NULL, position integer NOT NULL,
      options jsonb NOT NULL DEFAULT '[]', profile_field text,
      archived_at timestamptz(3), created_at timestamptz(3) NOT NULL DEFAULT now(), updated_at timestamptz(3) NOT NULL DEFAULT now())`);
    await db.query(`CREATE INDEX registration_questions_order ON identity.registration_questions (network_id, position)`);
    await db.query(`CREATE UNIQUE INDEX registration_questions_profile_field ON identity.registration_questions (network_id, profile_field)
      WHERE profile_field IS NOT NULL AND archived_at IS NULL`);

    await db.query(`CREATE TABLE identity.registration_answers (
      membership_id uuid NOT NULL REFERENCES identity.memberships(id),
      question_id uuid NOT NULL REFERENCES identity.registration_questions(id),
      network_id uuid NOT NULL REFERENCES identity.networks(id),
      value jsonb NOT NULL, display_text text NOT NULL,
      PRIMARY KEY (membership_id, question_id))`);
    await db.query(`CREATE INDEX registration_answers_network ON identity.registration_answers (network_id, question_id)`);

    await db.query(`CREATE TABLE identity.auto_approval_rules (
      network_id uuid PRIMARY KEY REFERENCES identity.networks(id),
      email_domains text[] NOT NULL DEFAULT '{}', roster_enabled boolean NOT NULL DEFAULT false,
      roster_year_question_id uuid REFERENCES identity.registration_questions(id),
      updated_at timestamptz(3) NOT NULL DEFAULT now())`);
    await db.query(`CREATE TABLE identity.roster_entries (
      id uuid PRIMARY KEY, network_id uuid NOT NULL REFERENCES identity.networks(id),
      email text CHECK (email = lower(email)), name text, name_key text, year integer,
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      CHECK (email IS NOT NULL OR (name_key IS NOT NULL AND year IS NOT NULL)))`);
    await db.query(`CREATE INDEX roster_entries_email ON identity.roster_entries (network_id, email)`);
    await db.query(`CREATE INDEX roster_entries_name_year ON identity.roster_entries (network_id, name_key, year)`);
    await db.query(`CREATE INDEX roster_entries_list ON identity.roster_entries (network_id, created_at, id)`);

    await db.query(`ALTER TABLE identity.audit_log ALTER COLUMN actor_membership_id DROP NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM identity.audit_log WHERE actor_membership_id IS NULL`);
    await db.query(`ALTER TABLE identity.audit_log ALTER COLUMN actor_membership_id SET NOT NULL`);
    for (const table of ['roster_entries', 'auto_approval_rules', 'registration_answers', 'registration_questions', 'network_slug_aliases']) {
      await db.query(`DROP TABLE identity.${table}`);
    }
    await db.query(`ALTER TABLE identity.networks DROP CONSTRAINT networks_default_locale`);
    await db.query(`ALTER TABLE identity.networks DROP COLUMN logo_url, DROP COLUMN primary_color, DROP COLUMN welcome_text,
      DROP COLUMN registration_open, DROP COLUMN updated_at`);
  }
}
