import { Arg, Authorized, Directive, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { CurrentViewer, slicedListSize } from '@kizuna/subgraph';
import { Permission, type Viewer } from '@kizuna/auth';
import { pageSize, pagingError } from '@kizuna/data';
import { UserError } from '@kizuna/subgraph';
import { STANDARD_TARGETS } from './import-targets';
import type { RosterImportRecord, RosterImportService } from './roster-import.service';
import {
  ImportColumnMappingType,
  ImportMatchBy,
  ImportRowErrorType,
  ImportTargetType,
  PreviewRosterImportInput,
  PreviewRosterImportPayload,
  RosterImportPayload,
  RosterImportType,
  RunRosterImportInput,
  StartRosterImportInput,
} from './roster-import.types';
import type { ImportTarget } from './import-targets';
import type { RowError } from './roster-rows';

/** A row error as stored: reports written before errors had codes hold the English message only. */
type StoredRowError = Omit<RowError, 'code' | 'params'> & Partial<Pick<RowError, 'code' | 'params'>>;

const SAMPLE_ROWS = 5;
const MAX_BASE64 = Math.ceil((20 * 1024 * 1024 * 4) / 3) + 4;

const toType = (record: RosterImportRecord) => record as unknown as RosterImportType;

@Resolver(() => RosterImportType)
export class RosterImportResolver {
  constructor(private readonly imports: RosterImportService) {}

  @Authorized(Permission.MANAGE_MEMBERS)
  @Query(() => RosterImportType, { nullable: true, description: 'A roster import of the current network (admins who manage members).' })
  async rosterImport(@Arg('id', () => ID) id: string, @CurrentViewer() viewer: Viewer): Promise<RosterImportType | null> {
    const record = await this.imports.find(viewer, id);
    return record ? toType(record) : null;
  }

  @Authorized(Permission.MANAGE_MEMBERS)
  @Query(() => [ImportTargetType], { description: 'The fields a roster column can be imported into, in this network.' })
  async rosterImportTargets(@CurrentViewer() viewer: Viewer): Promise<ImportTargetType[]> {
    const fields = await this.imports.targets(viewer);
    if (!fields) return [];
    const standard = Object.entries(STANDARD_TARGETS).map(([target, definition]) => ({ target, kind: definition.kind, label: null, choices: [] }));
    const custom = fields.customFields
      .filter((field) => !field.archivedAt)
      .map((field) => ({ target: `custom.${field.key}`, kind: 'custom', label: field.label, choices: field.options.map((option) => option.label) }));
    return [...standard, ...custom];
  }

  @Authorized(Permission.MANAGE_MEMBERS)
  @Mutation(() => RosterImportPayload, {
    description: 'Uploads a roster CSV (UTF-8, with or without BOM, or Shift_JIS; up to 20 MB) and suggests a column mapping.',
  })
  async startRosterImport(@Arg('input') input: StartRosterImportInput, @CurrentViewer() viewer: Viewer): Promise<RosterImportPayload> {
    if (input.contentBase64.length > MAX_BASE64 || !/^[A-Za-z0-9+/=\s]*$/.test(input.contentBase64)) {
      return { rosterImport: null, errors: [UserError.of('VALIDATION', 'The file must be base64 and at most 20 MB.', 'contentBase64')] };
    }
    const result = await this.imports.upload(viewer, input.fileName, Buffer.from(input.contentBase64, 'base64'));
    if (!result.ok) return { rosterImport: null, errors: result.errors };
    return { rosterImport: toType(result.value.rosterImport), encoding: result.value.encoding, errors: [] };
  }

  @Authorized(Permission.MANAGE_MEMBERS)
  @Mutation(() => PreviewRosterImportPayload, {
    description: 'Checks every row with this mapping and counts what a run would create, update and leave; stores nothing but the mapping.',
  })
  async previewRosterImport(@Arg('input') input: PreviewRosterImportInput, @CurrentViewer() viewer: Viewer): Promise<PreviewRosterImportPayload> {
    const mapping = input.mapping.map(({ column, target }) => ({ column, target: target as ImportTarget }));
    const result = await this.imports.preview(viewer, input.importId, mapping, input.matchBy);
    if (!result.ok) return { preview: null, errors: result.errors };
    const { errors, ...counts } = result.value;
    return { preview: { ...counts, rowErrorCount: errors.length, rowErrors: errors.slice(0, 100) }, errors: [] };
  }

  @Authorized(Permission.MANAGE_MEMBERS)
  @Mutation(() => RosterImportPayload, {
    description: 'Runs the import in the background with the mapping of its last preview; poll rosterImport for progress.',
  })
  async runRosterImport(@Arg('input') input: RunRosterImportInput, @CurrentViewer() viewer: Viewer): Promise<RosterImportPayload> {
    const result = await this.imports.run(viewer, input.importId);
    if (!result.ok) return { rosterImport: null, errors: result.errors };
    return { rosterImport: toType(result.value), errors: [] };
  }

  @FieldResolver(() => [String], { description: 'The header of the file.' })
  async columns(@Root() record: RosterImportRecord): Promise<string[]> {
    return (await this.imports.fileOf(record)).columns;
  }

  @FieldResolver(() => [[String]], { description: 'The first rows of the file, as they are.' })
  async sample(@Root() record: RosterImportRecord): Promise<string[][]> {
    return (await this.imports.fileOf(record)).rows.slice(0, SAMPLE_ROWS).map((row) => row.cells);
  }

  @FieldResolver(() => [ImportColumnMappingType], {
    description: "The mapping the file's headers suggest (English and Japanese headers, custom field labels).",
  })
  async suggestedMapping(@Root() record: RosterImportRecord): Promise<ImportColumnMappingType[]> {
    return (await this.imports.suggestion(record)).mapping;
  }

  @FieldResolver(() => ImportMatchBy, { description: 'EMAIL when a column holds e-mail addresses, else EXTERNAL_ID when one holds member numbers.' })
  async suggestedMatchBy(@Root() record: RosterImportRecord): Promise<ImportMatchBy> {
    return (await this.imports.suggestion(record)).matchBy as ImportMatchBy;
  }

  @FieldResolver(() => Int, {
    description: 'Row errors of the last run kept in the report (the first 1,000; a row may have several, failedRows counts the rows).',
  })
  rowErrorCount(@Root() record: RosterImportRecord): number {
    return record.rowErrors.length;
  }

  @Directive(slicedListSize())
  @FieldResolver(() => [ImportRowErrorType], { description: 'The report: rows left out and why, by row.' })
  rowErrors(
    @Root() record: RosterImportRecord,
    @Arg('first', () => Int, { defaultValue: 100 }) first: number,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset: number,
  ): ImportRowErrorType[] {
    if (!Number.isInteger(offset) || offset < 0) throw pagingError('offset', 'must be 0 or more.');
    // Reports stored before errors had codes keep their English message only.
    return record.rowErrors
      .slice(offset, offset + pageSize(first, 100, 1000))
      .map((error: StoredRowError) => ({ ...error, code: error.code ?? 'OTHER', params: error.params ?? {} }));
  }
}
