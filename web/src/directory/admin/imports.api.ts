// Roster import (upload over plain HTTP, then GraphQL) and member export (a CSV download).
import { gql } from '@urql/core';
import type { UserError } from '../../api/documents';
import { authorizedFetch } from '../../api/authorized-fetch';

export type ImportStatus = 'UPLOADED' | 'RUNNING' | 'DONE' | 'FAILED';
export type MatchBy = 'EMAIL' | 'EXTERNAL_ID';

export interface ColumnMapping {
  column: number;
  target: string;
}

export interface ImportRowError {
  row: number;
  column: string | null;
  field: string | null;
  /** What is wrong (INVALID_EMAIL, DUPLICATE_KEY, …), worded by the client from `params`. */
  code: string;
  params: Record<string, string | number>;
  /** The English wording, shown for codes the client does not know. */
  message: string;
}

export interface RosterImport {
  id: string;
  fileName: string;
  status: ImportStatus;
  totalRows: number;
  processedRows: number;
  createdRows: number;
  updatedRows: number;
  unchangedRows: number;
  failedRows: number;
  failure: string | null;
  rowErrors: ImportRowError[];
}

export interface ImportTarget {
  target: string;
  kind: string;
  label: string | null;
  choices: string[];
}

export interface RosterPreview {
  toCreate: number;
  toUpdate: number;
  unchanged: number;
  failed: number;
  rowErrors: ImportRowError[];
  newTags: string[];
}

/** The server refuses bigger files; the picker says so before uploading. */
export const MAX_ROSTER_BYTES = 20 * 1024 * 1024;

const PROGRESS_FIELDS = 'id fileName status totalRows processedRows createdRows updatedRows unchangedRows failedRows failure rowErrors(first: 200) { row column field code params message }';

export const RosterImportSetupQuery = gql<
  { rosterImport: (RosterImport & { columns: string[]; sample: string[][]; suggestedMapping: ColumnMapping[]; suggestedMatchBy: MatchBy }) | null; rosterImportTargets: ImportTarget[] },
  { id: string }
>(`
  query RosterImportSetup($id: ID!) {
    rosterImport(id: $id) { ${PROGRESS_FIELDS} columns sample suggestedMapping { column target } suggestedMatchBy }
    rosterImportTargets { target kind label choices }
  }
`);

export const RosterImportProgressQuery = gql<{ rosterImport: RosterImport | null }, { id: string }>(`
  query RosterImportProgress($id: ID!) { rosterImport(id: $id) { ${PROGRESS_FIELDS} } }
`);

export const PreviewRosterImportMutation = gql<
  { previewRosterImport: { preview: RosterPreview | null; errors: UserError[] } },
  { input: { importId: string; mapping: ColumnMapping[]; matchBy: MatchBy } }
>(`
  mutation PreviewRosterImport($input: PreviewRosterImportInput!) {
    previewRosterImport(input: $input) {
      preview { toCreate toUpdate unchanged failed rowErrors { row column field code params message } newTags }
      errors { code field message }
    }
  }
`);

export const RunRosterImportMutation = gql<{ runRosterImport: { rosterImport: RosterImport | null; errors: UserError[] } }, { input: { importId: string } }>(`
  mutation RunRosterImport($input: RunRosterImportInput!) { runRosterImport(input: $input) { rosterImport { ${PROGRESS_FIELDS} } errors { code field message } } }
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

export type DownloadResult = { ok: true; blob: Blob; fileName: string } | { ok: false; status: number; errors: UserError[] };

/** The members a directory filter finds, as the CSV the server streams (UTF-8 with BOM, for Excel). */
export async function downloadMembersCsv(filter: object | null, options: { sort?: string; headers?: 'en' | 'ja' } = {}): Promise<DownloadResult> {
  const query = new URLSearchParams();
  if (filter) query.set('filter', JSON.stringify(filter));
  if (options.sort) query.set('sort', options.sort);
  if (options.headers) query.set('headers', options.headers);
  const response = await authorizedFetch(`/exports/members.csv?${query}`);
  if (!response.ok) {
    const answer = (await response.json().catch(() => null)) as { errors?: UserError[] } | null;
    return { ok: false, status: response.status, errors: answer?.errors ?? [] };
  }
  const disposition = response.headers.get('content-disposition') ?? '';
  const fileName = /filename="([^"]+)"/.exec(disposition)?.[1] ?? 'members.csv';
  return { ok: true, blob: await response.blob(), fileName };
}
