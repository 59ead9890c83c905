import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  NoSuchKey,
  NotFound,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { assertValidKey, joinUrl, UnsatisfiableRangeError, type ByteRange, type ObjectInfo, type ObjectStorage, type StoredObject } from './object-storage';

export interface S3StorageOptions {
  bucket: string;
  region: string;
  /** An S3-compatible store's endpoint (MinIO, R2, …); omitted: AWS. */
  endpoint?: string;
  /** Path-style addressing (`endpoint/bucket/key`), which most S3-compatible stores need. */
  forcePathStyle?: boolean;
  /** Omitted: the SDK's default chain (environment, instance role, …). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
  /** The bucket's public address (a CDN or a public bucket URL); omitted: `url` signs a GET. */
  publicUrl?: string;
}

const DAY_SECONDS = 24 * 60 * 60;

/** S3 says "no such object" as NoSuchKey (GET), NotFound (HEAD, which has no body) or a bare 404. */
const isMissing = (error: unknown) =>
  error instanceof NoSuchKey || error instanceof NotFound || (error instanceof S3ServiceException && error.$metadata.httpStatusCode === 404);

/** Objects in an S3 bucket (AWS, or any S3-compatible store through `endpoint` + `forcePathStyle`). */
export class S3Storage implements ObjectStorage {
  readonly client: S3Client;

  constructor(private readonly options: S3StorageOptions) {
    this.client = new S3Client({
      region: options.region,
      endpoint: options.endpoint,
      forcePathStyle: options.forcePathStyle ?? Boolean(options.endpoint),
      credentials: options.credentials,
      // Checksums only when the operation requires them: several S3-compatible stores reject the newer default trailers.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  async put(key: string, bytes: Uint8Array, contentType: string): Promise<void> {
    assertValidKey(key);
    // A PUT replaces the object whole: S3 never shows a partly written object.
    await this.client.send(
      new PutObjectCommand({ Bucket: this.options.bucket, Key: key, Body: bytes, ContentType: contentType, ContentLength: bytes.byteLength }),
    );
  }

  async putFile(key: string, path: string, contentType: string): Promise<void> {
    assertValidKey(key);
    const { size } = await stat(path);
    // A single PUT streams the file (S3 takes up to 5 GB so); the length is known, so nothing is buffered.
    await this.client.send(
      new PutObjectCommand({ Bucket: this.options.bucket, Key: key, Body: createReadStream(path), ContentType: contentType, ContentLength: size }),
    );
  }

  async get(key: string, range?: ByteRange): Promise<StoredObject | null> {
    assertValidKey(key);
    if (range && (range.start < 0 || range.start > range.end)) throw new UnsatisfiableRangeError(key, range);
    try {
      const response = await this.client.send(
        new GetObjectCommand({ Bucket: this.options.bucket, Key: key, Range: range ? `bytes=${range.start}-${range.end}` : undefined }),
      );
      const body = response.Body;
      if (!body) return null;
      // A ranged answer's Content-Length is the range's; the whole size follows the slash of Content-Range.
      const total = range ? Number(/\/(\d+)$/.exec(response.ContentRange ?? '')?.[1]) : Number.NaN;
      return {
        body: body instanceof Readable ? body : Readable.from(await body.transformToByteArray()),
        contentType: response.ContentType ?? 'application/octet-stream',
        size: Number.isFinite(total) ? total : (response.ContentLength ?? 0),
      };
    } catch (error) {
      if (range && error instanceof S3ServiceException && error.$metadata.httpStatusCode === 416) throw new UnsatisfiableRangeError(key, range);
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async head(key: string): Promise<ObjectInfo | null> {
    assertValidKey(key);
    try {
      const response = await this.client.send(new HeadObjectCommand({ Bucket: this.options.bucket, Key: key }));
      return { contentType: response.ContentType ?? 'application/octet-stream', size: response.ContentLength ?? 0 };
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    assertValidKey(key);
    // S3 answers a delete of a missing key with success too.
    await this.client.send(new DeleteObjectCommand({ Bucket: this.options.bucket, Key: key }));
  }

  async url(key: string): Promise<string> {
    const url = this.publicUrl(key);
    if (url !== null) return url;
    // Signed at the start of the UTC day and valid for two: the same URL all day long (browsers
    // and proxies can cache it), and always at least one more day of validity.
    const now = Math.floor(Date.now() / 1000);
    const signingDate = new Date((now - (now % DAY_SECONDS)) * 1000);
    return getSignedUrl(this.client, new GetObjectCommand({ Bucket: this.options.bucket, Key: key }), { expiresIn: 2 * DAY_SECONDS, signingDate });
  }

  publicUrl(key: string): string | null {
    assertValidKey(key);
    return this.options.publicUrl ? joinUrl(this.options.publicUrl, key) : null;
  }

  close(): void {
    this.client.destroy();
  }
}
