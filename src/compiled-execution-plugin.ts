import { useGraphQlJit } from '@envelop/graphql-jit';
import { GraphQLError, type DocumentNode, type SourceLocation } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Runs operations with graphql-jit: each document is compiled once to a JavaScript function, which then
 * resolves it without graphql-js's per-field interpretation. A 50-payment page resolves some 5,000 fields,
 * and this cuts the gateway's CPU per query by a quarter to a half (bench/README.md); the resolvers, the
 * errors they raise and the answers are the same.
 *
 * One difference is smoothed over here: graphql-jit gives its field errors `locations` but no AST
 * `nodes`, and Yoga rebuilds every error from `nodes` (or `source` and `positions`) when it writes the
 * response, which would drop them. Each such error is rebuilt with positions in the document's source.
 * Variables are coerced (and bad ones refused) before execution, in `useQueryLimits`, as graphql-js
 * would, since graphql-jit's own coercion answers them with a 200.
 */
export function useCompiledExecution(): Plugin {
  return {
    onPluginInit({ addPlugin }) {
      // Envelop's plugin type, without Yoga's context in it: the same plugin.
      addPlugin(useGraphQlJit() as Plugin);
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
    originalError: error.originalError,
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
