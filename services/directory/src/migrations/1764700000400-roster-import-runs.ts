import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Roster imports run in the background: at most one runs per network (a partial unique index, so
 * two admins pressing "run" at once cannot both start), and a running import beats a heartbeat, so
 * one whose process died is recognised and marked failed.
 */
export class RosterImportRuns1764700000400 implements MigrationInterface {
  name = 'RosterImportRuns1764700000400';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE directory.imports ADD COLUMN heartbeat_at timestamptz(3)`);
    await db.query(`CREATE UNIQUE INDEX imports_one_running ON directory.imports (network_id) WHERE status = 'RUNNING'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX directory.imports_one_running`);
    await db.query(`ALTER TABLE directory.imports DROP COLUMN heartbeat_at`);
  }
}
