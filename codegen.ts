import type { CodegenConfig } from '@graphql-codegen/cli';
import { CLIENT_SCALARS } from './schema/codegen-scalars.js';

/** How the typed test documents are generated, for the subgraph and for the test supergraph alike. */
const typedOperations = {
  preset: 'client',
  presetConfig: { fragmentMasking: false },
  config: {
    useTypeImports: true,
    enumsAsTypes: true,
    scalars: {
      ...CLIENT_SCALARS,
      // An entity representation sent to `_entities`: its typename and key fields.
      _Any: '{ __typename: string; [keyField: string]: unknown }',
    },
  },
} as const;

/**
 * `npm run codegen` prints the subgraph SDL built in code to `schema/schema.graphql` and types the
 * operations the tests send: to the subgraph (`test/operations/*.graphql` into `test/gql/`) and through
 * the test supergraph's gateway (`test/operations/supergraph/` into `test/gql-supergraph/`, typed against
 * the composed API schema, so a composition error fails here too). `npm run schema:check` fails on drift.
 */
const config: CodegenConfig = {
  emitLegacyCommonJSImports: false,
  generates: {
    'schema/schema.graphql': {
      schema: './src/schema/index.ts',
      plugins: ['./scripts/codegen-subgraph-sdl.ts'],
    },
    'test/gql/': {
      schema: './src/schema/index.ts',
      documents: ['test/operations/*.graphql'],
      ...typedOperations,
      // persisted-documents.json: the trusted documents the tests run in trusted-documents mode.
      presetConfig: { ...typedOperations.presetConfig, persistedDocuments: true },
    },
    'test/gql-supergraph/': {
      schema: './test/support/supergraph-schema.ts',
      documents: ['test/operations/supergraph/*.graphql'],
      ...typedOperations,
    },
  },
};

export default config;
