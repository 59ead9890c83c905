import sharp from 'sharp';
import { UserError } from '@kizuna/subgraph';
import type { PhotoSize } from './photo-url';

/** The largest file accepted, checked before anything is decoded. */
export const MAX_PHOTO_BYTES = 8 * 1024 * 1024;
/**
 * The most pixels an image may declare (≈ a 50-megapixel camera). A tiny file can declare a huge
 * canvas (a "decompression bomb"); sharp refuses it from the header, before allocating anything.
 */
export const MAX_PHOTO_PIXELS = 50_000_000;

export type PhotoFormat = 'jpeg' | 'png' | 'webp' | 'gif';

/** The image type by its first bytes (the file's claim of a type or name is never trusted). */
export function detectPhotoFormat(bytes: Uint8Array): PhotoFormat | 'heic' | null {
  const ascii = (start: number, end: number) => Buffer.from(bytes.subarray(start, end)).toString('latin1');
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (bytes.length >= 8 && ascii(0, 8) === '\x89PNG\r\n\x1a\n') return 'png';
  if (bytes.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  if (bytes.length >= 6 && (ascii(0, 6) === 'GIF87a' || ascii(0, 6) === 'GIF89a')) return 'gif';
  if (bytes.length >= 12 && ascii(4, 8) === 'ftyp' && /^(heic|heix|hevc|hevx|heim|heis|mif1|msf1)$/.test(ascii(8, 12))) return 'heic';
  return null;
}

export interface ProcessedPhoto {
  /** Square WebP renditions by size, upright, without any metadata. */
  renditions: Record<PhotoSize, Buffer>;
  source: { format: PhotoFormat; width: number; height: number };
}

const tooManyPixels = () =>
  UserError.of('PHOTO_TOO_MANY_PIXELS', `The photo has more than ${MAX_PHOTO_PIXELS / 1_000_000} million pixels. Choose a smaller one.`, 'file');

/** sharp refuses an over-large canvas from the header ("exceeds pixel limit"); anything else it cannot decode is damaged. */
const decodingError = (error: unknown) =>
  /pixel limit/i.test(String((error as Error)?.message))
    ? tooManyPixels()
    : UserError.of('PHOTO_UNREADABLE', 'The photo could not be read. It may be damaged; try another one.', 'file');

const unsupported = () =>
  UserError.of('PHOTO_UNSUPPORTED', 'Upload a JPEG, PNG, WebP or GIF image. (HEIC photos from an iPhone: choose "Most Compatible" or export as JPEG.)', 'file');

/**
 * Checks an uploaded image and makes the stored renditions: turned upright by its EXIF orientation,
 * cropped to a square around the middle, resized, encoded as WebP with every piece of metadata
 * dropped (EXIF with GPS position, camera serials, XMP, ICC — colours are converted to sRGB first).
 * An animated GIF or WebP keeps its first frame.
 */
export async function processPhoto(bytes: Buffer): Promise<{ photo: ProcessedPhoto } | { error: UserError }> {
  if (bytes.length > MAX_PHOTO_BYTES) {
    return { error: UserError.of('PHOTO_TOO_LARGE', `The photo is larger than ${MAX_PHOTO_BYTES / 1024 / 1024} MB. Choose a smaller one.`, 'file') };
  }
  if (bytes.length === 0) return { error: UserError.of('VALIDATION', 'Choose a photo to upload.', 'file') };
  const format = detectPhotoFormat(bytes);
  if (format === null || format === 'heic') return { error: unsupported() };
  const input = () => sharp(bytes, { limitInputPixels: MAX_PHOTO_PIXELS, failOn: 'error', pages: 1, page: 0 });
  let metadata: sharp.Metadata;
  try {
    metadata = await input().metadata();
  } catch (error) {
    return { error: decodingError(error) };
  }
  // The decoder must agree with the magic bytes: a PNG header glued onto something else is refused.
  if (metadata.format !== format) return { error: unsupported() };
  const width = metadata.width ?? 0;
  const height = metadata.pageHeight ?? metadata.height ?? 0;
  if (width * height > MAX_PHOTO_PIXELS) return { error: tooManyPixels() };
  if (width < 1 || height < 1) return { error: unsupported() };
  try {
    const renditions = await inProcessingSlot(async () => {
      // Decoded once (JPEG shrinks while decoding), to uncompressed sRGB pixels; both sizes come from those.
      const { data, info } = await input().autoOrient().resize(512, 512, { fit: 'cover', position: 'centre' }).raw().toBuffer({ resolveWithObject: true });
      const square = () => sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } });
      const [large, thumbnail] = await Promise.all([
        square().webp({ quality: 82, effort: 4 }).toBuffer(),
        square().resize(128, 128).webp({ quality: 78, effort: 4 }).toBuffer(),
      ]);
      return { 512: large, 128: thumbnail };
    });
    return { photo: { renditions, source: { format, width, height } } };
  } catch (error) {
    return { error: decodingError(error) };
  }
}

/** Large photos take a lot of memory while decoded: at most this many are decoded at once per process. */
const MAX_CONCURRENT_DECODES = 2;
let decoding = 0;
const waitingForSlot: (() => void)[] = [];

async function inProcessingSlot<T>(work: () => Promise<T>): Promise<T> {
  if (decoding < MAX_CONCURRENT_DECODES) decoding += 1;
  else await new Promise<void>((resolve) => waitingForSlot.push(resolve)); // a finishing decode hands its slot over
  try {
    return await work();
  } finally {
    const next = waitingForSlot.shift();
    if (next) next();
    else decoding -= 1;
  }
}
