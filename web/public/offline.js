/* global document, location, localStorage, navigator, addEventListener, URLSearchParams */
// The offline page in the user's language, chosen as the app chooses it (src/i18n/index.ts): ?lang=,
// then the language picked in the app, then the browser's first Japanese or English one.
const storedChoice = () => {
  try {
    return localStorage.getItem('kizuna.language');
  } catch {
    return null; // storage disabled: the browser's languages decide
  }
};
const preferred = [new URLSearchParams(location.search).get('lang'), storedChoice(), ...navigator.languages]
  .map((tag) => tag?.slice(0, 2).toLowerCase())
  .find((tag) => tag === 'ja' || tag === 'en');
const language = preferred ?? 'en';

document.documentElement.lang = language;
document.title = language === 'ja' ? 'オフライン — 絆 Kizuna' : 'Offline — Kizuna';
for (const section of document.querySelectorAll('[data-language]')) section.hidden = section.getAttribute('data-language') !== language;
// Back online: open the page the user was opening.
addEventListener('online', () => location.reload());
