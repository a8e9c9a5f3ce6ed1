import SchemaBuilder from '@pothos/core';
import DirectivePlugin from '@pothos/plugin-directives';
import ErrorsPlugin from '@pothos/plugin-errors';
import FederationPlugin from '@pothos/plugin-federation';
import RelayPlugin from '@pothos/plugin-relay';
import ValidationPlugin from '@pothos/plugin-validation';
import type { GatewayContext } from '../context.js';
import { InvalidInputError, issueProblems } from './failures.js';

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
 * The one SchemaBuilder. Plugin order matters: errors wraps resolvers before relay builds connections, and
 * wraps the validation plugin's argument checks too, so a mutation input that fails them is answered as an
 * InvalidInputError result rather than thrown.
 * Directives is listed before federation because Pothos runs type-config hooks last to first: federation
 * adds `@key`/`@shareable` first, then the directives plugin sees them and writes the AST nodes that
 * `printSubgraphSchema` prints. Federation goes after every plugin that wraps resolvers, as its docs ask.
 * Domain types live in their own folders (payment/, transaction-recording/, federation/); this file holds
 * the builder and its plugins only.
 */
export const builder = new SchemaBuilder<SchemaTypes>({
  plugins: [ErrorsPlugin, ValidationPlugin, RelayPlugin, DirectivePlugin, FederationPlugin],
  defaultFieldNullability: false,
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    // Global object identification is not offered: the upstream has no id space spanning types.
    nodeQueryOptions: false,
    nodesQueryOptions: false,
    // Descriptions of the Relay types and arguments every connection shares.
    pageInfoTypeOptions: {
      description: 'Where a page sits in the whole list (Relay cursor connections).',
      // Other Relay subgraphs of a supergraph define PageInfo too; composition needs each copy shareable.
      shareable: true,
    },
    pageInfoFieldOptions: { description: 'Where this page sits in the whole list.' },
    hasNextPageFieldOptions: { description: 'Whether more items follow this page.' },
    hasPreviousPageFieldOptions: { description: 'Whether items come before this page.' },
    startCursorFieldOptions: { description: 'Cursor of the first item of this page; null when the page is empty.' },
    endCursorFieldOptions: { description: 'Cursor of the last item of this page; null when the page is empty.' },
    firstArgOptions: { description: 'Page size when reading forward, 1–250 (the upstream maximum); default 10.' },
    afterArgOptions: { description: 'Read the items after this cursor (an `endCursor` this API issued).' },
    lastArgOptions: { description: 'Page size when reading backward, 1–250; needs `before`.' },
    beforeArgOptions: { description: 'Read the items before this cursor (a `startCursor` this API issued).' },
    cursorFieldOptions: { description: 'Opaque cursor of this item, for `after` and `before`.' },
    edgesFieldOptions: { nullable: false, description: 'The items of this page, each with its cursor.' },
    nodeFieldOptions: { nullable: false, description: 'The item.' },
    nodesOnConnection: { description: 'The items of this page, without cursors.' },
  },
  // Argument errors are handled so a failed input check (an InvalidInputError, built by the hook below from
  // the checks' own messages) becomes the field's typed result; any other error is rethrown and masked.
  errors: { defaultTypes: [], unsafelyHandleInputErrors: true },
  // Only mutation inputs use `validate`; every problem of the input comes back at once, on its argument path.
  validation: { validationError: (failure) => new InvalidInputError(issueProblems(failure.issues)) },
  // Directive extensions in graphql-tools' shape, which graphql-codegen's schema loader reads.
  directives: { useGraphQLToolsUnorderedDirectives: true },
});
