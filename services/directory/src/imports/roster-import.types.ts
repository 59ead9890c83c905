import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSONObject, UserError, Verbatim } from '@kizuna/subgraph';

export enum RosterImportStatus {
  UPLOADED = 'UPLOADED',
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  FAILED = 'FAILED',
}
registerEnumType(RosterImportStatus, {
  name: 'RosterImportStatus',
  description: 'UPLOADED: waiting for its mapping and run; RUNNING: importing in the background; DONE: the report is complete; FAILED: stopped (see failure).',
});

export enum ImportMatchBy {
  EMAIL = 'EMAIL',
  EXTERNAL_ID = 'EXTERNAL_ID',
}
registerEnumType(ImportMatchBy, {
  name: 'ImportMatchBy',
  description: 'How rows find the profile they update: by e-mail address, or by the member number the office keeps (externalId).',
});

@ObjectType('ImportColumnMapping', { description: 'Which profile field a column of the file goes into.' })
export class ImportColumnMappingType {
  @Field(() => Int, { description: 'The column, 0 being the first.' })
  column: number;

  @Field({ description: 'email, externalId, tags, a standard profile field key (displayName, nameKana, entryYear, employer, …) or custom.<custom field key>.' })
  target: string;
}

@InputType()
export class ImportColumnMappingInput {
  @Field(() => Int)
  column: number;

  @Field()
  target: string;
}

@ObjectType('ImportTarget', { description: 'A field a roster column can be imported into.' })
export class ImportTargetType {
  @Field()
  target: string;

  @Field({ description: 'email, key, name, text, longText, year, list, phone, tags, or custom.' })
  kind: string;

  @Field(() => String, { nullable: true, description: "The custom field's label; standard fields are labelled by the client." })
  label?: string | null;

  @Field(() => [String], { description: "For choice custom fields: the choices' labels a cell may hold." })
  choices: string[];
}

@ObjectType('ImportRowError', { description: 'Why a row of the file was left out.' })
export class ImportRowErrorType {
  @Field(() => Int, { description: 'The row as a spreadsheet numbers it (the header is row 1).' })
  row: number;

  @Field(() => String, { nullable: true, description: 'The column header, when one cell is at fault.' })
  column?: string | null;

  @Field(() => String, { nullable: true, description: 'The target field at fault.' })
  field?: string | null;

  @Field({
    description:
      'What is wrong: INVALID_EMAIL, INVALID_PHONE, INVALID_NUMBER, INVALID_DATE, INVALID_URL, YEAR_OUT_OF_RANGE, TOO_LONG, NOT_ONE_LINE, TOO_MANY_ITEMS, ITEM_TOO_LONG, NOT_A_CHOICE, NOT_IMPORTABLE, LEAVE_BEFORE_ENTRY, MISSING_KEY, DUPLICATE_KEY, KEY_TAKEN, NAME_REQUIRED (OTHER in reports older than the codes).',
  })
  code: string;

  @Field(() => GraphQLJSONObject, {
    description: 'The values the wording needs, e.g. {"value": "not-an-email"}, {"min": 1900, "max": 2036}, {"key": "email", "firstRow": 2}.',
  })
  params: Record<string, string | number>;

  @Field({ description: 'The error in English; clients word it from code and params.' })
  message: string;
}

@ObjectType('RosterImport', { description: 'An uploaded roster file and, once run, its progress and report.' })
export class RosterImportType {
  @Field(() => ID)
  id: string;

  @Field()
  fileName: string;

  @Field(() => RosterImportStatus)
  status: RosterImportStatus;

  @Field(() => [ImportColumnMappingType], { description: 'The mapping of the last preview (empty until then); a run uses it.' })
  mapping: ImportColumnMappingType[];

  @Field(() => ImportMatchBy, { description: 'The key of the last preview.' })
  matchBy: ImportMatchBy;

  @Field(() => Int, { description: 'Rows under the header (blank rows not counted).' })
  totalRows: number;

  @Field(() => Int)
  processedRows: number;

  @Field(() => Int)
  createdRows: number;

  @Field(() => Int)
  updatedRows: number;

  @Field(() => Int)
  unchangedRows: number;

  @Field(() => Int)
  failedRows: number;

  @Field(() => String, { nullable: true, description: 'Why a FAILED import stopped.' })
  failure?: string | null;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  startedAt?: Date | null;

  @Field(() => Date, { nullable: true })
  finishedAt?: Date | null;
}

@ObjectType('RosterImportPreview', { description: 'What running the import would do, against the directory as it is now.' })
export class RosterImportPreviewType {
  @Field(() => Int, { description: 'People not in the directory yet: they are added as unregistered until they join.' })
  toCreate: number;

  @Field(() => Int)
  toUpdate: number;

  @Field(() => Int)
  unchanged: number;

  @Field(() => Int, { description: 'Rows with errors, which the import leaves out.' })
  failed: number;

  @Field(() => Int, { description: 'Row errors in all (a row may have several; `failed` counts the rows).' })
  rowErrorCount: number;

  @Field(() => [ImportRowErrorType], { description: 'The first 100 row errors, by row.' })
  rowErrors: ImportRowErrorType[];

  @Field(() => [String], { description: 'Tags the import would create.' })
  newTags: string[];
}

@InputType()
export class StartRosterImportInput {
  @Field()
  fileName: string;

  @Verbatim()
  @Field({ description: 'The file, base64. GraphQL requests are limited in size: large rosters go to POST /imports/roster as they are.' })
  contentBase64: string;
}

@InputType()
export class PreviewRosterImportInput {
  @Field(() => ID)
  importId: string;

  @Field(() => [ImportColumnMappingInput], { description: 'Columns left out are not imported.' })
  mapping: ImportColumnMappingInput[];

  @Field(() => ImportMatchBy)
  matchBy: ImportMatchBy;
}

@InputType()
export class RunRosterImportInput {
  @Field(() => ID)
  importId: string;
}

@ObjectType()
export class RosterImportPayload {
  @Field(() => RosterImportType, { nullable: true })
  rosterImport?: RosterImportType | null;

  @Field(() => String, { nullable: true, description: 'How the file was read: UTF-8, Shift_JIS or UTF-16.' })
  encoding?: string | null;

  @Field(() => [UserError])
  errors: UserError[];
}

@ObjectType()
export class PreviewRosterImportPayload {
  @Field(() => RosterImportPreviewType, { nullable: true })
  preview?: RosterImportPreviewType | null;

  @Field(() => [UserError])
  errors: UserError[];
}
