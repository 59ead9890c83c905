// Lint for the server side (libs, services, gateway, infra). web/ has its own config.
import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

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
  // Module boundaries by the Nx project tags in each package.json ("nx": { "tags": [...] }): libs/ is shared code and
  // uses only libs/; a service uses libs/ only, never another service, the gateway or the web client; the gateway talks
  // to services over GraphQL and events, never by import. Importing another project by a relative path is refused too.
  {
    files: ['**/*.ts'],
    plugins: { '@nx': nx },
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'type:lib', onlyDependOnLibsWithTags: ['type:lib'] },
            { sourceTag: 'type:service', onlyDependOnLibsWithTags: ['type:lib'] },
            { sourceTag: 'type:gateway', onlyDependOnLibsWithTags: ['type:lib'] },
            { sourceTag: 'type:web', onlyDependOnLibsWithTags: ['type:lib'] },
          ],
        },
      ],
    },
  },
  // Type-aware rules that catch real bugs: a promise nobody awaits (its failure is lost, its effect races the
  // response), a promise where a plain value is expected (`if (promise)`, an async express handler), awaiting what is
  // not a promise, and assertions that assert nothing.
  {
    files: ['libs/**/*.ts', 'services/**/*.ts', 'gateway/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
      '@typescript-eslint/no-for-in-array': 'error',
      '@typescript-eslint/only-throw-error': 'error',
    },
  },
  // Outside every tsconfig: linted without types.
  { files: ['libs/events/bench/**/*.ts', 'gateway/bench/hive-gateway.main.ts'], ...tseslint.configs.disableTypeChecked },
  // Layout is Prettier's (npm run format); no lint rule argues with it.
  prettier,
);
