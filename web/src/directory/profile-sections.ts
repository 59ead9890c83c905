import type { ProfileFieldDescription } from './profiles.api';

/**
 * Where the profile page and the editor put each standard field the directory describes; a
 * standard field the directory adds later goes to the career section.
 */
export const PROFILE_SECTIONS = {
  names: ['displayName', 'nameKana', 'nameRomaji', 'headline'],
  career: [],
  about: ['bio', 'skills', 'interests'],
  contact: ['contactEmail', 'phone', 'links'],
} as const satisfies Record<string, readonly string[]>;
export type ProfileSection = keyof typeof PROFILE_SECTIONS;

export const sectionOf = (field: ProfileFieldDescription): ProfileSection =>
  (Object.keys(PROFILE_SECTIONS) as ProfileSection[]).find((name) => (PROFILE_SECTIONS[name] as readonly string[]).includes(field.key)) ?? 'career';

/** The standard fields of one section, in the directory's order (the photo has its own place). */
export const fieldsOf = (fields: readonly ProfileFieldDescription[], section: ProfileSection) =>
  fields.filter((field) => field.standard && field.kind !== 'PHOTO' && sectionOf(field) === section);
