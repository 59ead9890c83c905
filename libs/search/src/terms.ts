/**
 * Japanese-aware search terms, computed in the service and matched inside Postgres with a GIN index
 * on a text[] column (`terms @> query terms`). Trigram indexes cannot serve one- and two-character
 * queries (a surname 山田, a reading やまだ), so text is cut two ways:
 * - runs of Japanese script (kanji, hiragana, katakana): every character and every pair of neighbours;
 * - runs of other letters and digits (Latin words, numbers): every prefix of each word.
 * A query matches when all of its terms are present; Japanese runs longer than two characters are
 * then checked for contiguity against the folded text (`textMatchesQuery`).
 */

const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々〆ヵヶ]/u;
const WORD = /[\p{L}\p{N}]/u;
/** Longer Latin words are indexed by their first 20 characters and checked in full afterwards. */
export const MAX_PREFIX = 20;

/** Width and case folded (NFKC, lower case) with katakana read as hiragana: カタカナ, ｶﾀｶﾅ and かたかな match. */
export function fold(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u30a1-\u30f6\u30fd\u30fe]/g, (character) => String.fromCharCode(character.charCodeAt(0) - 0x60));
}

const KATAKANA = String.fromCharCode(...Array.from({ length: 0x30f6 - 0x30a1 + 1 }, (_, index) => 0x30a1 + index), 0x30fd, 0x30fe);
const HIRAGANA = [...KATAKANA].map((character) => String.fromCharCode(character.charCodeAt(0) - 0x60)).join('');

/** `fold` as SQL on a text expression, to compare a stored column with folded query text. */
export function foldSql(expression: string): string {
  return `translate(lower(normalize(${expression}, NFKC)), '${KATAKANA}', '${HIRAGANA}')`;
}

interface Run {
  text: string;
  japanese: boolean;
}

/** Splits folded text into runs of one script kind; spaces and punctuation separate runs. */
export function runsOf(folded: string): Run[] {
  const runs: Run[] = [];
  let current: Run | null = null;
  for (const character of folded) {
    const japanese = JAPANESE.test(character);
    if (!japanese && !WORD.test(character)) {
      current = null;
      continue;
    }
    if (current && current.japanese === japanese) {
      current.text += character;
    } else {
      current = { text: character, japanese };
      runs.push(current);
    }
  }
  return runs;
}

/** The terms a document is indexed under. */
export function documentTerms(folded: string): string[] {
  const terms = new Set<string>();
  for (const { text, japanese } of runsOf(folded)) {
    const characters = [...text];
    if (japanese) {
      characters.forEach((character, index) => {
        terms.add(character);
        if (index + 1 < characters.length) terms.add(character + characters[index + 1]);
      });
    } else {
      const limit = Math.min(characters.length, MAX_PREFIX);
      for (let length = 1; length <= limit; length += 1) terms.add(characters.slice(0, length).join(''));
    }
  }
  return [...terms];
}

export interface TextQuery {
  /** All of these must be among the document's terms. */
  terms: string[];
  /** Substrings to confirm against the folded text: Japanese runs of 3+ characters, Latin words longer than MAX_PREFIX. */
  phrases: string[];
  /** The folded query, without spaces, for ranking names that start with it. */
  compact: string;
}

/** What a free-text query asks for; null when it holds no letters or digits. */
export function parseTextQuery(query: string): TextQuery | null {
  const folded = fold(query);
  const runs = runsOf(folded);
  if (runs.length === 0) return null;
  const terms = new Set<string>();
  const phrases: string[] = [];
  for (const { text, japanese } of runs) {
    const characters = [...text];
    if (japanese) {
      if (characters.length === 1) terms.add(text);
      for (let index = 0; index + 1 < characters.length; index += 1) terms.add(characters[index] + characters[index + 1]);
      if (characters.length > 2) phrases.push(text);
    } else {
      terms.add(characters.slice(0, MAX_PREFIX).join(''));
      if (characters.length > MAX_PREFIX) phrases.push(text);
    }
  }
  return { terms: [...terms], phrases, compact: runs.map((run) => run.text).join('') };
}

/** Folds each value and joins them, adding Japanese names once more without their spaces (山田 太郎 → 山田太郎). */
export function searchText(values: readonly (string | null | undefined)[], names: readonly (string | null | undefined)[] = []): string {
  const parts = values.filter((value): value is string => typeof value === 'string' && value.trim() !== '').map(fold);
  for (const name of names) {
    if (!name) continue;
    const folded = fold(name);
    const compact = folded.replace(/\s+/g, '');
    if (compact !== folded && JAPANESE.test(compact)) parts.push(compact);
  }
  return parts.join('\n');
}
