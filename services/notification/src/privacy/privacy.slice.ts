import { privacySlice } from '@kizuna/subgraph';

/** The notification service's part of a person's data download, and its erasure when their account is deleted. */
export const notificationPrivacy = privacySlice({
  service: 'notification',
  description: "The person's notifications, in every network of their account.",
  accountMemberships: true,
});
