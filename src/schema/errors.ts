/**
 * The outcomes of a payment write that a client branches on, as typed results (errors plugin): the payment
 * does not exist, the input is invalid, the upstream does not allow the change. Everything else a write
 * can run into (401, 403, 429, 5xx, timeouts, an unknown outcome) is thrown and mapped in graphql-errors.ts.
 */
import { UpstreamError, type FieldErrors } from '../upstream/errors.js';
import { builder } from './builder.js';
import { InputChecker, type FieldProblem } from './inputs.js';

export class PaymentNotFoundError extends Error {
  readonly code = 'PAYMENT_NOT_FOUND';

  constructor(
    readonly paymentId: number,
    readonly upstreamRequestId?: string,
  ) {
    super(`Payment ${paymentId} does not exist.`);
    this.name = 'PaymentNotFoundError';
  }
}

export class InvalidInputError extends Error {
  readonly code = 'INVALID_INPUT';

  constructor(
    readonly fieldErrors: FieldProblem[],
    message = 'The input is not valid: see fieldErrors.',
    readonly upstreamRequestId?: string,
  ) {
    super(message);
    this.name = 'InvalidInputError';
  }
}

export class OperationNotAllowedError extends Error {
  readonly code = 'OPERATION_NOT_ALLOWED';

  constructor(
    message: string,
    readonly upstreamRequestId?: string,
  ) {
    super(message);
    this.name = 'OperationNotAllowedError';
  }
}

type MutationFailure = PaymentNotFoundError | InvalidInputError | OperationNotAllowedError;

const MutationErrorCode = builder.enumType('MutationErrorCode', {
  description: 'What kind of expected failure a mutation ran into; each has its own error type.',
  values: {
    PAYMENT_NOT_FOUND: { description: 'The payment does not exist upstream (404 "Payment does not exist").' },
    INVALID_INPUT: { description: 'The input broke a rule of the gateway or of the upstream (422).' },
    OPERATION_NOT_ALLOWED: {
      description: 'The upstream refused the change in the payment\'s current state (400), e.g. "The payment operation is not allowed."',
    },
  },
});

const MutationErrorRef = builder.interfaceRef<MutationFailure>('MutationError').implement({
  description: 'An expected failure of a mutation: nothing was changed. Every mutation result union has these beside its success type.',
  fields: (t) => ({
    message: t.exposeString('message', { description: 'What went wrong, fit to show a user.' }),
    code: t.field({ type: MutationErrorCode, description: 'The kind of failure, stable for code to branch on.', resolve: (error) => error.code }),
    upstreamRequestId: t.string({
      nullable: true,
      description: 'The upstream\'s request id (X-Request-Id) when the upstream refused, for support; null when the gateway refused before sending.',
      resolve: (error) => error.upstreamRequestId ?? null,
    }),
  }),
});

const FieldErrorRef = builder.objectRef<FieldProblem>('FieldError').implement({
  description: 'The problems with one input field.',
  fields: (t) => ({
    field: t.exposeString('field', {
      description: 'Path of the field in the mutation\'s arguments, e.g. `input.lineItems[1].amount`; `input` for the input as a whole.',
    }),
    messages: t.exposeStringList('messages', { description: 'What is wrong with it, one message a problem.' }),
  }),
});

builder.objectType(PaymentNotFoundError, {
  name: 'PaymentNotFoundError',
  description: 'The payment does not exist (upstream 404 "Payment does not exist", CONTRACT.md 4.1).',
  interfaces: [MutationErrorRef],
  fields: (t) => ({
    paymentId: t.id({ description: 'The id that names no payment.', resolve: (error) => error.paymentId }),
  }),
});

builder.objectType(InvalidInputError, {
  name: 'InvalidInputError',
  description:
    'The input broke a rule: the gateway\'s own checks (nothing was sent) or the upstream\'s 422 (CONTRACT.md 4.1), with the problems per field.',
  interfaces: [MutationErrorRef],
  fields: (t) => ({
    fieldErrors: t.field({
      type: [FieldErrorRef],
      description: 'The problems per input field; empty when the upstream named no field (e.g. "Invalid currency code").',
      resolve: (error) => error.fieldErrors,
    }),
  }),
});

builder.objectType(OperationNotAllowedError, {
  name: 'OperationNotAllowedError',
  description:
    'The upstream refused the change in the payment\'s current state (400, CONTRACT.md 2.6, 2.7), e.g. an operation not in `operations.allowedOperations`.',
  interfaces: [MutationErrorRef],
});

/**
 * What a failed write answers: the typed result its upstream failure stands for, or the failure itself
 * (thrown) when it is not one a client branches on. `paymentId` is the payment the write named; a 404
 * without one (a create) is unexpected. Unknown outcomes arrive as OUTCOME_UNKNOWN from the upstream layer.
 */
export function writeFailure(error: unknown, paymentId: number | undefined): unknown {
  if (!(error instanceof UpstreamError)) return error;
  const { status, requestId, fieldErrors, upstreamMessage } = error.details;
  if (error.code === 'NOT_FOUND' && paymentId !== undefined) return new PaymentNotFoundError(paymentId, requestId);
  if (status === 400) return new OperationNotAllowedError(error.message, requestId);
  if (status === 422) {
    const problems = upstreamInputProblems(fieldErrors ?? {}, paymentInputPath).fieldProblems;
    return new InvalidInputError(problems, upstreamMessage, requestId);
  }
  return error;
}

/** Upstream body fields whose GraphQL input field has another name (CONTRACT.md 2.6, 2.7b). */
const INPUT_NAMES: Readonly<Record<string, string>> = {
  currency: 'currencyCode',
  details: 'memo',
  'details.memo': 'memo',
  operationCode: 'operation',
};

/** An upstream 422 field key (`lineItems.0.amount`, CONTRACT.md 4.1) as its GraphQL input path (`input.lineItems[0].amount`). */
function paymentInputPath(key: string): string {
  const segments = (INPUT_NAMES[key] ?? key).split('.');
  return `input${segments.map((segment) => (/^\d+$/.test(segment) ? `[${segment}]` : `.${segment}`)).join('')}`;
}

/**
 * The upstream's 422 problems (CONTRACT.md 4.1) on the GraphQL input fields they are about, every message
 * kept in the upstream's order. The upstream keys them by its body's field paths (`lineItems.0.amount`,
 * `payment_instrument.card.last4`), which each API spells its own way, so `inputPath` names a key's field.
 */
export function upstreamInputProblems(fieldErrors: FieldErrors, inputPath: (key: string) => string): InputChecker {
  const problems = new InputChecker();
  for (const [key, messages] of Object.entries(fieldErrors)) {
    const field = inputPath(key);
    for (const message of messages) problems.report(field, message);
  }
  return problems;
}
