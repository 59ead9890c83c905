// Browser tests: they start the whole stack (database, topics, services, gateway, `vite preview`)
// and drive the built web client in the system Chromium, so they need long timeouts.
import preset from '../jest.preset.js';

export default {
  ...preset,
  displayName: 'web',
  rootDir: '.',
  testMatch: ['<rootDir>/e2e/**/*.browser-spec.ts'],
  testTimeout: 180_000,
};
