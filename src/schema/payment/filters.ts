import { z } from 'zod';
import type { ListPaymentsParams } from '../../upstream/b2b/payments-types.js';
import { builder } from '../builder.js';
import {
  TEXT_LIMITS,
  checkedArguments,
  freeText,
  knownCode,
  omitUndefined,
  idOf,
  positiveId,
  readPositiveId,
} from '../inputs.js';
import { PaymentSearchField, PaymentSortField, ProcessingStatus, SortOrder } from './enums.js';

/** What a payments connection passes to `loadPaymentConnection`: every GET /payments parameter but paging. */
export type PaymentListFilters = Omit<ListPaymentsParams, 'offset' | 'limit'>;

/** At most this many channels in one filter: each one lengthens the upstream URL (`channelIds=1&channelIds=2`). */
const MAX_CHANNEL_IDS = 50;
const CHANNEL_COUNT = `Give 1 to ${MAX_CHANNEL_IDS} channel ids, or leave channelIds out for every channel.`;

/**
 * Sort arguments of a payments connection. A function, so each connection gets its own argument refs
 * (Pothos refs are not meant to be shared between fields).
 */
export const paymentSortArgs = () =>
  builder.args((t) => ({
    sortBy: t.field({
      type: PaymentSortField,
      required: false,
      description: "Field to sort by; without it the upstream's own order (newest first).",
    }),
    orderBy: t.field({
      type: SortOrder,
      required: false,
      description: 'Sort direction; the upstream default is DESC.',
    }),
  }));

/**
 * Filter arguments of a payments connection, every GET /payments filter (docs/upstream-contract.md §2.2). A connection
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
      description:
        `Keyword matched against the \`searchBy\` field (or all of them), at most ${TEXT_LIMITS.short} characters. ` +
        'Matched as the upstream matches it, which may be a part of the value (`41` finds company `4102`); ' +
        "`Company.payments` gives exactly one company's payments.",
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

const passThrough = <T>() =>
  z
    .custom<T>()
    .nullish()
    .transform((value) => value ?? undefined);

/**
 * The sort and filter arguments of a payments connection and their rules; it parses to the upstream
 * parameters `loadPaymentConnection` takes, unset ones left out, so a connection's fixed filter can be
 * spread before or after them. Any subset of the arguments above may be given.
 */
const paymentListArgs = z
  .object({
    sortBy: passThrough<NonNullable<PaymentListFilters['sortBy']>>(),
    orderBy: passThrough<NonNullable<PaymentListFilters['orderBy']>>(),
    searchBy: passThrough<NonNullable<PaymentListFilters['searchBy']>>(),
    q: freeText(TEXT_LIMITS.short).nullish(),
    customerName: freeText(TEXT_LIMITS.companyName).nullish(),
    invoiceId: positiveId.nullish(),
    processingStatus: knownCode.nullish(),
    channelIds: z.array(positiveId).min(1, CHANNEL_COUNT).max(MAX_CHANNEL_IDS, CHANNEL_COUNT).nullish(),
  })
  .superRefine((args, context) => {
    if (args.searchBy !== undefined && args.q == null) {
      const message = 'Needs q: searchBy names the field q is matched against.';
      context.addIssue({ code: 'custom', path: ['searchBy'], message });
    }
    if (args.searchBy === 'id' && args.q != null && readPositiveId(args.q) === undefined) {
      const message = `Must be a positive whole number, got "${args.q.slice(0, 40)}".`;
      context.addIssue({ code: 'custom', path: ['q'], message });
    }
  })
  .transform(
    (args): PaymentListFilters =>
      omitUndefined({
        sortBy: args.sortBy,
        orderBy: args.orderBy,
        searchBy: args.searchBy,
        q: args.q ?? undefined,
        customerName: args.customerName ?? undefined,
        invoiceId: args.invoiceId == null ? undefined : idOf(args.invoiceId),
        processingStatus: args.processingStatus ?? undefined,
        channelIds: args.channelIds == null ? undefined : [...new Set(args.channelIds.map(idOf))],
      }),
  );

/**
 * Checks sort and filter arguments and turns them into upstream parameters for `loadPaymentConnection`.
 * A bad argument fails the field with `BAD_USER_INPUT` before any upstream call.
 */
export function paymentListFilters(args: object): PaymentListFilters {
  return checkedArguments(paymentListArgs, args);
}
