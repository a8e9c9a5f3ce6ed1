/**
 * Response bodies in the B2B envelope `{ code, data, meta }` (CONTRACT.md 1, 4.1), each error body exactly as
 * the references document it, quirks included.
 */
import type { WirePagination } from '../upstream/b2b/payments-types.js';

export interface ApiResponse {
  status: number;
  body: unknown;
  /** Extra headers; they override the server's defaults (e.g. the rate-limit headers). */
  headers?: Record<string, string>;
}

/** The 422 `data`: field-keyed like the x-example, or a single `errMsg` like the example (CONTRACT.md 7.10). */
export type ParameterErrors = Record<string, string[]> | { errMsg: string };

export function success(data: unknown, message = 'SUCCESS'): ApiResponse {
  return { status: 200, body: { code: 200, data, meta: { message } } };
}

export function successPage(data: unknown[], pagination: WirePagination): ApiResponse {
  return { status: 200, body: { code: 200, data, meta: { pagination, message: 'SUCCESS' } } };
}

function errorMessage(status: number, errMsg: string, message: string): ApiResponse {
  return { status, body: { code: status, data: { errMsg }, meta: { message } } };
}

export function parameterError(data: ParameterErrors): ApiResponse {
  return { status: 422, body: { code: 422, meta: { message: 'Parameter Error' }, data } };
}

export const invalidRequestData = (): ApiResponse => parameterError({ errMsg: 'Invalid request data' });

/** The documented 401 of the authentication spec (CONTRACT.md 4.1). */
export const unauthenticated = (): ApiResponse =>
  errorMessage(401, 'Invalid token header. No credentials provided.', 'Invalid token header. No credentials provided.');

export const paymentNotFound = (): ApiResponse => errorMessage(404, 'Payment does not exist', 'Not Found Error');

/** "Not Found Error" on a 400 is the documented upstream body (CONTRACT.md 7.9), copied on purpose. */
export const paymentBadRequest = (errMsg: string): ApiResponse => errorMessage(400, errMsg, 'Not Found Error');

export const tooLarge = (): ApiResponse => ({
  status: 413,
  body: { code: 413, meta: { message: 'Request Entity Too Large' }, data: {} },
});

export const routeNotFound = (): ApiResponse => errorMessage(404, 'Not Found', 'Not Found Error');

export const methodNotAllowed = (allowed: readonly string[]): ApiResponse => ({
  ...errorMessage(405, 'Method Not Allowed', 'Method Not Allowed'),
  headers: { Allow: allowed.join(', ') },
});

export const internalError = (): ApiResponse => errorMessage(500, 'Internal Server Error', 'Internal Server Error');
