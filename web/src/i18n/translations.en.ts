import accountEn from './account.en.json';
import crmEn from './crm.en.json';
import credentialsEn from './credentials.en.json';
import directoryEn from './directory.en.json';
import en from './en.json';
import socialEn from './social.en.json';
import registrationEn from './registration.en.json';
import rolesEn from './roles.en.json';
import sessionsEn from './sessions.en.json';
import privacyEn from './privacy.en.json';
import companiesEn from './companies.en.json';
import profilesEn from './profiles.en.json';
import photosEn from './photos.en.json';
import importsEn from './imports.en.json';
import messagingEn from './messaging.en.json';
import messagingAdminEn from './messagingAdmin.en.json';
import feedEn from './feed.en.json';
import surveysEn from './surveys.en.json';
import articlesEn from './articles.en.json';

/** Every English string of the app, merged into the one `translation` namespace (see index.ts). */
const translation = {
  ...en,
  ...directoryEn,
  ...rolesEn,
  ...accountEn,
  ...credentialsEn,
  ...registrationEn,
  ...socialEn,
  ...sessionsEn,
  ...privacyEn,
  ...companiesEn,
  ...profilesEn,
  ...photosEn,
  ...importsEn,
  ...crmEn,
  ...messagingEn,
  ...messagingAdminEn,
  ...feedEn,
  ...surveysEn,
  ...articlesEn,
  userErrors: {
    ...en.userErrors,
    ...messagingEn.messaging.userErrors,
    ...credentialsEn.credentials.userErrors,
    ...registrationEn.registration.userErrors,
    ...socialEn.social.userErrors,
    ...sessionsEn.sessions.userErrors,
    ...rolesEn.roles.userErrors,
    ...privacyEn.privacy.userErrors,
  },
};

export default translation;
