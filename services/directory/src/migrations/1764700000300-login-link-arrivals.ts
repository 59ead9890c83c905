import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * identity announces login links on the account topic, which is not ordered with the membership
 * topic: a LINE sign-up's link can arrive before the member's profile exists. Such a link state
 * waits here until the profile is created, then moves onto it.
 */
export class LoginLinkArrivals1764700000300 implements MigrationInterface {
  name = 'LoginLinkArrivals1764700000300';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE directory.early_login_links (
      membership_id uuid PRIMARY KEY, network_id uuid NOT NULL,
      line_linked boolean NOT NULL, changed_at timestamptz(3) NOT NULL)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE directory.early_login_links`);
  }
}
