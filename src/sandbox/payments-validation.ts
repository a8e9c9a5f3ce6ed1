/**
 * The B2B request bodies the sandbox accepts (docs/upstream-contract.md §2.6, §2.7, §2.7b, §2.7c), as zod
 * schemas answering in the Django REST framework wording of the docs' 422 example (§4.1). Stricter than the
 * real API may be on purpose: the gateway must send exactly what the contract documents, and the sandbox is
 * where it finds out. Every problem is reported at once, keyed by field path (`lineItems.0.amount`).
 */
import { z } from 'zod';
import type { RequestBody } from './request.js';
import type { ParameterErrors } from './envelope.js';
import {
  atLeast,
  BLANK,
  fieldErrorsOf,
  NOT_A_NUMBER,
  NOT_A_STRING,
  NOT_AN_INTEGER,
  NOT_AN_OBJECT,
  NOT_NULL,
  notAChoice,
  REQUIRED,
} from './field-errors.js';
import { parseUnits } from './money.js';

export type Validation<T> = { ok: true; value: T } | { ok: false; errors: ParameterErrors };

/** Currencies the sandbox knows; a well-formed code outside this list gets the documented "Invalid currency code". */
const KNOWN_CURRENCIES = new Set([
  'USD',
  'GBP',
  'EUR',
  'CAD',
  'AUD',
  'NZD',
  'JPY',
  'CHF',
  'SEK',
  'NOK',
  'DKK',
  'PLN',
  'CZK',
  'MXN',
  'BRL',
  'INR',
  'CNY',
  'HKD',
  'SGD',
  'ZAR',
]);

/** Settable processing statuses: 0 (Incomplete) is only ever read (§2.8, §7.3). */
const PROCESSING_STATUSES = [1, 2, 3, 4] as const;
const FUNDING_STATUSES = [0, 1, 2, 3] as const;
const OPERATION_CODES = [0, 1, 2, 3] as const;
const MAX_WHOLE_DIGITS = 15;
const MAX_DECIMALS = 4;

/**
 * The message for a value refused by its type: a missing one, a null, or one of another type. Checks after
 * a failed type check do not run (`abort`), so an integer out of the safe range gets this message alone.
 */
function typeError(message: string | ((input: unknown) => string)) {
  return {
    abort: true,
    error: (issue: { input?: unknown }): string => {
      if (issue.input === undefined) return REQUIRED;
      if (issue.input === null) return NOT_NULL;
      return typeof message === 'string' ? message : message(issue.input);
    },
  };
}

const integer = z.int(typeError(NOT_AN_INTEGER));
const positiveInteger = integer.min(1, atLeast(1));
const choiceOf = (choices: readonly number[]) =>
  integer.refine((value) => choices.includes(value), { error: (issue) => notAChoice(issue.input) });
const text = z.string(typeError(NOT_A_STRING)).refine((value) => value.trim() !== '', BLANK);
/** `externalId` and `externalCustomerId` are nullable on read (§2.1), so null here means "none". */
const nullableText = z
  .string({ error: NOT_A_STRING })
  .nullish()
  .transform((value) => value ?? undefined);

/** Decimal strings ("20.00") greater than 0 with at most 4 decimals, the wire's precision (§2.1, §7.4). */
const amount = z.string(typeError(NOT_A_STRING)).superRefine((value, context) => {
  const problem = amountProblem(value);
  if (problem !== undefined) context.addIssue({ code: 'custom', message: problem });
});

function amountProblem(value: string): string | undefined {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value);
  if (match === null) return NOT_A_NUMBER;
  const [, sign, whole = '', fraction = ''] = match;
  if (fraction.length > MAX_DECIMALS) return `Ensure that there are no more than ${MAX_DECIMALS} decimal places.`;
  if (whole.replace(/^0+/, '').length > MAX_WHOLE_DIGITS) {
    return `Ensure that there are no more than ${MAX_WHOLE_DIGITS} digits before the decimal point.`;
  }
  if (sign === '-' || parseUnits(value) === 0n) return 'Ensure this value is greater than 0.';
  return undefined;
}

const CURRENCY_FORMAT = 'Enter a 3-letter uppercase ISO 4217 currency code.';

/** POST /payments/offline (§2.7b). Fields it does not document are dropped, `fundingStatus` included (§7.2). */
const offlinePayment = z.object({
  lineItems: z
    .array(
      z.object({ invoiceId: positiveInteger, amount }, { error: NOT_AN_OBJECT }),
      typeError((input) => `Expected a list of items but got type "${typeof input}".`),
    )
    .min(1, 'This list may not be empty.'),
  currency: z.string(typeError(CURRENCY_FORMAT)).regex(/^[A-Z]{3}$/, CURRENCY_FORMAT),
  details: z.object({ memo: z.string(typeError(NOT_A_STRING)).optional() }, typeError(NOT_AN_OBJECT)),
  customerId: text,
  externalId: nullableText,
  externalCustomerId: nullableText,
  payerName: text.optional(),
  payerCustomerId: text.optional(),
  processingStatus: choiceOf(PROCESSING_STATUSES).optional(),
  channelId: positiveInteger.optional(),
});

/** PUT /payments/offline/{id} (§2.7c): the create body plus `fundingStatus`. */
const offlinePaymentUpdate = offlinePayment.extend({ fundingStatus: choiceOf(FUNDING_STATUSES).optional() });

export type OfflinePaymentBody = z.output<typeof offlinePayment>;
export type OfflinePaymentUpdateBody = z.output<typeof offlinePaymentUpdate>;

export function validateNewOfflinePayment(body: RequestBody): Validation<OfflinePaymentBody> {
  return validated(offlinePayment, body);
}

export function validateOfflinePaymentUpdate(body: RequestBody): Validation<OfflinePaymentUpdateBody> {
  return validated(offlinePaymentUpdate, body);
}

/** No body reads as `{}`, every field missing; anything but a JSON object is unreadable as a whole. */
function validated<T extends OfflinePaymentBody>(schema: z.ZodType<T>, body: RequestBody): Validation<T> {
  const input = body.kind === 'none' ? {} : body.kind === 'json' ? body.value : undefined;
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, errors: { errMsg: 'Invalid request data' } };
  }
  const result = schema.safeParse(input);
  if (!result.success) return { ok: false, errors: fieldErrorsOf(result.error.issues) };
  if (!KNOWN_CURRENCIES.has(result.data.currency)) return { ok: false, errors: { errMsg: 'Invalid currency code' } };
  return { ok: true, value: result.data };
}

const operation = z.object({ operationCode: z.literal(OPERATION_CODES) });
const processingStatus = z.object({ processingStatus: z.literal(PROCESSING_STATUSES) });

/** POST /payments/{id}/operations: `{ operationCode: 0..3 }` (§2.6); undefined for any other body. */
export function readOperationCode(body: RequestBody): number | undefined {
  return body.kind === 'json' ? operation.safeParse(body.value).data?.operationCode : undefined;
}

/** PUT /payments/{id}/processing-status: `{ processingStatus: 1..4 }` (§2.7); undefined for any other body. */
export function readProcessingStatus(body: RequestBody): number | undefined {
  return body.kind === 'json' ? processingStatus.safeParse(body.value).data?.processingStatus : undefined;
}
