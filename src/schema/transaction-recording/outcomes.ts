import { UpstreamError } from '../../upstream/errors.js';
import { builder } from '../builder.js';
import type { FieldMessage } from '../inputs.js';
import { upstreamInputProblems } from '../errors.js';

/** Where an upstream refusal came from, for support; empty when the gateway refused before sending. */
interface UpstreamOrigin {
  upstreamStatus?: number;
  upstreamRequestId?: string;
}

/** The base of the typed outcomes below; not itself a result type. */
export abstract class TransactionRecordingFailure extends Error {
  constructor(
    message: string,
    readonly origin: UpstreamOrigin,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The input broke a rule: the gateway's own (nothing was sent) or the upstream's 422 (nothing was recorded). */
export class TransactionInputInvalid extends TransactionRecordingFailure {
  constructor(
    readonly fieldErrors: readonly FieldMessage[],
    origin: UpstreamOrigin = {},
    message = 'The transaction was not recorded: the input is invalid (see fieldErrors).',
  ) {
    super(message, origin);
  }
}

/** The upstream answered 412: the order or its payment provider is not in a state to take this record. */
export class TransactionPreconditionFailed extends TransactionRecordingFailure {}

/** The upstream answered 404: the store, or something the record names, does not exist. */
export class TransactionTargetNotFound extends TransactionRecordingFailure {}

/** The typed outcomes of the transaction-recording mutations, for their `errors` option. */
export const TRANSACTION_RECORDING_ERRORS = [
  TransactionInputInvalid,
  TransactionPreconditionFailed,
  TransactionTargetNotFound,
];

/**
 * The upstream refusals a client branches on become typed results; everything else (credentials, rate
 * limit, outage, OUTCOME_UNKNOWN) stays an `UpstreamError`, mapped in `graphql-errors.ts`.
 */
export function typedRecordingError(error: unknown): unknown {
  if (!(error instanceof UpstreamError)) return error;
  const origin = { upstreamStatus: error.details.status, upstreamRequestId: error.details.requestId };
  switch (error.code) {
    case 'UPSTREAM_VALIDATION_FAILED':
      return new TransactionInputInvalid(
        upstreamInputProblems(error.details.fieldErrors ?? {}, transactionInputPath).fieldMessages,
        origin,
        error.message,
      );
    case 'UPSTREAM_PRECONDITION_FAILED':
      return new TransactionPreconditionFailed(error.message, origin);
    case 'NOT_FOUND':
      return new TransactionTargetNotFound(error.message, origin);
    default:
      return error;
  }
}

/**
 * The upstream names fields by their snake_case body paths (`payment_instrument.card.last4`); clients
 * get the input's names. Below `provider_data` the names are the client's own keys, so the path stops there.
 */
function transactionInputPath(key: string): string {
  const segments = key.split('.');
  const kept = segments[0] === 'provider_data' ? segments.slice(0, 1) : segments;
  return kept.map((segment) => segment.replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase())).join('.');
}

const TransactionRecordingErrorRef = builder
  .interfaceRef<TransactionRecordingFailure>('TransactionRecordingError')
  .implement({
    description:
      'Why a payment transaction was not recorded, as a typed result a client can branch on. Failures with no typed result (credentials, rate limit, upstream outage, and OUTCOME_UNKNOWN when the write may have happened) come as GraphQL errors with `extensions.code`.',
    fields: (t) => ({
      message: t.exposeString('message', { description: 'What went wrong, fit to show to an operator.' }),
      upstreamStatus: t.int({
        nullable: true,
        description: 'HTTP status of the upstream\'s refusal; null when the gateway refused the input before sending it.',
        resolve: (error) => error.origin.upstreamStatus ?? null,
      }),
      upstreamRequestId: t.string({
        nullable: true,
        description: 'The upstream\'s request id, for support; null when nothing was sent or the upstream sent none.',
        resolve: (error) => error.origin.upstreamRequestId ?? null,
      }),
    }),
  });

const TransactionFieldErrorRef = builder.objectRef<FieldMessage>('TransactionFieldError').implement({
  description: 'One input field that was refused, and why.',
  fields: (t) => ({
    field: t.exposeString('field', {
      description: 'Path of the field in the mutation\'s `input`, e.g. `paymentInstrument.card.last4` or `providerData.1.key`.',
    }),
    message: t.exposeString('message', { description: 'Why it was refused.' }),
  }),
});

builder.objectType(TransactionInputInvalid, {
  name: 'TransactionInputInvalid',
  description:
    'The input broke a rule, so nothing was recorded: the gateway refused it before sending (`upstreamStatus` null), or the upstream did (422).',
  interfaces: [TransactionRecordingErrorRef],
  fields: (t) => ({
    fieldErrors: t.field({
      type: [TransactionFieldErrorRef],
      description: 'Every refused field; empty when the upstream refused the input without naming fields.',
      resolve: (error) => error.fieldErrors,
    }),
  }),
});

builder.objectType(TransactionPreconditionFailed, {
  name: 'TransactionPreconditionFailed',
  description:
    'The upstream answered 412 Precondition Failed, so nothing was recorded. The references do not say what 412 means here; the likely causes are an order that cannot take the record, or a payment provider that is not enabled for the order\'s channel and currency.',
  interfaces: [TransactionRecordingErrorRef],
});

builder.objectType(TransactionTargetNotFound, {
  name: 'TransactionTargetNotFound',
  description: 'The upstream answered 404 Not Found, so nothing was recorded: the store, or something the record names, does not exist.',
  interfaces: [TransactionRecordingErrorRef],
});
