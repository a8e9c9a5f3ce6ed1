import {
  BREAK,
  getNamedType,
  GraphQLError,
  isLeafType,
  isScalarType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type ExecutionArgs,
  type GraphQLSchema,
  type SourceLocation,
  type ValidationRule,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { Plugin } from 'graphql-yoga';
import { hasIncrementalDelivery } from './incremental-delivery.js';

/**
 * A document runs compiled from its second run on; its first runs in graphql-js. Compiling costs
 * milliseconds (0.5 to 4 ms for the bench's operations, on the bench's machine), so a client that writes
 * its ids into the query text instead of variables would otherwise pay that on every request.
 */
const COMPILE_FROM_RUN = 2;

/** Per operation of a document: its runs so far, its compiled form, or that it always runs in graphql-js. */
type Plan = number | CompiledQuery | 'interpreted';

/**
 * Runs operations with graphql-jit: each operation that runs again is compiled once to a JavaScript
 * function, which then resolves it without graphql-js's per-field interpretation. A 50-payment page
 * resolves some 5,000 fields, and this cuts the gateway's CPU per query by a quarter to a half
 * (bench/README.md); the resolvers, the errors they raise and the answers are the same.
 *
 * graphql-jit is called directly rather than through `@envelop/graphql-jit`, which prints every
 * compilation failure to stdout and then answers that document with the failure on every later send.
 * Here a document graphql-jit cannot compile runs in graphql-js, every time, like the first time.
 *
 * Differences smoothed over here:
 * - Operations the schema has no root type for (`subscription`) are refused while validating, with a
 *   code: graphql-js would refuse them while executing, graphql-jit with an internal error.
 * - graphql-jit gives its field errors `locations` but no AST `nodes`, and Yoga rebuilds every error from
 *   `nodes` (or `source` and `positions`) when it writes the response, which would drop them. Each such
 *   error is rebuilt with positions in the document's source.
 * - A value that fails to serialize is an unexpected error, masked, in Yoga's executor; graphql-jit would
 *   send the serializer's message as it is. Every leaf type's serializer is wrapped so that its failure
 *   reaches `maskError` (security/mask-errors.ts) as an unexpected error too.
 * Variables are coerced (and bad ones refused) before execution, in `useQueryLimits`, as graphql-js
 * would, since graphql-jit's own coercion answers them with a 200.
 */
export function useCompiledExecution(schema: GraphQLSchema): Plugin {
  const customSerializers = guardedSerializers(schema);
  // Yoga's parser cache hands every request with the same text the same DocumentNode.
  const plans = new WeakMap<DocumentNode, Map<string, Plan>>();
  const compiledPlan = (args: ExecutionArgs): CompiledQuery | undefined => {
    let byOperation = plans.get(args.document);
    if (!byOperation) plans.set(args.document, (byOperation = new Map()));
    const operation = args.operationName ?? '';
    const plan = byOperation.get(operation) ?? (runsInterpreted(args.schema, args.document) ? 'interpreted' : 0);
    let next = plan;
    if (typeof plan === 'number') {
      const run = plan + 1;
      const compiled =
        run < COMPILE_FROM_RUN
          ? undefined
          : compileQuery(args.schema, args.document, operation || undefined, { customSerializers });
      next = compiled === undefined ? run : isCompiledQuery(compiled) ? compiled : 'interpreted';
    }
    byOperation.set(operation, next);
    return typeof next === 'object' ? next : undefined;
  };
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(knownOperationTypes);
    },
    onExecute({ args, setExecuteFn }) {
      const compiled = compiledPlan(args);
      if (compiled) setExecuteFn((run) => runCompiled(compiled, run));
      return {
        onExecuteDone({ args, result, setResult }) {
          if (!('errors' in result) || !result.errors?.some(lacksNodes)) return;
          setResult({ ...result, errors: result.errors.map((error) => withSourcePositions(error, args.document)) });
        },
      };
    },
  };
}

/** Runs a compiled operation; its answer carries graphql-jit's serializer, which Yoga then writes it with. */
async function runCompiled(compiled: CompiledQuery, args: ExecutionArgs) {
  const result = await compiled.query(args.rootValue, args.contextValue, args.variableValues);
  return Object.assign(result, { stringify: compiled.stringify });
}

const knownOperationTypes: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (context.getSchema().getRootType(node.operation)) return;
    const message = `The ${node.operation} operation is not supported by the schema.`;
    context.reportError(new GraphQLError(message, { nodes: node }));
  },
});

/**
 * Whether a document must always run in graphql-js:
 * - `@defer` or `@stream`: graphql-jit knows no incremental delivery, and would answer it whole, in one part;
 * - a literal of a scalar whose `parseLiteral` reads variables (every custom scalar without a
 *   `parseLiteral` of its own, e.g. federation's `_Any`): graphql-jit calls it without the variables and
 *   prints a warning each time it compiles one;
 * - a variable inside a list or object literal, e.g. `representations: [{ id: $id }]`: graphql-jit parses
 *   such a literal of a custom scalar without the variables, so the value would arrive without them.
 */
function runsInterpreted(schema: GraphQLSchema, document: DocumentNode): boolean {
  if (hasIncrementalDelivery(document)) return true;
  const typeInfo = new TypeInfo(schema);
  let literalDepth = 0;
  let found = false;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      enter(node) {
        if (node.kind === Kind.VARIABLE) found = literalDepth > 0;
        else if (isLiteral(node.kind)) found = readsVariables(typeInfo);
        if (node.kind === Kind.LIST || node.kind === Kind.OBJECT) literalDepth += 1;
        return found ? BREAK : undefined;
      },
      leave(node) {
        if (node.kind === Kind.LIST || node.kind === Kind.OBJECT) literalDepth -= 1;
      },
    }),
  );
  return found;
}

const LITERAL_KINDS: ReadonlySet<Kind> = new Set([
  Kind.INT,
  Kind.FLOAT,
  Kind.STRING,
  Kind.BOOLEAN,
  Kind.NULL,
  Kind.ENUM,
  Kind.LIST,
  Kind.OBJECT,
]);

function isLiteral(kind: Kind): boolean {
  return LITERAL_KINDS.has(kind);
}

function readsVariables(typeInfo: TypeInfo): boolean {
  const type = getNamedType(typeInfo.getInputType());
  return isScalarType(type) && type.parseLiteral.length > 1;
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
    originalError:
      error.originalError ?? (error.message === SERIALIZATION_FAILED ? new Error(SERIALIZATION_FAILED) : undefined),
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
