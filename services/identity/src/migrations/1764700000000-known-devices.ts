import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Devices that have signed in to an account (the device cookie's id, as sha256): a stranger's failed
 * sign-ins never make them wait. Sign-in failures are counted in the shared limit store now, so the
 * Postgres attempt table goes.
 */
export class KnownDevices1764700000000 implements MigrationInterface {
  name = 'KnownDevices1764700000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE identity.known_devices (
      account_id uuid NOT NULL REFERENCES identity.accounts(id) ON DELETE CASCADE,
      device_hash bytea NOT NULL,
      last_sign_in_at timestamptz(3) NOT NULL,
      PRIMARY KEY (account_id, device_hash))`);
    await db.query(`DROP TABLE identity.sign_in_attempts`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE identity.sign_in_attempts (key varchar(255) PRIMARY KEY, points integer NOT NULL DEFAULT 0, expire bigint)`);
    await db.query(`DROP TABLE identity.known_devices`);
  }
}
