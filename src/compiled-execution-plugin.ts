import { useGraphQlJit } from '@envelop/graphql-jit';
import { BREAK, GraphQLError, isLeafType, visit, type DocumentNode, type GraphQLSchema, type SourceLocation } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { hasIncrementalDelivery } from './incremental-delivery-plugin.js';

/**
 * A document runs compiled from its second run on; its first runs in graphql-js. Compiling costs
 * milliseconds (0.5 to 4 ms for the bench's operations, on the bench's machine), so a client that writes
 * its ids into the query text instead of variables would otherwise pay that on every request.
 */
const COMPILE_FROM_RUN = 2;

/**
 * Runs operations with graphql-jit: each document that runs again is compiled once to a JavaScript
 * function, which then resolves it without graphql-js's per-field interpretation. A 50-payment page
 * resolves some 5,000 fields, and this cuts the gateway's CPU per query by a quarter to a half
 * (bench/README.md); the resolvers, the errors they raise and the answers are the same.
 *
 * Differences smoothed over here:
 * - graphql-jit gives its field errors `locations` but no AST `nodes`, and Yoga rebuilds every error from
 *   `nodes` (or `source` and `positions`) when it writes the response, which would drop them. Each such
 *   error is rebuilt with positions in the document's source.
 * - A value that fails to serialize is an unexpected error, masked, in Yoga's executor; graphql-jit would
 *   send the serializer's message as it is. Every leaf type's serializer is wrapped so that its failure
 *   reaches `maskError` (graphql-errors.ts) as an unexpected error too.
 * Variables are coerced (and bad ones refused) before execution, in `useQueryLimits`, as graphql-js
 * would, since graphql-jit's own coercion answers them with a 200.
 */
export function useCompiledExecution(schema: GraphQLSchema): Plugin {
  // Yoga's parser cache hands every request with the same text the same DocumentNode.
  const runs = new WeakMap<DocumentNode, number | 'interpreted'>();
  const isHot = ({ document }: { document: DocumentNode }) => {
    const seen = runs.get(document);
    if (seen === 'interpreted') return false;
    // graphql-jit knows no incremental delivery: it would answer a deferred document whole, in one part.
    if (seen === undefined && (hasNestedVariables(document) || hasIncrementalDelivery(document))) {
      runs.set(document, 'interpreted');
      return false;
    }
    const run = (seen ?? 0) + 1;
    if (run <= COMPILE_FROM_RUN) runs.set(document, run);
    return run >= COMPILE_FROM_RUN;
  };
  return {
    onPluginInit({ addPlugin }) {
      // Envelop's plugin type, without Yoga's context in it: the same plugin.
      addPlugin(useGraphQlJit({ customSerializers: guardedSerializers(schema) }, { enableIf: isHot }) as Plugin);
    },
    onExecute() {
      return {
        onExecuteDone({ args, result, setResult }) {
          if (!('errors' in result) || !result.errors?.some(lacksNodes)) return;
          setResult({ ...result, errors: result.errors.map((error) => withSourcePositions(error, args.document)) });
        },
      };
    },
  };
}

/**
 * Whether a variable sits inside a list or object literal, e.g. `representations: [{ id: $id }]`.
 * graphql-jit parses such a literal of a custom scalar (federation's `_Any`) without the variables, so the
 * value would arrive without them: those documents always run in graphql-js.
 */
function hasNestedVariables(document: DocumentNode): boolean {
  let literalDepth = 0;
  let found = false;
  const intoLiteral = { enter: () => void (literalDepth += 1), leave: () => void (literalDepth -= 1) };
  visit(document, {
    ListValue: intoLiteral,
    ObjectValue: intoLiteral,
    Variable() {
      if (literalDepth === 0) return undefined;
      found = true;
      return BREAK;
    },
  });
  return found;
}

/** What a wrapped serializer throws: graphql-jit keeps only an error's message. */
const SERIALIZATION_FAILED = 'A value of the answer could not be serialized.';

/** Serializers for every scalar and enum of the schema that fail with SERIALIZATION_FAILED alone. */
function guardedSerializers(schema: GraphQLSchema): Record<string, (value: unknown) => unknown> {
  const serializers: Record<string, (value: unknown) => unknown> = {};
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isLeafType(type)) continue;
    serializers[type.name] = (value) => {
      try {
        return type.serialize(value);
      } catch {
        throw new Error(SERIALIZATION_FAILED);
      }
    };
  }
  return serializers;
}

function lacksNodes(error: GraphQLError): boolean {
  return error.nodes === undefined && error.locations !== undefined;
}

function withSourcePositions(error: GraphQLError, document: DocumentNode): GraphQLError {
  const source = document.loc?.source;
  if (!source || !lacksNodes(error)) return error;
  return new GraphQLError(error.message, {
    source,
    positions: error.locations?.map((location) => positionOf(source.body, location)),
    path: error.path,
    // A serializer's failure becomes a cause, which masking hides behind "Unexpected error.".
    originalError: error.originalError ?? (error.message === SERIALIZATION_FAILED ? new Error(SERIALIZATION_FAILED) : undefined),
    extensions: error.extensions,
  });
}

/** The offset in `body` of a 1-based line and column, as graphql-js's `getLocation` counts them. */
function positionOf(body: string, { line, column }: SourceLocation): number {
  let lineStart = 0;
  for (let current = 1; current < line; current++) {
    const match = /\r\n|[\n\r]/g;
    match.lastIndex = lineStart;
    const found = match.exec(body);
    if (!found) break;
    lineStart = found.index + found[0].length;
  }
  return lineStart + column - 1;
}
