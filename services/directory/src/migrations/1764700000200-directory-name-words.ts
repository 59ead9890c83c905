import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Typo tolerance for directory search: every word of every name in a network (kanji, kana and
 * romaji, folded as `name_search` is), with a trigram index. When a search finds nobody, each
 * query word that matches nothing is replaced by the closest name word ("yamda" → "yamada"), and
 * the search runs again: a small table answers that in milliseconds where a trigram scan of
 * 100,000 full names does not.
 *
 * Statement-level triggers keep it filled however profiles are written (events, edits, imports),
 * one INSERT per statement with the words sorted, so concurrent writers take their locks in the
 * same order. A renamed member's old words stay (a stale word only costs a search that finds
 * nobody); an erased member's words go unless another name in the network still contains them.
 */
export class DirectoryNameWords1764700000200 implements MigrationInterface {
  name = 'DirectoryNameWords1764700000200';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE directory.name_words (network_id uuid NOT NULL, word text NOT NULL, PRIMARY KEY (network_id, word))`);
    await db.query(`CREATE INDEX name_words_trigrams ON directory.name_words USING gin (network_id, word gin_trgm_ops)`);
    await db.query(`CREATE FUNCTION directory.remember_name_words() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO directory.name_words (network_id, word)
        SELECT DISTINCT r.network_id, w.word
          FROM changed_rows r, unnest(string_to_array(r.name_search, ' ')) AS w(word)
         WHERE w.word <> ''
         ORDER BY 1, 2
        ON CONFLICT DO NOTHING;
        RETURN NULL;
      END $$`);
    await db.query(`CREATE TRIGGER profiles_name_words_insert AFTER INSERT ON directory.profiles
      REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION directory.remember_name_words()`);
    await db.query(`CREATE TRIGGER profiles_name_words_update AFTER UPDATE ON directory.profiles
      REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION directory.remember_name_words()`);
    await db.query(`CREATE FUNCTION directory.forget_name_words() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM directory.name_words n
         USING (SELECT DISTINCT r.network_id, w.word FROM removed_rows r, unnest(string_to_array(r.name_search, ' ')) AS w(word)) AS gone
         WHERE n.network_id = gone.network_id AND n.word = gone.word
           AND NOT EXISTS (SELECT 1 FROM directory.profiles p
                            WHERE p.network_id = gone.network_id AND strpos(p.name_search, gone.word) > 0);
        RETURN NULL;
      END $$`);
    await db.query(`CREATE TRIGGER profiles_name_words_delete AFTER DELETE ON directory.profiles
      REFERENCING OLD TABLE AS removed_rows FOR EACH STATEMENT EXECUTE FUNCTION directory.forget_name_words()`);
    await db.query(`INSERT INTO directory.name_words (network_id, word)
      SELECT DISTINCT p.network_id, w.word FROM directory.profiles p, unnest(string_to_array(p.name_search, ' ')) AS w(word)
       WHERE w.word <> '' ON CONFLICT DO NOTHING`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER profiles_name_words_delete ON directory.profiles`);
    await db.query(`DROP FUNCTION directory.forget_name_words()`);
    await db.query(`DROP TRIGGER profiles_name_words_update ON directory.profiles`);
    await db.query(`DROP TRIGGER profiles_name_words_insert ON directory.profiles`);
    await db.query(`DROP FUNCTION directory.remember_name_words()`);
    await db.query(`DROP TABLE directory.name_words`);
  }
}
