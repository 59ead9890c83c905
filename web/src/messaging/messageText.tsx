// A message body as people read it: `<@membershipId>` tokens become @Name, web addresses become
// links that open in a new tab without handing this page to the site they lead to.
import { Anchor, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { ChatMember } from './messaging.api';

const TOKEN = /<@([^<>\s]+)>|(https?:\/\/[^\s<>"]+)/g;
/** Trailing punctuation belongs to the sentence, not to the address. */
const TRAILING = /[.,;:!?、。)）」]+$/;

export function MessageText({ body, mentions }: { body: string; mentions: readonly ChatMember[] }) {
  const names = new Map(mentions.map((member) => [member.id, member.displayName]));
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of body.matchAll(TOKEN)) {
    const start = match.index;
    let end = start + match[0].length;
    if (start > last) parts.push(body.slice(last, start));
    if (match[1] !== undefined) {
      const name = names.get(match[1]);
      parts.push(
        <Text key={start} span fw={600} c="indigo">
          @{name ?? '…'}
        </Text>,
      );
    } else {
      const url = match[2]!.replace(TRAILING, '');
      end = start + url.length;
      parts.push(
        <Anchor key={start} href={url} target="_blank" rel="noopener noreferrer">
          {url}
        </Anchor>,
      );
    }
    last = end;
  }
  if (last < body.length) parts.push(body.slice(last));
  return <>{parts}</>;
}

/** Plain text for previews: mentions as @Name, no markup. */
export function previewText(body: string, mentions: readonly ChatMember[] = []): string {
  const names = new Map(mentions.map((member) => [member.id, member.displayName]));
  return body
    .replace(/<@([^<>\s]+)>/g, (_, id: string) => `@${names.get(id) ?? '…'}`)
    .replace(/\s+/g, ' ')
    .trim();
}

/** What the composer shows for a stored body (`@Name`), and the names it maps back to ids on send. */
export function editableText(body: string, mentions: readonly ChatMember[]): { text: string; picked: Map<string, string> } {
  const picked = new Map<string, string>();
  const names = new Map(mentions.map((member) => [member.id, member.displayName]));
  const text = body.replace(/<@([^<>\s]+)>/g, (token, id: string) => {
    const name = names.get(id);
    if (!name) return token;
    picked.set(name, id);
    return `@${name}`;
  });
  return { text, picked };
}

/** Turns the @Name of every member picked in the composer back into their `<@id>` token. */
export function withMentionTokens(text: string, picked: ReadonlyMap<string, string>): string {
  // Longest names first, so "@Taro Yamada" is not taken for "@Taro".
  const names = [...picked.keys()].sort((a, b) => b.length - a.length);
  if (names.length === 0) return text;
  const pattern = new RegExp(`@(${names.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'g');
  return text.replace(pattern, (_, name: string) => `<@${picked.get(name)}>`);
}
