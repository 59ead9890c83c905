import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Signing in without naming a network: once an account with several networks has proven who it is
 * (password or an outside provider), a short-lived, single-use ticket lets it choose one of them.
 */
export class NetworkChoices1764800000000 implements MigrationInterface {
  name = 'NetworkChoices1764800000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE identity.network_choices (
      ticket_hash text PRIMARY KEY,
      account_id uuid NOT NULL REFERENCES identity.accounts(id) ON DELETE CASCADE,
      method text NOT NULL CHECK (method IN ('password', 'social')),
      created_at timestamptz(3) NOT NULL DEFAULT now(), expires_at timestamptz(3) NOT NULL, used_at timestamptz(3))`);
    await db.query(`CREATE INDEX network_choices_expiry ON identity.network_choices (expires_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE identity.network_choices`);
  }
}
