import type { Express, Request, Response } from 'express';
import parseRange from 'range-parser';
import type { Logger } from '@kizuna/runtime';
import type { ByteRange, ObjectStorage } from './object-storage';

/** A stored object never changes under its key (a new upload gets a new key): caches may keep it for a year. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Where stored media are served: an object's key is its path below this. */
const MEDIA_ROOT = '/media/';

/**
 * The one range a `Range` header asks for, or null to answer with the whole object: no header, a
 * malformed one, a unit other than bytes, several ranges (rare; the whole object is a valid answer),
 * or an `If-Range` naming another version. 'unsatisfiable' when the ranges lie beyond the end.
 */
function askedRange(req: Request, size: number, etag: string): ByteRange | 'unsatisfiable' | null {
  const header = req.headers.range;
  if (!header) return null;
  const ifRange = req.headers['if-range'];
  if (ifRange !== undefined && ifRange !== etag) return null;
  const ranges = parseRange(size, header, { combine: true });
  if (ranges === -1) return 'unsatisfiable';
  if (ranges === -2 || ranges.type !== 'bytes' || ranges.length !== 1) return null;
  return { start: ranges[0].start, end: ranges[0].end };
}

/**
 * `GET <below><key>`: a service's stored media (profile photos, post images, article videos and PDFs)
 * by their unguessable keys, `key` being the path under `/media/` (the gateway proxies each service's
 * part of `/media/` to it). The local-disk store is served from here, with byte ranges (`Range:
 * bytes=…` answered 206, 416 beyond the end; browsers seek in videos so); a store with no public
 * address (S3 without S3_PUBLIC_URL) is answered with a redirect to a signed URL, which S3 serves
 * with ranges itself. Anything but a key matching `objectKey` is 404, so this never serves other
 * objects of the store.
 */
export function storedMediaRoutes(
  app: Express,
  storage: ObjectStorage,
  options: { below: string; objectKey: RegExp; what: string; servedByService: boolean; log: Logger },
): void {
  app.get(`${options.below}{*path}`, async (req: Request, res: Response) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    let key: string;
    try {
      key = decodeURIComponent(req.path.slice(MEDIA_ROOT.length));
    } catch {
      res.status(404).end();
      return;
    }
    if (!options.objectKey.test(key)) {
      res.status(404).setHeader('Cache-Control', 'no-store').end();
      return;
    }
    try {
      if (!options.servedByService) {
        res.setHeader('Cache-Control', 'private, max-age=3600');
        res.redirect(302, await storage.url(key));
        return;
      }
      const etag = `"${key.slice(key.lastIndexOf('/') + 1)}"`;
      if (req.headers['if-none-match'] === etag) {
        res.status(304).setHeader('ETag', etag).setHeader('Cache-Control', IMMUTABLE).end();
        return;
      }
      const info = await storage.head(key);
      const range = info ? askedRange(req, info.size, etag) : null;
      const object = info && range !== 'unsatisfiable' && req.method !== 'HEAD' ? await storage.get(key, range ?? undefined) : null;
      if (!info || (range !== 'unsatisfiable' && req.method !== 'HEAD' && !object)) {
        // Replaced or removed media are gone for good; a short negative cache keeps retries cheap.
        res.status(404).setHeader('Cache-Control', 'public, max-age=60').end();
        return;
      }
      res.setHeader('Accept-Ranges', 'bytes');
      res.setHeader('Cache-Control', IMMUTABLE);
      res.setHeader('ETag', etag);
      if (range === 'unsatisfiable') {
        res.status(416).setHeader('Content-Range', `bytes */${info.size}`).end();
        return;
      }
      res.setHeader('Content-Type', info.contentType);
      res.setHeader('Content-Security-Policy', "default-src 'none'");
      if (range) {
        res.status(206).setHeader('Content-Range', `bytes ${range.start}-${range.end}/${info.size}`);
        res.setHeader('Content-Length', String(range.end - range.start + 1));
      } else {
        res.status(200).setHeader('Content-Length', String(info.size));
      }
      if (!object) {
        res.end();
        return;
      }
      object.body.on('error', (error) => {
        options.log.warn({ err: error, key }, `reading a stored ${options.what} failed mid-response`);
        res.destroy(error);
      });
      object.body.pipe(res);
    } catch (error) {
      options.log.warn({ err: error, key }, `could not serve a stored ${options.what}`);
      if (!res.headersSent) res.status(503).setHeader('Cache-Control', 'no-store').end();
    }
  });
}
