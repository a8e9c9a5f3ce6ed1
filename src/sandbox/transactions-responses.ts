/**
 * Response bodies of the emulated BigCommerce Admin API: the bare `{ id }` success (CONTRACT.md 6) and the
 * Admin `ErrorResponse` `{ status, title, type, detail?, errors? }` (CONTRACT.md 4.2), with its headers.
 */
import type { ApiResponse } from './envelope.js';

/** The documented `type` of Admin errors is a reference URL; this is the status-code page. */
const ERROR_TYPE = 'https://developer.bigcommerce.com/api-docs/getting-started/api-status-codes';

/** Field path (`payment_instrument.card.last4`) to its message: `errors` holds one string per field. */
export type AdminFieldErrors = Record<string, string>;

/**
 * A full Admin API quota (CONTRACT.md 5.2: Standard plan, 150 requests per 30 s window). No quota is
 * enforced; a 429 is scripted with `faults`.
 */
export const ADMIN_FULL_QUOTA_HEADERS: Readonly<Record<string, string>> = {
  'X-Rate-Limit-Time-Window-Ms': '30000',
  'X-Rate-Limit-Time-Reset-Ms': '30000',
  'X-Rate-Limit-Requests-Quota': '150',
  'X-Rate-Limit-Requests-Left': '150',
};

/** The success status is undocumented (CONTRACT.md 8.10): the sandbox says 201 Created; 200 works too. */
export const transactionCreated = (id: string): ApiResponse => ({ status: 201, body: { id } });

function adminError(status: number, title: string, detail?: string, errors?: AdminFieldErrors): ApiResponse {
  return {
    status,
    body: { status, title, type: ERROR_TYPE, ...(detail !== undefined && { detail }), ...(errors && { errors }) },
  };
}

export const adminUnauthorized = (): ApiResponse =>
  adminError(401, 'Unauthorized', 'No X-Auth-Token header was sent, or it is empty.');

export const adminUnknownToken = (): ApiResponse =>
  adminError(401, 'Unauthorized', 'The X-Auth-Token is not a valid API account token.');

export const adminInternalError = (): ApiResponse => adminError(500, 'Internal Server Error');

export const adminRouteNotFound = (): ApiResponse => adminError(404, 'The route is not found, check the URL');

export const adminMethodNotAllowed = (allowed: readonly string[]): ApiResponse => ({
  ...adminError(405, 'Method Not Allowed'),
  headers: { Allow: allowed.join(', ') },
});

export const adminBadRequest = (detail: string): ApiResponse => adminError(400, 'Bad Request', detail);

export const adminInvalidInput = (errors: AdminFieldErrors): ApiResponse =>
  adminError(422, 'JSON data is missing or invalid', 'The transaction was not recorded: see errors.', errors);

export const adminPreconditionFailed = (detail: string): ApiResponse => adminError(412, 'Precondition Failed', detail);
