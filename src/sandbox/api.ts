/**
 * The request pipeline of the emulated B2B API, free of I/O: authentication, then routing to the payment
 * handlers. The server runs the store's quota between the two, so a refused credential spends no quota.
 */
import type { CredentialCheck } from './credentials.js';
import { internalError, methodNotAllowed, routeNotFound, unauthenticated, type ApiResponse } from './envelope.js';
import type { StoreRegistry } from './payment-store.js';
import { PAYMENT_ROUTES } from './payments-routes.js';
import type { ApiRequest } from './request.js';
import { createRouter } from './router.js';

export type ApiHandler = (request: ApiRequest) => ApiResponse;

/** A B2B request whose credentials passed, with its store; or the answer that refuses it. */
export type Authentication = { ok: true; storeHash: string } | { ok: false; refusal: ApiResponse };

/**
 * Both headers are required (docs/upstream-contract.md §1); the 5xx for a known token sent with another
 * store's hash is the sandbox's pick of the "server errors" the references promise.
 */
export function authenticate(request: ApiRequest, check: CredentialCheck): Authentication {
  if (request.authToken === null || request.storeHash === null) return { ok: false, refusal: unauthenticated() };
  switch (check(request.authToken, request.storeHash)) {
    case 'accepted':
      return { ok: true, storeHash: request.storeHash };
    case 'unknown-token':
      return { ok: false, refusal: unauthenticated() };
    case 'other-store':
      return { ok: false, refusal: internalError() };
  }
}

/** Answers B2B requests that `authenticate` let through; lives as long as the registry it is given. */
export function createApiHandler(stores: StoreRegistry): (request: ApiRequest, storeHash: string) => ApiResponse {
  const resolve = createRouter(PAYMENT_ROUTES);
  return (request, storeHash) => {
    if (request.path === null) return routeNotFound();
    const route = resolve(request.method, request.path);
    if (route.kind === 'not-found') return routeNotFound();
    if (route.kind === 'method-not-allowed') return methodNotAllowed(route.allowed);
    const store = stores.forHash(storeHash);
    return route.handler({ params: route.params, query: request.query, body: request.body, store });
  };
}
