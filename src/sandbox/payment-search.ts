/**
 * Filtering, sorting and paging of GET /payments over one store's payments: a plain scan, fast enough for the few
 * hundred payments a store holds. Matching rules the contract leaves open (docs/upstream-contract.md §8.7) are ours:
 * `q` matches `id` exactly and the other searchBy fields as case-insensitive substrings.
 */
import type { ListQuery } from './list-params.js';
import type { WirePayment } from './wire.js';

type SortKey = number | string | null;
type SortField = NonNullable<ListQuery['sortBy']>;

/** Wider than any total: line amounts have at most 15 whole digits (validation.ts), a sum of them a few more. */
const TOTAL_WIDTH = 40;

/**
 * `totalAmount` sorts by the exact value of `total` (docs/upstream-contract.md §7.17): stored totals are non-negative
 * with exactly 4 decimals, so zero-padded to one width they compare as text in numeric order, with no parsing. Nulls
 * sort lowest, as in MySQL.
 */
const SORT_KEYS: Record<SortField, (payment: WirePayment) => SortKey> = {
  moduleName: (payment) => payment.moduleName,
  processingStatus: (payment) => payment.processingStatus,
  appliedStatus: (payment) => payment.appliedStatus,
  createdAt: (payment) => payment.createdAt,
  customerId: (payment) => payment.customerId,
  externalCustomerId: (payment) => payment.externalCustomerId,
  fundingStatus: (payment) => payment.fundingStatus,
  updatedAt: (payment) => payment.updatedAt,
  totalAmount: (payment) => payment.total.value.padStart(TOTAL_WIDTH, '0'),
};

export interface SearchResult {
  page: WirePayment[];
  totalCount: number;
}

export function searchPayments(payments: Iterable<WirePayment>, query: ListQuery): SearchResult {
  const matches = matchingPayments(payments, query);
  const direction = query.orderBy === 'ASC' ? 1 : -1;
  const keyOf = query.sortBy === undefined ? undefined : SORT_KEYS[query.sortBy];
  // Keys are computed once per payment, not once per comparison; ties fall back to id in the same direction.
  const sorted = matches
    .map((payment) => ({ payment, key: keyOf?.(payment) ?? null }))
    .sort((a, b) => direction * (compareKeys(a.key, b.key) || a.payment.id - b.payment.id))
    .map(({ payment }) => payment);
  return { page: sorted.slice(query.offset, query.offset + query.limit), totalCount: sorted.length };
}

function matchingPayments(payments: Iterable<WirePayment>, query: ListQuery): WirePayment[] {
  const q = query.q?.toLowerCase();
  const customerName = query.customerName?.toLowerCase();
  const channelIds = query.channelIds === undefined ? undefined : new Set(query.channelIds.map(String));
  const matches: WirePayment[] = [];
  for (const payment of payments) {
    if (q !== undefined && !matchesKeyword(payment, q, query.searchBy)) continue;
    if (customerName !== undefined && !payment.customerName.toLowerCase().includes(customerName)) continue;
    if (query.invoiceId !== undefined && !payment.lineItems.some((line) => line.invoiceId === query.invoiceId))
      continue;
    if (query.processingStatus !== undefined && payment.processingStatus !== query.processingStatus) continue;
    if (channelIds !== undefined && !channelIds.has(payment.channelId ?? '')) continue;
    matches.push(payment);
  }
  return matches;
}

/** Without `searchBy`, `q` applies to every searchBy field (docs/upstream-contract.md §2.2). */
function matchesKeyword(payment: WirePayment, q: string, searchBy: ListQuery['searchBy']): boolean {
  const contains = (value: string | null) => value?.toLowerCase().includes(q) ?? false;
  switch (searchBy) {
    case 'id':
      return String(payment.id) === q;
    case 'customerId':
      return contains(payment.customerId);
    case 'externalId':
      return contains(payment.externalId);
    case 'externalCustomerId':
      return contains(payment.externalCustomerId);
    case undefined:
      return (
        String(payment.id) === q ||
        contains(payment.customerId) ||
        contains(payment.externalId) ||
        contains(payment.externalCustomerId)
      );
  }
}

function compareKeys(a: SortKey, b: SortKey): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}
