import type { GraphQLSchema } from 'graphql';

/**
 * What the federation fields and types are for, in the schema's own descriptions: Apollo's definitions
 * carry none, and GraphiQL lists `_entities` and `_service` first among the queries.
 */
const DESCRIPTIONS = {
  fields: {
    _entities:
      'Federation plumbing, for a supergraph gateway: resolves `Payment`, `Invoice` and `Company` references ' +
      'from their keys. Clients query `payment` and `payments` instead.',
    _service:
      'Federation plumbing, for a supergraph gateway: this subgraph’s SDL (`_service { sdl }`), read when the ' +
      'supergraph is composed. Not for clients.',
  },
  types: {
    _Entity: 'Federation plumbing: the types `_entities` can return.',
    _Any: 'Federation plumbing: an entity reference, its `__typename` and key fields.',
    _Service: 'Federation plumbing: what `_service` answers.',
  },
} as const;

/** Describes the federation plumbing of a subgraph schema, in place; returns the same schema. */
export function describeFederationPlumbing(schema: GraphQLSchema): GraphQLSchema {
  const queryFields = schema.getQueryType()?.getFields() ?? {};
  for (const [name, description] of Object.entries(DESCRIPTIONS.fields)) {
    const field = queryFields[name];
    if (field) field.description = description;
  }
  for (const [name, description] of Object.entries(DESCRIPTIONS.types)) {
    const type = schema.getType(name);
    if (type) type.description = description;
  }
  return schema;
}
