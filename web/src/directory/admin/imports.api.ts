// Roster import (upload over plain HTTP, then GraphQL) and member export (a CSV download).
import { graphql } from '../../graphql';
import type { ResultOf } from '@graphql-typed-document-node/core';
import type { UserError } from '../../api/documents';
import type { RosterImportProgressFieldsFragment } from '../../graphql/graphql';
import { authorizedFetch } from '../../api/authorized-fetch';
import { downloadFile, type DownloadResult } from '../../api/download';

export type { ImportMatchBy as MatchBy, RosterImportStatus as ImportStatus } from '../../graphql/graphql';
export type RosterImport = RosterImportProgressFieldsFragment;
export type ImportRowError = RosterImport['rowErrors'][number];

graphql(`
  fragment RosterImportProgressFields on RosterImport {
    id
    fileName
    status
    totalRows
    processedRows
    createdRows
    updatedRows
    unchangedRows
    failedRows
    failure
    rowErrorCount
    rowErrors(first: 200) {
      row
      column
      field
      code
      params
      message
    }
  }
`);

/** The server refuses bigger files; the picker says so before uploading. */
export const MAX_ROSTER_BYTES = 20 * 1024 * 1024;

export const RosterImportSetupQuery = graphql(`
  query RosterImportSetup($id: ID!) {
    rosterImport(id: $id) {
      ...RosterImportProgressFields
      columns
      sample
      suggestedMapping {
        column
        target
      }
      suggestedMatchBy
    }
    rosterImportTargets {
      target
      kind
      label
      choices
    }
  }
`);

export type ImportTarget = ResultOf<typeof RosterImportSetupQuery>['rosterImportTargets'][number];
export type ColumnMapping = NonNullable<ResultOf<typeof RosterImportSetupQuery>['rosterImport']>['suggestedMapping'][number];

export const RosterImportProgressQuery = graphql(`
  query RosterImportProgress($id: ID!) {
    rosterImport(id: $id) {
      ...RosterImportProgressFields
    }
  }
`);

export const PreviewRosterImportMutation = graphql(`
  mutation PreviewRosterImport($input: PreviewRosterImportInput!) {
    previewRosterImport(input: $input) {
      preview {
        toCreate
        toUpdate
        unchanged
        failed
        rowErrorCount
        rowErrors {
          row
          column
          field
          code
          params
          message
        }
        newTags
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export type RosterPreview = NonNullable<ResultOf<typeof PreviewRosterImportMutation>['previewRosterImport']['preview']>;

export const RunRosterImportMutation = graphql(`
  mutation RunRosterImport($input: RunRosterImportInput!) {
    runRosterImport(input: $input) {
      rosterImport {
        ...RosterImportProgressFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export type UploadResult = { ok: true; importId: string } | { ok: false; errors: UserError[]; status: number };

/** Sends the file as it is (no base64): rosters of 100,000 people are many megabytes. */
export async function uploadRoster(file: File): Promise<UploadResult> {
  const response = await authorizedFetch(`/imports/roster?fileName=${encodeURIComponent(file.name)}`, {
    method: 'POST',
    headers: { 'content-type': file.type || 'text/csv' },
    body: file,
  });
  const answer = (await response.json().catch(() => null)) as { rosterImport?: { id: string } | null; errors?: UserError[] } | null;
  if (response.ok && answer?.rosterImport) return { ok: true, importId: answer.rosterImport.id };
  return { ok: false, status: response.status, errors: answer?.errors ?? [] };
}

/** The members a directory filter finds, as the CSV the server streams (UTF-8 with BOM, for Excel). */
export function downloadMembersCsv(filter: object | null, options: { sort?: string; headers?: 'en' | 'ja' } = {}): Promise<DownloadResult> {
  const query = new URLSearchParams();
  if (filter) query.set('filter', JSON.stringify(filter));
  if (options.sort) query.set('sort', options.sort);
  if (options.headers) query.set('headers', options.headers);
  return downloadFile(`/exports/members.csv?${query}`, 'members.csv');
}
