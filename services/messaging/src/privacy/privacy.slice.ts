import { privacySlice } from '@kizuna/subgraph';

/** The messaging service's part of a person's data download, and its erasure when their account is deleted. */
export const messagingPrivacy = privacySlice({
  service: 'messaging',
  description: "The person's conversations, read positions, rooms, messages sent and reactions, in every network of their account.",
  accountMemberships: true,
});
