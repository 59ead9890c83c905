import { z } from 'zod';
import { defineEvent } from '../contract';

export const ProfileUpdated = defineEvent({
  type: 'kizuna.directory.profile.updated.v1',
  topic: 'kizuna.directory.profile',
  source: 'kizuna/directory',
  description: 'A member changed their directory profile; changedFields names the profile fields that changed (e.g. displayName, headline).',
  schema: z.object({
    membershipId: z.uuid(),
    networkId: z.uuid(),
    changedFields: z.array(z.string().min(1)).min(1),
    updatedAt: z.iso.datetime({ offset: true }),
  }),
  subject: (data) => data.membershipId,
});

export const directoryEvents = [ProfileUpdated];
