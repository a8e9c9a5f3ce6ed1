import DataLoader from 'dataloader';
import type { PaymentsApi } from '../upstream/payments-api.js';
import {
  DETAIL_ONLY_FIELDS,
  type DecodedPaymentPage,
  type DetailOnlyField,
} from '../upstream/payments-decode.js';
import type { WirePayment, WirePaymentOperations, WireTransaction } from '../upstream/payments-types.js';

/** A list item in hand, and the detail-only fields it really carried. */
interface ListedPayment {
  payment: WirePayment;
  carried: ReadonlySet<DetailOnlyField>;
}

/**
 * Per-request loaders over the payments API. The upstream has no multi-id endpoint (CONTRACT.md 3.3), so a
 * batch of N keys costs N calls made together; what the loaders save is every repeated call: the same id
 * asked for twice in one request (aliases, fragments, entities) costs one call, and list pages stand in for
 * detail calls. Made fresh for each request: a shared cache would serve one caller's data to another.
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

  constructor(api: PaymentsApi) {
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

  /** Forgets a payment after a write, so the next load reads it as it now stands upstream. */
  forget(id: number): void {
    this.payment.clear(id);
    this.transactions.clear(id);
    this.operations.clear(id);
    this.listed.delete(id);
  }
}

/** Runs one call per key at once; a failed key yields its error without failing the others. */
function settleEach<K, V>(keys: readonly K[], load: (key: K) => Promise<V>): Promise<Array<V | Error>> {
  return Promise.all(
    keys.map((key) => load(key).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))))),
  );
}
