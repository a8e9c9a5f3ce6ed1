import type { ListPaymentsParams } from '../../upstream/payments-types.js';
import { builder } from '../builder.js';
import { InputChecker, TEXT_LIMITS, omitUndefined, throwIfBadArguments } from '../inputs.js';
import { PaymentSearchField, PaymentSortField, ProcessingStatus, SortOrder } from './enums.js';

/** What a payments connection passes to `loadPaymentConnection`: every GET /payments parameter but paging. */
export type PaymentListFilters = Omit<ListPaymentsParams, 'offset' | 'limit'>;

/** At most this many channels in one filter: each one lengthens the upstream URL (`channelIds=1&channelIds=2`). */
const MAX_CHANNEL_IDS = 50;

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
