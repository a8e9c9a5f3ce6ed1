/**
 * Validation of transaction record bodies (CONTRACT.md 6), with the value rules the gateway checks too
 * (`upstream/transactions-rules.ts`). Stricter than the real API may be on purpose: unknown fields are
 * refused, so a gateway that sends more than the documented body finds out here. Every problem is
 * reported at once, one message per field path (`payment_instrument.card.last4`).
 */
import {
  AVS_RESULT_FIELDS,
  CARD_IIN,
  CARD_LAST4,
  CVV_RESULT_FIELDS,
  EXPIRY_MONTH,
  EXPIRY_YEAR,
  ORDER_ID,
  PAYMENT_METHOD_ID,
  PROVIDER_DATA_KEY,
  PROVIDER_TRANSACTION_ID,
  type ValueRule,
} from '../upstream/admin/transactions-rules.js';
import type {
  TransactionKind,
  TransactionRecordBody,
  WireAvsResult,
  WireCard,
  WireCvvResult,
} from '../upstream/admin/transactions-types.js';
import type { AdminFieldErrors } from './transactions-responses.js';

export type TransactionValidation =
  | { ok: true; value: TransactionRecordBody }
  | { ok: false; errors: AdminFieldErrors };

/**
 * `result` values the sandbox accepts. The references list none (CONTRACT.md 7.23, 8.10): `PAID` is the
 * purchase example's; `AUTHORIZED` is the sandbox's assumption, so authorizations can be recorded at all.
 */
export const ACCEPTED_RESULTS: Readonly<Record<TransactionKind, readonly string[]>> = {
  purchase: ['PAID'],
  authorization: ['AUTHORIZED'],
};

const STATUSES = ['COMPLETE'];
const FIELDS = [
  'order_id',
  'payment_method_id',
  'provider_transaction_id',
  'result',
  'status',
  'is_test',
  'provider_data',
  'payment_instrument',
  'avs_result',
  'cvv_result',
];
const CARD_FIELDS = ['type', 'issuer_identification_number', 'last4', 'brand', 'expires'];

type Body = Record<string, unknown>;

function isObject(value: unknown): value is Body {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Absent and null mean the same for optional fields (documented for `avs_result`/`cvv_result`). */
const isAbsent = (value: unknown): value is null | undefined => value === undefined || value === null;

/** Collects the first problem of each field path. */
class BodyReader {
  readonly errors: AdminFieldErrors = {};

  fail(field: string, message: string): undefined {
    this.errors[field] ??= message;
    return undefined;
  }

  onlyKnown(body: Body, known: readonly string[], prefix: string): void {
    for (const key of Object.keys(body)) if (!known.includes(key)) this.fail(prefix + key, 'Unknown field.');
  }

  required(value: unknown, field: string): unknown {
    return isAbsent(value) ? this.fail(field, 'This field is required.') : value;
  }

  string(value: unknown, field: string, rule?: ValueRule<string>): string | undefined {
    if (typeof value !== 'string') return this.fail(field, 'Must be a string.');
    if (rule && !rule.test(value)) return this.fail(field, rule.message);
    return value;
  }

  integer(value: unknown, field: string, rule: ValueRule<number>): number | undefined {
    if (typeof value !== 'number' || !Number.isInteger(value)) return this.fail(field, 'Must be a whole number.');
    return rule.test(value) ? value : this.fail(field, rule.message);
  }

  object(value: unknown, field: string): Body | undefined {
    return isObject(value) ? value : this.fail(field, 'Must be an object.');
  }
}

/** Checks a POST .../purchases or .../authorizations body; `body` is the parsed JSON object. */
export function validateTransactionRecord(body: Body, kind: TransactionKind): TransactionValidation {
  const read = new BodyReader();
  read.onlyKnown(body, FIELDS, '');
  const requiredString = (field: string, rule: ValueRule<string>) => {
    const value = read.required(body[field], field);
    return value === undefined ? undefined : read.string(value, field, rule);
  };
  const accepted = ACCEPTED_RESULTS[kind];
  const record = {
    order_id: requiredString('order_id', ORDER_ID),
    payment_method_id: requiredString('payment_method_id', PAYMENT_METHOD_ID),
    provider_transaction_id: requiredString('provider_transaction_id', PROVIDER_TRANSACTION_ID),
    result: requiredString('result', {
      test: (value) => accepted.includes(value),
      message: `Must be one of ${accepted.join(', ')} for a ${kind} transaction.`,
    }),
    status: optional(body['status'], (value) =>
      read.string(value, 'status', { test: (s) => STATUSES.includes(s), message: 'Must be COMPLETE.' }),
    ),
    is_test: optional(body['is_test'], (value) =>
      typeof value === 'boolean' ? value : read.fail('is_test', 'Must be true or false.'),
    ),
    provider_data: optional(body['provider_data'], (value) => readProviderData(read, value)),
    payment_instrument: optional(body['payment_instrument'], (value) => readPaymentInstrument(read, value)),
    avs_result: optional(body['avs_result'], (value) =>
      readAllOrNothing<WireAvsResult>(read, value, 'avs_result', AVS_RESULT_FIELDS),
    ),
    cvv_result: optional(body['cvv_result'], (value) =>
      readAllOrNothing<WireCvvResult>(read, value, 'cvv_result', CVV_RESULT_FIELDS),
    ),
  };
  if (Object.keys(read.errors).length > 0) return { ok: false, errors: read.errors };
  return { ok: true, value: withoutAbsent(record) as unknown as TransactionRecordBody };
}

function optional<T>(value: unknown, readValue: (value: unknown) => T | undefined): T | undefined {
  return isAbsent(value) ? undefined : readValue(value);
}

function withoutAbsent(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}

function readProviderData(read: BodyReader, value: unknown): Record<string, string> | undefined {
  const data = read.object(value, 'provider_data');
  if (!data) return undefined;
  for (const [key, entry] of Object.entries(data)) {
    if (!PROVIDER_DATA_KEY.test(key)) read.fail('provider_data', PROVIDER_DATA_KEY.message);
    read.string(entry, `provider_data.${key}`);
  }
  return data as Record<string, string>;
}

/** Only the `card` variant is documented (CONTRACT.md 6, 8.10), so it is required here. */
function readPaymentInstrument(read: BodyReader, value: unknown): { card: WireCard } | undefined {
  const instrument = read.object(value, 'payment_instrument');
  if (!instrument) return undefined;
  read.onlyKnown(instrument, ['card'], 'payment_instrument.');
  const card = read.object(read.required(instrument['card'], 'payment_instrument.card'), 'payment_instrument.card');
  if (!card) return undefined;
  const at = (field: string) => `payment_instrument.card.${field}`;
  read.onlyKnown(card, CARD_FIELDS, at(''));
  const check = (field: string, rule?: ValueRule<string>) =>
    optional(card[field], (value) => read.string(value, at(field), rule));
  check('type');
  check('issuer_identification_number', CARD_IIN);
  check('last4', CARD_LAST4);
  check('brand');
  optional(card['expires'], (v) => {
    const expires = read.object(v, at('expires'));
    if (!expires) return undefined;
    read.onlyKnown(expires, ['month', 'year'], at('expires.'));
    read.integer(read.required(expires['month'], at('expires.month')), at('expires.month'), EXPIRY_MONTH);
    read.integer(read.required(expires['year'], at('expires.year')), at('expires.year'), EXPIRY_YEAR);
    return expires;
  });
  return { card: card as WireCard };
}

/**
 * `avs_result` and `cvv_result` "must be omitted, null, or have all properties" (CONTRACT.md 6): a
 * partly filled object is refused; one with every property null counts as omitted.
 */
function readAllOrNothing<T>(
  read: BodyReader,
  value: unknown,
  field: string,
  fields: readonly string[],
): T | undefined {
  const result = read.object(value, field);
  if (!result) return undefined;
  read.onlyKnown(result, fields, `${field}.`);
  const given = fields.filter((name) => !isAbsent(result[name]));
  if (given.length === 0) return undefined;
  if (given.length < fields.length) return read.fail(field, `Give all of ${fields.join(', ')}, or none of them.`);
  for (const name of fields) read.string(result[name], `${field}.${name}`);
  return result as T;
}
