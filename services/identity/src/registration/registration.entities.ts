import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export const QUESTION_KINDS = ['free_text', 'single_choice', 'multiple_choice', 'year', 'date'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export interface QuestionOption {
  /** Stable across label edits: answers keep pointing at the option chosen. */
  id: string;
  label: string;
}

/** A question a network asks everyone who registers. */
@Entity({ name: 'registration_questions' })
@Index(['networkId', 'position'])
export class RegistrationQuestionEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'network_id' })
  networkId: string;

  @Column('text')
  kind: QuestionKind;

  @Column('text')
  label: string;

  @Column('text', { name: 'help_text', nullable: true })
  helpText: string | null;

  @Column('boolean')
  required: boolean;

  @Column('integer')
  position: number;

  @Column('jsonb', { default: [] })
  options: QuestionOption[];

  /** The profile field the answer fills (handed to the directory); null: shown to admins only. */
  @Column('text', { name: 'profile_field', nullable: true })
  profileField: string | null;

  /** Archived questions are no longer asked; answers already given stay readable. */
  @Column('timestamptz', { name: 'archived_at', nullable: true })
  archivedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}

/** One answer given when registering, kept with the membership. */
@Entity({ name: 'registration_answers' })
export class RegistrationAnswerEntity {
  @PrimaryColumn('uuid', { name: 'membership_id' })
  membershipId: string;

  @PrimaryColumn('uuid', { name: 'question_id' })
  questionId: string;

  @Column('uuid', { name: 'network_id' })
  networkId: string;

  /** Text, year and date answers as a string; choices as the chosen option ids (an array). */
  @Column('jsonb')
  value: string | string[];

  /** The answer as the applicant saw it (option labels at the time), readable after options change. */
  @Column('text', { name: 'display_text' })
  displayText: string;
}

/** A network's rules for approving applicants without an administrator. */
@Entity({ name: 'auto_approval_rules' })
export class AutoApprovalRulesEntity {
  @PrimaryColumn('uuid', { name: 'network_id' })
  networkId: string;

  /** Lower-case domains; an applicant whose verified e-mail is at one of them is approved. */
  @Column('text', { name: 'email_domains', array: true, default: () => "'{}'" })
  emailDomains: string[];

  /** Applicants on the roster (by e-mail, or by name and year) are approved. */
  @Column('boolean', { name: 'roster_enabled', default: false })
  rosterEnabled: boolean;

  /** The year question whose answer is matched against the roster's year column. */
  @Column('uuid', { name: 'roster_year_question_id', nullable: true })
  rosterYearQuestionId: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}

/** One person the network knows belongs to it (a graduate, a former employee). */
@Entity({ name: 'roster_entries' })
export class RosterEntryEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'network_id' })
  networkId: string;

  @Column('text', { nullable: true })
  email: string | null;

  @Column('text', { nullable: true })
  name: string | null;

  /** The name folded for matching: width, case and spaces do not matter. */
  @Column('text', { name: 'name_key', nullable: true })
  nameKey: string | null;

  @Column('integer', { nullable: true })
  year: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}

export const registrationEntities = [RegistrationQuestionEntity, RegistrationAnswerEntity, AutoApprovalRulesEntity, RosterEntryEntity];
