import { characterCount, hasControlCharacters, UserError } from '@kizuna/subgraph';

export const ROOM_NAME_MAX = 80;
export const ROOM_DESCRIPTION_MAX = 1000;
export const ROOM_TAGS_MAX = 10;
export const ROOM_TAG_MAX = 30;
export const ROOM_INVITES_MAX = 100;

export interface RoomTextInput {
  name?: string | null;
  description?: string | null;
  topicTags?: string[] | null;
}

export interface CleanRoomText {
  name?: string;
  description?: string;
  topicTags?: string[];
}

/**
 * Checks and tidies the texts of a room (only those given: an update may change one): names and
 * tags are trimmed, tags that differ only in case count once. Every problem is reported on its field.
 */
export function cleanRoomText(input: RoomTextInput): { value: CleanRoomText; errors: UserError[] } {
  const errors: UserError[] = [];
  const value: CleanRoomText = {};
  if (input.name !== undefined && input.name !== null) {
    const name = input.name.trim();
    if (name.length === 0) errors.push(UserError.of('VALIDATION', 'Give the room a name.', 'name'));
    else if (characterCount(name) > ROOM_NAME_MAX) errors.push(UserError.of('VALIDATION', `A room name may be at most ${ROOM_NAME_MAX} characters.`, 'name'));
    else if (hasControlCharacters(name)) errors.push(UserError.of('VALIDATION', 'The room name contains characters that cannot be shown.', 'name'));
    value.name = name;
  }
  if (input.description !== undefined && input.description !== null) {
    const description = input.description.trim();
    if (characterCount(description) > ROOM_DESCRIPTION_MAX) {
      errors.push(UserError.of('VALIDATION', `A room description may be at most ${ROOM_DESCRIPTION_MAX} characters.`, 'description'));
    } else if (hasControlCharacters(description, 'line-breaks')) {
      errors.push(UserError.of('VALIDATION', 'The description contains characters that cannot be shown.', 'description'));
    }
    value.description = description;
  }
  if (input.topicTags !== undefined && input.topicTags !== null) {
    const tags: string[] = [];
    const seen = new Set<string>();
    for (const raw of input.topicTags) {
      const tag = raw.trim();
      if (tag.length === 0 || characterCount(tag) > ROOM_TAG_MAX || hasControlCharacters(tag)) {
        errors.push(UserError.of('VALIDATION', `Each topic tag must be 1 to ${ROOM_TAG_MAX} characters.`, 'topicTags'));
        break;
      }
      const key = tag.normalize('NFKC').toLowerCase();
      if (!seen.has(key)) {
        seen.add(key);
        tags.push(tag);
      }
    }
    if (tags.length > ROOM_TAGS_MAX) errors.push(UserError.of('VALIDATION', `A room may have at most ${ROOM_TAGS_MAX} topic tags.`, 'topicTags'));
    value.topicTags = tags;
  }
  return { value, errors };
}

/**
 * The words of a discovery search, normalised the way people type Japanese and English alike
 * (full-width letters and digits, half-width kana: NFKC), each made safe for ILIKE.
 */
export function searchTerms(text: string | null | undefined): string[] {
  if (!text) return [];
  return text
    .normalize('NFKC')
    .split(/\s+/u)
    .filter((word) => word.length > 0)
    .slice(0, 8)
    .map((word) => `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
}
