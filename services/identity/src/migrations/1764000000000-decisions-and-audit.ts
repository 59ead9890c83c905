import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The administrators' audit log: one row per decision, written with the decision. */
export class DecisionsAndAudit1764000000000 implements MigrationInterface {
  name = 'DecisionsAndAudit1764000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE identity.audit_log (
      id uuid PRIMARY KEY, network_id uuid NOT NULL REFERENCES identity.networks(id),
      actor_membership_id uuid NOT NULL REFERENCES identity.memberships(id), action text NOT NULL,
      target_membership_id uuid REFERENCES identity.memberships(id), details jsonb NOT NULL DEFAULT '{}',
      created_at timestamptz(3) NOT NULL DEFAULT now())`);
    await db.query(`CREATE INDEX audit_log_newest ON identity.audit_log (network_id, created_at DESC, id DESC)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE identity.audit_log`);
  }
}
