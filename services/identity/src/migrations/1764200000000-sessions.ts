import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sessions (one per sign-in on a device, bound to one membership) with their rotating refresh
 * tokens, scheduled signing keys, and the shared counters of sign-in attempts.
 */
export class Sessions1764200000000 implements MigrationInterface {
  name = 'Sessions1764200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE identity.sessions (
      id uuid PRIMARY KEY,
      account_id uuid NOT NULL REFERENCES identity.accounts(id) ON DELETE CASCADE,
      membership_id uuid NOT NULL REFERENCES identity.memberships(id) ON DELETE CASCADE,
      network_id uuid NOT NULL REFERENCES identity.networks(id),
      user_agent text, ip text,
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      last_used_at timestamptz(3) NOT NULL DEFAULT now(),
      expires_at timestamptz(3) NOT NULL,
      revoked_at timestamptz(3), revoked_reason text)`);
    await db.query(`CREATE INDEX sessions_active_by_account ON identity.sessions (account_id, last_used_at DESC) WHERE revoked_at IS NULL`);
    await db.query(`CREATE TABLE identity.refresh_tokens (
      id uuid PRIMARY KEY,
      session_id uuid NOT NULL REFERENCES identity.sessions(id) ON DELETE CASCADE,
      account_id uuid NOT NULL REFERENCES identity.accounts(id) ON DELETE CASCADE,
      token_hash bytea NOT NULL UNIQUE,
      parent_id uuid REFERENCES identity.refresh_tokens(id) ON DELETE SET NULL,
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      expires_at timestamptz(3) NOT NULL,
      used_at timestamptz(3))`);
    await db.query(`CREATE INDEX refresh_tokens_by_session ON identity.refresh_tokens (session_id)`);
    // A key is published from its creation, signs from activates_at, and is deleted once no token it signed can still be valid.
    await db.query(`ALTER TABLE identity.signing_keys ADD COLUMN activates_at timestamptz(3)`);
    await db.query(`UPDATE identity.signing_keys SET activates_at = created_at`);
    await db.query(`ALTER TABLE identity.signing_keys ALTER COLUMN activates_at SET NOT NULL, ALTER COLUMN activates_at SET DEFAULT now()`);
    // The layout rate-limiter-flexible's RateLimiterPostgres expects.
    await db.query(`CREATE TABLE identity.sign_in_attempts (key varchar(255) PRIMARY KEY, points integer NOT NULL DEFAULT 0, expire bigint)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE identity.sign_in_attempts`);
    await db.query(`ALTER TABLE identity.signing_keys DROP COLUMN activates_at`);
    await db.query(`DROP TABLE identity.refresh_tokens`);
    await db.query(`DROP TABLE identity.sessions`);
  }
}
