import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import S3rver from 's3rver';
import { ConfigurationError } from '@kizuna/runtime';
import express from 'express';
import { createLogger } from '@kizuna/runtime';
import {
  InvalidStorageKeyError,
  LocalDiskStorage,
  readBytes,
  S3Storage,
  storageFromSettings,
  storedMediaRoutes,
  UnsatisfiableRangeError,
  type ObjectStorage,
} from '../src';

const WEBP = Buffer.from('RIFF\0\0\0\0WEBPVP8 fake image bytes');

/** The behaviour every adapter shares: the port's contract, run against each real store. */
function behavesAsObjectStorage(name: string, open: () => ObjectStorage) {
  describe(`${name}: the storage contract`, () => {
    it('stores bytes with their content type and gives them back', async () => {
      const storage = open();
      await storage.put('photos/n1/m1/abc-512.webp', WEBP, 'image/webp');
      const object = await storage.get('photos/n1/m1/abc-512.webp');
      expect(object).not.toBeNull();
      expect(object!.contentType).toBe('image/webp');
      expect(object!.size).toBe(WEBP.length);
      expect((await readBytes(object!)).equals(WEBP)).toBe(true);
    });

    it('replaces an object whole when the same key is written again', async () => {
      const storage = open();
      await storage.put('exports/report.csv', Buffer.from('a,b\n1,2\n'), 'text/csv');
      await storage.put('exports/report.csv', Buffer.from('new'), 'text/plain');
      const object = await storage.get('exports/report.csv');
      expect((await readBytes(object!)).toString()).toBe('new');
      expect(object!.contentType).toBe('text/plain');
    });

    it('stores a file from disk, streamed, as put stores bytes', async () => {
      const storage = open();
      const source = join(mkdtempSync(join(tmpdir(), 'kizuna-put-file-')), 'clip.webm');
      const bytes = Buffer.alloc(3 * 1024 * 1024, 7);
      writeFileSync(source, bytes);
      await storage.putFile('articles/n/m/streamed.webm', source, 'video/webm');
      const object = await storage.get('articles/n/m/streamed.webm');
      expect(object!.contentType).toBe('video/webm');
      expect(object!.size).toBe(bytes.length);
      expect((await readBytes(object!)).equals(bytes)).toBe(true);
      // The source stays where it was.
      expect(existsSync(source)).toBe(true);
      rmSync(dirname(source), { recursive: true, force: true });
    });

    it('answers null for a missing key, and deleting it twice is fine', async () => {
      const storage = open();
      expect(await storage.get('photos/missing-512.webp')).toBeNull();
      await storage.put('photos/gone.webp', WEBP, 'image/webp');
      await storage.delete('photos/gone.webp');
      await storage.delete('photos/gone.webp');
      expect(await storage.get('photos/gone.webp')).toBeNull();
    });

    it('reads a byte range of an object, and knows its size without reading it', async () => {
      const storage = open();
      const bytes = Buffer.from(Array.from({ length: 1000 }, (_, index) => index % 251));
      await storage.put('articles/n/m/clip.mp4', bytes, 'video/mp4');
      expect(await storage.head('articles/n/m/clip.mp4')).toEqual({ contentType: 'video/mp4', size: 1000 });
      expect(await storage.head('articles/n/m/missing.mp4')).toBeNull();
      const middle = await storage.get('articles/n/m/clip.mp4', { start: 100, end: 199 });
      expect(middle!.size).toBe(1000);
      expect((await readBytes(middle!)).equals(bytes.subarray(100, 200))).toBe(true);
      const tail = await storage.get('articles/n/m/clip.mp4', { start: 990, end: 990 });
      expect((await readBytes(tail!)).equals(bytes.subarray(990, 991))).toBe(true);
      await expect(storage.get('articles/n/m/clip.mp4', { start: 1000, end: 1100 })).rejects.toBeInstanceOf(UnsatisfiableRangeError);
      expect(await storage.get('articles/n/m/missing.mp4', { start: 0, end: 9 })).toBeNull();
    });

    it('refuses keys that could escape the store or mean something else', async () => {
      const storage = open();
      for (const key of ['', '../etc/passwd', 'photos/../../x', '/absolute', 'photos//double', 'photos/.hidden', 'a\\b', 'a/b/', 'sp ace', 'x'.repeat(600)]) {
        await expect(storage.put(key, WEBP, 'image/webp')).rejects.toBeInstanceOf(InvalidStorageKeyError);
        await expect(storage.get(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
        await expect(storage.delete(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
      }
    });
  });
}

describe('LocalDiskStorage', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kizuna-storage-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  behavesAsObjectStorage('local disk', () => new LocalDiskStorage(dir, '/media'));

  it('keeps every file inside its folder and leaves no temporary file behind', async () => {
    const storage = new LocalDiskStorage(join(dir, 'inside'), '/media');
    await storage.put('photos/n/m/k-128.webp', WEBP, 'image/webp');
    expect(storage.pathOf('photos/n/m/k-128.webp')).toBe(join(dir, 'inside', 'photos/n/m/k-128.webp'));
    expect(readdirSync(join(dir, 'inside', '.tmp'))).toEqual([]);
    expect(readdirSync(dir)).not.toContain('etc');
  });

  it('never shows a half-written object to a reader during concurrent writes', async () => {
    const storage = new LocalDiskStorage(join(dir, 'race'), null);
    const big = (fill: number) => Buffer.alloc(2 * 1024 * 1024, fill);
    const writes = [1, 2, 3, 4].map((fill) => storage.put('race/object.bin', big(fill), 'application/octet-stream'));
    const reads: Buffer[] = [];
    for (let i = 0; i < 10; i += 1) {
      const object = await storage.get('race/object.bin');
      if (object) reads.push(await readBytes(object));
    }
    await Promise.all(writes);
    reads.push(await readBytes((await storage.get('race/object.bin'))!));
    for (const bytes of reads) {
      expect(bytes.length).toBe(2 * 1024 * 1024);
      expect(bytes.every((byte) => byte === bytes[0])).toBe(true);
    }
    expect(await readdir(join(dir, 'race', '.tmp'))).toEqual([]);
  });

  it('builds public URLs from its base, and has none without one', async () => {
    expect(await new LocalDiskStorage(dir, '/media/').url('photos/a/b-512.webp')).toBe('/media/photos/a/b-512.webp');
    expect(new LocalDiskStorage(dir, 'https://app.example/media').publicUrl('photos/x.webp')).toBe('https://app.example/media/photos/x.webp');
    expect(new LocalDiskStorage(dir, null).publicUrl('photos/x.webp')).toBeNull();
    await expect(new LocalDiskStorage(dir, null).url('photos/x.webp')).rejects.toThrow('no public URL');
  });
});

describe('storedMediaRoutes: files on disk served over HTTP', () => {
  let dir: string;
  let server: Server;
  let origin: string;
  const video = Buffer.from(Array.from({ length: 5000 }, (_, index) => (index * 7) % 256));
  const path = '/media/articles/n1/m1/0123456789abcdef0123456789abcdef.mp4';
  const get = (headers: Record<string, string> = {}, method = 'GET') => fetch(new URL(path, origin), { method, headers });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kizuna-media-routes-'));
    const storage = new LocalDiskStorage(dir, '/media');
    await storage.put(path.slice('/media/'.length), video, 'video/mp4');
    const app = express();
    storedMediaRoutes(app, storage, {
      below: '/media/articles/',
      objectKey: /^articles\/n1\/m1\/[0-9a-f]{32}\.mp4$/,
      what: 'article file',
      servedByService: true,
      log: createLogger('storage-test', 'silent'),
    });
    await new Promise<void>((resolve) => {
      server = app.listen(0, '127.0.0.1', () => resolve());
    });
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the whole file, saying that ranges may be asked for', async () => {
    const response = await get();
    expect(response.status).toBe(200);
    expect(response.headers.get('accept-ranges')).toBe('bytes');
    expect(response.headers.get('content-type')).toBe('video/mp4');
    expect(response.headers.get('content-length')).toBe('5000');
    expect(Buffer.from(await response.arrayBuffer()).equals(video)).toBe(true);
  });

  it('answers a byte range with 206 and where the bytes lie, for a seeking video player', async () => {
    const first = await get({ range: 'bytes=0-99' });
    expect(first.status).toBe(206);
    expect(first.headers.get('content-range')).toBe('bytes 0-99/5000');
    expect(first.headers.get('content-length')).toBe('100');
    expect(first.headers.get('accept-ranges')).toBe('bytes');
    expect(Buffer.from(await first.arrayBuffer()).equals(video.subarray(0, 100))).toBe(true);

    const open = await get({ range: 'bytes=4990-' });
    expect(open.status).toBe(206);
    expect(open.headers.get('content-range')).toBe('bytes 4990-4999/5000');
    expect(Buffer.from(await open.arrayBuffer()).equals(video.subarray(4990))).toBe(true);

    const suffix = await get({ range: 'bytes=-10' });
    expect(suffix.headers.get('content-range')).toBe('bytes 4990-4999/5000');

    const beyond = await get({ range: 'bytes=4000-9999' });
    expect(beyond.headers.get('content-range')).toBe('bytes 4000-4999/5000');
    expect((await beyond.arrayBuffer()).byteLength).toBe(1000);
  });

  it('answers a range beyond the end with 416 and the size, and ignores what it cannot read', async () => {
    const unsatisfiable = await get({ range: 'bytes=5000-5100' });
    expect(unsatisfiable.status).toBe(416);
    expect(unsatisfiable.headers.get('content-range')).toBe('bytes */5000');

    for (const header of ['bytes=abc', 'pages=1-2', 'bytes=0-1,10-20']) {
      const whole = await get({ range: header });
      expect(whole.status).toBe(200);
      expect((await whole.arrayBuffer()).byteLength).toBe(5000);
    }
    // A range of another version (If-Range) gets the whole current file.
    expect((await get({ range: 'bytes=0-9', 'if-range': '"another"' })).status).toBe(200);
    expect((await get({ range: 'bytes=0-9', 'if-range': '"0123456789abcdef0123456789abcdef.mp4"' })).status).toBe(206);
  });

  it('answers HEAD with the sizes only, and unknown files with 404', async () => {
    const head = await get({ range: 'bytes=10-19' }, 'HEAD');
    expect(head.status).toBe(206);
    expect(head.headers.get('content-length')).toBe('10');
    expect((await fetch(new URL('/media/articles/n1/m1/ffffffffffffffffffffffffffffffff.mp4', origin))).status).toBe(404);
    expect((await fetch(new URL('/media/articles/n1/m1/../../secret', origin))).status).toBe(404);
  });
});

describe('S3Storage against a local S3-compatible server', () => {
  let server: S3rver;
  let endpoint: string;
  let dir: string;
  const bucket = 'kizuna-test';
  const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
  const storages: S3Storage[] = [];
  const open = (extra: Partial<ConstructorParameters<typeof S3Storage>[0]> = {}) => {
    const storage = new S3Storage({ bucket, region: 'us-east-1', endpoint, forcePathStyle: true, credentials, ...extra });
    storages.push(storage);
    return storage;
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kizuna-s3rver-'));
    server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: dir, configureBuckets: [{ name: bucket, configs: [] }] });
    const address: AddressInfo = await server.run();
    endpoint = `http://127.0.0.1:${address.port}`;
  });
  afterAll(async () => {
    for (const storage of storages) storage.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  behavesAsObjectStorage('S3', () => open());

  it('signs a GET URL that a plain HTTP client can fetch, stable for the day', async () => {
    const storage = open();
    await storage.put('photos/n/m/signed-512.webp', WEBP, 'image/webp');
    const url = await storage.url('photos/n/m/signed-512.webp');
    expect(url).toContain('X-Amz-Signature=');
    expect(await storage.url('photos/n/m/signed-512.webp')).toBe(url);
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/webp');
    expect(Buffer.from(await response.arrayBuffer()).equals(WEBP)).toBe(true);
  });

  it('uses the public URL when one is configured', async () => {
    const storage = open({ publicUrl: 'https://cdn.example/kizuna' });
    expect(await storage.url('photos/a-128.webp')).toBe('https://cdn.example/kizuna/photos/a-128.webp');
  });

  it('reports wrong credentials as an error instead of a missing object', async () => {
    const storage = open({ credentials: { accessKeyId: 'UNKNOWN', secretAccessKey: 'wrong' } });
    await expect(storage.get('photos/n/m/signed-512.webp')).rejects.toThrow();
  });

  it('is what storageFromSettings builds for STORAGE_DRIVER=s3', async () => {
    const configured = storageFromSettings({
      STORAGE_DRIVER: 's3',
      S3_ENDPOINT: endpoint,
      S3_BUCKET: bucket,
      S3_ACCESS_KEY_ID: credentials.accessKeyId,
      S3_SECRET_ACCESS_KEY: credentials.secretAccessKey,
    });
    expect(configured.storage).toBeInstanceOf(S3Storage);
    expect(configured.servedByService).toBe(false);
    storages.push(configured.storage as S3Storage);
    await configured.storage.put('settings/check.txt', Buffer.from('ok'), 'text/plain');
    expect((await readBytes((await open().get('settings/check.txt'))!)).toString()).toBe('ok');
  });
});

describe('storageFromSettings', () => {
  it('defaults to local disk under .kizuna/storage, served at /media', () => {
    const configured = storageFromSettings({});
    expect(configured.storage).toBeInstanceOf(LocalDiskStorage);
    expect((configured.storage as LocalDiskStorage).dir).toBe(join(process.cwd(), '.kizuna/storage'));
    expect(configured.storage.publicUrl('photos/x.webp')).toBe('/media/photos/x.webp');
    expect(configured.servedByService).toBe(true);
  });

  it('names every setting at fault', () => {
    const problems = (env: NodeJS.ProcessEnv) => {
      try {
        storageFromSettings(env);
        return [];
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigurationError);
        return (error as ConfigurationError).problems;
      }
    };
    expect(problems({ STORAGE_DRIVER: 'ftp' })).toEqual([expect.stringMatching(/^STORAGE_DRIVER is invalid/)]);
    expect(problems({ STORAGE_DRIVER: 's3' })).toEqual([expect.stringMatching(/^S3_BUCKET is required/)]);
    expect(problems({ STORAGE_DRIVER: 's3', S3_BUCKET: 'b', S3_ACCESS_KEY_ID: 'id' })).toEqual([expect.stringMatching(/^S3_SECRET_ACCESS_KEY is required/)]);
    expect(problems({ STORAGE_DRIVER: 's3', S3_BUCKET: 'b', S3_ENDPOINT: 'not a url' })).toEqual([expect.stringMatching(/^S3_ENDPOINT is invalid/)]);
    expect(problems({ MEDIA_PUBLIC_URL: 'media' })).toEqual([expect.stringMatching(/^MEDIA_PUBLIC_URL is invalid/)]);
  });
});
