import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Express, Request } from 'express';
import { hasPermission, Permission, type TokenVerifier } from '@kizuna/auth';
import { uploadViewer, type Logger } from '@kizuna/subgraph';
import { MAX_VIDEO_BYTES } from './article-file-format';
import { fileTooLarge, presentArticleFile, type ArticleFileService } from './article-files.service';
import { MEMBER_WRITING_OFF, type ContentSettingsService } from './content-settings.service';

/** Enough of a file's start to tell its kind (an EBML header's DocType lies within its first bytes). */
const HEAD_BYTES = 4096;

class BodyTooLargeError extends Error {}

/** Streams the request body into `path`, refusing it once it passes `limit` bytes; its size. */
async function receiveInto(req: Request, path: string, limit: number): Promise<number> {
  let size = 0;
  await pipeline(
    req,
    new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        size += chunk.length;
        callback(size > limit ? new BodyTooLargeError() : null, chunk);
      },
    }),
    createWriteStream(path),
  );
  return size;
}

async function firstBytes(path: string, count: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of createReadStream(path, { start: 0, end: count - 1 })) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * `POST /media/article-files?name=<file name>` with the file as the body (any content type; the
 * bytes decide), through the gateway as post images are: stores a video (MP4, WebM, up to 200 MB)
 * or a PDF (up to 20 MB) for an article, for staff with MANAGE_CONTENT (and any approved member where
 * the network lets members write articles). Answers
 * `{ file: { id, kind, url, name, size, contentType }, errors: [] }`, the id then goes into a
 * `videoFile` or `attachment` node; or 400 (413 over the size limit) with `{ file: null, errors }`,
 * 401 without a valid token, 403 for anyone else. The body is streamed to a temporary file (never
 * held in memory) and from there to the store.
 */
export function articleFileUploadRoutes(app: Express, files: ArticleFileService, settings: ContentSettingsService, verifier: TokenVerifier, log: Logger): void {
  app.post('/media/article-files', async (req, res) => {
    let dir: string | null = null;
    try {
      const viewer = await uploadViewer(req, res, verifier, { result: 'file' });
      if (!viewer) return;
      if (!hasPermission(viewer, Permission.MANAGE_CONTENT) && !(await settings.get(viewer.networkId)).membersMayWriteArticles) {
        res.status(403).json({ file: null, errors: [{ code: 'FORBIDDEN', message: MEMBER_WRITING_OFF }] });
        return;
      }
      if (Number(req.headers['content-length']) > MAX_VIDEO_BYTES) {
        // Said up front: nothing of it is read.
        res
          .status(413)
          .setHeader('Connection', 'close')
          .json({ file: null, errors: [fileTooLarge('video')] });
        return;
      }
      dir = await mkdtemp(join(tmpdir(), 'kizuna-article-file-'));
      const path = join(dir, 'upload');
      let size: number;
      try {
        size = await receiveInto(req, path, MAX_VIDEO_BYTES);
      } catch (error) {
        if (!(error instanceof BodyTooLargeError)) throw error;
        // A body without a length that went on too long: the connection is cut; the answer reaches the client if it can.
        if (!res.socket?.destroyed)
          res
            .status(413)
            .setHeader('Connection', 'close')
            .json({ file: null, errors: [fileTooLarge('video')] });
        return;
      }
      const result = await files.upload(viewer, { path, size, head: size > 0 ? await firstBytes(path, HEAD_BYTES) : Buffer.alloc(0) }, req.query.name);
      if (!result.ok) {
        res.status(result.errors.some((error) => error.code === 'FILE_TOO_LARGE') ? 413 : 400).json({ file: null, errors: result.errors });
        return;
      }
      res.json({ file: presentArticleFile(result.value), errors: [] });
    } catch (error) {
      log.error({ err: error }, 'article file upload failed');
      if (!res.headersSent) res.status(500).json({ file: null, errors: [{ code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' }] });
    } finally {
      if (dir) await rm(dir, { recursive: true, force: true });
    }
  });
}
