import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A deleted account's memberships are removed; administrators' audit entries about them (or made
 * by them) stay, without naming the member.
 */
export class AccountDeletion1764600000000 implements MigrationInterface {
  name = 'AccountDeletion1764600000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE identity.audit_log ALTER COLUMN actor_membership_id DROP NOT NULL`);
    await db.query(`ALTER TABLE identity.audit_log DROP CONSTRAINT audit_log_actor_membership_id_fkey,
      ADD CONSTRAINT audit_log_actor_membership_id_fkey FOREIGN KEY (actor_membership_id) REFERENCES identity.memberships(id) ON DELETE SET NULL`);
    await db.query(`ALTER TABLE identity.audit_log DROP CONSTRAINT audit_log_target_membership_id_fkey,
      ADD CONSTRAINT audit_log_target_membership_id_fkey FOREIGN KEY (target_membership_id) REFERENCES identity.memberships(id) ON DELETE SET NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE identity.audit_log DROP CONSTRAINT audit_log_target_membership_id_fkey,
      ADD CONSTRAINT audit_log_target_membership_id_fkey FOREIGN KEY (target_membership_id) REFERENCES identity.memberships(id)`);
    await db.query(`ALTER TABLE identity.audit_log DROP CONSTRAINT audit_log_actor_membership_id_fkey,
      ADD CONSTRAINT audit_log_actor_membership_id_fkey FOREIGN KEY (actor_membership_id) REFERENCES identity.memberships(id)`);
    await db.query(`DELETE FROM identity.audit_log WHERE actor_membership_id IS NULL`);
    await db.query(`ALTER TABLE identity.audit_log ALTER COLUMN actor_membership_id SET NOT NULL`);
  }
}
