// GraphQL Code Generator: typed documents for every operation in src/, from the gateway's client
// schema (the supergraph's API schema plus the gateway's subscriptions, written by `npm run compose`).
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: '../gateway/client-schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/graphql/**', '!src/**/*.test.{ts,tsx}'],
  generates: {
    'src/graphql/': {
      preset: 'client',
      // Pages read fragment fields directly; masking would hide them behind useFragment().
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        strictScalars: true,
        scalars: { DateTimeISO: 'string', JSONObject: 'Record<string, unknown>' },
        useTypeImports: true,
        // Only the enums and inputs operations use, not every type of the graph.
        onlyOperationTypes: true,
      },
    },
  },
};

export default config;
