import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Visibility } from '../fields/visibility';

/** A member's status as identity announced it; `unregistered` is a roster row imported before the person joined. */
export type ProfileStatus = 'pending' | 'approved' | 'rejected' | 'suspended' | 'unregistered';

export interface ProfileLink {
  label: string;
  url: string;
}

/** The contact details a member shows or hides themselves. */
export type ContactField = 'contactEmail' | 'phone' | 'links';

/**
 * A member's directory profile. The row is created from identity's membership events (a shell
 * with the registration name) or by a roster import, and then edited by the member and admins.
 * The search columns (`sort_name`, `name_search`, `*_text`, `*_terms`) are derived from the
 * fields whenever they change (see search/search-document.ts).
 */
@Entity({ name: 'profiles' })
export class ProfileEntity {
  /** The membership id; for an `unregistered` roster row, an id of its own until the person joins. */
  @PrimaryColumn('uuid', { name: 'membership_id' })
  membershipId: string;

  @Column('uuid', { name: 'network_id' })
  networkId: string;

  @Column('uuid', { name: 'account_id', nullable: true })
  accountId: string | null;

  @Column('text')
  status: ProfileStatus;

  /** The membership's e-mail (from registration or a roster import); admins only. */
  @Column('text', { nullable: true })
  email: string | null;

  /** The alumni office's own id for this person (roster imports match on it). */
  @Column('text', { name: 'external_id', nullable: true })
  externalId: string | null;

  @Column('text', { name: 'display_name' })
  displayName: string;

  /** The name's reading in kana (e.g. やまだ たろう). */
  @Column('text', { name: 'name_kana', nullable: true })
  nameKana: string | null;

  @Column('text', { name: 'name_romaji', nullable: true })
  nameRomaji: string | null;

  @Column('text', { nullable: true })
  headline: string | null;

  /** Storage key of the resized photo; the URL is derived from it. */
  @Column('text', { name: 'photo_key', nullable: true })
  photoKey: string | null;

  /** Graduation year (schools) or joining year (companies). */
  @Column('int', { name: 'entry_year', nullable: true })
  entryYear: number | null;

  @Column('int', { name: 'leave_year', nullable: true })
  leaveYear: number | null;

  /** Faculty, department or division. */
  @Column('text', { nullable: true })
  department: string | null;

  @Column('text', { nullable: true })
  employer: string | null;

  @Column('text', { name: 'job_title', nullable: true })
  jobTitle: string | null;

  @Column('text', { nullable: true })
  industry: string | null;

  @Column('text', { nullable: true })
  location: string | null;

  @Column('text', { nullable: true })
  bio: string | null;

  @Column('text', { array: true, default: () => `'{}'` })
  skills: string[];

  @Column('text', { array: true, default: () => `'{}'` })
  interests: string[];

  @Column('jsonb', { default: () => `'[]'` })
  links: ProfileLink[];

  @Column('text', { name: 'contact_email', nullable: true })
  contactEmail: string | null;

  @Column('text', { nullable: true })
  phone: string | null;

  /** The member's own choice per contact field; a field not listed is shown to admins only. */
  @Column('jsonb', { name: 'contact_visibility', default: () => `'{}'` })
  contactVisibility: Partial<Record<ContactField, Visibility>>;

  /** Custom field values by custom field id: text, number, or a list of option values. */
  @Column('jsonb', { default: () => `'{}'` })
  custom: Record<string, string | number | string[]>;

  /** Registration answers as identity passed them on, by question key; admins only. */
  @Column('jsonb', { name: 'registration_answers', default: () => `'{}'` })
  registrationAnswers: Record<string, string | string[]>;

  @Column('boolean', { name: 'line_linked', default: false })
  lineLinked: boolean;

  @Column('timestamptz', { name: 'last_sign_in_at', nullable: true })
  lastSignInAt: Date | null;

  @Column('int', { name: 'sign_in_count', default: 0 })
  signInCount: number;

  // Derived search columns, written by the service (search/search-document.ts), never by hand.
  @Column('text', { name: 'sort_name', default: '' })
  sortName: string;

  @Column('text', { name: 'name_search', default: '' })
  nameSearch: string;

  @Column('text', { name: 'member_text', default: '' })
  memberText: string;

  @Column('text', { name: 'admin_text', default: '' })
  adminText: string;

  @Column('text', { name: 'member_terms', array: true, default: () => `'{}'` })
  memberTerms: string[];

  @Column('text', { name: 'admin_terms', array: true, default: () => `'{}'` })
  adminTerms: string[];

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt: Date;
}
