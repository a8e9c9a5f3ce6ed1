import DataLoader from 'dataloader';
import type { PaymentsApi } from '../upstream/b2b/payments-api.js';
import { DETAIL_ONLY_FIELDS, type DecodedPaymentPage, type DetailOnlyField } from '../upstream/b2b/payments-decode.js';
import type {
  ListPaymentsParams,
  WirePayment,
  WirePaymentOperations,
  WireTransaction,
} from '../upstream/b2b/payments-types.js';

/** The upstream's largest page (docs/upstream-contract.md §1): a scan reads pages this size. */
const SCAN_PAGE_SIZE = 250;

/**
 * Most keyword matches a company scan reads: 8 pages of 250, the first alone and the other 7 at once (one
 * round under the default 8 calls in flight per store). A company whose id matches more payments than this
 * as a keyword is refused rather than scanned, so one field never spends more than 8 of the store's
 * 150 calls a minute.
 */
export const MAX_SCAN_PAGES = 8;
export const MAX_KEYWORD_MATCHES = MAX_SCAN_PAGES * SCAN_PAGE_SIZE;

/** The sort a company's payments are read in (GET /payments `sortBy`, `orderBy`). */
export type PaymentSort = Pick<ListPaymentsParams, 'sortBy' | 'orderBy'>;

/** A company's payments, exactly: or how many keyword matches there were, when too many to scan. */
export type CompanyScan = { complete: true; payments: WirePayment[] } | { complete: false; keywordMatches: number };

/** A list item in hand, and the detail-only fields it really carried. */
interface ListedPayment {
  payment: WirePayment;
  carried: ReadonlySet<DetailOnlyField>;
}

/**
 * Per-request loaders over the payments API. The upstream has no multi-id endpoint (docs/upstream-contract.md §3.3),
 * so a batch of N keys costs N calls made together; what the loaders save is every repeated call: the same id asked
 * for twice in one request (aliases, fragments, entities) costs one call, and list pages stand in for detail calls.
 * Made fresh for each request: a shared cache would serve one caller's data to another.
 */
export class PaymentLoaders {
  /** Cost: one GET /payments/{id} per distinct id not already primed from a list page. */
  readonly payment: DataLoader<number, WirePayment>;
  /** Cost: one GET /payments/{id}/transactions per distinct id. */
  readonly transactions: DataLoader<number, WireTransaction[]>;
  /** Cost: one GET /payments/{id}/operations per distinct id with no detail in hand or on its way. */
  private readonly operations: DataLoader<number, WirePaymentOperations>;
  /** The payment loader's cache: every detail asked for, arrived or not, primed ones included. */
  private readonly detailLoads = new Map<number, Promise<WirePayment>>();
  private readonly listed = new Map<number, ListedPayment>();
  /** Company scans by company and sort, so aliases and entity repeats cost one scan. */
  private readonly companyScans = new Map<string, Promise<CompanyScan>>();

  constructor(private readonly api: PaymentsApi) {
    this.payment = new DataLoader((ids) => settleEach(ids, (id) => api.getPayment(id)), {
      cacheMap: this.detailLoads,
    });
    // Unbatched: a batch answers all its keys at once, when its slowest call ends, so a deferred page would
    // wait for the slowest list. The calls are the same either way: one per distinct id, cached.
    this.transactions = new DataLoader((ids) => settleEach(ids, (id) => api.listPaymentTransactions(id)), {
      batch: false,
    });
    // Decided when the batch runs, after every sibling field has asked for what it needs: a detail asked
    // for by then carries the operations too, so GET /operations would be a second call for the same data.
    this.operations = new DataLoader((ids) =>
      settleEach(ids, (id) => this.detailLoads.get(id) ?? api.getPaymentOperations(id)),
    );
  }

  /**
   * Keeps a list page's items, so the detail-only fields they carried cost no detail call; an item that
   * carried all of them stands in for the whole detail.
   */
  primeFromPage(page: DecodedPaymentPage): void {
    page.payments.forEach((payment, index) => {
      const carried = page.carried[index] ?? new Set();
      if (carried.size === DETAIL_ONLY_FIELDS.length) this.payment.prime(payment.id, payment);
      if (!this.listed.has(payment.id)) this.listed.set(payment.id, { payment, carried });
    });
  }

  /** A field only the detail is sure to have: free when a list item carried it, else from the detail. */
  async detailField<F extends DetailOnlyField>(id: number, field: F): Promise<WirePayment[F]> {
    const listed = this.listed.get(id);
    if (listed?.carried.has(field)) return listed.payment[field];
    return (await this.payment.load(id))[field];
  }

  /**
   * Allowed operations and statuses: from a list item or detail that has them (free), else from
   * GET /operations. The record's `allowedOperations`/`allowedStatuses` are what GET /operations returns.
   */
  operationsOf(id: number): Promise<WirePaymentOperations> {
    const listed = this.listed.get(id);
    if (listed?.carried.has('allowedOperations') && listed.carried.has('allowedStatuses')) {
      return Promise.resolve(listed.payment);
    }
    return this.operations.load(id);
  }

  /**
   * Starts loading a payment's transactions now, beside its detail rather than after it: a resolver that
   * knows the query will ask for them calls this. A failure is not lost: the resolver that awaits the
   * same load gets it.
   */
  prefetchTransactions(id: number): void {
    this.transactions.load(id).catch(() => undefined);
  }

  /**
   * Every payment of one company, exactly, in the upstream's order for `sort`. The upstream has no company
   * filter, only the keyword `searchBy=customerId&q=<id>`, whose matching it does not document
   * (docs/upstream-contract.md §2.2, §8.7; the sandbox matches substrings, so `41` also finds `4102` and
   * `6041`): the scan reads every keyword match and keeps the payments whose `customerId` is the company id.
   * Cost: one GET /payments per 250 keyword matches (one call for most companies), the first page alone
   * and the rest at once; none past MAX_KEYWORD_MATCHES, and once per company and sort in a request.
   */
  companyPayments(customerId: number, sort: PaymentSort): Promise<CompanyScan> {
    const key = JSON.stringify([customerId, sort.sortBy ?? null, sort.orderBy ?? null]);
    let scan = this.companyScans.get(key);
    if (!scan) {
      scan = this.scanCompany(String(customerId), sort);
      this.companyScans.set(key, scan);
    }
    return scan;
  }

  private async scanCompany(customerId: string, sort: PaymentSort): Promise<CompanyScan> {
    const page = (offset: number) =>
      this.api.listPayments({ ...sort, searchBy: 'customerId', q: customerId, offset, limit: SCAN_PAGE_SIZE });
    const first = await page(0);
    const keywordMatches = first.pagination.totalCount;
    if (keywordMatches > MAX_KEYWORD_MATCHES) return { complete: false, keywordMatches };
    const offsets = [];
    for (let offset = SCAN_PAGE_SIZE; offset < keywordMatches; offset += SCAN_PAGE_SIZE) offsets.push(offset);
    const rest = await Promise.all(offsets.map(page));
    // A payment that moved between pages while they were read is kept once.
    const exact = new Map<number, WirePayment>();
    for (const read of [first, ...rest]) {
      this.primeFromPage(read);
      for (const payment of read.payments) {
        if (payment.customerId === customerId && !exact.has(payment.id)) exact.set(payment.id, payment);
      }
    }
    return { complete: true, payments: [...exact.values()] };
  }

  /**
   * Forgets a payment after a write, so the next load reads it as it now stands upstream; company scans are
   * dropped too, since the write may have moved the payment into or out of one.
   */
  forget(id: number): void {
    this.payment.clear(id);
    this.transactions.clear(id);
    this.operations.clear(id);
    this.listed.delete(id);
    this.companyScans.clear();
  }
}

/** Runs one call per key at once; a failed key yields its error without failing the others. */
function settleEach<K, V>(keys: readonly K[], load: (key: K) => Promise<V>): Promise<Array<V | Error>> {
  return Promise.all(
    keys.map((key) => load(key).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))))),
  );
}
