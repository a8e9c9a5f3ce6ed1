import DataLoader from 'dataloader';
import type { PaymentsApi } from '../upstream/payments-api.js';
import type { DecodedPaymentPage } from '../upstream/payments-decode.js';
import type { WirePayment, WirePaymentOperations, WireTransaction } from '../upstream/payments-types.js';

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
  /** Cost: one GET /payments/{id}/operations per distinct id whose detail is not in hand. */
  private readonly operations: DataLoader<number, WirePaymentOperations>;
  /** Details already in hand, so `operationsOf` can answer without a call. */
  private readonly details = new Map<number, WirePayment>();

  constructor(api: PaymentsApi) {
    this.payment = new DataLoader((ids) =>
      settleEach(ids, async (id) => {
        const payment = await api.getPayment(id);
        this.details.set(id, payment);
        return payment;
      }),
    );
    this.transactions = new DataLoader((ids) => settleEach(ids, (id) => api.listPaymentTransactions(id)));
    this.operations = new DataLoader((ids) => settleEach(ids, (id) => api.getPaymentOperations(id)));
  }

  /** Lets a list page's complete items answer later detail loads without calls. */
  primeFromPage(page: DecodedPaymentPage): void {
    page.payments.forEach((payment, index) => {
      if (!page.complete[index]) return;
      this.payment.prime(payment.id, payment);
      if (!this.details.has(payment.id)) this.details.set(payment.id, payment);
    });
  }

  /** Allowed operations and statuses: from a detail in hand (free), else from GET /operations. */
  operationsOf(id: number): Promise<WirePaymentOperations> {
    const detail = this.details.get(id);
    return detail ? Promise.resolve(detail) : this.operations.load(id);
  }

  /** Forgets a payment after a write, so the next load reads it as it now stands upstream. */
  forget(id: number): void {
    this.payment.clear(id);
    this.transactions.clear(id);
    this.operations.clear(id);
    this.details.delete(id);
  }
}

/** Runs one call per key at once; a failed key yields its error without failing the others. */
function settleEach<K, V>(keys: readonly K[], load: (key: K) => Promise<V>): Promise<Array<V | Error>> {
  return Promise.all(
    keys.map((key) => load(key).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))))),
  );
}
