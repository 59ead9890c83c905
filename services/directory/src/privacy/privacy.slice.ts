import { privacySlice } from '@kizuna/subgraph';

/** The directory's part of a person's data download, and its erasure when their account is deleted. Profiles carry their account id. */
export const directoryPrivacy = privacySlice({
  service: 'directory',
  description: "The person's directory profiles, in every network of their account.",
});
