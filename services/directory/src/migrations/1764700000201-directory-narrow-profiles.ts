import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Directory search reads every profile a query matches (to rank and count them), so what it
 * costs is the number of heap pages those rows span. The derived search columns (`*_terms`,
 * `*_text`) are most of a row yet only ever read through their GIN indexes, so they go out of
 * line: EXTERNAL storage (no inline compression) makes every row long enough for the toaster to
 * run, and a low `toast_tuple_target` has it move them out. A row shrinks from about 2 kB to
 * about 500 bytes, and a network of 100,000 members fits in shared buffers. The columns search
 * filters and sorts on stay inline (MAIN) so no query has to fetch them from TOAST.
 *
 * Also: the choice filters without an index get one (industry, job title, location by prefix in
 * code-point order), and no parallel scans on profiles: a directory query is short, and starting
 * workers costs more than it saves.
 */
export class DirectoryNarrowProfiles1764700000201 implements MigrationInterface {
  name = 'DirectoryNarrowProfiles1764700000201';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE directory.profiles SET (toast_tuple_target = 512, parallel_workers = 0)`);
    await db.query(`CREATE INDEX profiles_by_industry ON directory.profiles (network_id, lower(industry)) WHERE industry IS NOT NULL`);
    await db.query(`CREATE INDEX profiles_by_job_title ON directory.profiles (network_id, lower(job_title)) WHERE job_title IS NOT NULL`);
    await db.query(`CREATE INDEX profiles_by_location ON directory.profiles (network_id, (lower(location) COLLATE "C")) WHERE location IS NOT NULL`);
    await db.query(`ALTER TABLE directory.profiles
      ALTER COLUMN member_terms SET STORAGE EXTERNAL, ALTER COLUMN admin_terms SET STORAGE EXTERNAL,
      ALTER COLUMN member_text SET STORAGE EXTERNAL, ALTER COLUMN admin_text SET STORAGE EXTERNAL,
      ALTER COLUMN status SET STORAGE MAIN, ALTER COLUMN display_name SET STORAGE MAIN, ALTER COLUMN name_kana SET STORAGE MAIN,
      ALTER COLUMN name_romaji SET STORAGE MAIN, ALTER COLUMN sort_name SET STORAGE MAIN, ALTER COLUMN name_search SET STORAGE MAIN,
      ALTER COLUMN department SET STORAGE MAIN, ALTER COLUMN employer SET STORAGE MAIN, ALTER COLUMN job_title SET STORAGE MAIN,
      ALTER COLUMN industry SET STORAGE MAIN, ALTER COLUMN location SET STORAGE MAIN, ALTER COLUMN skills SET STORAGE MAIN,
      ALTER COLUMN interests SET STORAGE MAIN`);
    // Rows written before keep their layout until rewritten: concatenating makes new, uncompressed values.
    await db.query(`UPDATE directory.profiles SET member_terms = member_terms || '{}'::text[], admin_terms = admin_terms || '{}'::text[],
      member_text = member_text || '', admin_text = admin_text || ''`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX directory.profiles_by_location`);
    await db.query(`DROP INDEX directory.profiles_by_job_title`);
    await db.query(`DROP INDEX directory.profiles_by_industry`);
    await db.query(`ALTER TABLE directory.profiles RESET (toast_tuple_target, parallel_workers)`);
    await db.query(`ALTER TABLE directory.profiles
      ALTER COLUMN member_terms SET STORAGE EXTENDED, ALTER COLUMN admin_terms SET STORAGE EXTENDED,
      ALTER COLUMN member_text SET STORAGE EXTENDED, ALTER COLUMN admin_text SET STORAGE EXTENDED,
      ALTER COLUMN status SET STORAGE EXTENDED, ALTER COLUMN display_name SET STORAGE EXTENDED, ALTER COLUMN name_kana SET STORAGE EXTENDED,
      ALTER COLUMN name_romaji SET STORAGE EXTENDED, ALTER COLUMN sort_name SET STORAGE EXTENDED, ALTER COLUMN name_search SET STORAGE EXTENDED,
      ALTER COLUMN department SET STORAGE EXTENDED, ALTER COLUMN employer SET STORAGE EXTENDED, ALTER COLUMN job_title SET STORAGE EXTENDED,
      ALTER COLUMN industry SET STORAGE EXTENDED, ALTER COLUMN location SET STORAGE EXTENDED, ALTER COLUMN skills SET STORAGE EXTENDED,
      ALTER COLUMN interests SET STORAGE EXTENDED`);
  }
}
