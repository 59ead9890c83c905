// What jsdom lacks and Mantine asks for; the app's translations, in English.
import i18n from 'i18next';
import { loadLanguage } from '../i18n';

Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  }),
});

class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
window.ResizeObserver ??= NoResizeObserver;
Element.prototype.scrollIntoView ??= () => undefined;

// Mantine in jsdom on a shared machine: a form test takes seconds, not milliseconds.
jest.setTimeout(30_000);

beforeAll(async () => {
  await loadLanguage('en');
  await i18n.changeLanguage('en');
});
