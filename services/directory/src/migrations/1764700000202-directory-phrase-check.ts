import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Confirming a Japanese phrase of three or more characters (`strpos` on `member_text`/`admin_text`)
 * reads text stored out of line, so it must come after every cheaper condition. A function with a
 * high COST makes the planner evaluate it last, on the rows everything else let through.
 */
export class DirectoryPhraseCheck1764700000202 implements MigrationInterface {
  name = 'DirectoryPhraseCheck1764700000202';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE FUNCTION directory.has_phrase(haystack text, phrase text) RETURNS boolean
      LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE COST 1000
      AS $$ BEGIN RETURN strpos(haystack, phrase) > 0; END $$`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION directory.has_phrase(text, text)`);
  }
}
