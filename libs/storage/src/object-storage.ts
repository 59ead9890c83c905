import type { Readable } from 'node:stream';

/** What is stored with an object. */
export interface ObjectInfo {
  contentType: string;
  /** The whole object's size in bytes. */
  size: number;
}

/** A stored object as `get` returns it: its bytes (all of them, or the range asked for) as a stream, and what was stored with it. */
export interface StoredObject extends ObjectInfo {
  body: Readable;
}

/** Bytes `start` to `end` of an object, both included (as HTTP's `Range: bytes=start-end`); `end` lies before the object's size. */
export interface ByteRange {
  start: number;
  end: number;
}

/** A range outside the object (`start` beyond its end, or after `end`): what HTTP answers with 416. */
export class UnsatisfiableRangeError extends Error {
  constructor(
    readonly key: string,
    readonly range: ByteRange,
  ) {
    super(`Bytes ${range.start}-${range.end} lie outside ${JSON.stringify(key.slice(0, 200))}`);
    this.name = 'UnsatisfiableRangeError';
  }
}

/**
 * Where services keep files (photos, exports, …), addressed by key. Keys are slash-separated
 * segments of letters, digits, `.`, `_` and `-`, none starting with a dot (see `assertValidKey`).
 */
export interface ObjectStorage {
  /** Stores `bytes` under `key`, replacing what was there; readers see the old or the new object, never a part. */
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /**
   * Stores the file at `path` under `key` as `put` does, streamed (large uploads: videos), without
   * holding it in memory; the file itself is left where it is.
   */
  putFile(key: string, path: string, contentType: string): Promise<void>;
  /**
   * The object, or null when nothing is stored under `key`. With `range`, the body holds only those
   * bytes (a video seeked to the middle); a range beyond the object's end throws `UnsatisfiableRangeError`.
   */
  get(key: string, range?: ByteRange): Promise<StoredObject | null>;
  /** The object's content type and size without its bytes, or null when nothing is stored under `key`. */
  head(key: string): Promise<ObjectInfo | null>;
  /** Removes the object; removing a missing key is not an error. */
  delete(key: string): Promise<void>;
  /**
   * A URL a browser can fetch the object at: the store's public address, or a time-limited signed
   * one when the store has no public address (S3 without a public URL).
   */
  url(key: string): Promise<string>;
  /** The object's stable public URL, or null when the store has no public address. */
  publicUrl(key: string): string | null;
}

export class InvalidStorageKeyError extends Error {
  constructor(readonly key: string) {
    super(`Invalid storage key: ${JSON.stringify(key.slice(0, 200))}`);
    this.name = 'InvalidStorageKeyError';
  }
}

const SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;
export const MAX_KEY_LENGTH = 512;

/**
 * Refuses keys that could leave the store's folder or mean different things on different stores:
 * empty segments, `.`/`..`, hidden names, backslashes, control characters and anything beyond
 * the plain character set above.
 */
export function assertValidKey(key: string): void {
  if (typeof key !== 'string' || key.length === 0 || key.length > MAX_KEY_LENGTH) throw new InvalidStorageKeyError(String(key));
  for (const segment of key.split('/')) {
    if (!SEGMENT.test(segment)) throw new InvalidStorageKeyError(key);
  }
}

export function isValidKey(key: string): boolean {
  try {
    assertValidKey(key);
    return true;
  } catch {
    return false;
  }
}

/** Joins a base URL and a key, each segment escaped (keys are plain already; this is belt and braces). */
export function joinUrl(base: string, key: string): string {
  return `${base.replace(/\/+$/, '')}/${key.split('/').map(encodeURIComponent).join('/')}`;
}

/** Reads a stored object's whole body (small objects: photos, test fixtures). */
export async function readBytes(object: StoredObject): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of object.body) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks);
}
