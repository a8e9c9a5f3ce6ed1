import type { AdminClient } from './admin-client.js';
import { UpstreamError } from './errors.js';
import type { TransactionRecordBody } from './transactions-types.js';

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The Payments Transactions (beta) endpoints (CONTRACT.md 6), one typed method each; paths are below the
 * store's `/stores/{store_hash}/v3`. These writes are sent once: a failure after sending, a 5xx or an
 * unreadable success surfaces as OUTCOME_UNKNOWN, never as a retry. Lives as long as its `AdminClient` (one request).
 */
export class TransactionsApi {
  constructor(private readonly client: AdminClient) {}

  /** POST /payments/transactions/purchases; resolves to the new transaction's id, a UUID. */
  createPurchaseTransaction(body: TransactionRecordBody): Promise<string> {
    return this.create('createPurchaseTransaction', '/payments/transactions/purchases', body);
  }

  /** POST /payments/transactions/authorizations; resolves to the new transaction's id, a UUID. */
  createAuthorizationTransaction(body: TransactionRecordBody): Promise<string> {
    return this.create('createAuthorizationTransaction', '/payments/transactions/authorizations', body);
  }

  /** The success body is a bare `{ id }`, no envelope; its status (200 or 201) is undocumented (CONTRACT.md 7.23). */
  private async create(endpoint: string, path: string, body: TransactionRecordBody): Promise<string> {
    const response = await this.client.request({ endpoint, method: 'POST', path, body });
    const id = response.body['id'];
    if (typeof id !== 'string' || !UUID_PATTERN.test(id)) {
      // Recorded (a 2xx), but what was made is unknown: never a failure a client may simply send again.
      throw new UpstreamError('OUTCOME_UNKNOWN', {
        endpoint,
        status: response.status,
        requestId: response.requestId,
        reason: 'success body without a UUID id',
      });
    }
    return id;
  }
}
