import { cursorToOffset, offsetToCursor } from '@pothos/plugin-relay';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from '../../context.js';
import type { ListPaymentsParams, WirePayment } from '../../upstream/b2b/payments-types.js';
import { builder } from '../builder.js';
import { PaymentRef } from './payment.js';

/** Upstream page size bounds (docs/upstream-contract.md §1, pagination model: limit 1–250, default 10). */
export const MAX_PAGE_SIZE = 250;
export const DEFAULT_PAGE_SIZE = 10;

/** Arguments every payments connection accepts: Relay cursors, or plain offset/limit. */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
  offset?: number | null;
  limit?: number | null;
}

export interface PageWindow {
  offset: number;
  limit: number;
}

export interface PaymentConnectionShape {
  edges: Array<{ cursor: string; node: WirePayment }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

export const PaymentConnectionRef = builder.connectionObject(
  {
    type: PaymentRef,
    name: 'PaymentConnection',
    description: 'A page of payments with Relay cursors and the total over all pages.',
    fields: (t) => ({
      totalCount: t.int({
        description: 'How many payments match, over all pages (the upstream pagination meta).',
        resolve: (connection) => (connection as PaymentConnectionShape).totalCount,
      }),
    }),
  },
  { name: 'PaymentEdge', description: 'A payment and its cursor.' },
);

/** `offset` and `limit`, which every payments connection accepts beside the Relay cursor arguments. */
export const offsetPageArgs = () =>
  builder.args((t) => ({
    offset: t.int({ required: false, description: 'How many payments to skip (instead of cursors).' }),
    limit: t.int({ required: false, description: 'Page size, 1–250 (instead of cursors).' }),
  }));

/**
 * Turns connection arguments into the upstream's offset and limit. Cursors are opaque offsets; the
 * page size is capped at the upstream maximum and refused above it rather than silently shortened.
 */
export function pageWindow(args: PageArgs): PageWindow {
  const usesCursors = [args.first, args.after, args.last, args.before].some((value) => value != null);
  const usesOffset = args.offset != null || args.limit != null;
  if (usesCursors && usesOffset) badPage('Use either first/after/last/before or offset/limit, not both.');
  if (args.first != null && args.last != null) badPage('Use either first or last, not both.');

  if (args.last != null || args.before != null) {
    if (args.before == null) badPage('last needs before: pages are read forward from the start.');
    const before = decodeCursor(args.before, 'before');
    const size = pageSize(args.last, 'last');
    return { offset: Math.max(0, before - size), limit: Math.min(size, before) };
  }
  if (usesCursors) {
    const offset = args.after == null ? 0 : decodeCursor(args.after, 'after') + 1;
    return { offset, limit: pageSize(args.first, 'first') };
  }
  const offset = args.offset ?? 0;
  if (!Number.isSafeInteger(offset) || offset < 0) badPage('offset must be 0 or more.', 'offset');
  return { offset, limit: pageSize(args.limit, 'limit') };
}

/**
 * Reads one page of payments and primes the detail loader with it, so fields of the page's payments
 * cost no further detail calls.
 */
export async function loadPaymentConnection(
  context: GatewayContext,
  window: PageWindow,
  filters: Omit<ListPaymentsParams, 'offset' | 'limit'> = {},
): Promise<PaymentConnectionShape> {
  // `last` before the first item asks for an empty page, but its totalCount and hasNextPage still need the
  // upstream: one item is read for its pagination meta, and none is returned.
  const page = await context.payments.listPayments({
    ...filters,
    offset: window.offset,
    limit: Math.max(window.limit, 1),
  });
  context.loaders.primeFromPage(page);
  return paymentConnection(window, page.payments.slice(0, window.limit), page.pagination.totalCount);
}

/** The connection of one window's payments, given how many there are over all pages. */
export function paymentConnection(
  window: PageWindow,
  nodes: WirePayment[],
  totalCount: number,
): PaymentConnectionShape {
  const edges = nodes.map((node, index) => ({ cursor: offsetToCursor(window.offset + index), node }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: window.offset + edges.length < totalCount,
      hasPreviousPage: window.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

function pageSize(value: number | null | undefined, argument: string): number {
  const size = value ?? DEFAULT_PAGE_SIZE;
  if (!Number.isSafeInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    badPage(`${argument} must be from 1 to ${MAX_PAGE_SIZE}, the upstream's largest page.`, argument);
  }
  return size;
}

function decodeCursor(cursor: string, argument: string): number {
  try {
    const offset = cursorToOffset(cursor);
    if (Number.isSafeInteger(offset) && offset >= 0) return offset;
  } catch {
    // reported below
  }
  return badPage(`${argument} is not a cursor this API issued.`, argument);
}

function badPage(message: string, argument?: string): never {
  throw new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...(argument && { argument }) } });
}
