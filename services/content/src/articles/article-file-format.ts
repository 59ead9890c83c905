/** What an article file is: a video shown with the browser's player, or a PDF offered for download. */
export type ArticleFileKind = 'video' | 'pdf';

export interface ArticleFileFormat {
  kind: ArticleFileKind;
  contentType: 'video/mp4' | 'video/webm' | 'application/pdf';
  extension: 'mp4' | 'webm' | 'pdf';
}

export const MAX_VIDEO_BYTES = 200 * 1024 * 1024;
export const MAX_PDF_BYTES = 20 * 1024 * 1024;
export const MAX_FILE_NAME_CHARACTERS = 200;

const MP4: ArticleFileFormat = { kind: 'video', contentType: 'video/mp4', extension: 'mp4' };
const WEBM: ArticleFileFormat = { kind: 'video', contentType: 'video/webm', extension: 'webm' };
const PDF: ArticleFileFormat = { kind: 'pdf', contentType: 'application/pdf', extension: 'pdf' };

const EBML_MAGIC = [0x1a, 0x45, 0xdf, 0xa3];
const EBML_DOCTYPE = 0x4282;

/** An EBML variable-length integer at `offset`: its value (the length marker kept for ids, dropped for sizes) and its length. */
function readVint(bytes: Uint8Array, offset: number, keepMarker: boolean): { value: number; length: number } | null {
  const first = bytes[offset];
  if (first === undefined || first === 0) return null;
  const length = Math.clz32(first) - 23;
  if (length > 8 || offset + length > bytes.length) return null;
  let value = keepMarker ? first : first & (0xff >> length);
  for (let index = 1; index < length; index += 1) value = value * 256 + bytes[offset + index];
  return { value, length };
}

/** A WebM file: an EBML header whose DocType element says "webm" (Matroska files say "matroska"). */
function isWebm(bytes: Uint8Array): boolean {
  if (!EBML_MAGIC.every((byte, index) => bytes[index] === byte)) return false;
  const headerSize = readVint(bytes, 4, false);
  if (!headerSize) return false;
  let offset = 4 + headerSize.length;
  const end = Math.min(bytes.length, offset + headerSize.value);
  while (offset < end) {
    const id = readVint(bytes, offset, true);
    const size = id && readVint(bytes, offset + id.length, false);
    if (!id || !size) return false;
    const start = offset + id.length + size.length;
    if (id.value === EBML_DOCTYPE) return Buffer.from(bytes.subarray(start, start + size.value)).toString('latin1') === 'webm';
    offset = start + size.value;
  }
  return false;
}

/**
 * The format the bytes are, whatever the name or the declared type says: MP4 (an ISO media file, its
 * `ftyp` box first: "ftyp" at offset 4), WebM (EBML with DocType "webm") or PDF (`%PDF-`); null for
 * anything else.
 */
export function detectArticleFileFormat(bytes: Uint8Array): ArticleFileFormat | null {
  const ascii = (start: number, end: number) => Buffer.from(bytes.subarray(start, end)).toString('latin1');
  if (bytes.length >= 12 && ascii(4, 8) === 'ftyp') return MP4;
  if (isWebm(bytes)) return WEBM;
  if (ascii(0, 5) === '%PDF-') return PDF;
  return null;
}

export const maxBytesOf = (kind: ArticleFileKind) => (kind === 'video' ? MAX_VIDEO_BYTES : MAX_PDF_BYTES);

/**
 * The name a file is shown and downloaded under: the last segment of what the browser sent, without
 * control characters or characters file systems refuse, spaces collapsed, at most 200 characters,
 * ending in the format's extension; a generic name when nothing is left.
 */
export function sanitiseFileName(raw: unknown, format: ArticleFileFormat): string {
  const extension = `.${format.extension}`;
  const base = (typeof raw === 'string' ? raw : '')
    .normalize('NFC')
    .split(/[\\/]/)
    .at(-1)!
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029<>:"|?*]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  const stem = base.toLowerCase().endsWith(extension) ? base.slice(0, -extension.length).trim() : base;
  const fallback = format.kind === 'pdf' ? 'document' : 'video';
  const kept = [...(stem || fallback)].slice(0, MAX_FILE_NAME_CHARACTERS - extension.length).join('');
  return `${kept.trim() || fallback}${extension}`;
}
