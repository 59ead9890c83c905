import type { MigrationInterface, QueryRunner } from 'typeorm';

/** E-mail verification, password reset and e-mail change: account columns and single-use e-mailed tokens. */
export class Credentials1764100000000 implements MigrationInterface {
  name = 'Credentials1764100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE identity.accounts
      ADD COLUMN email_verified_at timestamptz(3),
      ADD COLUMN pending_email text CHECK (pending_email = lower(pending_email))`);
    // Only a sha256 of each token is kept: a copy of the database opens no mailbox's links.
    await db.query(`CREATE TABLE identity.email_tokens (
      id uuid PRIMARY KEY,
      account_id uuid NOT NULL REFERENCES identity.accounts(id) ON DELETE CASCADE,
      purpose text NOT NULL CHECK (purpose IN ('verify-email', 'reset-password', 'change-email')),
      token_hash text NOT NULL UNIQUE,
      email text NOT NULL,
      network_id uuid REFERENCES identity.networks(id) ON DELETE SET NULL,
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      expires_at timestamptz(3) NOT NULL,
      used_at timestamptz(3))`);
    await db.query(`CREATE INDEX email_tokens_by_account ON identity.email_tokens (account_id, purpose, created_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE identity.email_tokens`);
    await db.query(`ALTER TABLE identity.accounts DROP COLUMN pending_email, DROP COLUMN email_verified_at`);
  }
}
