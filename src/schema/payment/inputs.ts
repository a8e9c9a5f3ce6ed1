/**
 * The inputs of the payment mutations and their checks: each input becomes exactly the request body the
 * contract documents (CONTRACT.md 2.6, 2.7, 2.7b, 2.7c), or an InvalidInputError listing every problem,
 * before anything is sent. Input paths in the errors are the GraphQL ones (`input.lineItems[1].amount`).
 */
import type { OfflinePaymentBody, OfflinePaymentUpdateBody } from '../../upstream/payments-types.js';
import { builder, type BuilderTypes } from '../builder.js';
import { InvalidInputError } from '../errors.js';
import { InputChecker, TEXT_LIMITS, idempotencyKeyField, omitUndefined } from '../inputs.js';
import { FundingStatus, PaymentOperation, SettableProcessingStatus } from './enums.js';

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
      description: 'Amount applied to the invoice in the payment currency: greater than 0, at most 4 fraction digits, e.g. `"20.00"`.',
    }),
  }),
});

type InputFieldBuilder = PothosSchemaTypes.InputFieldBuilder<BuilderTypes, 'InputObject'>;

const paymentIdField = (t: InputFieldBuilder, description: string) => t.id({ required: true, description });

/** The fields of POST /payments/offline (CONTRACT.md 2.7b), under GraphQL names. */
const offlinePaymentFields = (t: InputFieldBuilder) => ({
  lineItems: t.field({
    type: [PaymentLineItemInput],
    required: true,
    description: 'The invoices paid and the amount applied to each; at least one.',
  }),
  currencyCode: t.string({
    required: true,
    description: 'Active ISO 4217 code of the payment currency, in capitals, e.g. `USD` (upstream `currency`).',
  }),
  memo: t.string({
    required: false,
    description: `Memo recorded with the payment (upstream \`details.memo\`), at most ${TEXT_LIMITS.memo} characters.`,
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
  description: 'A payment received outside BigCommerce (check, wire...), applied to one or more invoices (POST /payments/offline).',
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
      description: 'Funding status to record (meanings undocumented upstream); upstream default FUNDING_STATUS_2. UNKNOWN is refused.',
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
      description: 'The operation; one of the payment\'s `operations.allowedOperations`. UNKNOWN is refused.',
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
      description: 'The new status; one of the payment\'s `operations.allowedStatuses`.',
    }),
    idempotencyKey: idempotencyKeyField(t),
  }),
});

/** The body of POST /payments/offline (CONTRACT.md 2.7b). */
export function createOfflinePaymentRequest(input: typeof CreateOfflinePaymentInput.$inferInput): OfflinePaymentBody {
  const check = new InputChecker();
  return validated(check, offlinePaymentBody(input, check));
}

/** The path id and body of PUT /payments/offline/{id} (CONTRACT.md 2.7c): the create body plus fundingStatus. */
export function updateOfflinePaymentRequest(input: typeof UpdateOfflinePaymentInput.$inferInput): {
  paymentId: number;
  body: OfflinePaymentUpdateBody;
} {
  const check = new InputChecker();
  const paymentId = check.positiveId(input.paymentId, 'input.paymentId');
  const body = offlinePaymentBody(input, check);
  const fundingStatus = input.fundingStatus == null ? undefined : check.knownCode(input.fundingStatus, 'input.fundingStatus');
  return validated(
    check,
    paymentId !== undefined && body !== undefined
      ? { paymentId, body: { ...body, ...(fundingStatus !== undefined && { fundingStatus }) } }
      : undefined,
  );
}

export function deletePaymentRequest(input: typeof DeletePaymentInput.$inferInput): number {
  const check = new InputChecker();
  return validated(check, check.positiveId(input.paymentId, 'input.paymentId'));
}

/** POST /payments/{id}/operations `{ operationCode }` (CONTRACT.md 2.6): code 3 is sendable, UNKNOWN is not. */
export function paymentOperationRequest(input: typeof PerformPaymentOperationInput.$inferInput): {
  paymentId: number;
  operationCode: number;
} {
  const check = new InputChecker();
  const paymentId = check.positiveId(input.paymentId, 'input.paymentId');
  const operationCode = check.knownCode(input.operation, 'input.operation');
  return validated(
    check,
    paymentId !== undefined && operationCode !== undefined ? { paymentId, operationCode } : undefined,
  );
}

/** PUT /payments/{id}/processing-status `{ processingStatus }` (CONTRACT.md 2.7). */
export function processingStatusRequest(input: typeof UpdatePaymentProcessingStatusInput.$inferInput): {
  paymentId: number;
  processingStatus: number;
} {
  const check = new InputChecker();
  const paymentId = check.positiveId(input.paymentId, 'input.paymentId');
  return validated(check, paymentId === undefined ? undefined : { paymentId, processingStatus: input.processingStatus });
}

/** Throws every problem found as one InvalidInputError; otherwise hands back the checked request. */
function validated<T>(check: InputChecker, request: T | undefined): T {
  if (check.hasProblems || request === undefined) throw new InvalidInputError(check.fieldProblems);
  return request;
}

/**
 * Sends exactly what CONTRACT.md 2.7b documents: `currency`, `details: { memo }` (required, so `{}` without a
 * memo), `customerId` as a string, `channelId` as an integer, amounts as the decimal strings given, and
 * optional fields only when set, so the upstream applies its own defaults.
 */
function offlinePaymentBody(
  input: typeof CreateOfflinePaymentInput.$inferInput,
  check: InputChecker,
): OfflinePaymentBody | undefined {
  const lineItems = lineItemsOf(input.lineItems, check);
  const currency = check.currencyCode(input.currencyCode, 'input.currencyCode');
  const memo = check.optionalText(input.memo, 'input.memo', TEXT_LIMITS.memo);
  const customerId = check.positiveId(input.customerId, 'input.customerId');
  const optional = {
    externalId: check.optionalText(input.externalId, 'input.externalId', TEXT_LIMITS.short),
    externalCustomerId: check.optionalText(input.externalCustomerId, 'input.externalCustomerId', TEXT_LIMITS.short),
    payerName: check.optionalText(input.payerName, 'input.payerName', TEXT_LIMITS.short),
    payerCustomerId: check.optionalPositiveId(input.payerCustomerId, 'input.payerCustomerId')?.toString(),
    processingStatus: input.processingStatus ?? undefined,
    channelId: check.optionalPositiveId(input.channelId, 'input.channelId'),
  };
  if (lineItems === undefined || currency === undefined || customerId === undefined) return undefined;
  const details = memo === undefined ? {} : { memo };
  return { lineItems, currency, details, customerId: String(customerId), ...omitUndefined(optional) };
}

function lineItemsOf(
  items: ReadonlyArray<typeof PaymentLineItemInput.$inferInput>,
  check: InputChecker,
): OfflinePaymentBody['lineItems'] | undefined {
  if (items.length === 0) {
    check.report('input.lineItems', 'Give at least one line item: a payment pays at least one invoice.');
    return undefined;
  }
  const seen = new Set<number>();
  const lines = items.map((item, index) => {
    const path = `input.lineItems[${index}]`;
    const invoiceId = check.positiveId(item.invoiceId, `${path}.invoiceId`);
    if (invoiceId !== undefined && seen.has(invoiceId)) {
      check.report(`${path}.invoiceId`, `Invoice ${invoiceId} is already on an earlier line: one line per invoice.`);
    }
    if (invoiceId !== undefined) seen.add(invoiceId);
    const amount = check.positiveAmount(item.amount, `${path}.amount`);
    return invoiceId === undefined || amount === undefined ? undefined : { invoiceId, amount };
  });
  return lines.every((line) => line !== undefined) ? lines : undefined;
}
