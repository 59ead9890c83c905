import { z } from 'zod';

/** Bulk message settings, read at start (a bad value stops the service, naming the setting). */
export const bulkSettingsShape = {
  /** The directory subgraph, asked for a segment's members with the sending admin's own token. */
  DIRECTORY_URL: z.url().default('http://127.0.0.1:4102/graphql'),
  /** Recipients delivered per transaction. */
  BULK_BATCH_SIZE: z.coerce.number().int().min(1).max(5000).default(1000),
  /** How often each instance looks for due bulk messages. */
  BULK_POLL_MS: z.coerce.number().int().min(50).default(1000),
  /** A bulk message whose sender has not reported for this long is taken over by another instance. */
  BULK_STALE_SECONDS: z.coerce.number().int().min(5).default(60),
};

export type BulkSettings = z.infer<z.ZodObject<typeof bulkSettingsShape>>;
