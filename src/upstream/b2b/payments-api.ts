import type { Credentials } from '../../credentials.js';
import type { ReadDependency } from '../../shared-state/read-cache.js';
import { UpstreamError } from '../errors.js';
import { upstreamPath, type UpstreamRequest } from '../http/request.js';
import type { SendOptions, UpstreamCaller } from '../resilience/caller.js';
import { readAnswer } from '../answers.js';
import { isRecord } from '../json.js';
import { B2B_DIALECT, type B2bEnvelope } from './envelope.js';
import {
  DETAIL_ONLY_FIELDS,
  decodeId,
  decodeOperations,
  decodePayment,
  decodePaymentPage,
  decodeTransactions,
  type DecodedPaymentPage,
} from './payments-decode.js';
import type {
  ListPaymentsParams,
  OfflinePaymentBody,
  OfflinePaymentUpdateBody,
  WirePayment,
  WirePaymentOperations,
  WireTransaction,
} from './payments-types.js';
import type { AlongsideRead, CacheTally, RequestReadCache } from './request-read-cache.js';

/**
 * The nine B2B Edition payments endpoints (docs/upstream-contract.md §2), one typed method each. The only
 * place that knows their paths. Made per request with that request's caller and credentials, and the read
 * cache in that caller's scope: reads go through it, and each write evicts what it may have changed.
 */
export class PaymentsApi {
  constructor(
    private readonly caller: UpstreamCaller,
    private readonly credentials: Credentials | undefined,
    private readonly cache?: RequestReadCache,
  ) {}

  /** What this request's reads got from the read cache; undefined when there is none or it is off. */
  get cacheTally(): CacheTally | undefined {
    return this.cache?.enabled ? this.cache.tally : undefined;
  }

  /** GET /payments (docs/upstream-contract.md §2.2). */
  async listPayments(params: ListPaymentsParams = {}): Promise<DecodedPaymentPage> {
    const endpoint = 'listPayments';
    const path = upstreamPath('payments');
    const request: UpstreamRequest = { endpoint, method: 'GET', path, query: { ...params } };
    const { data, meta } = await this.read(request, 'payment-list', detailsInPage);
    return decodePaymentPage(endpoint, data, meta);
  }

  /** GET /payments/{paymentId} (docs/upstream-contract.md §2.3). */
  async getPayment(paymentId: number): Promise<WirePayment> {
    const endpoint = 'getPayment';
    const path = upstreamPath('payments', paymentId);
    const { data } = await this.read({ endpoint, method: 'GET', path }, { paymentId: String(paymentId) });
    return decodePayment(endpoint, data);
  }

  /** DELETE /payments/{paymentId} (docs/upstream-contract.md §2.4); resolves to the deleted id. */
  async deletePayment(paymentId: number): Promise<number> {
    const endpoint = 'deletePayment';
    const path = upstreamPath('payments', paymentId);
    const { data } = await this.write({ endpoint, method: 'DELETE', path }, paymentId);
    return decodeId(endpoint, data, 'id');
  }

  /** GET /payments/{paymentId}/operations (docs/upstream-contract.md §2.5). */
  async getPaymentOperations(paymentId: number): Promise<WirePaymentOperations> {
    const endpoint = 'getPaymentOperations';
    const path = upstreamPath('payments', paymentId, 'operations');
    const { data } = await this.read({ endpoint, method: 'GET', path }, { paymentId: String(paymentId) });
    return decodeOperations(endpoint, data);
  }

  /** POST /payments/{paymentId}/operations (docs/upstream-contract.md §2.6); resolves to the payment id. */
  async performPaymentOperation(paymentId: number, operationCode: number): Promise<number> {
    const endpoint = 'performPaymentOperation';
    const path = upstreamPath('payments', paymentId, 'operations');
    const { data } = await this.write({ endpoint, method: 'POST', path, body: { operationCode } }, paymentId);
    return decodeId(endpoint, data, 'id');
  }

  /** PUT /payments/{paymentId}/processing-status (docs/upstream-contract.md §2.7); resolves to the payment id. */
  async updatePaymentProcessingStatus(paymentId: number, processingStatus: number): Promise<number> {
    const endpoint = 'updatePaymentProcessingStatus';
    const path = upstreamPath('payments', paymentId, 'processing-status');
    const { data } = await this.write({ endpoint, method: 'PUT', path, body: { processingStatus } }, paymentId);
    return decodeId(endpoint, data, 'id');
  }

  /** GET /payments/{paymentId}/transactions (docs/upstream-contract.md §2.7a). */
  async listPaymentTransactions(paymentId: number): Promise<WireTransaction[]> {
    const endpoint = 'listPaymentTransactions';
    const path = upstreamPath('payments', paymentId, 'transactions');
    const { data } = await this.read({ endpoint, method: 'GET', path }, { paymentId: String(paymentId) });
    return decodeTransactions(endpoint, data);
  }

  /** POST /payments/offline (docs/upstream-contract.md §2.7b); resolves to the new payment's id. */
  async createOfflinePayment(body: OfflinePaymentBody): Promise<number> {
    const endpoint = 'createOfflinePayment';
    const path = upstreamPath('payments', 'offline');
    const { data } = await this.write({ endpoint, method: 'POST', path, body }, 'new payment');
    return decodeId(endpoint, data, 'paymentId');
  }

  /** PUT /payments/offline/{paymentId} (docs/upstream-contract.md §2.7c); resolves to the payment id. */
  async updateOfflinePayment(paymentId: number, body: OfflinePaymentUpdateBody): Promise<number> {
    const endpoint = 'updateOfflinePayment';
    const path = upstreamPath('payments', 'offline', paymentId);
    const { data } = await this.write({ endpoint, method: 'PUT', path, body }, paymentId);
    return decodeId(endpoint, data, 'paymentId');
  }

  /** A read, through the cache when there is one; the envelope is what is kept (plain JSON), decoded per use. */
  private read(
    request: UpstreamRequest,
    dependsOn: ReadDependency,
    alongside?: (envelope: B2bEnvelope) => AlongsideRead[],
  ): Promise<B2bEnvelope> {
    if (!this.cache) return this.request(request);
    return this.cache.read(request, dependsOn, (options) => this.request(request, options), alongside);
  }

  /**
   * A write, then the eviction of what it may have changed, on every replica, before its answer is handed
   * on: a client reads its own write wherever it reads next. A write whose outcome is unknown evicts too;
   * one the upstream refused or that was never sent changed nothing.
   */
  private async write(request: UpstreamRequest, target: number | 'new payment'): Promise<B2bEnvelope> {
    const evict = () => (target === 'new payment' ? this.cache?.evictPaymentList() : this.cache?.evictPayment(target));
    let envelope: B2bEnvelope;
    try {
      envelope = await this.request(request);
    } catch (error) {
      if (!(error instanceof UpstreamError) || error.code === 'OUTCOME_UNKNOWN') await evict();
      throw error;
    }
    await evict();
    return envelope;
  }

  private async request(request: UpstreamRequest, options?: SendOptions): Promise<B2bEnvelope> {
    return readAnswer(request, await this.caller.send(request, options), B2B_DIALECT, this.credentials).value;
  }
}

/**
 * A list page's items that carry every detail-only field, each as the answer to its `GET /payments/{id}`:
 * the same record (docs/upstream-contract.md §2.2, §2.3), so opening a payment just seen on a page costs no
 * call. Sound because every write to a payment also evicts the list pages. An item the decoder would refuse is
 * left out: its detail call says so.
 */
function detailsInPage(envelope: B2bEnvelope): AlongsideRead[] {
  if (!Array.isArray(envelope.data)) return [];
  return envelope.data.flatMap((item: unknown) => {
    if (!isRecord(item) || !isPaymentId(item['id'])) return [];
    if (!DETAIL_ONLY_FIELDS.every((name) => item[name] !== undefined && item[name] !== null)) return [];
    const path = upstreamPath('payments', item['id']);
    const request: UpstreamRequest = { endpoint: 'getPayment', method: 'GET', path };
    return [{ request, dependsOn: { paymentId: String(item['id']) }, value: { data: item, meta: {} } }];
  });
}

function isPaymentId(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0;
}
