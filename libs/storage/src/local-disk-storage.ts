import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { copyFile, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { assertValidKey, joinUrl, UnsatisfiableRangeError, type ByteRange, type ObjectInfo, type ObjectStorage, type StoredObject } from './object-storage';

/** Side files live apart from the objects, under names no valid key can take (segments never start with a dot). */
const META_DIR = '.meta';
const TEMP_DIR = '.tmp';

interface ObjectMeta {
  contentType: string;
}

/**
 * Objects as files under one folder (local runs, tests, single-host deployments). A write goes to a
 * temporary file first and is renamed into place, so a reader never sees half an object; the
 * content type is kept in a side file written before the object appears.
 */
export class LocalDiskStorage implements ObjectStorage {
  readonly dir: string;

  /** `publicBaseUrl`: where these objects are served over HTTP (e.g. `/media`), or null if they are not. */
  constructor(
    dir: string,
    private readonly publicBaseUrl: string | null,
  ) {
    this.dir = resolve(dir);
  }

  /** The file that holds `key` (validated: it always lies inside the storage folder). */
  pathOf(key: string): string {
    assertValidKey(key);
    const path = resolve(this.dir, key);
    if (!path.startsWith(this.dir + sep)) throw new Error('Storage key resolves outside the storage folder');
    return path;
  }

  private metaPathOf(key: string): string {
    this.pathOf(key);
    return join(this.dir, META_DIR, `${key}.json`);
  }

  async put(key: string, bytes: Uint8Array, contentType: string): Promise<void> {
    await this.write(key, contentType, (tempData) => writeFile(tempData, bytes, { flush: true }));
  }

  async putFile(key: string, sourcePath: string, contentType: string): Promise<void> {
    await this.write(key, contentType, (tempData) => copyFile(sourcePath, tempData));
  }

  /** Writes the object to a temporary file first (`fill`), then renames it into place after its side file. */
  private async write(key: string, contentType: string, fill: (tempData: string) => Promise<void>): Promise<void> {
    const path = this.pathOf(key);
    const tempDir = join(this.dir, TEMP_DIR);
    await Promise.all([
      mkdir(dirname(path), { recursive: true }),
      mkdir(dirname(this.metaPathOf(key)), { recursive: true }),
      mkdir(tempDir, { recursive: true }),
    ]);
    const meta: ObjectMeta = { contentType };
    const tempMeta = join(tempDir, randomBytes(16).toString('hex'));
    const tempData = join(tempDir, randomBytes(16).toString('hex'));
    try {
      await writeFile(tempMeta, JSON.stringify(meta), { flush: true });
      await fill(tempData);
      await rename(tempMeta, this.metaPathOf(key));
      await rename(tempData, path);
    } catch (error) {
      await Promise.all([rm(tempMeta, { force: true }), rm(tempData, { force: true })]);
      throw error;
    }
  }

  async head(key: string): Promise<ObjectInfo | null> {
    const path = this.pathOf(key);
    let size: number;
    try {
      const info = await stat(path);
      if (!info.isFile()) return null;
      size = info.size;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    let contentType = 'application/octet-stream';
    try {
      contentType = (JSON.parse(await readFile(this.metaPathOf(key), 'utf8')) as ObjectMeta).contentType || contentType;
    } catch {
      // An object without its side file (copied in by hand) is served as plain bytes.
    }
    return { contentType, size };
  }

  async get(key: string, range?: ByteRange): Promise<StoredObject | null> {
    const info = await this.head(key);
    if (!info) return null;
    if (!range) return { ...info, body: createReadStream(this.pathOf(key)) };
    if (range.start < 0 || range.start > range.end || range.start >= info.size) throw new UnsatisfiableRangeError(key, range);
    return { ...info, body: createReadStream(this.pathOf(key), { start: range.start, end: Math.min(range.end, info.size - 1) }) };
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
    await rm(this.metaPathOf(key), { force: true });
  }

  async url(key: string): Promise<string> {
    const url = this.publicUrl(key);
    if (url === null) throw new Error('This local storage has no public URL');
    return url;
  }

  publicUrl(key: string): string | null {
    assertValidKey(key);
    return this.publicBaseUrl === null ? null : joinUrl(this.publicBaseUrl, key);
  }
}
