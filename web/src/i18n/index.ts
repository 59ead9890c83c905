import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import type english from './translations.en';

export const languages = ['ja', 'en'] as const;
export type Language = (typeof languages)[number];

/** Where the switcher keeps an explicit choice; without one the browser language decides. */
export const LANGUAGE_STORAGE_KEY = 'kizuna.language';

// Each area of the app keeps its strings in its own pair of files (`<area>.en.json`, `<area>.ja.json`,
// one top-level key each), merged per language in translations.<language>.ts. A visitor downloads only
// the language they read: the other is loaded when they switch.
const translations: Record<Language, () => Promise<{ default: object }>> = {
  en: () => import('./translations.en'),
  ja: () => import('./translations.ja'),
};

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof english };
  }
}

void i18n
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources: {},
    partialBundledLanguages: true,
    supportedLngs: languages,
    nonExplicitSupportedLngs: true,
    load: 'languageOnly',
    // Japanese when the browser prefers Japanese, English otherwise.
    fallbackLng: 'en',
    interpolation: { escapeValue: false }, // React escapes.
    initAsync: false, // the language is detected now; its strings arrive through loadLanguage
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

/** Fetches a language's strings once; pages render after the current language's (see i18nReady). */
export async function loadLanguage(language: Language): Promise<void> {
  if (i18n.hasResourceBundle(language, 'translation')) return;
  i18n.addResourceBundle(language, 'translation', (await translations[language]()).default);
}

/** Settles when the strings of the language the visitor reads are in: main.tsx renders then. */
export const i18nReady: Promise<void> = loadLanguage(currentLanguage()).then(async () => {
  await i18n.changeLanguage(currentLanguage());
});

export async function setLanguage(language: Language): Promise<void> {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Private mode or storage disabled: the choice lasts for this page only.
  }
  await loadLanguage(language);
  await i18n.changeLanguage(language);
}

function applyDocumentLanguage(): void {
  document.documentElement.lang = currentLanguage();
}
i18n.on('languageChanged', applyDocumentLanguage);
if (i18n.isInitialized) applyDocumentLanguage();
i18n.on('initialized', applyDocumentLanguage);

export default i18n;
