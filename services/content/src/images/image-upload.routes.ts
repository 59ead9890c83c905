import express, { type Express } from 'express';
import { hasPermission, Permission, type TokenVerifier } from '@kizuna/auth';
import { uploadViewer, type Logger } from '@kizuna/subgraph';
import { MEMBER_WRITING_OFF, type ContentSettingsService } from '../articles/content-settings.service';
import { imageTooLarge, MAX_IMAGE_BYTES } from './image-processing';
import { imageUrl } from './image-url';
import type { PostImageService } from './post-image.service';

/**
 * `POST /media/post-images` with the image file as the body (any content type; the bytes decide),
 * through the gateway as profile photos are: stores an image of the signed-in member's for a post
 * they are writing, or with `?purpose=article` (MANAGE_CONTENT, or any member where the network lets members write) a cover or inline image of an article. GraphQL bodies are limited to 1 MB; a plain body also spares the base64.
 * Answers `{ image: { id, url, smallUrl, width, height }, errors: [] }`, the id then goes into
 * `createPost`/`editPost`'s `images`; or 400 (413 over the size limit) with `{ image: null, errors }`,
 * 401 without a valid token, 403 for anyone but an approved member.
 */
export function postImageUploadRoutes(app: Express, images: PostImageService, settings: ContentSettingsService, verifier: TokenVerifier, log: Logger): void {
  app.post('/media/post-images', express.raw({ type: () => true, limit: MAX_IMAGE_BYTES }), async (req, res) => {
    try {
      const viewer = await uploadViewer(req, res, verifier, { result: 'image' });
      if (!viewer) return;
      const purpose = req.query.purpose === 'article' ? 'article' : 'post';
      if (purpose === 'article' && !hasPermission(viewer, Permission.MANAGE_CONTENT) && !(await settings.get(viewer.networkId)).membersMayWriteArticles) {
        res.status(403).json({ image: null, errors: [{ code: 'FORBIDDEN', message: MEMBER_WRITING_OFF }] });
        return;
      }
      const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const result = await images.upload(viewer, body, purpose);
      if (!result.ok) {
        res.status(400).json({ image: null, errors: result.errors });
        return;
      }
      const { id, objectKey, width, height } = result.value;
      res.json({ image: { id, url: imageUrl(objectKey, 1280), smallUrl: imageUrl(objectKey, 400), width, height }, errors: [] });
    } catch (error) {
      log.error({ err: error }, 'post image upload failed');
      if (!res.headersSent) res.status(500).json({ image: null, errors: [{ code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' }] });
    }
  });
  // A body over the limit: the same shape of answer as any other refused image.
  app.use('/media/post-images', ((error, _req, res, next) => {
    if (error?.type !== 'entity.too.large') return next(error);
    res.status(413).json({ image: null, errors: [imageTooLarge()] });
  }) as express.ErrorRequestHandler);
}
