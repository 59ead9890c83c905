import type { MigrationInterface, QueryRunner } from 'typeorm';
import { eventTablesSql } from '@kizuna/events';

export class Initial1763800000000 implements MigrationInterface {
  name = 'Initial1763800000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE identity.organizations (
      id uuid PRIMARY KEY, name text NOT NULL, created_at timestamptz(3) NOT NULL DEFAULT now())`);
    await db.query(`CREATE TABLE identity.networks (
      id uuid PRIMARY KEY, organization_id uuid NOT NULL REFERENCES identity.organizations(id),
      slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
      name text NOT NULL, default_locale text NOT NULL DEFAULT 'ja', created_at timestamptz(3) NOT NULL DEFAULT now())`);
    await db.query(`CREATE TABLE identity.accounts (
      id uuid PRIMARY KEY, email text NOT NULL UNIQUE CHECK (email = lower(email)),
      password_hash text NOT NULL, display_name text NOT NULL, created_at timestamptz(3) NOT NULL DEFAULT now())`);
    await db.query(`CREATE TABLE identity.memberships (
      id uuid PRIMARY KEY, network_id uuid NOT NULL REFERENCES identity.networks(id),
      account_id uuid NOT NULL REFERENCES identity.accounts(id), display_name text NOT NULL,
      role text NOT NULL CHECK (role IN ('owner', 'admin', 'staff', 'member')),
      status text NOT NULL CHECK (status IN ('pending', 'approved', 'rejected', 'suspended')),
      created_at timestamptz(3) NOT NULL DEFAULT now(), approved_at timestamptz(3), approved_by uuid,
      UNIQUE (network_id, account_id))`);
    await db.query(`CREATE INDEX memberships_queue ON identity.memberships (network_id, status, created_at, id)`);
    await db.query(`CREATE TABLE identity.signing_keys (
      kid text PRIMARY KEY, private_jwk jsonb NOT NULL, public_jwk jsonb NOT NULL, created_at timestamptz(3) NOT NULL DEFAULT now())`);
    for (const statement of eventTablesSql('identity').up) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const statement of eventTablesSql('identity').down) await db.query(statement);
    for (const table of ['signing_keys', 'memberships', 'accounts', 'networks', 'organizations']) {
      await db.query(`DROP TABLE identity.${table}`);
    }
  }
}
