import type { B2bClient } from './b2b-client.js';
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
 * The nine B2B Edition payments endpoints (CONTRACT.md section 2), one typed method each. The only place
 * that knows their paths; lives as long as the `B2bClient` it wraps (one request).
 */
export class PaymentsApi {
  constructor(private readonly client: B2bClient) {}

  /** GET /payments (CONTRACT.md 2.2). */
  async listPayments(params: ListPaymentsParams = {}): Promise<DecodedPaymentPage> {
    const endpoint = 'listPayments';
    const { data, meta } = await this.client.request({ endpoint, method: 'GET', path: '/payments', query: { ...params } });
    return decodePaymentPage(endpoint, data, meta);
  }

  /** GET /payments/{paymentId} (CONTRACT.md 2.3). */
  async getPayment(paymentId: number): Promise<WirePayment> {
    const endpoint = 'getPayment';
    const { data } = await this.client.request({ endpoint, method: 'GET', path: `/payments/${paymentId}` });
    return decodePayment(endpoint, data);
  }

  /** DELETE /payments/{paymentId} (CONTRACT.md 2.4); resolves to the deleted id. */
  async deletePayment(paymentId: number): Promise<number> {
    const endpoint = 'deletePayment';
    const { data } = await this.client.request({ endpoint, method: 'DELETE', path: `/payments/${paymentId}` });
    return decodeId(endpoint, data, 'id');
  }

  /** GET /payments/{paymentId}/operations (CONTRACT.md 2.5). */
  async getPaymentOperations(paymentId: number): Promise<WirePaymentOperations> {
    const endpoint = 'getPaymentOperations';
    const path = `/payments/${paymentId}/operations`;
    const { data } = await this.client.request({ endpoint, method: 'GET', path });
    return decodeOperations(endpoint, data);
  }

  /** POST /payments/{paymentId}/operations (CONTRACT.md 2.6); resolves to the payment id. */
  async performPaymentOperation(paymentId: number, operationCode: number): Promise<number> {
    const endpoint = 'performPaymentOperation';
    const path = `/payments/${paymentId}/operations`;
    const { data } = await this.client.request({ endpoint, method: 'POST', path, body: { operationCode } });
    return decodeId(endpoint, data, 'id');
  }

  /** PUT /payments/{paymentId}/processing-status (CONTRACT.md 2.7); resolves to the payment id. */
  async updatePaymentProcessingStatus(paymentId: number, processingStatus: number): Promise<number> {
    const endpoint = 'updatePaymentProcessingStatus';
    const path = `/payments/${paymentId}/processing-status`;
    const { data } = await this.client.request({ endpoint, method: 'PUT', path, body: { processingStatus } });
    return decodeId(endpoint, data, 'id');
  }

  /** GET /payments/{paymentId}/transactions (CONTRACT.md 2.7a). */
  async listPaymentTransactions(paymentId: number): Promise<WireTransaction[]> {
    const endpoint = 'listPaymentTransactions';
    const path = `/payments/${paymentId}/transactions`;
    const { data } = await this.client.request({ endpoint, method: 'GET', path });
    return decodeTransactions(endpoint, data);
  }

  /** POST /payments/offline (CONTRACT.md 2.7b); resolves to the new payment's id. */
  async createOfflinePayment(body: OfflinePaymentBody): Promise<number> {
    const endpoint = 'createOfflinePayment';
    const { data } = await this.client.request({ endpoint, method: 'POST', path: '/payments/offline', body });
    return decodeId(endpoint, data, 'paymentId');
  }

  /** PUT /payments/offline/{paymentId} (CONTRACT.md 2.7c); resolves to the payment id. */
  async updateOfflinePayment(paymentId: number, body: OfflinePaymentUpdateBody): Promise<number> {
    const endpoint = 'updateOfflinePayment';
    const path = `/payments/offline/${paymentId}`;
    const { data } = await this.client.request({ endpoint, method: 'PUT', path, body });
    return decodeId(endpoint, data, 'paymentId');
  }
}
