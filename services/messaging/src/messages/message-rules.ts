import { characterCount, hasControlCharacters, UserError } from '@kizuna/subgraph';

export const MAX_LINKS = 20;
export const MAX_CLIENT_MESSAGE_ID = 100;
export const MAX_EMOJI_CHARACTERS = 16;
export const MAX_DISTINCT_REACTIONS = 20;

const MENTION = /<@([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})>/gi;
const LINK = /\bhttps?:\/\/[^\s<>"'`]+/gi;
// Punctuation that closes a sentence rather than the URL ("see https://example.jp.").
const TRAILING_PUNCTUATION = /[.,;:!?)\]}>'"、。」』）]+$/u;

export interface MessageText {
  body: string;
  /** Membership ids named by `<@id>` tokens, without repeats, in order of appearance. */
  mentions: string[];
  links: string[];
}

/**
 * A message body as it is stored: trimmed, 1..maxCharacters characters (code points), no control
 * characters besides line breaks and tabs, with its mentions and links picked out.
 */
export function readMessageText(raw: string, maxCharacters: number): { ok: true; text: MessageText } | { ok: false; error: UserError } {
  const body = raw.trim();
  if (body.length === 0) return { ok: false, error: UserError.of('VALIDATION', 'Write a message.', 'body') };
  const length = characterCount(body);
  if (length > maxCharacters) {
    return { ok: false, error: UserError.of('LIMIT_EXCEEDED', `A message may hold at most ${maxCharacters} characters (this one has ${length}).`, 'body') };
  }
  if (hasControlCharacters(body, 'line-breaks-and-tabs'))
    return { ok: false, error: UserError.of('VALIDATION', 'The message contains control characters.', 'body') };
  const mentions = [...new Set([...body.matchAll(MENTION)].map((match) => match[1].toLowerCase()))];
  const links = [...new Set([...body.matchAll(LINK)].map((match) => match[0].replace(TRAILING_PUNCTUATION, '')))].filter((link) =>
    /^https?:\/\/[^/]/i.test(link),
  );
  if (links.length > MAX_LINKS) return { ok: false, error: UserError.of('LIMIT_EXCEEDED', `A message may hold at most ${MAX_LINKS} links.`, 'body') };
  return { ok: true, text: { body, mentions, links } };
}

/** A reaction: 1..16 characters, no spaces or control characters. */
export function readEmoji(raw: string): { ok: true; emoji: string } | { ok: false; error: UserError } {
  const emoji = raw.trim();
  const length = characterCount(emoji);
  if (length === 0 || length > MAX_EMOJI_CHARACTERS || /\s/u.test(emoji) || hasControlCharacters(emoji)) {
    return { ok: false, error: UserError.of('VALIDATION', `A reaction is 1 to ${MAX_EMOJI_CHARACTERS} characters without spaces.`, 'emoji') };
  }
  return { ok: true, emoji };
}

/** The id a client gives a message so that a retried send posts it once: at most 100 characters, no control characters. */
export function readClientMessageId(raw: string | null | undefined): { ok: true; id: string | null } | { ok: false; error: UserError } {
  if (raw === null || raw === undefined || raw === '') return { ok: true, id: null };
  if (characterCount(raw) > MAX_CLIENT_MESSAGE_ID || hasControlCharacters(raw)) {
    return { ok: false, error: UserError.of('VALIDATION', `clientMessageId is at most ${MAX_CLIENT_MESSAGE_ID} characters.`, 'clientMessageId') };
  }
  return { ok: true, id: raw };
}
