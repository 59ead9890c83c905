// Flat ESLint config for the web client. Besides the usual TypeScript rules it guards the
// boundary: the client imports no server code — no `@kizuna/*` workspace package (the browser
// tests alone may use the `@kizuna/testing` harness) and nothing from ../services, ../libs or ../gateway.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

const serverCode = {
  regex: '^(\\.\\./)+(services|libs|gateway)(/|$)',
  message: 'The web client must not import server code; talk to the gateway over GraphQL instead.',
};
const kizunaPackages = (allowed) => ({
  regex: allowed ? `^@kizuna/(?!(${allowed.join('|')})$)` : '^@kizuna/',
  message: 'The web client must not import @kizuna/* server packages.',
});

export default defineConfig(
  { ignores: ['dist/**', 'dev-dist/**', 'node_modules/**', 'coverage/**', 'src/graphql/**'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      'no-restricted-imports': ['error', { patterns: [kizunaPackages(), serverCode] }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['e2e/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [kizunaPackages(['testing']), serverCode] }],
    },
  },
  {
    // The web bench starts the system as `npm start` does.
    files: ['bench/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [kizunaPackages(['stack', 'testing']), serverCode] }],
    },
  },
  {
    // Node-side scripts and configs.
    files: ['scripts/**/*.mjs', '*.config.{js,ts}'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly' },
    },
  },
  // Layout is Prettier's (npm run format); no lint rule argues with it.
  prettier,
);
