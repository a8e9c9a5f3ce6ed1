/**
 * One store's payments, and the registry that gives each store hash its own, seeded on first use so tests
 * can prove the gateway never mixes stores. State lives as long as the sandbox that owns the registry.
 */
import type { OfflinePaymentBody, OfflinePaymentUpdateBody, WirePayment } from '../upstream/b2b/payments-types.js';
import type { ListQuery } from './list-params.js';
import { OFFLINE_MODULE } from './modules.js';
import { parseUnits } from './money.js';
import { buildPayment, type PaymentFields } from './payment-factory.js';
import { searchPayments, type SearchResult } from './payment-search.js';
import { seedPayments } from './seed.js';
import { OPERATION_APPLY, OPERATION_REVERT, refreshAllowed } from './state-machine.js';
import { offlineTransaction } from './transactions.js';

/** Current time in Unix seconds, the unit of `createdAt`/`updatedAt` (CONTRACT.md 1). */
export type Clock = () => number;

export type ChangeOutcome = 'done' | 'not-found' | 'not-allowed';

/** Defaults of the offline payment bodies (CONTRACT.md 2.7b, 2.7c). */
const DEFAULT_PAYER_NAME = 'Store offline payment';
const DEFAULT_PROCESSING_STATUS = 3;
const DEFAULT_FUNDING_STATUS = 2;
const DEFAULT_CHANNEL_ID = 1;
const DEFAULT_TRANSACTION_MEMO = 'Offline payment recorded';

/**
 * Payments are kept in the wire shape with their derived fields up to date, so reads serialize them as they
 * are. Returned payments are the stored objects: serialize them, never change them.
 */
export class PaymentStore {
  private readonly payments = new Map<number, WirePayment>();
  private nextId = 1;

  constructor(
    private readonly storeHash: string,
    private readonly now: Clock,
  ) {
    for (const payment of seedPayments(storeHash)) {
      this.payments.set(payment.id, payment);
      this.nextId = Math.max(this.nextId, payment.id + 1);
    }
  }

  list(query: ListQuery): SearchResult {
    return searchPayments(this.payments.values(), query);
  }

  get(id: number): WirePayment | undefined {
    return this.payments.get(id);
  }

  /** Ids are never reused after a delete, like an auto-increment key. */
  delete(id: number): boolean {
    return this.payments.delete(id);
  }

  performOperation(id: number, operationCode: number): ChangeOutcome {
    const payment = this.payments.get(id);
    if (payment === undefined) return 'not-found';
    if (!payment.allowedOperations.includes(operationCode)) return 'not-allowed';
    if (operationCode === OPERATION_APPLY) payment.appliedStatus = 1;
    if (operationCode === OPERATION_REVERT) payment.appliedStatus = 0;
    // Every operation touches updatedAt; "Pull Updates From Order" does nothing else: the sandbox has no orders.
    payment.updatedAt = this.now();
    refreshAllowed(payment);
    return 'done';
  }

  setProcessingStatus(id: number, processingStatus: number): ChangeOutcome {
    const payment = this.payments.get(id);
    if (payment === undefined) return 'not-found';
    if (!payment.allowedStatuses.includes(processingStatus)) return 'not-allowed';
    payment.processingStatus = processingStatus;
    payment.updatedAt = this.now();
    refreshAllowed(payment);
    return 'done';
  }

  /** A new offline payment counts as applied to its invoices (appliedStatus 1) with fundingStatus 2. */
  createOfflinePayment(body: OfflinePaymentBody): number {
    const id = this.nextId++;
    const now = this.now();
    const memo = body.details.memo ?? '';
    const payment = buildPayment({
      ...this.offlineFields(body),
      id,
      createdAt: now,
      updatedAt: now,
      moduleData: { transactions: [offlineTransaction(memo === '' ? DEFAULT_TRANSACTION_MEMO : memo)] },
      appliedStatus: 1,
      fundingStatus: DEFAULT_FUNDING_STATUS,
    });
    this.payments.set(id, payment);
    return id;
  }

  /**
   * Full replace of the body's fields; omitted optional fields fall back to their defaults (CONTRACT.md 8.8
   * leaves this open). Id, createdAt, appliedStatus and the recorded transactions are kept. Sandbox choice:
   * only offline payments can be updated ('not-allowed' otherwise).
   */
  updateOfflinePayment(id: number, body: OfflinePaymentUpdateBody): ChangeOutcome {
    const existing = this.payments.get(id);
    if (existing === undefined) return 'not-found';
    if (existing.moduleName !== OFFLINE_MODULE) return 'not-allowed';
    this.payments.set(
      id,
      buildPayment({
        ...this.offlineFields(body),
        id,
        createdAt: existing.createdAt,
        updatedAt: this.now(),
        moduleData: existing.moduleData,
        appliedStatus: existing.appliedStatus,
        fundingStatus: body.fundingStatus ?? DEFAULT_FUNDING_STATUS,
      }),
    );
    return 'done';
  }

  private offlineFields(body: OfflinePaymentBody) {
    return {
      storeHash: this.storeHash,
      customerId: body.customerId,
      externalId: body.externalId ?? null,
      externalCustomerId: body.externalCustomerId ?? null,
      payerName: body.payerName ?? DEFAULT_PAYER_NAME,
      payerCustomerId: body.payerCustomerId ?? body.customerId,
      memo: body.details.memo ?? '',
      moduleName: OFFLINE_MODULE,
      processingStatus: body.processingStatus ?? DEFAULT_PROCESSING_STATUS,
      currency: body.currency,
      lines: body.lineItems.map((line) => ({ invoiceId: line.invoiceId, units: parseUnits(line.amount) })),
      channelId: String(body.channelId ?? DEFAULT_CHANNEL_ID),
    } satisfies Partial<PaymentFields>;
  }
}

/** Hands out each store hash's PaymentStore, creating it from the seed on first use. */
export class StoreRegistry {
  private readonly stores = new Map<string, PaymentStore>();

  constructor(private readonly now: Clock) {}

  forHash(storeHash: string): PaymentStore {
    let store = this.stores.get(storeHash);
    if (store === undefined) {
      store = new PaymentStore(storeHash, this.now);
      this.stores.set(storeHash, store);
    }
    return store;
  }
}
