import { characterCount, hasControlCharacters, UserError } from '@kizuna/subgraph';

export const MAX_POST_CHARACTERS = 5000;
export const MAX_COMMENT_CHARACTERS = 2000;
export const MAX_LINKS = 20;
export const MAX_HASHTAGS = 30;
export const MAX_HASHTAG_CHARACTERS = 50;

const MENTION = /<@([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})>/gi;
const LINK = /\bhttps?:\/\/[^\s<>"'`]+/gi;
// Punctuation that closes a sentence rather than the URL ("see https://example.jp.").
const TRAILING_PUNCTUATION = /[.,;:!?)\]}>'"、。」』）]+$/u;
// A tag starts after a space, a line start or punctuation (not inside a word or a URL's fragment), with # or ＃.
const HASHTAG = /(?<![\p{L}\p{N}\p{M}_/&#＃])[#＃]([\p{L}\p{N}\p{M}_ー・]+)/gu;

export interface PostText {
  body: string;
  /** Membership ids named by `<@id>` tokens, without repeats, in order of appearance. */
  mentions: string[];
  /** Tags as they are looked up: NFKC, lower case, without the #, without repeats. */
  hashtags: string[];
  links: string[];
}

/** A hashtag as it is stored and looked up: `#なんでもOKデー`, `＃なんでもＯＫデー` and `なんでもokデー` are one tag. */
export function normaliseHashtag(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/^[#＃]/, '')
    .toLowerCase();
}

/**
 * A post's or comment's text as stored: trimmed, 1..maxCharacters characters (code points), no
 * control characters besides line breaks and tabs, with mentions, hashtags and links picked out.
 * Links are only recognised (the client renders them); nothing is fetched.
 */
export function readPostText(raw: string, maxCharacters: number, what = 'post'): { ok: true; text: PostText } | { ok: false; error: UserError } {
  const body = raw.trim();
  if (body.length === 0) return { ok: false, error: UserError.of('VALIDATION', `Write your ${what}.`, 'body') };
  const length = characterCount(body);
  if (length > maxCharacters) {
    return { ok: false, error: UserError.of('LIMIT_EXCEEDED', `A ${what} may hold at most ${maxCharacters} characters (this one has ${length}).`, 'body') };
  }
  if (hasControlCharacters(body, 'line-breaks-and-tabs'))
    return { ok: false, error: UserError.of('VALIDATION', `The ${what} contains control characters.`, 'body') };
  const mentions = [...new Set([...body.matchAll(MENTION)].map((match) => match[1].toLowerCase()))];
  const withoutLinks = body.replace(LINK, ' ');
  const hashtags = [...new Set([...withoutLinks.matchAll(HASHTAG)].map((match) => normaliseHashtag(match[1])))].filter(
    (tag) => characterCount(tag) <= MAX_HASHTAG_CHARACTERS,
  );
  if (hashtags.length > MAX_HASHTAGS)
    return { ok: false, error: UserError.of('LIMIT_EXCEEDED', `A ${what} may hold at most ${MAX_HASHTAGS} hashtags.`, 'body') };
  const links = [...new Set([...body.matchAll(LINK)].map((match) => match[0].replace(TRAILING_PUNCTUATION, '')))].filter((link) =>
    /^https?:\/\/[^/]/i.test(link),
  );
  if (links.length > MAX_LINKS) return { ok: false, error: UserError.of('LIMIT_EXCEEDED', `A ${what} may hold at most ${MAX_LINKS} links.`, 'body') };
  return { ok: true, text: { body, mentions, hashtags, links } };
}

/**
 * A hashtag given on its own (a posting prompt's), with or without its #: valid when a post holding it
 * would pick out exactly this tag. `display` keeps the writer's spelling for the composer; `tag` is
 * how it is stored and looked up.
 */
export function readHashtag(raw: string, field = 'hashtag'): { ok: true; display: string; tag: string } | { ok: false; error: UserError } {
  const display = raw.trim().replace(/^[#＃]/, '');
  const found = [...`#${display}`.matchAll(HASHTAG)];
  if (display === '' || found.length !== 1 || found[0][1] !== display)
    return { ok: false, error: UserError.of('VALIDATION', 'A hashtag is one word of letters, digits, _ or ー, e.g. #なんでもOKデー.', field) };
  const tag = normaliseHashtag(display);
  if (characterCount(tag) > MAX_HASHTAG_CHARACTERS)
    return { ok: false, error: UserError.of('LIMIT_EXCEEDED', `A hashtag may hold at most ${MAX_HASHTAG_CHARACTERS} characters.`, field) };
  return { ok: true, display, tag };
}
