import { useDeferStream } from '@graphql-yoga/plugin-defer-stream';
import { BREAK, GraphQLError, visit, type DocumentNode } from 'graphql';
import { handleStreamOrSingleExecutionResult, type Plugin, type YogaInitialContext } from 'graphql-yoga';
import { maskError } from '../security/mask-errors.js';

/** Yoga's message for a masked error, which its own masking uses too. */
const UNEXPECTED_ERROR = 'Unexpected error.';

/** Media types (wildcards included) under which Yoga sends an answer in parts: multipart/mixed and SSE. */
const INCREMENTAL_MEDIA_TYPES = new Set(['*/*', 'multipart/*', 'multipart/mixed', 'text/*', 'text/event-stream']);

/**
 * `@defer` and `@stream` (graphql-yoga's defer-stream plugin): the answer comes in parts, over
 * multipart/mixed or SSE, each later part as soon as its fields are resolved. Lives as long as the app.
 *
 * - A document with `@defer` or `@stream` from a caller that accepts neither media type is refused before
 *   it runs (HTTP 406, `INCREMENTAL_DELIVERY_NOT_ACCEPTED`): Yoga would run it, spend its upstream calls,
 *   then answer an empty 406, and leave the deferred parts running.
 * - Yoga masks only the top-level `errors` of each part, not those a later part carries under
 *   `incremental`: those go through the same `maskError` here, so a deferred field's error reaches the
 *   client with the same code and the same masking as when it is not deferred. Place this plugin after the
 *   plugins that must see errors before masking (the request observers).
 */
export function useIncrementalDelivery(): Plugin<YogaInitialContext> {
  return {
    onPluginInit({ addPlugin }) {
      // The plugin's context type is an index signature, which Yoga's context interface lacks: the same plugin.
      const deferStream = useDeferStream() as Plugin;
      const { onValidate } = deferStream;
      addPlugin({
        ...deferStream,
        // Its rules speak only of @defer and @stream (its overlapping-fields rule is graphql-js's, knowing
        // them): a document without either is validated by graphql-js's rules, and the rule list is not
        // filtered again on every request (bench/README.md).
        ...(onValidate && {
          onValidate: (payload) =>
            hasIncrementalDelivery(payload.params.documentAST) ? onValidate(payload) : undefined,
        }),
      });
    },
    onExecute({ args, setResultAndStopExecution }) {
      if (!hasIncrementalDelivery(args.document)) return;
      if (!acceptsParts(args.contextValue.request)) {
        setResultAndStopExecution({ errors: [notAcceptedError()] });
        return;
      }
      return {
        onExecuteDone: (payload) =>
          handleStreamOrSingleExecutionResult(payload, ({ result, setResult }) => {
            if (!('incremental' in result) || !result.incremental?.some((part) => part.errors?.length)) return;
            const incremental = result.incremental.map((part) =>
              part.errors ? { ...part, errors: part.errors.map((error) => maskError(error, UNEXPECTED_ERROR)) } : part,
            );
            const masked: typeof result = { ...result, incremental };
            setResult(masked);
          }),
      };
    },
  };
}

/** Per document, as Yoga's parser cache hands it to every request with the same text. */
const incrementalDocuments = new WeakMap<DocumentNode, boolean>();

/**
 * Whether a document uses `@defer` or `@stream` anywhere (whatever their `if`: the caller must accept
 * an answer in parts to send them). Walked once per document.
 */
export function hasIncrementalDelivery(document: DocumentNode): boolean {
  let found = incrementalDocuments.get(document);
  if (found !== undefined) return found;
  found = false;
  visit(document, {
    Directive(node) {
      if (node.name.value !== 'defer' && node.name.value !== 'stream') return undefined;
      found = true;
      return BREAK;
    },
  });
  incrementalDocuments.set(document, found);
  return found;
}

/** Whether the request's Accept header (none means any) allows multipart/mixed or text/event-stream. */
function acceptsParts(request: Request): boolean {
  const accept = request.headers.get('accept') ?? '*/*';
  return accept
    .split(',')
    .some((range) => INCREMENTAL_MEDIA_TYPES.has(range.split(';')[0]?.trim().toLowerCase() ?? ''));
}

function notAcceptedError(): GraphQLError {
  return new GraphQLError(
    'This operation uses @defer or @stream: its answer comes in parts. ' +
      'Send Accept: multipart/mixed or text/event-stream.',
    { extensions: { code: 'INCREMENTAL_DELIVERY_NOT_ACCEPTED', http: { status: 406 } } },
  );
}
