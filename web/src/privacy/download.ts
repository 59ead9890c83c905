import { saveBlob } from '../api/download';
import type { PersonalData } from './api';

/** The file a person receives: every service's part, with when it was made. */
export function personalDataFile(data: PersonalData, exportedAt: Date): { name: string; text: string } {
  const { accountId, ...parts } = data;
  const date = exportedAt.toISOString().slice(0, 10);
  return {
    name: `kizuna-my-data-${date}.json`,
    text: `${JSON.stringify({ format: 'kizuna-personal-data/1', exportedAt: exportedAt.toISOString(), accountId, ...parts }, null, 2)}\n`,
  };
}

/** Hands the file to the browser to save, without a round trip to the server. */
export function saveFile(name: string, text: string): void {
  saveBlob(new Blob([text], { type: 'application/json' }), name);
}
