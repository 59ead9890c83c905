import type { MigrationInterface, QueryRunner } from 'typeorm';
import { eventTablesSql } from '@kizuna/events';

export class Initial1763900000000 implements MigrationInterface {
  name = 'Initial1763900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE messaging.members (
      membership_id uuid PRIMARY KEY, network_id uuid NOT NULL,
      role text NOT NULL CHECK (role IN ('owner', 'admin', 'staff', 'member')),
      status text NOT NULL CHECK (status IN ('pending', 'approved', 'rejected', 'suspended')),
      updated_at timestamptz(3) NOT NULL DEFAULT now())`);
    await db.query(`CREATE INDEX members_by_role ON messaging.members (network_id, role, status)`);
    await db.query(`CREATE TABLE messaging.messages (
      id uuid PRIMARY KEY, network_id uuid NOT NULL,
      sender_membership_id uuid NOT NULL, recipient_membership_id uuid NOT NULL,
      body text NOT NULL, created_at timestamptz(3) NOT NULL DEFAULT now(), read_at timestamptz(3))`);
    await db.query(`CREATE INDEX messages_inbox ON messaging.messages (network_id, recipient_membership_id, created_at DESC)`);
    await db.query(`CREATE INDEX messages_unread ON messaging.messages (network_id, recipient_membership_id) WHERE read_at IS NULL`);
    for (const statement of eventTablesSql('messaging').up) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const statement of eventTablesSql('messaging').down) await db.query(statement);
    await db.query(`DROP TABLE messaging.messages`);
    await db.query(`DROP TABLE messaging.members`);
  }
}
