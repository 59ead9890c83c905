import { hasControlCharacters, UserError } from '@kizuna/subgraph';

export const NETWORK_NAME_MAX = 100;
export const WELCOME_TEXT_MAX = 2000;
/** An uploaded logo is kept in the database and sent with the registration page: keep it small. */
export const LOGO_MAX_BYTES = 200 * 1024;
export const LOGO_URL_MAX = 2000;
export const NETWORK_LOCALES = ['ja', 'en'] as const;
export type NetworkLocale = (typeof NETWORK_LOCALES)[number];

/** Same rule as the database's check: lower-case letters, digits and hyphens, 2 to 63 characters. */
const SLUG = /^[a-z0-9][a-z0-9-]{1,62}$/;
const COLOR = /^#[0-9a-f]{6}$/;

/** Raster types only (an SVG can carry script), each recognised by its first bytes. */
const IMAGE_SIGNATURES: Record<string, (bytes: Buffer) => boolean> = {
  'image/png': (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/jpeg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/gif': (b) => b.subarray(0, 6).toString('latin1') === 'GIF87a' || b.subarray(0, 6).toString('latin1') === 'GIF89a',
  'image/webp': (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
};

export interface NetworkSettingsRequest {
  name?: string | null;
  slug?: string | null;
  logoUrl?: string | null;
  primaryColor?: string | null;
  welcomeText?: string | null;
  defaultLocale?: string | null;
  registrationOpen?: boolean | null;
}

/** Validated, normalised changes: a key present means "set it" (null clears it). */
export interface NetworkSettingsChanges {
  name?: string;
  slug?: string;
  logoUrl?: string | null;
  primaryColor?: string | null;
  welcomeText?: string | null;
  defaultLocale?: NetworkLocale;
  registrationOpen?: boolean;
}

/** Checks a settings change without touching the database: one error per field at fault. Omitted fields stay. */
export function validateNetworkSettings(request: NetworkSettingsRequest): { changes: NetworkSettingsChanges; errors: UserError[] } {
  const changes: NetworkSettingsChanges = {};
  const errors: UserError[] = [];
  if (request.name !== undefined && request.name !== null) {
    const name = request.name.trim();
    if (name.length === 0 || [...name].length > NETWORK_NAME_MAX) {
      errors.push(UserError.of('VALIDATION', `Enter a name of 1 to ${NETWORK_NAME_MAX} characters.`, 'name'));
    } else if (hasControlCharacters(name, 'line-breaks-and-tabs') || name.includes('\n')) {
      errors.push(UserError.of('VALIDATION', 'The name must be one line of text.', 'name'));
    } else changes.name = name;
  }
  if (request.slug !== undefined && request.slug !== null) {
    const slug = request.slug.trim().toLowerCase();
    if (!SLUG.test(slug)) {
      errors.push(UserError.of('VALIDATION', 'Use 2 to 63 lower-case letters, digits or hyphens, starting with a letter or digit.', 'slug'));
    } else changes.slug = slug;
  }
  if (request.logoUrl !== undefined) {
    const logo = request.logoUrl?.trim() ?? '';
    if (logo === '') changes.logoUrl = null;
    else {
      const problem = logoProblem(logo);
      if (problem) errors.push(UserError.of('VALIDATION', problem, 'logoUrl'));
      else changes.logoUrl = logo;
    }
  }
  if (request.primaryColor !== undefined) {
    const color = request.primaryColor?.trim().toLowerCase() ?? '';
    if (color === '') changes.primaryColor = null;
    else if (!COLOR.test(color)) errors.push(UserError.of('VALIDATION', 'Enter a colour as #rrggbb, e.g. #364fc7.', 'primaryColor'));
    else changes.primaryColor = color;
  }
  if (request.welcomeText !== undefined) {
    const text = request.welcomeText?.trim() ?? '';
    if ([...text].length > WELCOME_TEXT_MAX) {
      errors.push(UserError.of('VALIDATION', `The welcome text can have up to ${WELCOME_TEXT_MAX} characters.`, 'welcomeText'));
    } else if (hasControlCharacters(text, 'line-breaks-and-tabs')) {
      errors.push(UserError.of('VALIDATION', 'The welcome text contains characters that cannot be shown.', 'welcomeText'));
    } else changes.welcomeText = text === '' ? null : text;
  }
  if (request.defaultLocale !== undefined && request.defaultLocale !== null) {
    const locale = request.defaultLocale.trim().toLowerCase();
    if (!(NETWORK_LOCALES as readonly string[]).includes(locale)) {
      errors.push(UserError.of('VALIDATION', 'Choose Japanese (ja) or English (en).', 'defaultLocale'));
    } else changes.defaultLocale = locale as NetworkLocale;
  }
  if (request.registrationOpen !== undefined && request.registrationOpen !== null) changes.registrationOpen = request.registrationOpen;
  return { changes, errors };
}

/** Why a logo cannot be used, or null: an https address, or a small PNG, JPEG, GIF or WebP image as a data: URL. */
export function logoProblem(logo: string): string | null {
  if (logo.startsWith('data:')) {
    const match = /^data:(image\/[a-z]+);base64,([A-Za-z0-9+/]+={0,2})$/.exec(logo);
    const check = match ? IMAGE_SIGNATURES[match[1]] : undefined;
    if (!match || !check) return 'Upload a PNG, JPEG, GIF or WebP image.';
    const bytes = Buffer.from(match[2], 'base64');
    if (bytes.length > LOGO_MAX_BYTES) return `The image can be at most ${LOGO_MAX_BYTES / 1024} KB.`;
    if (!check(bytes)) return 'The file is not the image it claims to be.';
    return null;
  }
  if (logo.length > LOGO_URL_MAX) return 'The address is too long.';
  let url: URL;
  try {
    url = new URL(logo);
  } catch {
    return 'Enter an https:// address or upload an image.';
  }
  if (url.protocol !== 'https:') return 'Enter an https:// address or upload an image.';
  return null;
}
