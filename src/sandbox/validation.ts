/**
 * Validation of request bodies (CONTRACT.md 2.6, 2.7, 2.7b, 2.7c). Stricter than the real API may be on
 * purpose: the gateway must send exactly what the contract documents, and the sandbox is where it finds out.
 * Every problem is reported at once, keyed by field path (`lineItems.0.amount`).
 */
import type { OfflinePaymentUpdateBody } from '../upstream/b2b/payments-types.js';
import type { ParameterErrors } from './envelope.js';
import {
  addError,
  atLeast,
  BLANK,
  hasErrors,
  NOT_A_NUMBER,
  NOT_A_STRING,
  NOT_AN_INTEGER,
  NOT_AN_OBJECT,
  NOT_NULL,
  notAChoice,
  REQUIRED,
  type FieldErrors,
} from './field-errors.js';
import { parseUnits } from './money.js';

export type Validation<T> = { ok: true; value: T } | { ok: false; errors: ParameterErrors };

const INVALID_DATA = { errMsg: 'Invalid request data' };

/** Currencies the sandbox knows; a well-formed code outside this list gets the documented "Invalid currency code". */
const KNOWN_CURRENCIES = new Set([
  'USD', 'GBP', 'EUR', 'CAD', 'AUD', 'NZD', 'JPY', 'CHF', 'SEK', 'NOK',
  'DKK', 'PLN', 'CZK', 'MXN', 'BRL', 'INR', 'CNY', 'HKD', 'SGD', 'ZAR',
]);

const PROCESSING_STATUSES = [1, 2, 3, 4];
const FUNDING_STATUSES = [0, 1, 2, 3];
const OPERATION_CODES = [0, 1, 2, 3];
const MAX_WHOLE_DIGITS = 15;
const MAX_DECIMALS = 4;

type Body = Record<string, unknown>;
type LineItem = OfflinePaymentUpdateBody['lineItems'][number];

function isObject(value: unknown): value is Body {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An empty body is an object with every field missing; any other non-object is unreadable. */
function readBody(body: unknown): Body | undefined {
  if (body === undefined) return {};
  return isObject(body) ? body : undefined;
}

/**
 * POST /payments/offline and PUT /payments/offline/{id} bodies. `fundingStatus` is only read on update: the
 * create schema has none, though its example sends `"fundingStatus": "2"` (CONTRACT.md 7.2), so it is ignored.
 */
export function validateOfflinePayment(body: unknown, mode: 'create' | 'update'): Validation<OfflinePaymentUpdateBody> {
  const input = readBody(body);
  if (input === undefined) return { ok: false, errors: INVALID_DATA };
  const errors: FieldErrors = {};

  const lineItems = readLineItems(input.lineItems, errors);
  const currency = readCurrency(input.currency, errors);
  const details = readDetails(input.details, errors);
  const customerId = readRequired(input.customerId, 'customerId', errors, readString);
  const value: Omit<OfflinePaymentUpdateBody, 'lineItems' | 'currency' | 'details' | 'customerId'> = {
    externalId: readNullableString(input.externalId, 'externalId', errors),
    externalCustomerId: readNullableString(input.externalCustomerId, 'externalCustomerId', errors),
    payerName: readOptional(input.payerName, 'payerName', errors, readString),
    payerCustomerId: readOptional(input.payerCustomerId, 'payerCustomerId', errors, readString),
    processingStatus: readOptional(input.processingStatus, 'processingStatus', errors, choiceOf(PROCESSING_STATUSES)),
    channelId: readOptional(input.channelId, 'channelId', errors, readPositiveInteger),
    fundingStatus:
      mode === 'update'
        ? readOptional(input.fundingStatus, 'fundingStatus', errors, choiceOf(FUNDING_STATUSES))
        : undefined,
  };

  if (
    hasErrors(errors) ||
    lineItems === undefined ||
    currency === undefined ||
    details === undefined ||
    customerId === undefined
  ) {
    return { ok: false, errors };
  }
  if (!KNOWN_CURRENCIES.has(currency)) return { ok: false, errors: { errMsg: 'Invalid currency code' } };
  return { ok: true, value: { lineItems, currency, details, customerId, ...value } };
}

/** POST /payments/{id}/operations: `{ operationCode: 0..3 }` (CONTRACT.md 2.6). */
export function validateOperation(body: unknown): Validation<number> {
  return validateSingleChoice(body, 'operationCode', OPERATION_CODES);
}

/** PUT /payments/{id}/processing-status: `{ processingStatus: 1..4 }`; 0 is read-only (CONTRACT.md 7.3). */
export function validateProcessingStatus(body: unknown): Validation<number> {
  return validateSingleChoice(body, 'processingStatus', PROCESSING_STATUSES);
}

function validateSingleChoice(body: unknown, field: string, choices: readonly number[]): Validation<number> {
  const input = readBody(body);
  if (input === undefined) return { ok: false, errors: INVALID_DATA };
  const errors: FieldErrors = {};
  const value = readRequired(input[field], field, errors, choiceOf(choices));
  return value === undefined ? { ok: false, errors } : { ok: true, value };
}

type Reader<T> = (value: unknown, field: string, errors: FieldErrors) => T | undefined;

function readOptional<T>(value: unknown, field: string, errors: FieldErrors, read: Reader<T>): T | undefined {
  if (value === undefined) return undefined;
  if (value === null) {
    addError(errors, field, NOT_NULL);
    return undefined;
  }
  return read(value, field, errors);
}

function readRequired<T>(value: unknown, field: string, errors: FieldErrors, read: Reader<T>): T | undefined {
  if (value === undefined) {
    addError(errors, field, REQUIRED);
    return undefined;
  }
  return readOptional(value, field, errors, read);
}

/** `externalId` and `externalCustomerId` are nullable on read (CONTRACT.md 2.1), so null here means "none". */
function readNullableString(value: unknown, field: string, errors: FieldErrors): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value;
  addError(errors, field, NOT_A_STRING);
  return undefined;
}

const readString: Reader<string> = (value, field, errors) => {
  if (typeof value !== 'string') {
    addError(errors, field, NOT_A_STRING);
    return undefined;
  }
  if (value.trim() === '') {
    addError(errors, field, BLANK);
    return undefined;
  }
  return value;
};

const readInteger: Reader<number> = (value, field, errors) => {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
  addError(errors, field, NOT_AN_INTEGER);
  return undefined;
};

const readPositiveInteger: Reader<number> = (value, field, errors) => {
  const integer = readInteger(value, field, errors);
  if (integer === undefined || integer >= 1) return integer;
  addError(errors, field, atLeast(1));
  return undefined;
};

function choiceOf(choices: readonly number[]): Reader<number> {
  return (value, field, errors) => {
    const integer = readInteger(value, field, errors);
    if (integer === undefined || choices.includes(integer)) return integer;
    addError(errors, field, notAChoice(integer));
    return undefined;
  };
}

function readLineItems(value: unknown, errors: FieldErrors): LineItem[] | undefined {
  return readRequired(value, 'lineItems', errors, (items, field) => {
    if (!Array.isArray(items)) {
      addError(errors, field, `Expected a list of items but got type "${typeof items}".`);
      return undefined;
    }
    if (items.length === 0) {
      addError(errors, field, 'This list may not be empty.');
      return undefined;
    }
    const lineItems = items.map((item: unknown, index) => readLineItem(item, `${field}.${index}`, errors));
    return lineItems.every((item): item is LineItem => item !== undefined) ? lineItems : undefined;
  });
}

function readLineItem(item: unknown, field: string, errors: FieldErrors): LineItem | undefined {
  if (!isObject(item)) {
    addError(errors, field, NOT_AN_OBJECT);
    return undefined;
  }
  const invoiceId = readRequired(item.invoiceId, `${field}.invoiceId`, errors, readPositiveInteger);
  const amount = readRequired(item.amount, `${field}.amount`, errors, readAmount);
  return invoiceId === undefined || amount === undefined ? undefined : { invoiceId, amount };
}

/** Amounts are decimal strings ("20.00") greater than 0 with at most 4 decimals, the wire's precision. */
const readAmount: Reader<string> = (value, field, errors) => {
  if (typeof value !== 'string') {
    addError(errors, field, NOT_A_STRING);
    return undefined;
  }
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value);
  if (match === null) {
    addError(errors, field, NOT_A_NUMBER);
    return undefined;
  }
  const [, sign, whole = '', fraction = ''] = match;
  if (fraction.length > MAX_DECIMALS) {
    addError(errors, field, `Ensure that there are no more than ${MAX_DECIMALS} decimal places.`);
  } else if (whole.replace(/^0+/, '').length > MAX_WHOLE_DIGITS) {
    addError(errors, field, `Ensure that there are no more than ${MAX_WHOLE_DIGITS} digits before the decimal point.`);
  } else if (sign === '-' || parseUnits(value) === 0n) {
    addError(errors, field, 'Ensure this value is greater than 0.');
  } else {
    return value;
  }
  return undefined;
};

function readCurrency(value: unknown, errors: FieldErrors): string | undefined {
  return readRequired(value, 'currency', errors, (code, field) => {
    if (typeof code === 'string' && /^[A-Z]{3}$/.test(code)) return code;
    addError(errors, field, 'Enter a 3-letter uppercase ISO 4217 currency code.');
    return undefined;
  });
}

function readDetails(value: unknown, errors: FieldErrors): { memo?: string } | undefined {
  return readRequired(value, 'details', errors, (details, field) => {
    if (!isObject(details)) {
      addError(errors, field, NOT_AN_OBJECT);
      return undefined;
    }
    if (details.memo === undefined) return {};
    if (typeof details.memo === 'string') return { memo: details.memo };
    addError(errors, `${field}.memo`, details.memo === null ? NOT_NULL : NOT_A_STRING);
    return undefined;
  });
}
