/**
 * How the custom scalars of schema.graphql arrive in a client, as graphql-codegen's `scalars` setting: the
 * repository's codegen.ts and examples/typed-client both use it, and a frontend can import or copy it.
 * Money amounts are exact decimal strings (`"156.5300"`): keep them as strings, or parse them with a
 * decimal library, never with `Number`. Times are ISO 8601 strings.
 */
export const CLIENT_SCALARS = {
  DateTime: 'string',
  Decimal: 'string',
  JSON: 'unknown',
} as const;
