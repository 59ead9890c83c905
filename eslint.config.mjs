// Lint for the server side (libs, services, gateway, infra). web/ has its own config.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const otherServices = (self) =>
  ['identity', 'directory', 'messaging', 'content', 'recruitment', 'notification']
    .filter((name) => name !== self)
    .flatMap((name) => [`@kizuna/service-${name}`, `@kizuna/service-${name}/*`, `**/services/${name}/**`]);

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'web/**', '.kizuna/**', '**/*.js', '**/*.mjs', '**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  // Module boundaries: a service may use libs/ but never another service; libs never use services or the gateway.
  ...['identity', 'directory', 'messaging', 'content', 'recruitment', 'notification'].map((service) => ({
    files: [`services/${service}/**/*.ts`],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: [...otherServices(service), '@kizuna/gateway', '**/gateway/**', '**/web/**'], message: 'A service imports libs/ only, never another service, the gateway or the web client.' }] }],
    },
  })),
  {
    files: ['libs/**/*.ts'],
    ignores: ['libs/testing/**', 'libs/stack/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@kizuna/service-*', '**/services/**', '@kizuna/gateway', '**/gateway/**', '**/web/**'], message: 'libs/ is shared code: it never imports a service, the gateway or the web client.' }] }],
    },
  },
  {
    files: ['gateway/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@kizuna/service-*', '**/services/*/src/**', '**/web/**'], message: 'The gateway talks to services over GraphQL and events, never by import.' }] }],
    },
  },
);
