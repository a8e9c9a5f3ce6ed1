/**
 * The one error model of every mutation. The outcomes a client branches on (the input is invalid, the
 * payment does not exist, the upstream refused the change) are typed results behind the `MutationError`
 * interface, each with a stable `code`, and every field problem is a `FieldError` whose path is written the
 * way GraphQL writes variable paths (`input.lineItems[1].amount`). Everything else a write can run into (401,
 * 403, 429, 5xx, timeouts, an unknown outcome) is thrown and mapped in graphql-errors.ts.
 */
import { builder } from './builder.js';
import {
  InvalidInputError,
  OperationNotAllowedError,
  PaymentNotFoundError,
  type FieldProblem,
  type MutationErrorCode,
  type MutationFailure,
} from './failures.js';

const MutationErrorCodeRef = builder.enumType('MutationErrorCode', {
  description: 'What kind of expected failure a mutation ran into; each has its own error type.',
  values: {
    INVALID_INPUT: {
      description:
        'The input broke a rule of the gateway (nothing was sent) or of the upstream (422): see `fieldErrors`.',
    },
    PAYMENT_NOT_FOUND: { description: 'The payment does not exist upstream (404 "Payment does not exist").' },
    OPERATION_NOT_ALLOWED: {
      description:
        'The upstream refused the change in the payment\'s current state (400), e.g. "The payment operation is not allowed."',
    },
    PRECONDITION_FAILED: {
      description: 'The upstream answered 412: the order or its payment provider cannot take this transaction record.',
    },
    TARGET_NOT_FOUND: {
      description:
        'The upstream answered 404 to a transaction record: the store, or something the record names, does not exist.',
    },
  } satisfies Record<MutationErrorCode, { description: string }>,
});

export const MutationErrorRef = builder.interfaceRef<MutationFailure>('MutationError').implement({
  description:
    'An expected failure of a mutation: nothing was written. Every mutation result union has these beside its success type; failures with no typed result (credentials, rate limit, upstream outage, and OUTCOME_UNKNOWN when the write may have happened) come as GraphQL errors with `extensions.code`.',
  fields: (t) => ({
    message: t.exposeString('message', { description: 'What went wrong, fit to show a user.' }),
    code: t.field({
      type: MutationErrorCodeRef,
      description: 'The kind of failure, stable for code to branch on.',
      resolve: (error) => error.code,
    }),
    upstreamStatus: t.int({
      nullable: true,
      description: "HTTP status of the upstream's refusal; null when the gateway refused before sending anything.",
      resolve: (error) => error.origin.upstreamStatus ?? null,
    }),
    upstreamRequestId: t.string({
      nullable: true,
      description:
        "The upstream's request id (X-Request-Id) when the upstream refused, for support; null when nothing was sent or the upstream sent none.",
      resolve: (error) => error.origin.upstreamRequestId ?? null,
    }),
  }),
});

const FieldErrorRef = builder.objectRef<FieldProblem>('FieldError').implement({
  description: 'The problems with one input field.',
  fields: (t) => ({
    field: t.exposeString('field', {
      description:
        "Path of the field in the mutation's arguments, written as GraphQL writes variable paths: `input.lineItems[1].amount`, `input.providerData[0].key`; `input` for the input as a whole.",
    }),
    messages: t.exposeStringList('messages', { description: 'What is wrong with it, one message a problem.' }),
  }),
});

builder.objectType(InvalidInputError, {
  name: 'InvalidInputError',
  description:
    "The input broke a rule, so nothing was written: the gateway's own checks (nothing was sent, `upstreamStatus` null) or the upstream's 422, with the problems per field.",
  interfaces: [MutationErrorRef],
  fields: (t) => ({
    fieldErrors: t.field({
      type: [FieldErrorRef],
      description:
        'The problems per input field; empty when the upstream named no field (e.g. "Invalid currency code").',
      resolve: (error) => error.fieldErrors,
    }),
  }),
});

builder.objectType(PaymentNotFoundError, {
  name: 'PaymentNotFoundError',
  description: 'The payment does not exist (upstream 404 "Payment does not exist", docs/upstream-contract.md §4.1).',
  interfaces: [MutationErrorRef],
  fields: (t) => ({
    paymentId: t.id({ description: 'The id that names no payment.', resolve: (error) => error.paymentId }),
  }),
});

builder.objectType(OperationNotAllowedError, {
  name: 'OperationNotAllowedError',
  description:
    "The upstream refused the change in the payment's current state (400, docs/upstream-contract.md §2.6, §2.7), e.g. an operation not in `operations.allowedOperations`.",
  interfaces: [MutationErrorRef],
});
