import type { ListPaymentsParams } from '../upstream/b2b/payments-types.js';
import { builder } from './builder.js';
import { InputChecker, TEXT_LIMITS, omitUndefined, throwIfBadArguments } from './input-checks.js';
import { ProcessingStatus } from './payment-enums.js';

/** What a payments connection passes to `loadPaymentConnection`: every GET /payments parameter but paging. */
export type PaymentListFilters = Omit<ListPaymentsParams, 'offset' | 'limit'>;

/** At most this many channels in one filter: each one lengthens the upstream URL (`channelIds=1&channelIds=2`). */
const MAX_CHANNEL_IDS = 50;

/** CONTRACT.md 2.2 `sortBy`. */
export const PaymentSortField = builder.enumType('PaymentSortField', {
  description: 'A field payments can be sorted by (GET /payments `sortBy`).',
  values: {
    CREATED_AT: { value: 'createdAt', description: 'When the payment was created.' },
    UPDATED_AT: { value: 'updatedAt', description: 'When the payment last changed.' },
    TOTAL_AMOUNT: { value: 'totalAmount', description: 'The payment total (`total.value`, CONTRACT.md 7.17).' },
    CUSTOMER_ID: { value: 'customerId', description: 'The B2B Edition company id.' },
    EXTERNAL_CUSTOMER_ID: { value: 'externalCustomerId', description: 'The ERP id of the company.' },
    MODULE_NAME: { value: 'moduleName', description: 'The payment module, e.g. `payments_offline`.' },
    PROCESSING_STATUS: { value: 'processingStatus', description: 'The processing-status code.' },
    APPLIED_STATUS: { value: 'appliedStatus', description: 'The applied-status code.' },
    FUNDING_STATUS: { value: 'fundingStatus', description: 'The funding-status code.' },
  },
});

/** CONTRACT.md 2.2 `orderBy`. */
export const SortOrder = builder.enumType('SortOrder', {
  description: 'Direction of a sort (GET /payments `orderBy`).',
  values: {
    ASC: { value: 'ASC', description: 'Smallest, earliest or alphabetically first first.' },
    DESC: { value: 'DESC', description: 'Largest, latest or alphabetically last first (the upstream default).' },
  },
});

/** CONTRACT.md 2.2 `searchBy`. */
export const PaymentSearchField = builder.enumType('PaymentSearchField', {
  description: 'The field the keyword `q` is matched against (GET /payments `searchBy`).',
  values: {
    ID: { value: 'id', description: 'The payment id; `q` must then be a positive whole number.' },
    CUSTOMER_ID: { value: 'customerId', description: 'The B2B Edition company id.' },
    EXTERNAL_ID: { value: 'externalId', description: 'The ERP id of the payment.' },
    EXTERNAL_CUSTOMER_ID: { value: 'externalCustomerId', description: 'The ERP id of the company.' },
  },
});

/**
 * Sort arguments of a payments connection. A function, so each connection gets its own argument refs
 * (Pothos refs are not meant to be shared between fields).
 */
export const paymentSortArgs = () =>
  builder.args((t) => ({
    sortBy: t.field({
      type: PaymentSortField,
      required: false,
      description: 'Field to sort by; without it the upstream\'s own order (newest first).',
    }),
    orderBy: t.field({ type: SortOrder, required: false, description: 'Sort direction; the upstream default is DESC.' }),
  }));

/**
 * Filter arguments of a payments connection, every GET /payments filter (CONTRACT.md 2.2). A connection
 * with a fixed filter (Invoice.payments: `invoiceId`; Company.payments: `searchBy`/`q`) leaves these out and
 * sets its own after `paymentListFilters`.
 */
export const paymentFilterArgs = () =>
  builder.args((t) => ({
    searchBy: t.field({
      type: PaymentSearchField,
      required: false,
      description: 'Which field `q` is matched against; without it, `q` is matched against all of them. Needs `q`.',
    }),
    q: t.string({
      required: false,
      description: `Keyword matched against the \`searchBy\` field (or all of them), at most ${TEXT_LIMITS.short} characters.`,
    }),
    customerName: t.string({
      required: false,
      description: `Company name to match, at most ${TEXT_LIMITS.companyName} characters.`,
    }),
    invoiceId: t.id({ required: false, description: 'Only payments that pay this invoice (a positive integer id).' }),
    processingStatus: t.field({
      type: ProcessingStatus.ref,
      required: false,
      description: 'Only payments in this processing status (INCOMPLETE included; UNKNOWN is refused).',
    }),
    channelIds: t.idList({
      required: false,
      description: `Only payments made in one of these BigCommerce channels (positive integer ids, 1–${MAX_CHANNEL_IDS} of them).`,
    }),
  }));

/** The arguments `paymentListFilters` reads: any subset of the sort and filter arguments above. */
export interface PaymentListArgs {
  sortBy?: PaymentListFilters['sortBy'] | null;
  orderBy?: PaymentListFilters['orderBy'] | null;
  searchBy?: PaymentListFilters['searchBy'] | null;
  q?: string | null;
  customerName?: string | null;
  invoiceId?: string | number | null;
  processingStatus?: number | null;
  channelIds?: ReadonlyArray<string | number> | null;
}

/**
 * Checks sort and filter arguments and turns them into upstream parameters for `loadPaymentConnection`.
 * A bad argument fails the field with `BAD_USER_INPUT` before any upstream call.
 */
export function paymentListFilters(args: PaymentListArgs): PaymentListFilters {
  const check = new InputChecker();
  const filters: PaymentListFilters = {
    sortBy: args.sortBy ?? undefined,
    orderBy: args.orderBy ?? undefined,
    searchBy: args.searchBy ?? undefined,
    q: check.optionalText(args.q, 'q', TEXT_LIMITS.short),
    customerName: check.optionalText(args.customerName, 'customerName', TEXT_LIMITS.companyName),
    invoiceId: check.optionalPositiveId(args.invoiceId, 'invoiceId'),
    processingStatus: args.processingStatus == null ? undefined : check.knownCode(args.processingStatus, 'processingStatus'),
    channelIds: args.channelIds == null ? undefined : channelIds(args.channelIds, check),
  };
  if (filters.searchBy !== undefined && args.q == null) {
    check.report('searchBy', 'Needs q: searchBy names the field q is matched against.');
  }
  if (filters.searchBy === 'id' && filters.q !== undefined) check.positiveId(filters.q, 'q');
  throwIfBadArguments(check);
  // Unset filters are left out, so a connection's fixed filter can be spread before or after them.
  return omitUndefined(filters);
}

function channelIds(values: ReadonlyArray<string | number>, check: InputChecker): number[] | undefined {
  if (values.length === 0 || values.length > MAX_CHANNEL_IDS) {
    check.report('channelIds', `Give 1 to ${MAX_CHANNEL_IDS} channel ids, or leave channelIds out for every channel.`);
    return undefined;
  }
  const ids = values.map((value, index) => check.positiveId(value, `channelIds[${index}]`));
  return [...new Set(ids.filter((id) => id !== undefined))];
}
