import type { MigrationInterface, QueryRunner } from 'typeorm';
import { eventTablesSql } from '@kizuna/events';

export class Initial1763900000000 implements MigrationInterface {
  name = 'Initial1763900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE directory.profiles (
      membership_id uuid PRIMARY KEY, network_id uuid NOT NULL, account_id uuid NOT NULL,
      display_name text NOT NULL, headline text,
      status text NOT NULL CHECK (status IN ('pending', 'approved', 'rejected', 'suspended')),
      created_at timestamptz(3) NOT NULL DEFAULT now(), updated_at timestamptz(3) NOT NULL DEFAULT now())`);
    await db.query(`CREATE INDEX profiles_directory ON directory.profiles (network_id, status, display_name)`);
    for (const statement of eventTablesSql('directory').up) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const statement of eventTablesSql('directory').down) await db.query(statement);
    await db.query(`DROP TABLE directory.profiles`);
  }
}
