import { GraphQLError } from 'graphql';
import { UpstreamError } from '../upstream/errors.js';

/** The same key came with another operation or other input: a client bug, never retried as it is. */
export function keyReused(): GraphQLError {
  return new GraphQLError('This Idempotency-Key was already used for a different request; use a new key.', {
    extensions: { code: 'IDEMPOTENCY_KEY_REUSED', retryable: false },
  });
}

/** The first write with this key was still running when this request's deadline came; retrying it is safe. */
export function keyInUse(): GraphQLError {
  return new GraphQLError('A write with this Idempotency-Key is still running; retry with the same key.', {
    extensions: { code: 'IDEMPOTENCY_KEY_IN_USE', retryable: true },
  });
}

export function badKey(reason: string): GraphQLError {
  return new GraphQLError(`Idempotency key ${reason}`, {
    extensions: { code: 'BAD_USER_INPUT', argument: 'idempotencyKey' },
  });
}

/**
 * An earlier write with this key has an unknown outcome (or this one's is), so nothing is sent again under it:
 * the client checks upstream and, if nothing was made, writes again with a new key.
 */
export function outcomeUnknown(endpoint: string | undefined, reason: string): UpstreamError {
  return new UpstreamError('OUTCOME_UNKNOWN', { ...(endpoint !== undefined && { endpoint }), reason });
}

/**
 * The shared key store (Redis) cannot be reached, so whether this key was used cannot be known: the write is
 * refused before anything is sent, and a retry with the same key is safe once Redis answers again.
 */
export function idempotencyUnavailable(): GraphQLError {
  return new GraphQLError('Idempotency keys cannot be checked right now; nothing was sent. Retry with the same key.', {
    extensions: { code: 'IDEMPOTENCY_UNAVAILABLE', retryable: true },
  });
}
