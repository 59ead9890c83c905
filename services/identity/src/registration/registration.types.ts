import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MultiLine, PageInfo, UserError } from '@kizuna/subgraph';

export enum RegistrationQuestionKind {
  FREE_TEXT = 'free_text',
  SINGLE_CHOICE = 'single_choice',
  MULTIPLE_CHOICE = 'multiple_choice',
  YEAR = 'year',
  DATE = 'date',
}
registerEnumType(RegistrationQuestionKind, { name: 'RegistrationQuestionKind' });

export enum RosterImportMode {
  REPLACE = 'replace',
  APPEND = 'append',
}
registerEnumType(RosterImportMode, { name: 'RosterImportMode', description: 'REPLACE removes the current roster first; APPEND adds to it.' });

@ObjectType()
export class RegistrationQuestionOption {
  @Field(() => ID, { description: 'Stable across label edits; answers name it.' })
  id: string;

  @Field()
  label: string;
}

@ObjectType('RegistrationQuestion', { description: 'A question a network asks everyone who registers.' })
export class RegistrationQuestionType {
  @Field(() => ID)
  id: string;

  @Field(() => RegistrationQuestionKind)
  kind: RegistrationQuestionKind;

  @Field({ description: "The question, in the network's language." })
  label: string;

  @Field(() => String, { nullable: true })
  helpText?: string | null;

  @Field()
  required: boolean;

  @Field(() => Int, { description: 'Order on the registration page (1 first).' })
  position: number;

  @Field(() => [RegistrationQuestionOption], { description: 'The choices of a choice question; empty otherwise.' })
  options: RegistrationQuestionOption[];

  @Field(() => String, {
    nullable: true,
    description: 'The profile field the answer fills (handed to the directory); null when only administrators see the answer.',
  })
  profileField?: string | null;

  @Field({ description: 'True when only administrators see the answer (to verify the applicant).' })
  adminOnly: boolean;

  @Field(() => Date, { nullable: true, description: 'Set when the question is no longer asked; its answers stay readable.' })
  archivedAt?: Date | null;
}

@InputType()
export class RegistrationAnswerInput {
  @Field(() => ID)
  questionId: string;

  @MultiLine()
  @Field(() => String, { nullable: true, description: 'Free text; a year (YYYY); a date (YYYY-MM-DD); the id of the chosen option.' })
  value?: string | null;

  @Field(() => [String], { nullable: true, description: 'The ids of the chosen options of a multiple-choice question.' })
  values?: string[] | null;
}

@ObjectType('RegistrationAnswer', { description: 'What an applicant answered to one registration question.' })
export class RegistrationAnswerType {
  @Field(() => RegistrationQuestionType)
  question: RegistrationQuestionType;

  @Field({ description: 'The answer as the applicant saw it (option labels at the time).' })
  displayText: string;

  @Field(() => [String], { description: 'The answer as stored: one string, or the ids of the chosen options.' })
  values: string[];
}

@InputType()
export class RegistrationQuestionOptionInput {
  @Field(() => ID, { nullable: true, description: "An existing option's id, to keep it (and its answers); omitted for a new option." })
  id?: string | null;

  @Field()
  label: string;
}

@InputType()
export class CreateRegistrationQuestionInput {
  @Field(() => RegistrationQuestionKind)
  kind: RegistrationQuestionKind;

  @Field()
  label: string;

  @MultiLine()
  @Field(() => String, { nullable: true })
  helpText?: string | null;

  @Field()
  required: boolean;

  @Field(() => [RegistrationQuestionOptionInput], { nullable: true })
  options?: RegistrationQuestionOptionInput[] | null;

  @Field(() => String, { nullable: true, description: 'A profile field key (e.g. graduation_year); omitted: admin-only.' })
  profileField?: string | null;
}

@InputType({ description: 'The question as it should be now (its kind cannot change).' })
export class UpdateRegistrationQuestionInput {
  @Field(() => ID)
  questionId: string;

  @Field()
  label: string;

  @MultiLine()
  @Field(() => String, { nullable: true })
  helpText?: string | null;

  @Field()
  required: boolean;

  @Field(() => [RegistrationQuestionOptionInput], { nullable: true })
  options?: RegistrationQuestionOptionInput[] | null;

  @Field(() => String, { nullable: true })
  profileField?: string | null;
}

@InputType()
export class RegistrationQuestionIdInput {
  @Field(() => ID)
  questionId: string;
}

@InputType()
export class ReorderRegistrationQuestionsInput {
  @Field(() => [ID], { description: 'Every question being asked, in the new order.' })
  questionIds: string[];
}

@ObjectType()
export class RegistrationQuestionPayload {
  @Field(() => RegistrationQuestionType, { nullable: true })
  question?: RegistrationQuestionType | null;

  @Field(() => [UserError])
  errors: UserError[];
}

@ObjectType()
export class ReorderRegistrationQuestionsPayload {
  @Field(() => [RegistrationQuestionType], { nullable: true })
  questions?: RegistrationQuestionType[] | null;

  @Field(() => [UserError])
  errors: UserError[];
}

@ObjectType('AutoApprovalRules', { description: 'How a network approves applicants without an administrator.' })
export class AutoApprovalRulesType {
  @Field(() => [String], { description: 'Applicants whose verified e-mail is at one of these domains are approved.' })
  emailDomains: string[];

  @Field({ description: 'Applicants on the roster are approved: by verified e-mail, or by name and the year they answered.' })
  rosterEnabled: boolean;

  @Field(() => RegistrationQuestionType, { nullable: true, description: "The year question matched against the roster's year." })
  rosterYearQuestion?: RegistrationQuestionType | null;

  @Field(() => Int)
  rosterEntryCount: number;
}

@InputType()
export class UpdateAutoApprovalRulesInput {
  @Field(() => [String])
  emailDomains: string[];

  @Field()
  rosterEnabled: boolean;

  @Field(() => ID, { nullable: true })
  rosterYearQuestionId?: string | null;
}

@ObjectType()
export class UpdateAutoApprovalRulesPayload {
  @Field(() => AutoApprovalRulesType, { nullable: true })
  rules?: AutoApprovalRulesType | null;

  @Field(() => Int, { nullable: true, description: 'Pending applicants the new rules approved at once.' })
  approvedCount?: number | null;

  @Field(() => [UserError])
  errors: UserError[];
}

@ObjectType()
export class RosterPreviewRow {
  @Field(() => Int, { description: 'Line in the file; the header is line 1.' })
  line: number;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => Int, { nullable: true })
  year?: number | null;

  @Field(() => [UserError], { description: 'Field: rows.<line>[.email|.name|.year].' })
  errors: UserError[];
}

@ObjectType()
export class RosterPreview {
  @Field(() => [RosterPreviewRow])
  rows: RosterPreviewRow[];

  @Field(() => Int)
  validCount: number;

  @Field(() => Int)
  errorCount: number;

  @Field(() => [UserError], { description: 'Problems with the whole file (no header, too large).' })
  errors: UserError[];
}

@InputType()
export class ImportRosterInput {
  @MultiLine()
  @Field({ description: 'CSV text with a header naming email, name and/or year.' })
  csv: string;

  @Field(() => RosterImportMode)
  mode: RosterImportMode;
}

@ObjectType()
export class ImportRosterPayload {
  @Field(() => Int, { nullable: true })
  importedCount?: number | null;

  @Field(() => Int, { nullable: true, description: 'Entries on the roster after the import.' })
  totalCount?: number | null;

  @Field(() => Int, { nullable: true, description: 'Pending applicants the new roster approved at once (when roster matching is on).' })
  approvedCount?: number | null;

  @Field(() => [UserError])
  errors: UserError[];
}

@ObjectType('RosterEntry')
export class RosterEntryType {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => Int, { nullable: true })
  year?: number | null;

  @Field()
  createdAt: Date;
}

@ObjectType()
export class RosterEntryEdge {
  @Field()
  cursor: string;

  @Field(() => RosterEntryType)
  node: RosterEntryType;
}

@ObjectType()
export class RosterEntryConnection {
  @Field(() => [RosterEntryEdge])
  edges: RosterEntryEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;
}

@InputType()
export class DeleteRosterEntryInput {
  @Field(() => ID)
  entryId: string;
}

@ObjectType()
export class DeleteRosterEntryPayload {
  @Field(() => RosterEntryType, { nullable: true })
  entry?: RosterEntryType | null;

  @Field(() => [UserError])
  errors: UserError[];
}
