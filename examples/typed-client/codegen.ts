import type { CodegenConfig } from '@graphql-codegen/cli';
import { CLIENT_SCALARS } from '../../schema/codegen-scalars.js';

/**
 * Types every `graphql(...)` document in src/ against the gateway's committed schema. `strictScalars`
 * fails on a scalar the map does not know, so a new scalar is never typed `unknown` unnoticed.
 */
const config: CodegenConfig = {
  schema: '../../schema/schema.graphql',
  documents: ['src/**/*.ts', '!src/gql/**'],
  emitLegacyCommonJSImports: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      config: { useTypeImports: true, enumsAsTypes: true, strictScalars: true, scalars: CLIENT_SCALARS },
    },
  },
};

export default config;
