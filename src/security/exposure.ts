import { GraphQLError, type ValidationRule } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';

/** What the gateway shows about itself; both off by default when NODE_ENV=production. */
export interface Exposure {
  graphiql: boolean;
  /** `__schema`, `__type`, federation's `_service` and "Did you mean" suggestions. */
  introspection: boolean;
}

/**
 * Keeps the schema's shape to itself when INTROSPECTION_ENABLED is false: refuses `__schema`, `__type` (as
 * graphql's NoSchemaIntrospectionCustomRule does) and federation's `{ _service { sdl } }`, which prints the
 * whole schema, with a stable code; `__typename` stays allowed, clients need it. Drops the suggestions
 * graphql-js adds to its errors ('Did you mean "payments"?'), which spell out field, type and enum names.
 */
export function useSchemaHidden(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(noSchemaIntrospection);
    },
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result) || isAsyncIterable(result) || !result.errors?.some(suggests)) return;
      setResult({ ...result, errors: result.errors.map(withoutSuggestions) });
    },
  };
}

/** The ways into the schema's description; every other introspection type is reached through them. */
const SCHEMA_ENTRY_FIELDS = new Set(['__schema', '__type', '_service']);

const noSchemaIntrospection: ValidationRule = (context) => ({
  Field(node) {
    const name = node.name.value;
    // `_service` is federation's on the query root only; the other two are valid anywhere.
    const onQueryRoot = context.getParentType() === context.getSchema().getQueryType();
    if (!SCHEMA_ENTRY_FIELDS.has(name) || (name === '_service' && !onQueryRoot)) return;
    context.reportError(
      new GraphQLError(`Introspection is disabled on this gateway: "${name}" is not allowed.`, {
        nodes: node,
        extensions: { code: 'INTROSPECTION_DISABLED' },
      }),
    );
  },
});

/** graphql-js ends a message with its suggestions: 'Did you mean "a" or "b"?', 'Did you mean the enum value "A"?'. */
const SUGGESTION = / ?Did you mean [^?]*\?/g;

function suggests(error: GraphQLError): boolean {
  return error.message.search(SUGGESTION) !== -1;
}

function withoutSuggestions(error: GraphQLError): GraphQLError {
  if (!suggests(error)) return error;
  return new GraphQLError(error.message.replace(SUGGESTION, ''), {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: error.extensions,
  });
}

/**
 * With GraphiQL off, a browser opening the endpoint gets a short page saying so and naming the setting,
 * instead of a CSRF refusal or an empty 406. Only page loads (GET asking for HTML) are answered here.
 */
export function useGraphiQLOffPage(graphqlEndpoint: string): Plugin {
  const page = `<!doctype html><meta charset="utf-8"><title>GraphiQL is off</title>
<p>GraphiQL is off on this gateway (it is off by default when NODE_ENV=production).
Set <code>GRAPHIQL_ENABLED=true</code> to serve it here.
GraphQL clients send their requests to this URL with POST.</p>
`;
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (request.method !== 'GET' || url.pathname !== graphqlEndpoint) return;
      if (!request.headers.get('accept')?.includes('text/html')) return;
      const headers = { 'content-type': 'text/html; charset=utf-8' };
      endResponse(new fetchAPI.Response(page, { status: 406, headers }));
    },
  };
}
