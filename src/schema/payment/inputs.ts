/**
 * The inputs of the payment mutations and their rules: each input is checked by its schema (the validation plugin
 * runs it before the resolver, so every problem comes back at once as an InvalidInputError, before anything is sent)
 * and becomes exactly the request the contract documents (docs/upstream-contract.md §2.6, §2.7, §2.7b, §2.7c).
 */
import { z } from 'zod';
import type { OfflinePaymentBody, OfflinePaymentUpdateBody } from '../../upstream/b2b/payments-types.js';
import { builder, type BuilderTypes } from '../builder.js';
import { TEXT_LIMITS, freeText, idOf, idempotencyKeyField, knownCode, omitUndefined, positiveId } from '../inputs.js';
import { ACTIVE_CURRENCY_CODES } from './currency-codes.js';
import { FundingStatus, PaymentOperation, SettableProcessingStatus } from './enums.js';

/**
 * Most line items one payment may carry. The contract sets no bound; a payment of every invoice on a full
 * page (250, the list maximum) fits, and the request body stays far below the upstream's limits.
 */
const MAX_LINE_ITEMS = 250;

const PaymentLineItemInput = builder.inputType('PaymentLineItemInput', {
  description: 'The part of a payment applied to one invoice.',
  fields: (t) => ({
    invoiceId: t.id({
      required: true,
      description: 'Id of the B2B Edition invoice paid, a positive integer; each invoice at most once in a payment.',
    }),
    amount: t.field({
      type: 'Decimal',
      required: true,
      description:
        'Amount applied to the invoice in the payment currency: greater than 0, at most 4 fraction digits, e.g. `"20.00"`.',
    }),
  }),
});

type InputFieldBuilder = PothosSchemaTypes.InputFieldBuilder<BuilderTypes, 'InputObject'>;

const paymentIdField = (t: InputFieldBuilder, description: string) => t.id({ required: true, description });

/** The fields of POST /payments/offline (docs/upstream-contract.md §2.7b), under GraphQL names. */
const offlinePaymentFields = (t: InputFieldBuilder) => ({
  lineItems: t.field({
    type: [PaymentLineItemInput],
    required: true,
    description: `The invoices paid and the amount applied to each; 1–${MAX_LINE_ITEMS} of them.`,
  }),
  currencyCode: t.string({
    required: true,
    description: 'Active ISO 4217 code of the payment currency, in capitals, e.g. `USD` (upstream `currency`).',
  }),
  memo: t.string({
    required: false,
    description:
      `Memo recorded with the payment (upstream \`details.memo\`), at most ${TEXT_LIMITS.memo} characters; ` +
      'it may hold line feeds, no other control characters.',
  }),
  customerId: t.id({
    required: true,
    description: 'B2B Edition company id of the company the payment is for, a positive integer.',
  }),
  externalId: t.string({
    required: false,
    description: `Id of the payment in an ERP, at most ${TEXT_LIMITS.short} characters.`,
  }),
  externalCustomerId: t.string({
    required: false,
    description: `Id of the company in an ERP, at most ${TEXT_LIMITS.short} characters.`,
  }),
  payerName: t.string({
    required: false,
    description: `Who paid, e.g. \`Check\`, at most ${TEXT_LIMITS.short} characters; upstream default "Store offline payment".`,
  }),
  payerCustomerId: t.id({
    required: false,
    description: 'B2B Edition company id of the payer, a positive integer; upstream default: `customerId`.',
  }),
  processingStatus: t.field({
    type: SettableProcessingStatus,
    required: false,
    description: 'Processing status to record; upstream default COMPLETED.',
  }),
  channelId: t.id({ required: false, description: 'BigCommerce channel id, a positive integer.' }),
});

export const CreateOfflinePaymentInput = builder.inputType('CreateOfflinePaymentInput', {
  description:
    'A payment received outside BigCommerce (check, wire...), applied to one or more invoices (POST /payments/offline).',
  fields: (t) => ({ ...offlinePaymentFields(t), idempotencyKey: idempotencyKeyField(t) }),
});

export const UpdateOfflinePaymentInput = builder.inputType('UpdateOfflinePaymentInput', {
  description:
    'The new content of an offline payment (PUT /payments/offline/{id}). It replaces the payment: an optional field left out goes back to its upstream default.',
  fields: (t) => ({
    paymentId: paymentIdField(t, 'Id of the offline payment to replace, a positive integer.'),
    ...offlinePaymentFields(t),
    fundingStatus: t.field({
      type: FundingStatus.ref,
      required: false,
      description:
        'Funding status to record (meanings undocumented upstream); upstream default FUNDING_STATUS_2. UNKNOWN is refused.',
    }),
    idempotencyKey: idempotencyKeyField(t),
  }),
});

export const DeletePaymentInput = builder.inputType('DeletePaymentInput', {
  description: 'The payment to delete (DELETE /payments/{id}).',
  fields: (t) => ({
    paymentId: paymentIdField(t, 'Id of the payment to delete, a positive integer.'),
    idempotencyKey: idempotencyKeyField(t),
  }),
});

export const PerformPaymentOperationInput = builder.inputType('PerformPaymentOperationInput', {
  description: 'An operation to perform on a payment (POST /payments/{id}/operations).',
  fields: (t) => ({
    paymentId: paymentIdField(t, 'Id of the payment, a positive integer.'),
    operation: t.field({
      type: PaymentOperation.ref,
      required: true,
      description: "The operation; one of the payment's `operations.allowedOperations`. UNKNOWN is refused.",
    }),
    idempotencyKey: idempotencyKeyField(t),
  }),
});

export const UpdatePaymentProcessingStatusInput = builder.inputType('UpdatePaymentProcessingStatusInput', {
  description: 'A new processing status for a payment (PUT /payments/{id}/processing-status).',
  fields: (t) => ({
    paymentId: paymentIdField(t, 'Id of the payment, a positive integer.'),
    processingStatus: t.field({
      type: SettableProcessingStatus,
      required: true,
      description: "The new status; one of the payment's `operations.allowedStatuses`.",
    }),
    idempotencyKey: idempotencyKeyField(t),
  }),
});

/**
 * Amounts: at most 4 fraction digits, the wire's precision (docs/upstream-contract.md §7.4); 15 whole digits is
 * beyond any invoice.
 */
const MAX_FRACTION_DIGITS = 4;
const MAX_WHOLE_DIGITS = 15;

/** A money amount: greater than 0, at most 4 fraction digits. The Decimal scalar has checked its shape. */
const positiveAmount = z.string().superRefine((value, context) => {
  const [whole = '', fraction = ''] = value.replace(/^-/, '').split('.');
  const problem =
    fraction.length > MAX_FRACTION_DIGITS
      ? `Use at most ${MAX_FRACTION_DIGITS} digits after the decimal point.`
      : whole.replace(/^0+/, '').length > MAX_WHOLE_DIGITS
        ? `Use at most ${MAX_WHOLE_DIGITS} digits before the decimal point.`
        : value.startsWith('-') || /^[0.]+$/.test(value)
          ? 'Must be greater than 0.'
          : undefined;
  if (problem !== undefined) context.addIssue({ code: 'custom', message: problem });
});

const currencyCode = z.string().superRefine((value, context) => {
  if (ACTIVE_CURRENCY_CODES.has(value)) return;
  const capitals = value.toUpperCase();
  const hint = ACTIVE_CURRENCY_CODES.has(capitals) ? ` Write it in capitals: "${capitals}".` : '';
  const message = `"${value.slice(0, 10)}" is not an active ISO 4217 currency code.${hint}`;
  context.addIssue({ code: 'custom', message });
});

const lineItems = z
  .array(z.object({ invoiceId: positiveId, amount: positiveAmount }))
  .min(1, 'Give at least one line item: a payment pays at least one invoice.')
  .max(MAX_LINE_ITEMS, `Give at most ${MAX_LINE_ITEMS} line items.`)
  .superRefine((items, context) => {
    const seen = new Set<number>();
    items.forEach(({ invoiceId }, index) => {
      const id = idOf(invoiceId);
      if (seen.has(id)) {
        const message = `Invoice ${id} is already on an earlier line: one line per invoice.`;
        context.addIssue({ code: 'custom', path: [index, 'invoiceId'], message });
      }
      seen.add(id);
    });
  });

/** The fields of POST /payments/offline, under their GraphQL names, with their rules. */
const offlinePayment = {
  lineItems,
  currencyCode,
  memo: freeText(TEXT_LIMITS.memo, { lineFeeds: true }).nullish(),
  customerId: positiveId,
  externalId: freeText(TEXT_LIMITS.short).nullish(),
  externalCustomerId: freeText(TEXT_LIMITS.short).nullish(),
  payerName: freeText(TEXT_LIMITS.short).nullish(),
  payerCustomerId: positiveId.nullish(),
  processingStatus: z.number().nullish(),
  channelId: positiveId.nullish(),
  idempotencyKey: z.string().nullish(),
};

/**
 * Sends exactly what docs/upstream-contract.md §2.7b documents: `currency`, `details: { memo }` (required, so `{}`
 * without a memo), `customerId` as a string, `channelId` as an integer, amounts as the decimal strings given, and
 * optional fields only when set, so the upstream applies its own defaults.
 */
function offlinePaymentBody(input: z.output<z.ZodObject<typeof offlinePayment>>): OfflinePaymentBody {
  return {
    lineItems: input.lineItems.map((item) => ({ invoiceId: idOf(item.invoiceId), amount: item.amount })),
    currency: input.currencyCode,
    details: input.memo == null ? {} : { memo: input.memo },
    customerId: String(idOf(input.customerId)),
    ...omitUndefined({
      externalId: input.externalId ?? undefined,
      externalCustomerId: input.externalCustomerId ?? undefined,
      payerName: input.payerName ?? undefined,
      payerCustomerId: input.payerCustomerId == null ? undefined : String(idOf(input.payerCustomerId)),
      processingStatus: input.processingStatus ?? undefined,
      channelId: input.channelId == null ? undefined : idOf(input.channelId),
    }),
  };
}

/** The body of POST /payments/offline (docs/upstream-contract.md §2.7b). */
export const createOfflinePaymentRequest = z
  .object(offlinePayment)
  .transform((input) => ({ body: offlinePaymentBody(input), idempotencyKey: input.idempotencyKey }));

/** PUT /payments/offline/{id} (docs/upstream-contract.md §2.7c): the create body plus fundingStatus. */
export const updateOfflinePaymentRequest = z
  .object({ paymentId: positiveId, ...offlinePayment, fundingStatus: knownCode.nullish() })
  .transform((input) => {
    const body: OfflinePaymentUpdateBody = { ...offlinePaymentBody(input) };
    if (input.fundingStatus != null) body.fundingStatus = input.fundingStatus;
    return { paymentId: idOf(input.paymentId), body, idempotencyKey: input.idempotencyKey };
  });

/** DELETE /payments/{id} (docs/upstream-contract.md §2.4). */
export const deletePaymentRequest = z
  .object({ paymentId: positiveId, idempotencyKey: z.string().nullish() })
  .transform((input) => ({ paymentId: idOf(input.paymentId), idempotencyKey: input.idempotencyKey }));

/** POST /payments/{id}/operations (docs/upstream-contract.md §2.6): code 3 is sendable, UNKNOWN is not. */
export const paymentOperationRequest = z
  .object({ paymentId: positiveId, operation: knownCode, idempotencyKey: z.string().nullish() })
  .transform((input) => ({
    paymentId: idOf(input.paymentId),
    operationCode: input.operation,
    idempotencyKey: input.idempotencyKey,
  }));

/** PUT /payments/{id}/processing-status `{ processingStatus }` (docs/upstream-contract.md §2.7). */
export const processingStatusRequest = z
  .object({ paymentId: positiveId, processingStatus: z.number(), idempotencyKey: z.string().nullish() })
  .transform((input) => ({
    paymentId: idOf(input.paymentId),
    processingStatus: input.processingStatus,
    idempotencyKey: input.idempotencyKey,
  }));
