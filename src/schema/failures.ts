/**
 * The typed failures of mutations, as plain classes the errors plugin turns into result types (errors.ts),
 * and the paths their field problems are written with. A leaf module: builder.ts hands validation failures
 * to it, so it imports nothing from the schema.
 */
import type { UpstreamError } from '../upstream/errors.js';

/** The `code` of each typed mutation error; one table of them is in docs/api.md ("Error codes"). */
export type MutationErrorCode =
  | 'INVALID_INPUT'
  | 'PAYMENT_NOT_FOUND'
  | 'OPERATION_NOT_ALLOWED'
  | 'PRECONDITION_FAILED'
  | 'TARGET_NOT_FOUND';

/** The problems of one input field, e.g. `{ field: 'input.lineItems[1].amount', messages: [...] }`. */
export interface FieldProblem {
  field: string;
  messages: string[];
}

/** Where an upstream refusal came from, for support; empty when the gateway refused before sending. */
export interface UpstreamOrigin {
  upstreamStatus?: number;
  upstreamRequestId?: string;
}

/** The base of every typed mutation error; not itself a result type. */
export abstract class MutationFailure extends Error {
  abstract readonly code: MutationErrorCode;

  constructor(
    message: string,
    readonly origin: UpstreamOrigin = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The input broke a rule: the gateway's own (nothing was sent) or the upstream's 422 (nothing was written). */
export class InvalidInputError extends MutationFailure {
  readonly code = 'INVALID_INPUT';

  constructor(
    readonly fieldErrors: FieldProblem[],
    origin: UpstreamOrigin = {},
    message = 'The input is not valid: see fieldErrors.',
  ) {
    super(message, origin);
  }
}

/** The upstream's 404 for a payment a write names. */
export class PaymentNotFoundError extends MutationFailure {
  readonly code = 'PAYMENT_NOT_FOUND';

  constructor(
    readonly paymentId: number,
    origin: UpstreamOrigin,
  ) {
    super(`Payment ${paymentId} does not exist.`, origin);
  }
}

/** The upstream's 400: the change is not allowed in the payment's current state. */
export class OperationNotAllowedError extends MutationFailure {
  readonly code = 'OPERATION_NOT_ALLOWED';
}

/** Where an upstream refusal came from, read off the upstream error. */
export function originOf(error: UpstreamError): UpstreamOrigin {
  return { upstreamStatus: error.details.status, upstreamRequestId: error.details.requestId };
}

/**
 * The problems of one input as `FieldError`s: each field once, in the order of its first problem, with
 * every message in the order reported.
 */
function fieldProblems(problems: Iterable<{ field: string; message: string }>): FieldProblem[] {
  const byField = new Map<string, string[]>();
  for (const { field, message } of problems) byField.set(field, [...(byField.get(field) ?? []), message]);
  return [...byField].map(([field, messages]) => ({ field, messages }));
}

/** A path into the arguments as GraphQL writes it in variable errors: `input.lineItems[1].amount`. */
function argumentPath(segments: ReadonlyArray<PropertyKey>): string {
  return segments
    .map((segment, index) => {
      if (typeof segment === 'number') return `[${segment}]`;
      return `${index === 0 ? '' : '.'}${String(segment)}`;
    })
    .join('');
}

/**
 * The upstream's 422 (docs/upstream-contract.md §4.1) as an InvalidInputError on the input fields it names. The
 * upstream keys its problems by its body's field paths (`lineItems.0.amount`, `payment_instrument.card.last4`), which
 * each API spells its own way, so `inputSegments` turns a key into the path of the input field it is about. Without a
 * message, the InvalidInputError's own stands.
 */
export function upstreamInputError(
  error: UpstreamError,
  inputSegments: (key: string) => ReadonlyArray<PropertyKey>,
  message: string | undefined,
): InvalidInputError {
  const problems = Object.entries(error.details.fieldErrors ?? {}).flatMap(([key, messages]) =>
    messages.map((problem) => ({ field: argumentPath(['input', ...inputSegments(key)]), message: problem })),
  );
  return new InvalidInputError(fieldProblems(problems), originOf(error), message);
}

/** A key's dot-separated segments, with the numeric ones (list indexes) as numbers. */
export function keySegments(key: string): Array<string | number> {
  return key.split('.').map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

/** The problems of a failed schema check, each on the argument path it is about. */
export function issueProblems(
  issues: ReadonlyArray<{ path?: ReadonlyArray<PropertyKey | { key: PropertyKey }> | undefined; message: string }>,
): FieldProblem[] {
  return fieldProblems(
    issues.map((issue) => ({
      field: argumentPath((issue.path ?? []).map((segment) => (typeof segment === 'object' ? segment.key : segment))),
      message: issue.message,
    })),
  );
}
