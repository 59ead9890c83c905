import { joinUrl, type ObjectStorage } from '@kizuna/storage';

/** The sizes a photo is stored in: the profile picture and the thumbnail of lists and cards (square, WebP). */
export const PHOTO_SIZES = [512, 128] as const;
export type PhotoSize = (typeof PHOTO_SIZES)[number];

/**
 * A photo's stored objects: `photos/<network>/<member>/<128-bit random>` is the photo key kept in
 * profiles.photo_key, and each size is `<photo key>-<size>.webp`. The random part makes a URL
 * unguessable: whoever has one can fetch the picture (a capability, like most products' photo URLs).
 */
export const PHOTO_KEY = /^photos\/[0-9a-f-]{36}\/[0-9a-f-]{36}\/[0-9a-f]{32}$/;
export const PHOTO_OBJECT_KEY = /^photos\/[0-9a-f-]{36}\/[0-9a-f-]{36}\/[0-9a-f]{32}-(512|128)\.webp$/;

export const photoObjectKey = (photoKey: string, size: PhotoSize): string => `${photoKey}-${size}.webp`;

let publicUrlOf: (objectKey: string) => string | null = () => null;
let mediaBaseUrl = '/media';

/**
 * Set once at start: URLs come from the store's public address when it has one (local disk served
 * at MEDIA_PUBLIC_URL, or S3_PUBLIC_URL), otherwise from this service's `/media` route, which
 * redirects to a signed URL of the store.
 */
export function configurePhotoUrls(storage: ObjectStorage, mediaPublicUrl: string): void {
  publicUrlOf = (objectKey) => storage.publicUrl(objectKey);
  mediaBaseUrl = mediaPublicUrl;
}

/** Where a browser fetches a photo of the given size. */
export function photoUrl(photoKey: string, size: PhotoSize = 512): string {
  const objectKey = photoObjectKey(photoKey, size);
  return publicUrlOf(objectKey) ?? joinUrl(mediaBaseUrl, objectKey);
}
