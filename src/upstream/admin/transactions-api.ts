import type { Credentials } from '../../credentials.js';
import { UpstreamError } from '../errors.js';
import { upstreamPath, type UpstreamPath } from '../http/request.js';
import type { UpstreamCaller } from '../resilience/caller.js';
import { readAnswer } from '../answers.js';
import { ADMIN_DIALECT } from './body.js';
import type { TransactionRecordBody } from './transactions-types.js';

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The Payments Transactions (beta) endpoints (docs/upstream-contract.md §6), one typed method each; paths are
 * below the store's `/stores/{store_hash}/v3`. These writes are sent once: a failure after sending, a 5xx or
 * an unreadable success surfaces as OUTCOME_UNKNOWN, never as a retry. Made per request with that request's
 * caller and credentials.
 */
export class TransactionsApi {
  constructor(
    private readonly caller: UpstreamCaller,
    private readonly credentials: Credentials | undefined,
  ) {}

  /** POST /payments/transactions/purchases; resolves to the new transaction's id, a UUID. */
  createPurchaseTransaction(body: TransactionRecordBody): Promise<string> {
    return this.create('createPurchaseTransaction', upstreamPath('payments', 'transactions', 'purchases'), body);
  }

  /** POST /payments/transactions/authorizations; resolves to the new transaction's id, a UUID. */
  createAuthorizationTransaction(body: TransactionRecordBody): Promise<string> {
    const path = upstreamPath('payments', 'transactions', 'authorizations');
    return this.create('createAuthorizationTransaction', path, body);
  }

  /** The success body is a bare `{ id }`, no envelope; its status (200 or 201) is undocumented (§7.23). */
  private async create(endpoint: string, path: UpstreamPath, body: TransactionRecordBody): Promise<string> {
    const request = { endpoint, method: 'POST', path, body } as const;
    const response = readAnswer(request, await this.caller.send(request), ADMIN_DIALECT, this.credentials);
    const id = response.value['id'];
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
