import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { UserError } from '@kizuna/subgraph';

/** A roster of 100,000 rows with a dozen columns is well under this. */
export const ROSTER_MAX_BYTES = 20 * 1024 * 1024;
export const ROSTER_MAX_ROWS = 200_000;
export const ROSTER_MAX_COLUMNS = 200;

export type RosterEncoding = 'UTF-8' | 'Shift_JIS' | 'UTF-16';

export interface RosterFile {
  encoding: RosterEncoding;
  /** The header cells, trimmed. */
  columns: string[];
  /** Every non-blank row under the header, with as many cells as the header (missing cells are ''). */
  rows: RosterRow[];
}

export interface RosterRow {
  /** The row number a spreadsheet shows: the header is row 1. */
  row: number;
  cells: string[];
}

/**
 * Turns the uploaded bytes into text. Excel on Japanese Windows saves "CSV" in Shift_JIS (code page
 * 932, which adds NEC and IBM characters such as ① and ㈱), and "CSV UTF-8" with a byte-order mark;
 * files without a mark that are not valid UTF-8 are read as code page 932.
 */
export function decodeRoster(bytes: Buffer): { text: string; encoding: RosterEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: bytes.subarray(3).toString('utf8'), encoding: 'UTF-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: iconv.decode(bytes.subarray(2), 'utf-16le'), encoding: 'UTF-16' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: iconv.decode(bytes.subarray(2), 'utf-16be'), encoding: 'UTF-16' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: iconv.decode(bytes, 'cp932'), encoding: 'Shift_JIS' };
  }
}

/** Control characters no spreadsheet writes into a CSV (tab, line feed and carriage return are fine); NUL is the surest sign of binary data. */
const NOT_TEXT = /(?![\t\n\r])[\p{Cc}\uFFFD]/u;

/**
 * Whether the uploaded bytes are a text file in an encoding rosters come in: no NUL or other
 * control bytes, and no byte sequence the encoding cannot read (a PNG, a ZIP such as an .xlsx, a
 * PDF all fail this).
 */
export function isRosterText(bytes: Buffer): boolean {
  const bom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!bom && bytes.includes(0)) return false;
  return !NOT_TEXT.test(decodeRoster(bytes).text);
}

const UNSAFE_IN_NAME = /[\p{Cc}\p{Cf}<>:"|?*]/gu;
export const ROSTER_FILE_NAME_MAX = 255;

/**
 * The file name as stored and shown: the last part of a path only, without control, format
 * (bidi override, zero-width) or markup characters, at most 255 characters. Empty when nothing is left.
 */
export function cleanRosterFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base.replace(UNSAFE_IN_NAME, '').replace(/\s+/g, ' ').trim();
  return cleaned === '.' || cleaned === '..' ? '' : [...cleaned].slice(0, ROSTER_FILE_NAME_MAX).join('');
}

/** Commas unless the header line has tabs and no commas (Excel's "Unicode text" and many exports are tab-separated). */
function delimiterOf(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  return firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
}

const fileError = (message: string) => UserError.of('VALIDATION', message, 'file');
const NOT_A_TEXT_FILE = 'This is not a CSV file: save the roster as CSV (UTF-8 or Shift_JIS) and upload that.';

/**
 * Refuses bytes that are not text before anything reads them as CSV, naming what they are when
 * their signature tells (e.g. "a PNG image (image/png)", "a ZIP archive (application/zip)": an
 * .xlsx is one).
 */
export async function refuseNonText(bytes: Buffer): Promise<UserError | null> {
  if (bytes.length === 0 || isRosterText(bytes)) return null;
  // file-type is an ES module: loaded only for a file that is refused anyway.
  const { fileTypeFromBuffer } = await import('file-type');
  const type = await fileTypeFromBuffer(bytes).catch(() => undefined);
  if (!type) return fileError(`${NOT_A_TEXT_FILE} (It holds binary data.)`);
  return fileError(`${NOT_A_TEXT_FILE} (It is a .${type.ext} file, ${type.mime}.)`);
}

/** Reads an uploaded roster: its encoding, header and rows. Problems with the file as a whole are one `file` error. */
export function readRoster(bytes: Buffer): { ok: true; file: RosterFile } | { ok: false; error: UserError } {
  if (bytes.length === 0) return { ok: false, error: fileError('The file is empty.') };
  if (bytes.length > ROSTER_MAX_BYTES) return { ok: false, error: fileError('The file is larger than 20 MB: split it into smaller files.') };
  if (!isRosterText(bytes)) return { ok: false, error: fileError(NOT_A_TEXT_FILE) };
  const { text, encoding } = decodeRoster(bytes);
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: delimiterOf(text),
      // Blank lines stay, so row numbers are the ones a spreadsheet shows.
      skip_empty_lines: false,
      relax_column_count: true,
      relax_quotes: true,
      trim: true,
      bom: true,
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: fileError(`This is not a readable CSV file: ${message}`) };
  }
  const [header, ...body] = records;
  if (!header || header.every((cell) => cell === '')) return { ok: false, error: fileError('The first line must name the columns.') };
  if (header.length > ROSTER_MAX_COLUMNS) return { ok: false, error: fileError(`The file has more than ${ROSTER_MAX_COLUMNS} columns.`) };
  const rows: RosterRow[] = [];
  body.forEach((cells, index) => {
    if (cells.some((cell) => cell !== '')) rows.push({ row: index + 2, cells });
  });
  if (rows.length === 0) return { ok: false, error: fileError('The file has no rows under its header.') };
  if (rows.length > ROSTER_MAX_ROWS) return { ok: false, error: fileError(`The file has ${rows.length} rows; import at most ${ROSTER_MAX_ROWS} at once.`) };
  const width = header.length;
  for (const { cells } of rows) {
    while (cells.length < width) cells.push('');
    if (cells.length > width) cells.length = width;
  }
  return { ok: true, file: { encoding, columns: header, rows } };
}
