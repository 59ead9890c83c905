// Files the server makes for the signed-in person (CSV exports), and handing files to the browser to save.
import { authorizedFetch } from './authorized-fetch';
import type { UserError } from './documents';

export type DownloadResult = { ok: true; blob: Blob; fileName: string } | { ok: false; status: number; errors: UserError[] };

/** GETs `path` with the session's token: the file and the name the server gave it, or its typed errors. */
export async function downloadFile(path: string, fallbackName: string): Promise<DownloadResult> {
  const response = await authorizedFetch(path);
  if (!response.ok) {
    const answer = (await response.json().catch(() => null)) as { errors?: UserError[] } | null;
    return { ok: false, status: response.status, errors: answer?.errors ?? [] };
  }
  const disposition = response.headers.get('content-disposition') ?? '';
  const fileName = /filename="([^"]+)"/.exec(disposition)?.[1] ?? fallbackName;
  return { ok: true, blob: await response.blob(), fileName };
}

/** Hands a file to the browser as a download, without another round trip. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
