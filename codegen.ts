import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * `npm run codegen` prints the schema built in code to `schema/schema.graphql` and types the operations
 * the tests send (`test/operations/*.graphql`) into `test/gql/`; `npm run schema:check` fails on drift.
 */
const config: CodegenConfig = {
  schema: './src/schema/index.ts',
  documents: ['test/operations/**/*.graphql'],
  emitLegacyCommonJSImports: false,
  generates: {
    'schema/schema.graphql': {
      plugins: ['schema-ast'],
      config: { includeDirectives: true, sort: false },
    },
    'test/gql/': {
      preset: 'client',
      // persisted-documents.json: the trusted documents the tests run in trusted-documents mode.
      presetConfig: { fragmentMasking: false, persistedDocuments: true },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string', Decimal: 'string', JSON: 'unknown' },
      },
    },
  },
};

export default config;
