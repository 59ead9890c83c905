import crmJa from './crm.ja.json';
import accountJa from './account.ja.json';
import credentialsJa from './credentials.ja.json';
import directoryJa from './directory.ja.json';
import ja from './ja.json';
import socialJa from './social.ja.json';
import registrationJa from './registration.ja.json';
import rolesJa from './roles.ja.json';
import sessionsJa from './sessions.ja.json';
import privacyJa from './privacy.ja.json';
import companiesJa from './companies.ja.json';
import profilesJa from './profiles.ja.json';
import importsJa from './imports.ja.json';
import photosJa from './photos.ja.json';
import messagingJa from './messaging.ja.json';
import messagingAdminJa from './messagingAdmin.ja.json';
import feedJa from './feed.ja.json';
import surveysJa from './surveys.ja.json';
import articlesJa from './articles.ja.json';

/** Every Japanese string of the app, merged into the one `translation` namespace (see index.ts). */
const translation = {
  ...ja,
  ...directoryJa,
  ...rolesJa,
  ...accountJa,
  ...credentialsJa,
  ...registrationJa,
  ...socialJa,
  ...sessionsJa,
  ...privacyJa,
  ...companiesJa,
  ...profilesJa,
  ...photosJa,
  ...importsJa,
  ...crmJa,
  ...messagingJa,
  ...messagingAdminJa,
  ...feedJa,
  ...surveysJa,
  ...articlesJa,
  userErrors: {
    ...ja.userErrors,
    ...messagingJa.messaging.userErrors,
    ...credentialsJa.credentials.userErrors,
    ...registrationJa.registration.userErrors,
    ...socialJa.social.userErrors,
    ...sessionsJa.sessions.userErrors,
    ...rolesJa.roles.userErrors,
    ...privacyJa.privacy.userErrors,
  },
};

export default translation;
