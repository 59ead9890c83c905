import { joinUrl, type ObjectStorage } from '@kizuna/storage';

/** The sizes a post image is stored in (the longer side at most, WebP): the post's full view and the feed's card. */
export const POST_IMAGE_SIZES = [1280, 400] as const;
export type PostImageSize = (typeof POST_IMAGE_SIZES)[number];

/**
 * An image's stored objects: `posts/<network>/<uploader>/<128-bit random>` is its key, each size
 * `<key>-<size>.webp`. The random part makes a URL unguessable: whoever has one can fetch the
 * image (a capability, as profile photos are), and only readers of the post are given it.
 */
export const IMAGE_KEY = /^posts\/[0-9a-f-]{36}\/[0-9a-f-]{36}\/[0-9a-f]{32}$/;
export const IMAGE_OBJECT_KEY = /^posts\/[0-9a-f-]{36}\/[0-9a-f-]{36}\/[0-9a-f]{32}-(1280|400)\.webp$/;

export const imageObjectKey = (imageKey: string, size: PostImageSize): string => `${imageKey}-${size}.webp`;

let publicUrlOf: (objectKey: string) => string | null = () => null;
let mediaBaseUrl = '/media';

/** Set once at start: the store's public address when it has one, otherwise this service's `/media` route. */
export function configureImageUrls(storage: ObjectStorage, mediaPublicUrl: string): void {
  publicUrlOf = (objectKey) => storage.publicUrl(objectKey);
  mediaBaseUrl = mediaPublicUrl;
}

/** Where a browser fetches a stored object of this service (an image's size, an article's video or PDF). */
export function mediaUrl(objectKey: string): string {
  return publicUrlOf(objectKey) ?? joinUrl(mediaBaseUrl, objectKey);
}

/** Where a browser fetches an image of the given size. */
export function imageUrl(imageKey: string, size: PostImageSize): string {
  return mediaUrl(imageObjectKey(imageKey, size));
}
