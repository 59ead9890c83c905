// Two kinds of tests. Browser tests (e2e/*.browser-spec.ts) start the whole stack (database,
// topics, services, gateway, `vite preview`) and drive the built client in the system Chromium, so
// they need long timeouts. Component tests (src/**/*.test.ts(x)) render components in jsdom, their
// GraphQL answered by a real urql Client whose exchange replies from the test (src/test/).
import preset from '../jest.preset.js';

const swcForReact = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

export default {
  // Jest reads the timeout from the top level only, not per project: the browser tests need it long.
  testTimeout: 180_000,
  projects: [
    {
      ...preset,
      displayName: 'web',
      rootDir: '.',
      testMatch: ['<rootDir>/e2e/**/*.browser-spec.ts'],
    },
    {
      displayName: 'web-components',
      rootDir: '.',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/src/**/*.test.{ts,tsx}'],
      transform: { '^.+\\.(t|j)sx?$': swcForReact },
      moduleNameMapper: { '\\.css$': '<rootDir>/src/test/style-stub.ts' },
      setupFilesAfterEnv: ['<rootDir>/src/test/setup.ts'],
    },
  ],
};
