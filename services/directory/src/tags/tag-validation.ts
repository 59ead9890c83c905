import { hasControlCharacters, UserError } from '@kizuna/subgraph';

export const TAG_NAME_MAX = 50;
const COLOR = /^#[0-9a-f]{6}$/;

/** A tag name: 1–50 characters after trimming, one line. */
export function validateTagName(raw: string, field = 'name'): { name?: string; error?: UserError } {
  const name = raw.trim().normalize('NFC');
  if ([...name].length < 1 || [...name].length > TAG_NAME_MAX) {
    return { error: UserError.of('VALIDATION', `Enter a tag name of 1 to ${TAG_NAME_MAX} characters.`, field) };
  }
  if (hasControlCharacters(name)) return { error: UserError.of('VALIDATION', 'The tag name must be one line of text.', field) };
  return { name };
}

/** A colour as `#rrggbb` (stored lower case); null or blank means the default colour. */
export function validateTagColor(raw: string | null | undefined, field = 'color'): { color?: string | null; error?: UserError } {
  const color = raw?.trim().toLowerCase() ?? '';
  if (color === '') return { color: null };
  if (!COLOR.test(color)) return { error: UserError.of('VALIDATION', 'Give the colour as #rrggbb, e.g. #2f9e44.', field) };
  return { color };
}
