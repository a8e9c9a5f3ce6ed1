import type { Credentials } from '../../credentials.js';
import { upstreamPath, type UpstreamRequest } from '../http/request.js';
import type { UpstreamCaller } from '../resilience/caller.js';
import { readAnswer } from '../answers.js';
import { B2B_DIALECT, type B2bEnvelope } from './envelope.js';
import {
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

/**
 * The nine B2B Edition payments endpoints (docs/upstream-contract.md §2), one typed method each. The only
 * place that knows their paths. Made per request with that request's caller and credentials.
 */
export class PaymentsApi {
  constructor(
    private readonly caller: UpstreamCaller,
    private readonly credentials: Credentials | undefined,
  ) {}

  /** GET /payments (docs/upstream-contract.md §2.2). */
  async listPayments(params: ListPaymentsParams = {}): Promise<DecodedPaymentPage> {
    const endpoint = 'listPayments';
    const path = upstreamPath('payments');
    const { data, meta } = await this.request({ endpoint, method: 'GET', path, query: { ...params } });
    return decodePaymentPage(endpoint, data, meta);
  }

  /** GET /payments/{paymentId} (docs/upstream-contract.md §2.3). */
  async getPayment(paymentId: number): Promise<WirePayment> {
    const endpoint = 'getPayment';
    const { data } = await this.request({ endpoint, method: 'GET', path: upstreamPath('payments', paymentId) });
    return decodePayment(endpoint, data);
  }

  /** DELETE /payments/{paymentId} (docs/upstream-contract.md §2.4); resolves to the deleted id. */
  async deletePayment(paymentId: number): Promise<number> {
    const endpoint = 'deletePayment';
    const { data } = await this.request({ endpoint, method: 'DELETE', path: upstreamPath('payments', paymentId) });
    return decodeId(endpoint, data, 'id');
  }

  /** GET /payments/{paymentId}/operations (docs/upstream-contract.md §2.5). */
  async getPaymentOperations(paymentId: number): Promise<WirePaymentOperations> {
    const endpoint = 'getPaymentOperations';
    const path = upstreamPath('payments', paymentId, 'operations');
    const { data } = await this.request({ endpoint, method: 'GET', path });
    return decodeOperations(endpoint, data);
  }

  /** POST /payments/{paymentId}/operations (docs/upstream-contract.md §2.6); resolves to the payment id. */
  async performPaymentOperation(paymentId: number, operationCode: number): Promise<number> {
    const endpoint = 'performPaymentOperation';
    const path = upstreamPath('payments', paymentId, 'operations');
    const { data } = await this.request({ endpoint, method: 'POST', path, body: { operationCode } });
    return decodeId(endpoint, data, 'id');
  }

  /** PUT /payments/{paymentId}/processing-status (docs/upstream-contract.md §2.7); resolves to the payment id. */
  async updatePaymentProcessingStatus(paymentId: number, processingStatus: number): Promise<number> {
    const endpoint = 'updatePaymentProcessingStatus';
    const path = upstreamPath('payments', paymentId, 'processing-status');
    const { data } = await this.request({ endpoint, method: 'PUT', path, body: { processingStatus } });
    return decodeId(endpoint, data, 'id');
  }

  /** GET /payments/{paymentId}/transactions (docs/upstream-contract.md §2.7a). */
  async listPaymentTransactions(paymentId: number): Promise<WireTransaction[]> {
    const endpoint = 'listPaymentTransactions';
    const path = upstreamPath('payments', paymentId, 'transactions');
    const { data } = await this.request({ endpoint, method: 'GET', path });
    return decodeTransactions(endpoint, data);
  }

  /** POST /payments/offline (docs/upstream-contract.md §2.7b); resolves to the new payment's id. */
  async createOfflinePayment(body: OfflinePaymentBody): Promise<number> {
    const endpoint = 'createOfflinePayment';
    const path = upstreamPath('payments', 'offline');
    const { data } = await this.request({ endpoint, method: 'POST', path, body });
    return decodeId(endpoint, data, 'paymentId');
  }

  /** PUT /payments/offline/{paymentId} (docs/upstream-contract.md §2.7c); resolves to the payment id. */
  async updateOfflinePayment(paymentId: number, body: OfflinePaymentUpdateBody): Promise<number> {
    const endpoint = 'updateOfflinePayment';
    const path = upstreamPath('payments', 'offline', paymentId);
    const { data } = await this.request({ endpoint, method: 'PUT', path, body });
    return decodeId(endpoint, data, 'paymentId');
  }

  private async request(request: UpstreamRequest): Promise<B2bEnvelope> {
    return readAnswer(request, await this.caller.send(request), B2B_DIALECT, this.credentials).value;
  }
}
