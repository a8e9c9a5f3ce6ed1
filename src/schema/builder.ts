import SchemaBuilder from '@pothos/core';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin from '@pothos/plugin-relay';
import type { GatewayContext } from '../context.js';
import { DateTimeScalar, DecimalScalar, JSONScalar } from './scalars.js';

export interface SchemaTypes {
  Context: GatewayContext;
  Scalars: {
    /** Out: Unix seconds from upstream; in: a parsed ISO 8601 string. */
    DateTime: { Input: Date; Output: number };
    Decimal: { Input: string; Output: string };
    JSON: { Input: unknown; Output: unknown };
  };
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
}

/** The builder's resolved types, for refs declared outside a `builder.*` call. */
export type BuilderTypes = PothosSchemaTypes.ExtendDefaultTypes<SchemaTypes>;

/**
 * The one SchemaBuilder. Plugin order matters: errors wraps resolvers before relay builds connections.
 * Domain types live in their own files; this file holds the builder, scalars and root types only.
 */
export const builder = new SchemaBuilder<SchemaTypes>({
  plugins: [ErrorsPlugin, RelayPlugin],
  defaultFieldNullability: false,
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    // Global object identification is not offered: the upstream has no id space spanning types.
    nodeQueryOptions: false,
    nodesQueryOptions: false,
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
    nodesOnConnection: true,
  },
  errors: { defaultTypes: [] },
});

builder.addScalarType('DateTime', DateTimeScalar);
builder.addScalarType('Decimal', DecimalScalar);
builder.addScalarType('JSON', JSONScalar);

builder.queryType({ description: 'Reads of B2B Edition payments.' });
builder.mutationType({ description: 'Writes to B2B Edition payments. Each is sent upstream once and never retried.' });
