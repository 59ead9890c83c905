import express, { type Express } from 'express';
import { AuthenticationError, hasPermission, isAllowed, Permission, type TokenVerifier } from '@kizuna/auth';
import type { Logger } from '@kizuna/subgraph';
import { MAX_VIDEO_BYTES } from './article-file-format';
import { fileTooLarge, presentArticleFile, type ArticleFileService } from './article-files.service';

/**
 * `POST /media/article-files?name=<file name>` with the file as the body (any content type; the
 * bytes decide), through the gateway as post images are: stores a video (MP4, WebM, up to 200 MB)
 * or a PDF (up to 20 MB) for an article, for staff with MANAGE_CONTENT. Answers
 * `{ file: { id, kind, url, name, size, contentType }, errors: [] }`, the id then goes into a
 * `videoFile` or `attachment` node; or 400 (413 over the size limit) with `{ file: null, errors }`,
 * 401 without a valid token, 403 for anyone else. The body is read whole (bounded by the video
 * limit): the storage port stores bytes.
 */
export function articleFileUploadRoutes(app: Express, files: ArticleFileService, verifier: TokenVerifier, log: Logger): void {
  app.post('/media/article-files', express.raw({ type: () => true, limit: MAX_VIDEO_BYTES }), async (req, res) => {
    try {
      let viewer;
      try {
        viewer = await verifier.fromAuthorizationHeader(req.headers.authorization);
      } catch (error) {
        if (!(error instanceof AuthenticationError)) throw error;
        res.status(401).json({ file: null, errors: [{ code: 'UNAUTHENTICATED', message: error.message }] });
        return;
      }
      if (!viewer) {
        res.status(401).json({ file: null, errors: [{ code: 'UNAUTHENTICATED', message: 'Sign in to continue' }] });
        return;
      }
      if (!isAllowed(viewer, []) || !hasPermission(viewer, Permission.MANAGE_CONTENT)) {
        res.status(403).json({ file: null, errors: [{ code: 'FORBIDDEN', message: 'Only staff who manage content add videos and PDFs to articles.' }] });
        return;
      }
      const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const result = await files.upload(viewer, body, req.query.name);
      if (!result.ok) {
        res.status(result.errors.some((error) => error.code === 'FILE_TOO_LARGE') ? 413 : 400).json({ file: null, errors: result.errors });
        return;
      }
      res.json({ file: presentArticleFile(result.value), errors: [] });
    } catch (error) {
      log.error({ err: error }, 'article file upload failed');
      if (!res.headersSent) res.status(500).json({ file: null, errors: [{ code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' }] });
    }
  });
  // A body over the video limit: the same shape of answer as any other refused file.
  app.use('/media/article-files', ((error, _req, res, next) => {
    if (error?.type !== 'entity.too.large') return next(error);
    res.status(413).json({ file: null, errors: [fileTooLarge('video')] });
  }) as express.ErrorRequestHandler);
}
