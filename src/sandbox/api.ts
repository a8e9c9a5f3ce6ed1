/**
 * The request pipeline of the emulated API, free of I/O: authentication, then routing to the payment handlers.
 * An ApiHandler is a plain function, so a cross-cutting step (a per-store quota, say) is another ApiHandler
 * wrapping this one.
 */
import {
  invalidRequestData,
  methodNotAllowed,
  routeNotFound,
  unauthenticated,
  type ApiResponse,
} from './envelope.js';
import type { StoreRegistry } from './payment-store.js';
import { PAYMENT_ROUTES } from './payments-routes.js';
import { createRouter } from './router.js';

export type RequestBody = { kind: 'none' } | { kind: 'json'; value: unknown } | { kind: 'malformed'; text: string };

export interface ApiRequest {
  method: string;
  /** The path below the base path, or null for a request outside it. */
  path: string | null;
  query: URLSearchParams;
  body: RequestBody;
  /** Whether a non-empty X-Auth-Token came; its value is never kept. */
  hasAuthToken: boolean;
  /** The non-empty X-Store-Hash, or null. */
  storeHash: string | null;
}

export type ApiHandler = (request: ApiRequest) => ApiResponse;

/** Builds the handler of one sandbox; it lives as long as the registry it is given. */
export function createApiHandler(stores: StoreRegistry): ApiHandler {
  const resolve = createRouter(PAYMENT_ROUTES);
  return (request) => {
    // Both headers are required (CONTRACT.md 1); any non-empty value is accepted.
    if (!request.hasAuthToken || request.storeHash === null) return unauthenticated();
    if (request.path === null) return routeNotFound();
    const route = resolve(request.method, request.path);
    if (route.kind === 'not-found') return routeNotFound();
    if (route.kind === 'method-not-allowed') return methodNotAllowed(route.allowed);
    if (request.body.kind === 'malformed' && (request.method === 'POST' || request.method === 'PUT')) {
      return invalidRequestData();
    }
    return route.handler({
      params: route.params,
      query: request.query,
      body: request.body.kind === 'json' ? request.body.value : undefined,
      store: stores.forHash(request.storeHash),
    });
  };
}
