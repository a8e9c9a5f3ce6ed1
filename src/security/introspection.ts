import { GraphQLError, type ValidationRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Refuses `__schema` and `__type` (as graphql's NoSchemaIntrospectionCustomRule does) with a stable
 * code; `__typename` stays allowed, clients need it. Used when INTROSPECTION_ENABLED is false.
 */
export function useIntrospectionDisabled(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(noSchemaIntrospection);
    },
  };
}

/** The two ways into the schema's description; every other introspection type is reached through them. */
const INTROSPECTION_ENTRY_FIELDS = new Set(['__schema', '__type']);

const noSchemaIntrospection: ValidationRule = (context) => ({
  Field(node) {
    if (INTROSPECTION_ENTRY_FIELDS.has(node.name.value)) {
      context.reportError(
        new GraphQLError(`Introspection is disabled on this gateway: "${node.name.value}" is not allowed.`, {
          nodes: node,
          extensions: { code: 'INTROSPECTION_DISABLED' },
        }),
      );
    }
  },
});
