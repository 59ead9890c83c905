import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The whole directory and CRM model: profile fields and their search terms, custom fields and field
 * visibility, tags, segments, roster imports and alumni companies.
 */
export class DirectoryCrm1764700000000 implements MigrationInterface {
  name = 'DirectoryCrm1764700000000';

  async up(db: QueryRunner): Promise<void> {
    // btree_gin lets one GIN index serve "this network" and "these search terms" together.
    await db.query(`CREATE EXTENSION IF NOT EXISTS btree_gin`);
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);

    await db.query(`ALTER TABLE directory.profiles DROP CONSTRAINT profiles_status_check`);
    await db.query(`ALTER TABLE directory.profiles
      ADD CONSTRAINT profiles_status_check CHECK (status IN ('pending', 'approved', 'rejected', 'suspended', 'unregistered')),
      ALTER COLUMN account_id DROP NOT NULL,
      ADD COLUMN email text,
      ADD COLUMN external_id text,
      ADD COLUMN name_kana text,
      ADD COLUMN name_romaji text,
      ADD COLUMN photo_key text,
      ADD COLUMN entry_year int,
      ADD COLUMN leave_year int,
      ADD COLUMN department text,
      ADD COLUMN employer text,
      ADD COLUMN job_title text,
      ADD COLUMN industry text,
      ADD COLUMN location text,
      ADD COLUMN bio text,
      ADD COLUMN skills text[] NOT NULL DEFAULT '{}',
      ADD COLUMN interests text[] NOT NULL DEFAULT '{}',
      ADD COLUMN links jsonb NOT NULL DEFAULT '[]',
      ADD COLUMN contact_email text,
      ADD COLUMN phone text,
      ADD COLUMN contact_visibility jsonb NOT NULL DEFAULT '{}',
      ADD COLUMN custom jsonb NOT NULL DEFAULT '{}',
      ADD COLUMN registration_answers jsonb NOT NULL DEFAULT '{}',
      ADD COLUMN line_linked boolean NOT NULL DEFAULT false,
      ADD COLUMN last_sign_in_at timestamptz(3),
      ADD COLUMN sign_in_count int NOT NULL DEFAULT 0,
      ADD COLUMN sort_name text NOT NULL DEFAULT '',
      ADD COLUMN name_search text NOT NULL DEFAULT '',
      ADD COLUMN member_text text NOT NULL DEFAULT '',
      ADD COLUMN admin_text text NOT NULL DEFAULT '',
      ADD COLUMN member_terms text[] NOT NULL DEFAULT '{}',
      ADD COLUMN admin_terms text[] NOT NULL DEFAULT '{}'`);
    await db.query(`CREATE UNIQUE INDEX profiles_email ON directory.profiles (network_id, lower(email)) WHERE email IS NOT NULL`);
    await db.query(`CREATE UNIQUE INDEX profiles_external_id ON directory.profiles (network_id, external_id) WHERE external_id IS NOT NULL`);
    await db.query(`CREATE INDEX profiles_member_terms ON directory.profiles USING gin (network_id, member_terms)`);
    await db.query(`CREATE INDEX profiles_admin_terms ON directory.profiles USING gin (network_id, admin_terms)`);
    await db.query(`CREATE INDEX profiles_name_search ON directory.profiles USING gin (name_search gin_trgm_ops)`);
    await db.query(`CREATE INDEX profiles_custom ON directory.profiles USING gin (custom jsonb_path_ops)`);
    await db.query(`CREATE INDEX profiles_by_name ON directory.profiles (network_id, status, sort_name, membership_id)`);
    await db.query(`CREATE INDEX profiles_by_year ON directory.profiles (network_id, entry_year, sort_name, membership_id)`);
    await db.query(`CREATE INDEX profiles_by_joined ON directory.profiles (network_id, created_at DESC, membership_id)`);
    await db.query(`CREATE INDEX profiles_account ON directory.profiles (account_id)`);

    // How a network shows its standard fields (a field not listed keeps its default visibility).
    await db.query(`CREATE TABLE directory.field_settings (
      network_id uuid NOT NULL, field text NOT NULL,
      visibility text NOT NULL CHECK (visibility IN ('MEMBERS', 'ADMINS', 'HIDDEN')),
      PRIMARY KEY (network_id, field))`);

    await db.query(`CREATE TABLE directory.custom_fields (
      id uuid PRIMARY KEY, network_id uuid NOT NULL, key text NOT NULL, label text NOT NULL,
      type text NOT NULL CHECK (type IN ('TEXT', 'LONG_TEXT', 'NUMBER', 'YEAR', 'DATE', 'URL', 'SINGLE_CHOICE', 'MULTIPLE_CHOICE')),
      options jsonb NOT NULL DEFAULT '[]', help_text text,
      visibility text NOT NULL CHECK (visibility IN ('MEMBERS', 'ADMINS', 'HIDDEN')),
      position int NOT NULL, archived_at timestamptz(3),
      created_at timestamptz(3) NOT NULL DEFAULT now(), updated_at timestamptz(3) NOT NULL DEFAULT now(),
      UNIQUE (network_id, key))`);

    await db.query(`CREATE TABLE directory.tags (
      id uuid PRIMARY KEY, network_id uuid NOT NULL, name text NOT NULL, color text,
      rule jsonb, rule_applies_to_newcomers boolean NOT NULL DEFAULT false,
      created_at timestamptz(3) NOT NULL DEFAULT now(), updated_at timestamptz(3) NOT NULL DEFAULT now())`);
    await db.query(`CREATE UNIQUE INDEX tags_name ON directory.tags (network_id, lower(name))`);
    await db.query(`CREATE TABLE directory.member_tags (
      tag_id uuid NOT NULL REFERENCES directory.tags (id) ON DELETE CASCADE,
      membership_id uuid NOT NULL REFERENCES directory.profiles (membership_id) ON DELETE CASCADE ON UPDATE CASCADE,
      network_id uuid NOT NULL,
      added_by text NOT NULL CHECK (added_by IN ('HAND', 'RULE', 'IMPORT')),
      added_at timestamptz(3) NOT NULL DEFAULT now(),
      PRIMARY KEY (tag_id, membership_id))`);
    await db.query(`CREATE INDEX member_tags_member ON directory.member_tags (membership_id)`);

    await db.query(`CREATE TABLE directory.segments (
      id uuid PRIMARY KEY, network_id uuid NOT NULL, name text NOT NULL, description text,
      filter jsonb NOT NULL, created_by uuid,
      created_at timestamptz(3) NOT NULL DEFAULT now(), updated_at timestamptz(3) NOT NULL DEFAULT now())`);
    await db.query(`CREATE UNIQUE INDEX segments_name ON directory.segments (network_id, lower(name))`);

    await db.query(`CREATE TABLE directory.imports (
      id uuid PRIMARY KEY, network_id uuid NOT NULL, created_by uuid,
      file_name text NOT NULL, content bytea NOT NULL,
      mapping jsonb NOT NULL DEFAULT '{}', match_by text NOT NULL DEFAULT 'EMAIL' CHECK (match_by IN ('EMAIL', 'EXTERNAL_ID')),
      status text NOT NULL CHECK (status IN ('UPLOADED', 'RUNNING', 'DONE', 'FAILED')),
      total_rows int NOT NULL DEFAULT 0, processed_rows int NOT NULL DEFAULT 0,
      created_rows int NOT NULL DEFAULT 0, updated_rows int NOT NULL DEFAULT 0, unchanged_rows int NOT NULL DEFAULT 0,
      failed_rows int NOT NULL DEFAULT 0, row_errors jsonb NOT NULL DEFAULT '[]', failure text,
      created_at timestamptz(3) NOT NULL DEFAULT now(), started_at timestamptz(3), finished_at timestamptz(3))`);
    await db.query(`CREATE INDEX imports_network ON directory.imports (network_id, created_at DESC)`);

    await db.query(`CREATE TABLE directory.companies (
      id uuid PRIMARY KEY, network_id uuid NOT NULL,
      founder_id uuid NOT NULL REFERENCES directory.profiles (membership_id) ON DELETE CASCADE ON UPDATE CASCADE,
      name text NOT NULL, industry text, stage text, url text, description text, founded_year int,
      created_at timestamptz(3) NOT NULL DEFAULT now(), updated_at timestamptz(3) NOT NULL DEFAULT now())`);
    await db.query(`CREATE INDEX companies_network ON directory.companies (network_id, lower(name), id)`);
    await db.query(`CREATE INDEX companies_founder ON directory.companies (founder_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['companies', 'imports', 'segments', 'member_tags', 'tags', 'custom_fields', 'field_settings']) {
      await db.query(`DROP TABLE directory.${table}`);
    }
    await db.query(`DELETE FROM directory.profiles WHERE status = 'unregistered'`);
    await db.query(`ALTER TABLE directory.profiles DROP CONSTRAINT profiles_status_check`);
    await db.query(`ALTER TABLE directory.profiles
      ADD CONSTRAINT profiles_status_check CHECK (status IN ('pending', 'approved', 'rejected', 'suspended')),
      ALTER COLUMN account_id SET NOT NULL,
      DROP COLUMN email, DROP COLUMN external_id, DROP COLUMN name_kana, DROP COLUMN name_romaji, DROP COLUMN photo_key,
      DROP COLUMN entry_year, DROP COLUMN leave_year, DROP COLUMN department, DROP COLUMN employer, DROP COLUMN job_title,
      DROP COLUMN industry, DROP COLUMN location, DROP COLUMN bio, DROP COLUMN skills, DROP COLUMN interests, DROP COLUMN links,
      DROP COLUMN contact_email, DROP COLUMN phone, DROP COLUMN contact_visibility, DROP COLUMN custom,
      DROP COLUMN registration_answers, DROP COLUMN line_linked, DROP COLUMN last_sign_in_at, DROP COLUMN sign_in_count,
      DROP COLUMN sort_name, DROP COLUMN name_search, DROP COLUMN member_text, DROP COLUMN admin_text,
      DROP COLUMN member_terms, DROP COLUMN admin_terms`);
  }
}
