import { privacySlice } from '@kizuna/subgraph';

/** The content service's part of a person's data download, and its erasure when their account is deleted. */
export const contentPrivacy = privacySlice({
  service: 'content',
  description: 'The articles, posts, comments, likes, reports and survey answers of the person, in every network of their account.',
  accountMemberships: true,
});
