import sharp from 'sharp';
import { UserError } from '@kizuna/subgraph';
import { POST_IMAGE_SIZES, type PostImageSize } from './image-url';

/** The largest file accepted, checked before anything is decoded. */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
/** The most pixels an image may declare (≈ a 50-megapixel camera): a tiny file declaring a huge canvas is refused from its header. */
export const MAX_IMAGE_PIXELS = 50_000_000;

export type ImageFormat = 'jpeg' | 'png' | 'webp' | 'heif';

/** The image type by its first bytes (the file's claimed type or name is never trusted). */
export function detectImageFormat(bytes: Uint8Array): ImageFormat | null {
  const ascii = (start: number, end: number) => Buffer.from(bytes.subarray(start, end)).toString('latin1');
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (bytes.length >= 8 && ascii(0, 8) === '\x89PNG\r\n\x1a\n') return 'png';
  if (bytes.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  if (bytes.length >= 12 && ascii(4, 8) === 'ftyp' && /^(heic|heix|hevc|hevx|heim|heis|mif1|msf1)$/.test(ascii(8, 12))) return 'heif';
  return null;
}

export interface ProcessedImage {
  /** WebP renditions that fit inside each size, upright, without any metadata. */
  renditions: Record<PostImageSize, Buffer>;
  /** The largest rendition's dimensions (the others keep its proportions). */
  width: number;
  height: number;
}

export const imageTooLarge = () =>
  UserError.of('IMAGE_TOO_LARGE', `The image is larger than ${MAX_IMAGE_BYTES / 1024 / 1024} MB. Choose a smaller one.`, 'file');
const tooManyPixels = () =>
  UserError.of('IMAGE_TOO_MANY_PIXELS', `The image has more than ${MAX_IMAGE_PIXELS / 1_000_000} million pixels. Choose a smaller one.`, 'file');
const unsupported = (heif = false) =>
  UserError.of(
    'IMAGE_UNSUPPORTED',
    heif
      ? 'This HEIC photo cannot be read here. On an iPhone choose "Most Compatible" in the camera settings, or share it as JPEG.'
      : 'Upload a JPEG, PNG, WebP or HEIC image.',
    'file',
  );
/** sharp refuses an over-large canvas from the header ("exceeds pixel limit"); anything else it cannot decode is damaged. */
const decodingError = (error: unknown) =>
  /pixel limit/i.test(String((error as Error)?.message))
    ? tooManyPixels()
    : UserError.of('IMAGE_UNREADABLE', 'The image could not be read. It may be damaged; try another one.', 'file');

/**
 * Checks an uploaded image and makes the stored renditions, as profile photos are made: turned
 * upright by its EXIF orientation, resized to fit inside each size (never enlarged, never cropped:
 * a post shows the whole picture), WebP with every piece of metadata dropped (EXIF with the GPS
 * position, XMP, ICC — colours converted to sRGB). HEIC is taken when this build of sharp decodes it.
 */
export async function processImage(bytes: Buffer): Promise<{ image: ProcessedImage } | { error: UserError }> {
  if (bytes.length > MAX_IMAGE_BYTES) return { error: imageTooLarge() };
  if (bytes.length === 0) return { error: UserError.of('VALIDATION', 'Choose an image to upload.', 'file') };
  const format = detectImageFormat(bytes);
  if (format === null) return { error: unsupported() };
  const input = () => sharp(bytes, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'error', pages: 1, page: 0 });
  let metadata: sharp.Metadata;
  try {
    metadata = await input().metadata();
  } catch (error) {
    return { error: format === 'heif' ? unsupported(true) : decodingError(error) };
  }
  // The decoder must agree with the magic bytes: a PNG header glued onto something else is refused.
  if (metadata.format !== format) return { error: unsupported(format === 'heif') };
  const width = metadata.width ?? 0;
  const height = metadata.pageHeight ?? metadata.height ?? 0;
  if (width * height > MAX_IMAGE_PIXELS) return { error: tooManyPixels() };
  if (width < 1 || height < 1) return { error: unsupported() };
  try {
    const made = await inProcessingSlot(async () => {
      const [largest] = POST_IMAGE_SIZES;
      // Decoded once, to upright sRGB pixels at the largest size; the smaller sizes come from those.
      const { data, info } = await input()
        .autoOrient()
        .resize(largest, largest, { fit: 'inside', withoutEnlargement: true })
        .raw()
        .toBuffer({ resolveWithObject: true });
      const pixels = () => sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } });
      const encoded = await Promise.all(
        POST_IMAGE_SIZES.map((size) =>
          (size === largest ? pixels() : pixels().resize(size, size, { fit: 'inside', withoutEnlargement: true })).webp({ quality: 82, effort: 4 }).toBuffer(),
        ),
      );
      return {
        renditions: Object.fromEntries(POST_IMAGE_SIZES.map((size, index) => [size, encoded[index]])) as Record<PostImageSize, Buffer>,
        width: info.width,
        height: info.height,
      };
    });
    return { image: made };
  } catch (error) {
    return { error: decodingError(error) };
  }
}

/** Large images take a lot of memory while decoded: at most this many are decoded at once per process. */
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
