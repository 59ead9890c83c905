import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import accountEn from './account.en.json';
import crmEn from './crm.en.json';
import crmJa from './crm.ja.json';
import accountJa from './account.ja.json';
import credentialsEn from './credentials.en.json';
import credentialsJa from './credentials.ja.json';
import directoryEn from './directory.en.json';
import directoryJa from './directory.ja.json';
import en from './en.json';
import ja from './ja.json';
import socialEn from './social.en.json';
import socialJa from './social.ja.json';
import registrationEn from './registration.en.json';
import registrationJa from './registration.ja.json';
import rolesEn from './roles.en.json';
import rolesJa from './roles.ja.json';
import sessionsEn from './sessions.en.json';
import sessionsJa from './sessions.ja.json';
import privacyEn from './privacy.en.json';
import privacyJa from './privacy.ja.json';
import companiesEn from './companies.en.json';
import companiesJa from './companies.ja.json';
import profilesEn from './profiles.en.json';
import profilesJa from './profiles.ja.json';
import photosEn from './photos.en.json';
import importsEn from './imports.en.json';
import importsJa from './imports.ja.json';
import photosJa from './photos.ja.json';
import messagingEn from './messaging.en.json';
import messagingJa from './messaging.ja.json';
import messagingAdminEn from './messagingAdmin.en.json';
import messagingAdminJa from './messagingAdmin.ja.json';

export const languages = ['ja', 'en'] as const;
export type Language = (typeof languages)[number];

/** Where the switcher keeps an explicit choice; without one the browser language decides. */
export const LANGUAGE_STORAGE_KEY = 'kizuna.language';

// Each area of the app keeps its strings in its own pair of files (`<area>.en.json`, `<area>.ja.json`,
// one top-level key each); they are merged into the one `translation` namespace here.
export const resources = {
  en: { translation: { ...en, ...directoryEn, ...rolesEn, ...accountEn, ...credentialsEn, ...registrationEn, ...socialEn, ...sessionsEn, ...privacyEn, ...companiesEn, ...profilesEn, ...photosEn, ...importsEn, ...crmEn, ...messagingEn, ...messagingAdminEn, userErrors: { ...en.userErrors, ...messagingEn.messaging.userErrors, ...credentialsEn.credentials.userErrors, ...registrationEn.registration.userErrors, ...socialEn.social.userErrors, ...sessionsEn.sessions.userErrors, ...rolesEn.roles.userErrors, ...privacyEn.privacy.userErrors } } },
  ja: { translation: { ...ja, ...directoryJa, ...rolesJa, ...accountJa, ...credentialsJa, ...registrationJa, ...socialJa, ...sessionsJa, ...privacyJa, ...companiesJa, ...profilesJa, ...photosJa, ...importsJa, ...crmJa, ...messagingJa, ...messagingAdminJa, userErrors: { ...ja.userErrors, ...messagingJa.messaging.userErrors, ...credentialsJa.credentials.userErrors, ...registrationJa.registration.userErrors, ...socialJa.social.userErrors, ...sessionsJa.sessions.userErrors, ...rolesJa.roles.userErrors, ...privacyJa.privacy.userErrors } } },
} as const;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: (typeof resources)['en'];
  }
}

void i18n
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources,
    supportedLngs: languages,
    nonExplicitSupportedLngs: true,
    load: 'languageOnly',
    // Japanese when the browser prefers Japanese, English otherwise.
    fallbackLng: 'en',
    interpolation: { escapeValue: false }, // React escapes.
    initAsync: false, // resources are bundled: ready before the first render
    returnNull: false,
    detection: {
      order: ['querystring', 'localStorage', 'navigator'],
      lookupQuerystring: 'lang',
      lookupLocalStorage: LANGUAGE_STORAGE_KEY,
      // Only an explicit choice in the switcher is remembered (see setLanguage).
      caches: [],
    },
  });

export function currentLanguage(): Language {
  const resolved = i18n.resolvedLanguage ?? i18n.language;
  return resolved?.startsWith('ja') ? 'ja' : 'en';
}

export function setLanguage(language: Language): void {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Private mode or storage disabled: the choice lasts for this page only.
  }
  void i18n.changeLanguage(language);
}

function applyDocumentLanguage(): void {
  document.documentElement.lang = currentLanguage();
}
i18n.on('languageChanged', applyDocumentLanguage);
if (i18n.isInitialized) applyDocumentLanguage();
i18n.on('initialized', applyDocumentLanguage);

export default i18n;
