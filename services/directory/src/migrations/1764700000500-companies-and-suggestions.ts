import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * "People you may know": the indexes that find candidates by equality in a network of 100,000
 * members (department, employer, shared skills and interests; entry year has profiles_by_year),
 * and the suggestions each member dismissed. Alumni companies: founders list their own companies.
 */
export class CompaniesAndSuggestions1764700000500 implements MigrationInterface {
  name = 'CompaniesAndSuggestions1764700000500';

  async up(db: QueryRunner): Promise<void> {
    // Skills and interests compare case-insensitively ("TypeScript" = "typescript"); an immutable
    // function lets a GIN index serve the lower-cased arrays.
    await db.query(`CREATE FUNCTION directory.lower_array(items text[]) RETURNS text[]
      LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
      AS $$ SELECT coalesce(array_agg(lower(item)), '{}') FROM unnest(items) AS item $$`);
    await db.query(`CREATE INDEX profiles_by_department ON directory.profiles (network_id, lower(department)) WHERE department IS NOT NULL`);
    await db.query(`CREATE INDEX profiles_by_employer ON directory.profiles (network_id, lower(employer)) WHERE employer IS NOT NULL`);
    // The arrays alone: with network_id in the same GIN index every lookup would also read the
    // network's whole posting list (100,000 entries); the network is checked on the few rows found.
    await db.query(`CREATE INDEX profiles_skills ON directory.profiles USING gin (directory.lower_array(skills))`);
    await db.query(`CREATE INDEX profiles_interests ON directory.profiles USING gin (directory.lower_array(interests))`);

    await db.query(`CREATE TABLE directory.suggestion_dismissals (
      membership_id uuid NOT NULL REFERENCES directory.profiles (membership_id) ON DELETE CASCADE ON UPDATE CASCADE,
      dismissed_id uuid NOT NULL REFERENCES directory.profiles (membership_id) ON DELETE CASCADE ON UPDATE CASCADE,
      network_id uuid NOT NULL,
      dismissed_at timestamptz(3) NOT NULL DEFAULT now(),
      PRIMARY KEY (membership_id, dismissed_id))`);
    await db.query(`CREATE INDEX suggestion_dismissals_dismissed ON directory.suggestion_dismissals (dismissed_id)`);

    // Company search matches a substring of the folded name, industry and description (folded in the
    // service with search/terms.ts fold, as profiles are); a network has hundreds of companies.
    await db.query(`ALTER TABLE directory.companies ADD COLUMN search_text text NOT NULL DEFAULT ''`);
    await db.query(`CREATE INDEX companies_newest ON directory.companies (network_id, created_at DESC, id DESC)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX directory.companies_newest`);
    await db.query(`ALTER TABLE directory.companies DROP COLUMN search_text`);
    await db.query(`DROP TABLE directory.suggestion_dismissals`);
    for (const index of ['profiles_interests', 'profiles_skills', 'profiles_by_employer', 'profiles_by_department']) {
      await db.query(`DROP INDEX directory.${index}`);
    }
    await db.query(`DROP FUNCTION directory.lower_array(text[])`);
  }
}
