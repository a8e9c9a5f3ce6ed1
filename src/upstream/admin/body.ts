import type { ApiDialect } from '../answers.js';
import { upstreamPath } from '../http/request.js';
import { isRecord } from '../json.js';
import { ADMIN_RATE_LIMITS } from './rate-limits.js';

/**
 * Where one store's Admin API lives: the store hash goes in the path, as one checked segment, and only the
 * token in a header (docs/upstream-contract.md §6).
 */
export function adminBaseUrl(bcBaseUrl: URL, storeHash: string): URL {
  const url = new URL(bcBaseUrl);
  url.pathname = bcBaseUrl.pathname.replace(/\/$/, '') + upstreamPath('stores', storeHash, 'v3');
  return url;
}

/**
 * The Admin API dialect: a bare JSON body on success (docs/upstream-contract.md §6, §7.23), the
 * `ErrorResponse` body `{ status, title, type, detail?, errors?: { <field>: string } }` on failure (§4.2).
 * `detail`, else `title`, is the message; `type` is a documentation URL and is never passed on.
 */
export const ADMIN_DIALECT: ApiDialect<Record<string, unknown>> = {
  rateLimits: ADMIN_RATE_LIMITS,
  success: (body) => body,
  errorText: (body) => ({
    messages: [body?.['detail'], body?.['title']],
    fields: isRecord(body?.['errors']) ? body['errors'] : {},
  }),
};
