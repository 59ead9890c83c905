import { privacySlice } from '@kizuna/subgraph';

/** The recruitment service's part of a person's data download, and its erasure when their account is deleted. */
export const recruitmentPrivacy = privacySlice({
  service: 'recruitment',
  description: 'The recruitment posts the person made, in every network of their account.',
  accountMemberships: true,
});
