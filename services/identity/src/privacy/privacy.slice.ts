import { privacySlice } from '@kizuna/subgraph';

/**
 * Everything Kizuna holds about the signed-in person, one field per service: identity owns the
 * `PersonalData` type and answers its own part; each other subgraph adds the field for the data it owns.
 * identity erases as part of the deletion itself (`PrivacyService.deleteAccount`), so it has no erasure consumer.
 */
export const identityPrivacy = privacySlice({
  service: 'identity',
  description: 'The account, its memberships in every network, registration answers, linked logins, sessions and audit entries about it.',
  typeDescription: 'Everything Kizuna holds about the signed-in person (a data download), one part per service.',
});
