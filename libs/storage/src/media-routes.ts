import type { Express, Request, Response } from 'express';
import type { Logger } from '@kizuna/runtime';
import type { ObjectStorage } from './object-storage';

/** A stored object never changes under its key (a new upload gets a new key): caches may keep it for a year. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Where stored media are served: an object's key is its path below this. */
const MEDIA_ROOT = '/media/';

/**
 * `GET <below><key>`: a service's stored media (profile photos, post images) by their unguessable
 * keys, `key` being the path under `/media/` (the gateway proxies each service's part of `/media/`
 * to it). The local-disk store is served from here; a store with no public address (S3 without
 * S3_PUBLIC_URL) is answered with a redirect to a signed URL. Anything but a key matching
 * `objectKey` is 404, so this never serves other objects of the store.
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
      const object = await storage.get(key);
      if (!object) {
        // Replaced or removed media are gone for good; a short negative cache keeps retries cheap.
        res.status(404).setHeader('Cache-Control', 'public, max-age=60').end();
        return;
      }
      res.status(200);
      res.setHeader('Content-Type', object.contentType);
      res.setHeader('Content-Length', String(object.size));
      res.setHeader('Cache-Control', IMMUTABLE);
      res.setHeader('ETag', etag);
      res.setHeader('Content-Security-Policy', "default-src 'none'");
      if (req.method === 'HEAD') {
        object.body.destroy();
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
