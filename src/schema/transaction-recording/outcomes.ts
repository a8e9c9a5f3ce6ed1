/**
 * The outcomes of the transaction-recording mutations a client branches on, besides InvalidInputError: the
 * upstream's 412 and 404, typed results behind the one `MutationError` interface (../errors.ts).
 */
import { UpstreamError } from '../../upstream/errors.js';
import { builder } from '../builder.js';
import { MutationErrorRef } from '../errors.js';
import { InvalidInputError, MutationFailure, keySegments, originOf, upstreamInputError } from '../failures.js';

/** The upstream answered 412: the order or its payment provider is not in a state to take this record. */
export class TransactionPreconditionFailed extends MutationFailure {
  readonly code = 'PRECONDITION_FAILED';
}

/** The upstream answered 404: the store, or something the record names, does not exist. */
export class TransactionTargetNotFound extends MutationFailure {
  readonly code = 'TARGET_NOT_FOUND';
}

/** The typed outcomes of the transaction-recording mutations, for their `errors` option. */
export const TRANSACTION_RECORDING_ERRORS = [
  InvalidInputError,
  TransactionPreconditionFailed,
  TransactionTargetNotFound,
];

/**
 * The upstream refusals a client branches on become typed results; everything else (credentials, rate
 * limit, outage, OUTCOME_UNKNOWN) stays an `UpstreamError`, mapped in `graphql-errors.ts`.
 */
export function typedRecordingError(error: unknown): unknown {
  if (!(error instanceof UpstreamError)) return error;
  switch (error.code) {
    case 'UPSTREAM_VALIDATION_FAILED':
      return upstreamInputError(error, transactionInputSegments, error.message);
    case 'UPSTREAM_PRECONDITION_FAILED':
      return new TransactionPreconditionFailed(error.message, originOf(error));
    case 'NOT_FOUND':
      return new TransactionTargetNotFound(error.message, originOf(error));
    default:
      return error;
  }
}

/**
 * The upstream names fields by their snake_case body paths (`payment_instrument.card.last4`); clients
 * get the input's names. Below `provider_data` the names are the client's own keys, so the path stops there.
 */
function transactionInputSegments(key: string): Array<string | number> {
  const segments = keySegments(key);
  const kept = segments[0] === 'provider_data' ? segments.slice(0, 1) : segments;
  const camelCase = (name: string) => name.replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
  return kept.map((segment) => (typeof segment === 'number' ? segment : camelCase(segment)));
}

builder.objectType(TransactionPreconditionFailed, {
  name: 'TransactionPreconditionFailed',
  description:
    "The upstream answered 412 Precondition Failed, so nothing was recorded. The references do not say what 412 means here; the likely causes are an order that cannot take the record, or a payment provider that is not enabled for the order's channel and currency.",
  interfaces: [MutationErrorRef],
});

builder.objectType(TransactionTargetNotFound, {
  name: 'TransactionTargetNotFound',
  description:
    'The upstream answered 404 Not Found, so nothing was recorded: the store, or something the record names, does not exist.',
  interfaces: [MutationErrorRef],
});
