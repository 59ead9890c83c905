import type { Express, Request, Response } from 'express';
import type { Logger } from '@kizuna/runtime';
import type { ObjectStorage } from '@kizuna/storage';
import { IMAGE_OBJECT_KEY } from './image-url';

/** A stored image never changes under its key (a new upload gets a new key): caches may keep it for a year. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * `GET /media/posts/<key>`: post images in storage, by their unguessable keys (the gateway proxies
 * `/media/posts/` here). The local-disk store is served from here; a store with no public address
 * (S3 without S3_PUBLIC_URL) is answered with a redirect to a signed URL. Anything but a post
 * image object's key is 404, so this never serves other objects of the store (profile photos included).
 */
export function postImageMediaRoutes(app: Express, storage: ObjectStorage, options: { servedByService: boolean; log: Logger }): void {
  app.get('/media/posts/{*path}', async (req: Request, res: Response) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    let key: string;
    try {
      key = decodeURIComponent(req.path.slice('/media/'.length));
    } catch {
      res.status(404).end();
      return;
    }
    if (!IMAGE_OBJECT_KEY.test(key)) {
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
        // Removed images are gone for good; a short negative cache keeps retries cheap.
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
        options.log.warn({ err: error, key }, 'reading a stored post image failed mid-response');
        res.destroy(error);
      });
      object.body.pipe(res);
    } catch (error) {
      options.log.warn({ err: error, key }, 'could not serve a stored post image');
      if (!res.headersSent) res.status(503).setHeader('Cache-Control', 'no-store').end();
    }
  });
}
