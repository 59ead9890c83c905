import { z } from 'zod';

/** Limits on messages, read from the environment at start (a bad value stops the service, naming the setting). */
export const messageSettingsShape = {
  MESSAGE_MAX_CHARACTERS: z.coerce.number().int().min(1).max(100_000).default(4000),
  MESSAGE_RATE_LIMIT: z.coerce.number().int().min(1).default(20),
  MESSAGE_RATE_WINDOW_SECONDS: z.coerce.number().int().min(1).default(10),
};

export type MessageSettings = z.infer<z.ZodObject<typeof messageSettingsShape>>;
