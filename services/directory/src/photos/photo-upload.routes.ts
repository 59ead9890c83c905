import express, { type Express } from 'express';
import { Access, type TokenVerifier } from '@kizuna/auth';
import { uploadViewer, UserError, type Logger } from '@kizuna/subgraph';
import { MAX_PHOTO_BYTES } from './photo-processing';
import type { PhotoService } from './photo.service';

const tooLarge = () => UserError.of('PHOTO_TOO_LARGE', `The photo is larger than ${MAX_PHOTO_BYTES / 1024 / 1024} MB. Choose a smaller one.`, 'file');

/**
 * `POST /media/photos` with the image file as the body (any content type; the bytes decide):
 * sets the signed-in member's profile photo (pending applicants too), replacing the previous one.
 * GraphQL requests are limited to 1 MB and a photo may be 8 MB; a plain body also spares the
 * base64. Answers `{ profile: { memberId, photoUrl, thumbnailUrl }, errors }`, with 400 (or 413
 * for a file over the limit) and the errors when the photo is refused.
 */
export function photoUploadRoutes(app: Express, photos: PhotoService, verifier: TokenVerifier, log: Logger): void {
  app.post('/media/photos', express.raw({ type: () => true, limit: MAX_PHOTO_BYTES }), async (req, res) => {
    try {
      const viewer = await uploadViewer(req, res, verifier, { result: 'profile', access: [Access.PENDING_ALLOWED] });
      if (!viewer) return;
      const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const result = await photos.uploadMine(viewer, body);
      if (!result.ok) {
        res.status(400).json({ profile: null, errors: result.errors });
        return;
      }
      const { memberId, photoUrl, thumbnailUrl } = result.value;
      res.json({ profile: { memberId, photoUrl, thumbnailUrl }, errors: [] });
    } catch (error) {
      log.error({ err: error }, 'photo upload failed');
      if (!res.headersSent) res.status(500).json({ profile: null, errors: [{ code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' }] });
    }
  });
  // A body over the limit: the same shape of answer as any other refused photo.
  app.use('/media/photos', ((error, _req, res, next) => {
    if (error?.type !== 'entity.too.large') return next(error);
    res.status(413).json({ profile: null, errors: [tooLarge()] });
  }) as express.ErrorRequestHandler);
}
