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
  // Findings of the type-aware rules in code whose owners fix them; each entry goes when its file is clean.
  {
    files: ['gateway/src/subscriptions/**/*.ts'],
    rules: { '@typescript-eslint/no-floating-promises': 'off', '@typescript-eslint/no-unnecessary-type-assertion': 'off' },
  },
  {
    files: [
      'libs/stack/src/embedded-postgres.main.ts',
      'libs/stack/src/postgres.ts',
      'libs/stack/src/processes.ts',
      'services/messaging/src/seed/demo-conversations.ts',
    ],
    rules: { '@typescript-eslint/no-floating-promises': 'off', '@typescript-eslint/no-misused-promises': 'off' },
  },
  { files: ['services/directory/src/imports/roster-import.service.ts'], rules: { '@typescript-eslint/only-throw-error': 'off' } },
  {
    files: [
      'gateway/src/demand-control/cost-estimate.ts',
      'gateway/src/http/subgraph-fetcher.ts',
      'gateway/src/rate-limits/gateway-limits.ts',
      'gateway/src/server.ts',
      'libs/events/src/envelope.ts',
      'libs/mail/src/mailbox.ts',
      'libs/testing/src/stack.ts',
      'services/directory/src/activity/activity.service.ts',
      'services/directory/src/exports/export.routes.ts',
      'services/directory/src/exports/member-export.ts',
      'services/directory/src/fields/field.service.ts',
      'services/directory/src/imports/imports.spec.ts',
      'services/directory/src/imports/roster-file.ts',
      'services/directory/src/imports/roster-import.service.ts',
      'services/directory/src/imports/roster-plan.ts',
      'services/directory/src/members/member-selection.ts',
      'services/directory/src/profiles/profile-fields.spec.ts',
      'services/directory/src/profiles/registration-answers.ts',
      'services/directory/src/seed/demo-profiles.spec.ts',
      'services/directory/src/segments/segment.service.ts',
      'services/directory/src/tags/tag-rules.ts',
      'services/directory/src/tags/tag.service.ts',
      'services/directory/test/crm.int-spec.ts',
      'services/directory/test/exports.int-spec.ts',
      'services/directory/test/photos.int-spec.ts',
      'services/identity/src/registration/auto-approval.service.ts',
      'services/identity/src/registration/roster-csv.ts',
      'services/identity/src/social/social.routes.ts',
      'services/identity/test/registration-races.int-spec.ts',
      'services/messaging/src/bulk-messages/bulk-message.service.ts',
      'services/notification/src/notifications/notification.service.ts',
    ],
    rules: { '@typescript-eslint/no-unnecessary-type-assertion': 'off' },
  },
  // Layout is Prettier's (npm run format); no lint rule argues with it.
  prettier,
);
