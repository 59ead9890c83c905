// The text of posts and comments as the content service reads it: `<@membershipId>` mentions,
// `#tags` (Unicode-aware, full-width ＃ too) and http(s) links. Kept in step with the service's
// own reading (services/content/src/posts/post-text.ts) so a tag shown as a link is one it finds.

export type TextPart =
  { kind: 'text'; text: string } | { kind: 'mention'; memberId: string } | { kind: 'hashtag'; text: string; tag: string } | { kind: 'link'; url: string };

// One pass, leftmost match first: a link swallows the `#fragment` of its address, and a tag starts
// only after a space, a line start or punctuation (not inside a word).
const TOKEN = /<@([^<>\s]+)>|(https?:\/\/[^\s<>"'`]+)|(?<![\p{L}\p{N}\p{M}_/&#＃])[#＃]([\p{L}\p{N}\p{M}_ー・]+)/gu;
/** Punctuation that closes a sentence rather than the address ("see https://example.jp."). */
const TRAILING_PUNCTUATION = /[.,;:!?)\]}>'"、。」』）]+$/u;

/** A tag as the service stores and looks it up: NFKC, lower case, without the #. */
export function normaliseHashtag(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/^[#＃]/, '')
    .toLowerCase();
}

export function splitPostText(body: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  const pushText = (text: string) => {
    if (!text) return;
    const previous = parts[parts.length - 1];
    if (previous?.kind === 'text') previous.text += text;
    else parts.push({ kind: 'text', text });
  };
  for (const match of body.matchAll(TOKEN)) {
    const start = match.index;
    pushText(body.slice(last, start));
    let end = start + match[0].length;
    if (match[1] !== undefined) parts.push({ kind: 'mention', memberId: match[1] });
    else if (match[2] !== undefined) {
      const url = match[2].replace(TRAILING_PUNCTUATION, '');
      end = start + url.length;
      // "https://" alone is no address: it stays text.
      if (/^https?:\/\/[^/]/i.test(url)) parts.push({ kind: 'link', url });
      else pushText(url);
    } else parts.push({ kind: 'hashtag', text: match[0], tag: normaliseHashtag(match[3]!) });
    last = end;
  }
  pushText(body.slice(last));
  return parts;
}

/** Characters as the service counts them (code points), so "5,000" means the same on both sides. */
export function characterCount(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/** Plain text for a preview: mentions as @Name. */
export function plainText(body: string, mentions: readonly { id: string; displayName: string }[]): string {
  const names = new Map(mentions.map((member) => [member.id, member.displayName]));
  return body.replace(/<@([^<>\s]+)>/g, (_, id: string) => `@${names.get(id) ?? '…'}`);
}
