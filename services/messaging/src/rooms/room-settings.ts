import { z } from 'zod';

/** Talk room limits, read at start (a bad value stops the service, naming the setting). */
export const roomSettingsShape = {
  /** Most members one room may have: joining a full room is LIMIT_EXCEEDED. */
  ROOM_MAX_MEMBERS: z.coerce.number().int().min(2).max(1_000_000).default(5000),
};

export type RoomSettings = z.infer<z.ZodObject<typeof roomSettingsShape>>;
