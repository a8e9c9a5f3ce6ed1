/**
 * The body of a transaction record (docs/upstream-contract.md §6) as the sandbox accepts it, in zod. Stricter
 * than the real API may be on purpose: unknown fields are refused, so a gateway that sends more than the
 * documented body finds out here, and where the reference only gives an example (card fields), the sandbox
 * holds values to their usual form. Every problem is reported at once, the first one per field path
 * (`payment_instrument.card.last4`), as the Admin API's `errors` map has one message per field (§4.2).
 */
import { z } from 'zod';
import { fieldErrorsOf } from './field-errors.js';
import type { AdminFieldErrors } from './transactions-responses.js';

/** Purchases and authorizations take the same body; only the path and the `result` values differ. */
export type TransactionKind = 'purchase' | 'authorization';

/**
 * `result` values the sandbox accepts. The references list none (§7.23, §8.10): `PAID` is the purchase
 * example's; `AUTHORIZED` is the sandbox's assumption, so authorizations can be recorded at all.
 */
export const ACCEPTED_RESULTS: Readonly<Record<TransactionKind, readonly string[]>> = {
  purchase: ['PAID'],
  authorization: ['AUTHORIZED'],
};

const REQUIRED = 'This field is required.';

/** Absent and null mean the same here (documented for `avs_result` and `cvv_result`): both are "required". */
function mustBe(what: string) {
  return { abort: true, error: (issue: { input?: unknown }) => (issue.input == null ? REQUIRED : `Must be ${what}.`) };
}

const OBJECT_ERROR = {
  error: (issue: { code?: string; input?: unknown }) => {
    if (issue.code === 'unrecognized_keys') return 'Unknown field.';
    return issue.input == null ? REQUIRED : 'Must be an object.';
  },
};

const string = z.string(mustBe('a string'));
const wholeNumber = z.int(mustBe('a whole number'));

/** An optional field: null counts as left out, and is left out of the record. */
const optional = <T extends z.ZodType>(schema: T) => schema.nullish().transform((value) => value ?? undefined);

function withoutAbsent<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}

/**
 * `provider_data` is a map of strings. Checked by hand, not with z.record: a record rebuilds the object and
 * silently loses a key named `__proto__`, and the sandbox must record what it accepted.
 */
const providerData = z
  .custom<Record<string, string>>((value) => typeof value === 'object' && value !== null && !Array.isArray(value), {
    error: 'Must be an object.',
  })
  .superRefine((data, context) => {
    for (const [key, value] of Object.entries(data)) {
      if (key.trim() === '') context.addIssue({ code: 'custom', message: 'A key must not be blank.' });
      if (typeof value !== 'string') context.addIssue({ code: 'custom', message: 'Must be a string.', path: [key] });
    }
  });

/** Only the `card` variant is documented (§6, §8.10), with one example card and no field required. */
const card = z
  .strictObject(
    {
      type: optional(string),
      // The IIN (BIN) is 6 or 8 digits long (ISO/IEC 7812); the reference's example is `234324`.
      issuer_identification_number: optional(string.regex(/^\d{6}(\d{2})?$/, 'Must be 6 or 8 digits.')),
      last4: optional(string.regex(/^\d{4}$/, 'Must be exactly four digits.')),
      brand: optional(string),
      expires: optional(
        z.strictObject(
          {
            month: wholeNumber.refine((month) => month >= 1 && month <= 12, 'Must be a month from 1 to 12.'),
            year: wholeNumber.refine(
              (year) => year >= 1000 && year <= 9999,
              'Must be a four-digit year, such as 2030.',
            ),
          },
          OBJECT_ERROR,
        ),
      ),
    },
    OBJECT_ERROR,
  )
  .transform(withoutAbsent);

/** `avs_result` and `cvv_result` "must be omitted, null, or have all properties" (§6); all null is omitted. */
function allOrNothing<S extends Record<string, typeof string>>(shape: S) {
  const fields = Object.keys(shape);
  const nullable = Object.fromEntries(fields.map((field) => [field, string.nullish()])) as {
    [K in keyof S]: z.ZodOptional<z.ZodNullable<typeof string>>;
  };
  return z.strictObject(nullable, OBJECT_ERROR).transform((result, context) => {
    const given = Object.values(result).filter((value) => value != null).length;
    if (given === 0) return undefined;
    if (given < fields.length) {
      context.addIssue({ code: 'custom', message: `Give all of ${fields.join(', ')}, or none of them.` });
      return z.NEVER;
    }
    return result as { [K in keyof S]: string };
  });
}

function recordSchema(kind: TransactionKind) {
  const accepted = ACCEPTED_RESULTS[kind];
  return z
    .strictObject(
      {
        order_id: string.regex(/^[1-9]\d*$/, 'Must be a positive whole number written as a string, such as "123".'),
        // `{provider}.{method}` (§6): both parts present, one dot between them.
        payment_method_id: string.regex(/^[^.\s]+\.[^.\s]+$/, 'Must be {provider}.{method}, such as "stripeupe.card".'),
        // The reference says minLength 1; a blank id identifies nothing, so the sandbox refuses it too.
        provider_transaction_id: string.refine((id) => id.trim() !== '', 'Must not be blank.'),
        result: string.refine(
          (result) => accepted.includes(result),
          `Must be one of ${accepted.join(', ')} for a ${kind} transaction.`,
        ),
        // "Currently only COMPLETE is supported" (§6).
        status: optional(string.refine((status) => status === 'COMPLETE', 'Must be COMPLETE.')),
        is_test: optional(z.boolean({ error: 'Must be true or false.' })),
        provider_data: optional(providerData),
        payment_instrument: optional(z.strictObject({ card }, OBJECT_ERROR)),
        avs_result: optional(
          allOrNothing({ code: string, message: string, street_match: string, postal_match: string }),
        ),
        cvv_result: optional(allOrNothing({ code: string, message: string })),
      },
      OBJECT_ERROR,
    )
    .transform(withoutAbsent);
}

const RECORD_SCHEMAS = { purchase: recordSchema('purchase'), authorization: recordSchema('authorization') };

/** The body of POST .../purchases and .../authorizations, without null or absent optional fields. */
export type TransactionRecordBody = z.output<(typeof RECORD_SCHEMAS)[TransactionKind]>;

export type TransactionValidation =
  | { ok: true; value: TransactionRecordBody }
  | { ok: false; errors: AdminFieldErrors };

/** Checks a POST .../purchases or .../authorizations body; `body` is the parsed JSON object. */
export function validateTransactionRecord(body: Record<string, unknown>, kind: TransactionKind): TransactionValidation {
  const result = RECORD_SCHEMAS[kind].safeParse(body);
  if (result.success) return { ok: true, value: result.data };
  const errors = Object.entries(fieldErrorsOf(result.error.issues)).map(([field, [first = '']]) => [field, first]);
  return { ok: false, errors: Object.fromEntries(errors) };
}
