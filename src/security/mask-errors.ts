import { GraphQLError } from 'graphql';
import { UpstreamError } from '../upstream/errors.js';

/**
 * The one place errors become what a client sees. Upstream failures keep a stable `code`, the upstream
 * HTTP status, its request id and whether a retry makes sense; errors the code raised on purpose
 * (GraphQLError with a code) pass; anything else is masked, since its message may carry internals. The
 * error a client sees keeps what it replaced as its `originalError` (never sent), so the request log can
 * say why, whichever stage of the request failed.
 */
export function maskError(error: unknown, message: string): Error {
  const located = error instanceof GraphQLError ? error : undefined;
  const original = located?.originalError ?? error;
  if (original instanceof UpstreamError) return fromUpstreamError(original, located);
  if (located && (!located.originalError || located.originalError instanceof GraphQLError)) return located;
  return new GraphQLError(message, {
    ...whereItHappened(located),
    originalError: original instanceof Error ? original : new Error(String(original)),
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  });
}

function fromUpstreamError(error: UpstreamError, located: GraphQLError | undefined): GraphQLError {
  const { status, requestId, fieldErrors, retryAfterSeconds } = error.details;
  return new GraphQLError(error.message, {
    ...whereItHappened(located),
    originalError: error,
    extensions: {
      code: error.code,
      retryable: error.retryable,
      ...(status !== undefined && { upstreamStatus: status }),
      ...(requestId !== undefined && { upstreamRequestId: requestId }),
      ...(fieldErrors !== undefined && { fieldErrors }),
      ...(retryAfterSeconds !== undefined && { retryAfterSeconds }),
    },
  });
}

/** The location and path of the error being replaced: from its AST nodes, or its source positions. */
function whereItHappened(located: GraphQLError | undefined) {
  return { nodes: located?.nodes, source: located?.source, positions: located?.positions, path: located?.path };
}
