import { z } from 'zod';
import {
  CARD_IIN,
  CARD_LAST4,
  EXPIRY_MONTH,
  EXPIRY_YEAR,
  ORDER_ID,
  PAYMENT_METHOD_ID,
  PROVIDER_DATA_KEY,
  PROVIDER_TRANSACTION_ID,
  type ValueRule,
} from '../../upstream/admin/transactions-rules.js';
import type { TransactionKind, TransactionRecordBody, WireCard } from '../../upstream/admin/transactions-types.js';
import { builder, type BuilderTypes } from '../builder.js';
import { RESERVED_KEYS, cleanText, idempotencyKeyField, satisfies } from '../inputs.js';

/** The enum value that stands for a `result` the schema does not list; the value itself is in `otherResult`. */
const OTHER = 'OTHER';

/**
 * The escape hatch's value: the documented values are capitals (`PAID`, `COMPLETE`), so anything else is
 * more likely a typo than a value the upstream added.
 */
const OTHER_RESULT: ValueRule<string> = {
  test: (value) => /^[A-Z][A-Z0-9_]{0,63}$/.test(value),
  message: 'Must be capital letters, digits and underscores, starting with a letter, such as "PAID".',
};

const OTHER_DESCRIPTION =
  'A value this schema does not list yet: give it in `otherResult`. It is sent as it is; if the upstream refuses it, the answer is an `InvalidInputError` on `input.result`.';

/**
 * The `result` values each kind's enum lists, with their descriptions. docs/upstream-contract.md §6, §7.23, §8.10: the
 * references render the allowed values empty; the purchase example sends `PAID`; no authorization value
 * appears anywhere.
 */
const LISTED_RESULTS: Record<TransactionKind, Record<string, string>> = {
  purchase: { PAID: 'The provider took the payment.' },
  authorization: {},
};

function resultValues(kind: TransactionKind) {
  const listed = Object.entries(LISTED_RESULTS[kind]).map(([name, description]) => [
    name,
    { value: name, description },
  ]);
  return { ...Object.fromEntries(listed), [OTHER]: { value: OTHER, description: OTHER_DESCRIPTION } };
}

const PurchaseTransactionResult = builder.enumType('PurchaseTransactionResult', {
  description:
    'Outcome of the provider operation for a purchase. The reference lists no allowed values: `PAID` is the only one seen (in its example). Send any other value with `OTHER` and `otherResult`.',
  values: resultValues('purchase'),
});

const AuthorizationTransactionResult = builder.enumType('AuthorizationTransactionResult', {
  description:
    'Outcome of the provider operation for an authorization. The references show no value at all, so until BigCommerce documents them every value is sent with `OTHER` and `otherResult`.',
  values: resultValues('authorization'),
});

const TransactionRecordStatus = builder.enumType('TransactionRecordStatus', {
  description:
    'Operational state of the transaction record. "Currently only COMPLETE is supported"; the reference announces more for later releases.',
  values: { COMPLETE: { value: 'COMPLETE', description: 'The record is complete.' } } as const,
});

const ProviderDataEntry = builder.inputType('ProviderDataEntryInput', {
  description: 'One entry of the provider data map.',
  fields: (t) => ({
    key: t.string({ required: true, description: 'Key, e.g. `mandate_method_id`; not blank, unique in the list.' }),
    value: t.string({ required: true, description: 'Value, a string.' }),
  }),
});

const CardExpiry = builder.inputType('CardExpiryInput', {
  description: 'When the card expires.',
  fields: (t) => ({
    month: t.int({ required: true, description: 'Month, 1–12.' }),
    year: t.int({ required: true, description: 'Four-digit year, e.g. 2030.' }),
  }),
});

const PaymentCard = builder.inputType('PaymentCardInput', {
  description: 'The card used. The reference shows one example card and marks none of its fields required.',
  fields: (t) => ({
    type: t.string({ description: 'Card type, e.g. `CARD`.' }),
    issuerIdentificationNumber: t.string({ description: 'Issuer identification number (BIN): 6 or 8 digits.' }),
    last4: t.string({ description: 'Last four digits of the card number: exactly four digits.' }),
    brand: t.string({ description: 'Card brand, e.g. `VISA`.' }),
    expires: t.field({ type: CardExpiry, description: 'Expiry month and year.' }),
  }),
});

const PaymentInstrument = builder.inputType('PaymentInstrumentInput', {
  description: 'The payment instrument used. Only cards are documented; other kinds (ACH, wallets) are not yet.',
  fields: (t) => ({
    card: t.field({ type: PaymentCard, required: true, description: 'The card.' }),
  }),
});

/** Every field required: the upstream refuses a partly filled result (docs/upstream-contract.md §6). */
const AvsResult = builder.inputType('AvsResultInput', {
  description: 'Address verification (AVS) result from the provider: all four fields, or leave `avsResult` out.',
  fields: (t) => ({
    code: t.string({ required: true, description: 'AVS code, e.g. `Y`.' }),
    message: t.string({ required: true, description: 'e.g. `Address and postal code match`.' }),
    streetMatch: t.string({ required: true, description: 'Street match code, e.g. `Y`.' }),
    postalMatch: t.string({ required: true, description: 'Postal code match code, e.g. `Y`.' }),
  }),
});

const CvvResult = builder.inputType('CvvResultInput', {
  description: 'Card verification (CVV) result from the provider: both fields, or leave `cvvResult` out.',
  fields: (t) => ({
    code: t.string({ required: true, description: 'CVV code, e.g. `M`.' }),
    message: t.string({ required: true, description: 'e.g. `CVV matches`.' }),
  }),
});

type RecordInputFieldBuilder = PothosSchemaTypes.InputFieldBuilder<BuilderTypes, 'InputObject'>;

/** The fields both endpoints take (docs/upstream-contract.md §6: the same body); `result` differs by kind. */
function transactionRecordFields(t: RecordInputFieldBuilder) {
  return {
    orderId: t.id({
      required: true,
      description: 'BigCommerce order the transaction belongs to: a positive whole number, e.g. `"123"`.',
    }),
    paymentMethodId: t.string({
      required: true,
      description: 'Provider and method as `{provider}.{method}`, e.g. `stripeupe.card`.',
    }),
    providerTransactionId: t.string({
      required: true,
      description: "The transaction's id at the payment provider, e.g. `pi_3N...`; not blank.",
    }),
    otherResult: t.string({
      description:
        'Required with `result: OTHER`, and only then: the upstream value, in capitals (`^[A-Z][A-Z0-9_]*$`), and not one the enum lists.',
    }),
    status: t.field({
      type: TransactionRecordStatus,
      description: 'State of the record; the upstream assumes its default when left out.',
    }),
    isTest: t.boolean({ description: 'Whether this is a test transaction; the upstream default is false.' }),
    providerData: t.field({
      type: [ProviderDataEntry],
      description:
        'Extra data for the provider, as key–value pairs; the keys accepted vary by provider (Stripe: `mandate_method_id`, `override_method_id`).',
    }),
    paymentInstrument: t.field({ type: PaymentInstrument, description: 'The payment instrument used.' }),
    avsResult: t.field({ type: AvsResult, description: 'Address verification result: complete, or left out.' }),
    cvvResult: t.field({ type: CvvResult, description: 'Card verification result: complete, or left out.' }),
    idempotencyKey: idempotencyKeyField(t),
  };
}

export const RecordPurchaseTransactionInput = builder.inputType('RecordPurchaseTransactionInput', {
  description: 'A purchase (authorized and captured) processed outside BigCommerce, to record against an order.',
  fields: (t) => ({
    ...transactionRecordFields(t),
    result: t.field({ type: PurchaseTransactionResult, required: true, description: 'Outcome at the provider.' }),
  }),
});

export const RecordAuthorizationTransactionInput = builder.inputType('RecordAuthorizationTransactionInput', {
  description:
    'An authorization processed outside BigCommerce, to record against an order so it can be captured or voided later.',
  fields: (t) => ({
    ...transactionRecordFields(t),
    result: t.field({ type: AuthorizationTransactionResult, required: true, description: 'Outcome at the provider.' }),
  }),
});

/** Most provider data entries in one record: providers read a few keys (docs/upstream-contract.md §6). */
const MAX_PROVIDER_DATA_ENTRIES = 50;

const providerDataKey = satisfies(cleanText, PROVIDER_DATA_KEY).superRefine((key, context) => {
  if (RESERVED_KEYS.has(key)) {
    context.addIssue({ code: 'custom', message: `"${key}" names JavaScript object machinery: use another key.` });
  }
});

const providerData = z
  .array(z.object({ key: providerDataKey, value: cleanText }))
  .max(MAX_PROVIDER_DATA_ENTRIES, `Give at most ${MAX_PROVIDER_DATA_ENTRIES} entries.`)
  .superRefine((entries, context) => {
    const seen = new Set<string>();
    entries.forEach(({ key }, index) => {
      if (seen.has(key)) {
        context.addIssue({ code: 'custom', path: [index, 'key'], message: `Key "${key}" is given twice.` });
      }
      seen.add(key);
    });
  });

const cardFields = z.object({
  type: cleanText.nullish(),
  issuerIdentificationNumber: satisfies(z.string(), CARD_IIN).nullish(),
  last4: satisfies(z.string(), CARD_LAST4).nullish(),
  brand: cleanText.nullish(),
  expires: z.object({ month: satisfies(z.number(), EXPIRY_MONTH), year: satisfies(z.number(), EXPIRY_YEAR) }).nullish(),
});

/** The fields both kinds take, with their rules (docs/upstream-contract.md §6); `result` goes with `otherResult`. */
const transactionRecord = z.object({
  orderId: satisfies(z.string(), ORDER_ID),
  paymentMethodId: satisfies(z.string(), PAYMENT_METHOD_ID),
  providerTransactionId: satisfies(cleanText, PROVIDER_TRANSACTION_ID),
  result: z.string(),
  otherResult: z.string().nullish(),
  status: z.literal('COMPLETE').nullish(),
  isTest: z.boolean().nullish(),
  providerData: providerData.nullish(),
  paymentInstrument: z.object({ card: cardFields }).nullish(),
  avsResult: z
    .object({ code: cleanText, message: cleanText, streetMatch: cleanText, postalMatch: cleanText })
    .nullish(),
  cvvResult: z.object({ code: cleanText, message: cleanText }).nullish(),
  idempotencyKey: z.string().nullish(),
});

type TransactionRecordInput = z.output<typeof transactionRecord>;

/**
 * A record input's schema: it checks every field, lists every problem, and parses to exactly the documented
 * body (docs/upstream-contract.md §6), optional fields left out when not given, with the idempotency key beside it.
 */
export function transactionRecordRequest(kind: TransactionKind) {
  const listed = Object.keys(LISTED_RESULTS[kind]);
  return transactionRecord
    .superRefine((input, context) => {
      const problem = resultProblem(input.result, input.otherResult ?? undefined, listed);
      if (problem !== undefined) context.addIssue({ code: 'custom', path: ['otherResult'], message: problem });
    })
    .transform((input) => ({ body: transactionRecordBody(input), idempotencyKey: input.idempotencyKey }));
}

/** `result: OTHER` takes its value from `otherResult`, which is refused anywhere else. */
function resultProblem(result: string, otherResult: string | undefined, listed: readonly string[]): string | undefined {
  if (result !== OTHER) return otherResult === undefined ? undefined : `Give otherResult only with result: ${OTHER}.`;
  if (otherResult === undefined) return `Required with result: ${OTHER}.`;
  if (listed.includes(otherResult)) return `${otherResult} is listed: send result: ${otherResult} instead.`;
  return OTHER_RESULT.test(otherResult) ? undefined : OTHER_RESULT.message;
}

function transactionRecordBody(input: TransactionRecordInput): TransactionRecordBody {
  const { avsResult, cvvResult } = input;
  return {
    order_id: input.orderId,
    payment_method_id: input.paymentMethodId,
    provider_transaction_id: input.providerTransactionId,
    result: input.result === OTHER ? (input.otherResult ?? '') : input.result,
    ...(input.status && { status: input.status }),
    ...(typeof input.isTest === 'boolean' && { is_test: input.isTest }),
    // Keys are checked: none is __proto__, so each becomes an own entry of the map.
    ...(input.providerData && {
      provider_data: Object.fromEntries(input.providerData.map(({ key, value }) => [key, value])),
    }),
    ...(input.paymentInstrument && { payment_instrument: { card: wireCard(input.paymentInstrument.card) } }),
    ...(avsResult && {
      avs_result: {
        code: avsResult.code,
        message: avsResult.message,
        street_match: avsResult.streetMatch,
        postal_match: avsResult.postalMatch,
      },
    }),
    ...(cvvResult && { cvv_result: { code: cvvResult.code, message: cvvResult.message } }),
  };
}

function wireCard(card: z.output<typeof cardFields>): WireCard {
  return {
    ...(card.type != null && { type: card.type }),
    ...(card.issuerIdentificationNumber != null && { issuer_identification_number: card.issuerIdentificationNumber }),
    ...(card.last4 != null && { last4: card.last4 }),
    ...(card.brand != null && { brand: card.brand }),
    ...(card.expires && { expires: { month: card.expires.month, year: card.expires.year } }),
  };
}
