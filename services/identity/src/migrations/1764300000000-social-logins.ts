import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Social sign-in: logins linked to accounts (one per provider and account, a provider's subject
 * belongs to one account only), the short-lived authorization flows any identity instance can
 * finish, and single-use tickets carrying what a provider said until the person completes sign-up
 * (the join page) or a link (account settings, with their own access token). Accounts created through a provider have no password.
 */
export class SocialLogins1764300000000 implements MigrationInterface {
  name = 'SocialLogins1764300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE identity.accounts ALTER COLUMN password_hash DROP NOT NULL`);
    await db.query(`CREATE TABLE identity.linked_logins (
      id uuid PRIMARY KEY, account_id uuid NOT NULL REFERENCES identity.accounts(id) ON DELETE CASCADE,
      provider text NOT NULL, subject text NOT NULL, email text, display_name text,
      linked_at timestamptz(3) NOT NULL DEFAULT now(), last_used_at timestamptz(3),
      UNIQUE (provider, subject), UNIQUE (account_id, provider))`);
    await db.query(`CREATE TABLE identity.oidc_flows (
      state_hash text PRIMARY KEY, provider text NOT NULL,
      intent text NOT NULL CHECK (intent IN ('sign-in', 'sign-up', 'link')),
      network_id uuid REFERENCES identity.networks(id) ON DELETE CASCADE,
      account_id uuid REFERENCES identity.accounts(id) ON DELETE CASCADE,
      code_verifier text NOT NULL, nonce text NOT NULL, browser_binding_hash text,
      created_at timestamptz(3) NOT NULL DEFAULT now(), expires_at timestamptz(3) NOT NULL)`);
    await db.query(`CREATE INDEX oidc_flows_expiry ON identity.oidc_flows (expires_at)`);
    await db.query(`CREATE TABLE identity.social_signup_tickets (
      ticket_hash text PRIMARY KEY, purpose text NOT NULL CHECK (purpose IN ('sign-up', 'link')),
      provider text NOT NULL, subject text NOT NULL,
      network_id uuid NOT NULL REFERENCES identity.networks(id) ON DELETE CASCADE,
      account_id uuid REFERENCES identity.accounts(id) ON DELETE CASCADE,
      email text, email_verified boolean NOT NULL DEFAULT false, display_name text, picture_url text,
      created_at timestamptz(3) NOT NULL DEFAULT now(), expires_at timestamptz(3) NOT NULL, used_at timestamptz(3))`);
    await db.query(`CREATE INDEX social_signup_tickets_expiry ON identity.social_signup_tickets (expires_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE identity.social_signup_tickets`);
    await db.query(`DROP TABLE identity.oidc_flows`);
    await db.query(`DROP TABLE identity.linked_logins`);
    await db.query(`ALTER TABLE identity.accounts ALTER COLUMN password_hash SET NOT NULL`);
  }
}
