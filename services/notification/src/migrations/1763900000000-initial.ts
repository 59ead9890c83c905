import type { MigrationInterface, QueryRunner } from 'typeorm';
import { eventTablesSql } from '@kizuna/events';

export class Initial1763900000000 implements MigrationInterface {
  name = 'Initial1763900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE notification.notifications (
      id uuid PRIMARY KEY, network_id uuid NOT NULL, recipient_membership_id uuid NOT NULL,
      kind text NOT NULL, title text NOT NULL, body text,
      created_at timestamptz(3) NOT NULL DEFAULT now(), read_at timestamptz(3))`);
    // The recipient's list, newest first, and their unread badge.
    await db.query(`CREATE INDEX notifications_inbox ON notification.notifications
      (network_id, recipient_membership_id, created_at DESC, id DESC)`);
    await db.query(`CREATE INDEX notifications_unread ON notification.notifications
      (network_id, recipient_membership_id) WHERE read_at IS NULL`);
    for (const statement of eventTablesSql('notification').up) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const statement of eventTablesSql('notification').down) await db.query(statement);
    await db.query(`DROP TABLE notification.notifications`);
  }
}
