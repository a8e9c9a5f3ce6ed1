/**
 * The emulated BigCommerce Admin API: the two Payments Transactions (beta) endpoints (CONTRACT.md 6) under
 * `/stores/{store_hash}/v3`, served from the sandbox's origin. Free of I/O, like the B2B `ApiHandler`.
 */
import type { TransactionKind } from '../upstream/admin/transactions-types.js';
import type { ApiHandler } from './api.js';
import type { CredentialCheck } from './credentials.js';
import { createRouter, type Route } from './router.js';
import {
  adminBadRequest,
  adminInternalError,
  adminInvalidInput,
  adminMethodNotAllowed,
  adminPreconditionFailed,
  adminRouteNotFound,
  adminUnauthorized,
  adminUnknownToken,
  transactionCreated,
} from './transactions-responses.js';
import { unmetPrecondition, type TransactionLedgers } from './transactions-store.js';
import { validateTransactionRecord } from './transactions-validation.js';

/** Admin API paths carry the store hash instead of the B2B API's base path and headers. */
export const isAdminApiPath = (pathname: string): boolean => pathname.startsWith('/stores/');

const TRANSACTION_ROUTES: ReadonlyArray<Route<TransactionKind>> = [
  { method: 'POST', pattern: '/stores/:storeHash/v3/payments/transactions/purchases', handler: 'purchase' },
  { method: 'POST', pattern: '/stores/:storeHash/v3/payments/transactions/authorizations', handler: 'authorization' },
];

/**
 * Builds the Admin API handler of one sandbox; `request.path` is the whole path. Order of checks: token
 * (401), route (404, 405), the token's store (500, as for the B2B API), body (400), fields (422),
 * preconditions (412), then the record (201).
 */
export function createTransactionsApiHandler(ledgers: TransactionLedgers, check: CredentialCheck): ApiHandler {
  const resolve = createRouter(TRANSACTION_ROUTES);
  return (request) => {
    // Only X-Auth-Token is required (docs/upstream-contract.md §6); the store hash is the path's.
    if (request.authToken === null) return adminUnauthorized();
    const token = request.authToken;
    // Whether the token is known comes first; the store it is used for is only known once the route is.
    if (check(token) === 'unknown-token') return adminUnknownToken();
    const route = resolve(request.method, request.path ?? '');
    const storeHash = route.kind === 'found' ? decodedSegment(route.params['storeHash']) : undefined;
    if (route.kind === 'method-not-allowed') return adminMethodNotAllowed(route.allowed);
    if (route.kind !== 'found' || storeHash === undefined) return adminRouteNotFound();
    if (check(token, storeHash) !== 'accepted') return adminInternalError();
    const body = request.body.kind === 'json' ? request.body.value : undefined;
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      return adminBadRequest('The request body must be a JSON object.');
    }
    const validation = validateTransactionRecord(body as Record<string, unknown>, route.handler);
    if (!validation.ok) return adminInvalidInput(validation.errors);
    const unmet = unmetPrecondition(validation.value);
    if (unmet !== undefined) return adminPreconditionFailed(unmet);
    return transactionCreated(ledgers.record(storeHash, route.handler, validation.value).id);
  };
}

function decodedSegment(segment: string | undefined): string | undefined {
  try {
    return segment === undefined ? undefined : decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}
