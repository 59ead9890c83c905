import { z } from 'zod';
import { ConfigurationError } from '@kizuna/runtime';
import { LocalDiskStorage } from './local-disk-storage';
import type { ObjectStorage } from './object-storage';
import { S3Storage } from './s3-storage';

const optionalText = z
  .string()
  .optional()
  .transform((value) => (value?.trim() ? value.trim() : undefined));
const optionalUrl = z.union([z.literal('').transform(() => undefined), z.url({ protocol: /^https?$/ }).optional()]);

/** The storage settings, read from the environment (see the README of @kizuna/storage). */
export const storageSettings = z
  .object({
    STORAGE_DRIVER: z.enum(['local', 's3']).default('local'),
    STORAGE_DIR: z.string().min(1).default('.kizuna/storage'),
    /** Where the service serves local objects (e.g. `/media` behind the gateway, or `https://app.example/media`). */
    MEDIA_PUBLIC_URL: z
      .string()
      .default('/media')
      .refine((value) => /^\/[^/]/.test(value) || /^https?:\/\//.test(value), 'expected a path starting with / or an http(s) URL'),
    S3_ENDPOINT: optionalUrl,
    S3_REGION: z.string().min(1).default('us-east-1'),
    S3_BUCKET: optionalText,
    S3_ACCESS_KEY_ID: optionalText,
    S3_SECRET_ACCESS_KEY: optionalText,
    S3_FORCE_PATH_STYLE: z
      .enum(['true', 'false', ''])
      .optional()
      .transform((value) => (value === 'true' ? true : value === 'false' ? false : undefined)),
    S3_PUBLIC_URL: optionalUrl,
  })
  .superRefine((settings, context) => {
    if (settings.STORAGE_DRIVER !== 's3') return;
    if (!settings.S3_BUCKET) context.addIssue({ code: 'custom', path: ['S3_BUCKET'], message: 'the bucket is required with STORAGE_DRIVER=s3' });
    if (Boolean(settings.S3_ACCESS_KEY_ID) !== Boolean(settings.S3_SECRET_ACCESS_KEY)) {
      const missing = settings.S3_ACCESS_KEY_ID ? 'S3_SECRET_ACCESS_KEY' : 'S3_ACCESS_KEY_ID';
      context.addIssue({
        code: 'custom',
        path: [missing],
        message: "set both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or neither (the SDK's default credentials)",
      });
    }
  });

export type StorageSettings = z.infer<typeof storageSettings>;

export interface ConfiguredStorage {
  storage: ObjectStorage;
  settings: StorageSettings;
  /** Whether objects must be served by the service itself (local disk) rather than by the store. */
  servedByService: boolean;
}

/** Reads and validates the storage settings; problems name the setting (ConfigurationError). */
export function readStorageSettings(env: NodeJS.ProcessEnv = process.env): StorageSettings {
  const result = storageSettings.safeParse(env);
  if (result.success) return result.data;
  throw new ConfigurationError(
    result.error.issues.map((issue) => {
      const name = issue.path.join('.');
      const value = env[name];
      return value === undefined || value === '' ? `${name} is required (${issue.message})` : `${name} is invalid: ${issue.message}`;
    }),
  );
}

/** Builds the store that STORAGE_DRIVER names: `local` (default) or `s3`. */
export function storageFromSettings(env: NodeJS.ProcessEnv = process.env): ConfiguredStorage {
  const settings = readStorageSettings(env);
  if (settings.STORAGE_DRIVER === 'local') {
    return { storage: new LocalDiskStorage(settings.STORAGE_DIR, settings.MEDIA_PUBLIC_URL), settings, servedByService: true };
  }
  const storage = new S3Storage({
    bucket: settings.S3_BUCKET!,
    region: settings.S3_REGION,
    endpoint: settings.S3_ENDPOINT,
    forcePathStyle: settings.S3_FORCE_PATH_STYLE ?? Boolean(settings.S3_ENDPOINT),
    credentials:
      settings.S3_ACCESS_KEY_ID && settings.S3_SECRET_ACCESS_KEY
        ? { accessKeyId: settings.S3_ACCESS_KEY_ID, secretAccessKey: settings.S3_SECRET_ACCESS_KEY }
        : undefined,
    publicUrl: settings.S3_PUBLIC_URL,
  });
  return { storage, settings, servedByService: false };
}
