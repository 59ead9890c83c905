import { z } from 'zod';
import { defineEvent } from '../contract';

/** The standard profile fields a ProfileUpdated snapshot may carry (text, numbers, lists: what a message can quote). */
export const PROFILE_SNAPSHOT_FIELDS = [
  'nameKana',
  'nameRomaji',
  'headline',
  'entryYear',
  'leaveYear',
  'department',
  'employer',
  'jobTitle',
  'industry',
  'location',
  'bio',
  'skills',
  'interests',
  'contactEmail',
  'phone',
] as const;

export const ProfileUpdated = defineEvent({
  type: 'kizuna.directory.profile.updated.v1',
  topic: 'kizuna.directory.profile',
  source: 'kizuna/directory',
  description: 'A member changed their directory profile; changedFields names the profile fields that changed (e.g. displayName, headline).',
  schema: z.object({
    membershipId: z.uuid(),
    networkId: z.uuid(),
    changedFields: z.array(z.string().min(1)).min(1),
    profile: z
      .object({
        displayName: z.string(),
        fields: z.record(z.string(), z.union([z.string(), z.number(), z.array(z.string())])),
      })
      .optional()
      .describe(
        'The profile after the change, as its owner and admins see it: standard fields by name (employer, department, entryYear…) and custom fields as custom.<key>; empty fields left out. Lets other services personalise messages to the member without asking the directory.',
      ),
    networkVisibleFields: z
      .array(z.string().min(1))
      .optional()
      .describe(
        "The snapshot's fields every member of the network may see (the rest only its owner and admins); absent: treat every field as not shown to the network.",
      ),
    updatedAt: z.iso.datetime({ offset: true }),
  }),
  subject: (data) => data.membershipId,
});

export const directoryEvents = [ProfileUpdated];
