/**
 * The transactions the emulated Payments Transactions API recorded, per store hash (the hash in the path),
 * and the preconditions it checks before recording. Lives as long as its sandbox.
 */
import { randomUUID } from 'node:crypto';
import type { TransactionKind, TransactionRecordBody } from '../upstream/admin/transactions-types.js';

export interface RecordedTransaction {
  /** The UUID answered to the caller. */
  id: string;
  kind: TransactionKind;
  /** The validated body, without null or absent optional fields. */
  body: TransactionRecordBody;
}

/** Every sandbox store has orders 1 to 9999; a higher id names an order that does not exist. */
export const LAST_ORDER_ID = 9999;

/**
 * Providers enabled for every order's channel and currency in a sandbox store: one id per documented
 * provider (Adyen, Authorize.net, Braintree, PayPal Commerce Platform, Stripe; CONTRACT.md 6).
 */
export const ENABLED_PROVIDERS: readonly string[] = [
  'adyenv3',
  'authorizenet',
  'braintree',
  'paypalcommerce',
  'stripeupe',
  'stripev3',
];

/**
 * What answers 412 in the sandbox. The references leave 412's meaning open (CONTRACT.md 8.10); the
 * sandbox takes the one precondition they state (the provider must be enabled for the order's channel
 * and currency, CONTRACT.md 6) and the order the record is for, which must exist.
 */
export function unmetPrecondition(body: TransactionRecordBody): string | undefined {
  if (Number(body.order_id) > LAST_ORDER_ID) return `Order ${body.order_id} does not exist.`;
  const provider = body.payment_method_id.split('.')[0] ?? '';
  if (!ENABLED_PROVIDERS.includes(provider)) {
    return `The payment provider "${provider}" is not enabled for the order's channel and currency.`;
  }
  return undefined;
}

/**
 * One store's recorded transactions, in the order recorded. The same `provider_transaction_id` may be
 * recorded twice (whether the real API refuses that is unknown, CONTRACT.md 8.10): a gateway that sends a
 * write twice shows up here as two records.
 */
export class TransactionLedgers {
  private readonly byStore = new Map<string, RecordedTransaction[]>();

  record(storeHash: string, kind: TransactionKind, body: TransactionRecordBody): RecordedTransaction {
    const transaction = { id: randomUUID(), kind, body };
    const recorded = this.byStore.get(storeHash) ?? [];
    recorded.push(transaction);
    this.byStore.set(storeHash, recorded);
    return transaction;
  }

  /** A copy: changing it does not change the ledger. */
  entries(storeHash: string): RecordedTransaction[] {
    return structuredClone(this.byStore.get(storeHash) ?? []);
  }
}
