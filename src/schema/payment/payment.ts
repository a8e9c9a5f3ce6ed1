import type { WireModuleData, WirePayment } from '../../upstream/b2b/payments-types.js';
import { UpstreamError } from '../../upstream/errors.js';
import type { GatewayContext } from '../../context.js';
import { builder } from '../builder.js';
import { parsePositiveId } from '../inputs.js';
import { LineItemRef } from './line-item.js';
import { MoneyRef } from './money.js';
import { AppliedStatus, FundingStatus, ProcessingStatus } from './enums.js';
import { PaymentOperationsRef } from './operations.js';
import { TransactionRef } from './transaction.js';

/**
 * A payment and everything read with it. Query.payment and Query.payments are in queries.ts, the writes in
 * mutations.ts; `company` and the line items' `invoice` are entity references (../federation/).
 */
export const PaymentRef = builder.objectRef<WirePayment>('Payment');

const PaymentDetailsRef = builder.objectRef<WirePayment['details']>('PaymentDetails').implement({
  description: 'Free-form details recorded with the payment.',
  fields: (t) => ({
    memo: t.exposeString('memo', { nullable: true, description: 'Memo, e.g. `Payment received via offline check`.' }),
  }),
});

const PaymentModuleDataRef = builder.objectRef<WireModuleData>('PaymentModuleData').implement({
  description: 'Data of the payment module that took the payment. Its shape depends on the module.',
  fields: (t) => ({
    transactions: t.field({
      type: [TransactionRef],
      description:
        'Transactions as embedded in the payment record (the `transactions` field of Payment reads the dedicated endpoint).',
      resolve: (data) => data.transactions,
    }),
    cartId: t.string({
      nullable: true,
      description: 'Cart id, for `payments_bigcommerce_sales_order`.',
      resolve: (data) => data.cartId ?? null,
    }),
    orderId: t.field({
      type: 'ID',
      nullable: true,
      description: 'BigCommerce order id, for `payments_bigcommerce_sales_order`.',
      resolve: (data) => (data.orderId == null ? null : String(data.orderId)),
    }),
    raw: t.field({
      type: 'JSON',
      description: 'The whole module data as the upstream sent it, for module-specific fields not modelled here.',
      resolve: (data) => data,
    }),
  }),
});

/**
 * Fields that may cost their own upstream call are nullable: when that call fails, the field is null and the
 * error names its path, and the rest of the payment, and of its page, still comes back (docs/api.md,
 * "Partial answers").
 */
const OWN_CALL = { nullable: true } as const;

/**
 * Fields whose upstream value may be one GraphQL cannot show are nullable too: the contract types times and codes as
 * any `number` (docs/upstream-contract.md §2.1), so `createdAt: 1e20` (past year 275760) or a code of 2^40 (past Int)
 * fails only its own field, with a located error, instead of nulling the payment and its whole page.
 */
const UPSTREAM_NUMBER = { nullable: true } as const;

PaymentRef.implement({
  description:
    'A payment recorded in B2B Edition Invoice Management: who paid, how much, for which invoices, through which payment module, and where it stands.',
  fields: (t) => ({
    // Ids are numbers upstream; as text, any number the upstream sends reads as an ID.
    id: t.id({ description: 'Payment id (a positive integer upstream).', resolve: (payment) => String(payment.id) }),
    createdAt: t.field({
      ...UPSTREAM_NUMBER,
      type: 'DateTime',
      description:
        'When the payment was created, to the millisecond; null when the upstream time is past what a date can hold (see errors).',
      resolve: (p) => p.createdAt,
    }),
    createdAtUnix: t.float({
      description: 'When the payment was created, as the upstream sent it: Unix seconds, fractions kept.',
      resolve: (p) => p.createdAt,
    }),
    updatedAt: t.field({
      ...UPSTREAM_NUMBER,
      type: 'DateTime',
      description:
        'When the payment last changed, to the millisecond; null when the upstream time is past what a date can hold (see errors).',
      resolve: (p) => p.updatedAt,
    }),
    updatedAtUnix: t.float({
      description: 'When the payment last changed, as the upstream sent it: Unix seconds, fractions kept.',
      resolve: (p) => p.updatedAt,
    }),
    storeHash: t.exposeString('storeHash', { description: 'Hash of the BigCommerce store the payment belongs to.' }),
    customerId: t.id({
      description: 'B2B Edition company id of the company the payment is for.',
      resolve: (payment) => payment.customerId,
    }),
    customerName: t.exposeString('customerName', { description: 'Name of that company; may be empty.' }),
    externalId: t.exposeString('externalId', { nullable: true, description: 'Id of the payment in an ERP.' }),
    externalCustomerId: t.exposeString('externalCustomerId', {
      nullable: true,
      description: 'Id of the company in an ERP.',
    }),
    payerName: t.exposeString('payerName', { description: 'Who paid, e.g. `Check` or `Store offline payment`.' }),
    payerCustomerId: t.id({
      description: "B2B Edition company id of the payer; the payment's company unless set otherwise.",
      resolve: (payment) => payment.payerCustomerId,
    }),
    moduleName: t.exposeString('moduleName', {
      description:
        'Payment module, an open set: seen `payments_offline`, `payments_bigcommerce_sales_order`, `payments_test`, `payments_minibc`.',
    }),
    processingStatus: t.field({
      type: ProcessingStatus.ref,
      description: 'Processing status; `UNKNOWN` for a code this gateway does not know (see `processingStatusCode`).',
      resolve: (payment) => ProcessingStatus.fromCode(payment.processingStatus),
    }),
    processingStatusCode: t.int({
      ...UPSTREAM_NUMBER,
      description: 'Raw processing-status code; null when it is not a 32-bit whole number (see errors).',
      resolve: (p) => p.processingStatus,
    }),
    appliedStatus: t.field({
      type: AppliedStatus.ref,
      description: 'Whether the amounts are applied to invoice balances; `UNKNOWN` for an unknown code.',
      resolve: (payment) => AppliedStatus.fromCode(payment.appliedStatus),
    }),
    appliedStatusCode: t.int({
      ...UPSTREAM_NUMBER,
      description: 'Raw applied-status code; null when it is not a 32-bit whole number (see errors).',
      resolve: (p) => p.appliedStatus,
    }),
    fundingStatus: t.field({
      type: FundingStatus.ref,
      description: 'Funding status; `UNKNOWN` for an unknown code.',
      resolve: (payment) => FundingStatus.fromCode(payment.fundingStatus),
    }),
    fundingStatusCode: t.int({
      ...UPSTREAM_NUMBER,
      description: 'Raw funding-status code; null when it is not a 32-bit whole number (see errors).',
      resolve: (p) => p.fundingStatus,
    }),
    total: t.field({ type: MoneyRef, description: 'Total amount of the payment.', resolve: (p) => p.total }),
    lineItems: t.field({
      type: [LineItemRef],
      description: 'The invoices this payment pays, with the amount applied to each.',
      resolve: (payment) => payment.lineItems,
    }),
    channelId: t.id({
      nullable: true,
      description: 'BigCommerce channel id (upstream sends it as a string).',
      resolve: (payment) => payment.channelId ?? null,
    }),
    channelName: t.exposeString('channelName', { nullable: true, description: 'BigCommerce channel name.' }),
    details: t.field({
      ...OWN_CALL,
      type: PaymentDetailsRef,
      description: 'Details recorded with the payment. Null when the payment record could not be read (see errors).',
      resolve: (payment, _args, context) => context.loaders.detailField(payment.id, 'details'),
    }),
    fees: t.field({
      ...OWN_CALL,
      type: ['JSON'],
      description:
        'Fees, passed through: the upstream documents no shape for them and every example is empty. Null when the payment record could not be read (see errors).',
      resolve: (payment, _args, context) => context.loaders.detailField(payment.id, 'fees'),
    }),
    moduleData: t.field({
      ...OWN_CALL,
      type: PaymentModuleDataRef,
      description:
        'Data of the payment module, including the transactions embedded in the record. Null when the payment record could not be read (see errors).',
      resolve: (payment, _args, context) => context.loaders.detailField(payment.id, 'moduleData'),
    }),
    operations: t.field({
      ...OWN_CALL,
      type: PaymentOperationsRef,
      description:
        'Operations and processing statuses allowed now. Free when the payment record is already loaded. Null when they could not be read (see errors).',
      resolve: (payment, _args, context) => context.loaders.operationsOf(payment.id),
    }),
    transactions: t.field({
      ...OWN_CALL,
      type: [TransactionRef],
      description:
        'Transactions as the payment gateway reported them (GET /payments/{id}/transactions). Null when they could not be read: the error at this path says why and whether a retry may help.',
      resolve: (payment, _args, context) => context.loaders.transactions.load(payment.id),
    }),
  }),
});

builder.asEntity(PaymentRef, {
  key: builder.selection<{ id: string }>('id'),
  // Through the request's detail loader: 100 representations cost one call per distinct id, at most
  // UPSTREAM_MAX_IN_FLIGHT of them in flight per caller (upstream/resilience/slots.ts). Async, so a bad id fails
  // its own representation rather than the whole `_entities` list.
  resolveReference: async (reference, context) => findPayment(context, parsePositiveId(reference.id, 'Payment.id')),
});

/** One payment through the detail loader, or null when the upstream says it does not exist. */
export async function findPayment(context: GatewayContext, id: number): Promise<WirePayment | null> {
  try {
    return await context.loaders.payment.load(id);
  } catch (error) {
    if (error instanceof UpstreamError && error.code === 'NOT_FOUND') return null;
    throw error;
  }
}
