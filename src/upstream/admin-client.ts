import type { IncomingHttpHeaders } from 'node:http';
import type { Credentials } from '../config.js';
import { headerValue } from './b2b-client.js';
import { UpstreamError, codeForStatus, type FieldErrors, type UpstreamErrorDetails } from './errors.js';
import { isRecord, parseJsonObject, safeMessage } from './json.js';
import type { UpstreamClient, UpstreamClientOptions, UpstreamRequest } from './upstream-client.js';

/** A BigCommerce Admin API success: the body as sent (no envelope, CONTRACT.md 6, 7.23) and its quota. */
export interface AdminResponse {
  status: number;
  body: Record<string, unknown>;
  requestId: string | undefined;
  rateLimit: AdminRateLimit;
}

/**
 * The store's Admin API quota as the `X-Rate-Limit-*` headers report it (CONTRACT.md 5.2); a field is
 * undefined when its header is missing or not a number, as on a 429 caused by platform-wide load.
 */
export interface AdminRateLimit {
  /** Length of the quota window, e.g. 30000. */
  windowMs?: number;
  /** Time until the quota refreshes. */
  resetMs?: number;
  /** Requests allowed per window, e.g. 150. */
  quota?: number;
  /** Requests left in this window. */
  remaining?: number;
  /** `X-Retry-After`, sent on rate-limited responses. */
  retryAfterSeconds?: number;
}

/**
 * Where and how one store's Admin API is called: the store hash goes in the path and only the token in a
 * header (CONTRACT.md 6). Without credentials nothing is sent (`UpstreamClient` answers UNAUTHENTICATED),
 * so the base URL is left as it is.
 */
export function adminConnection(
  bcBaseUrl: URL,
  credentials: Credentials | undefined,
): Pick<UpstreamClientOptions, 'baseUrl' | 'headers'> {
  if (!credentials) return { baseUrl: bcBaseUrl, headers: undefined };
  const root = bcBaseUrl.href.endsWith('/') ? bcBaseUrl.href : `${bcBaseUrl.href}/`;
  return {
    baseUrl: new URL(`stores/${encodeURIComponent(credentials.storeHash)}/v3`, root),
    headers: { 'x-auth-token': credentials.authToken },
  };
}

/**
 * The BigCommerce Admin API dialect: a bare JSON body on success, the `ErrorResponse` body on failure
 * (CONTRACT.md 4.2) mapped to the same codes as the B2B API, and the `X-Rate-Limit-*` quota read from
 * every response. Lives as long as the `UpstreamClient` it wraps (one request).
 */
export class AdminClient {
  constructor(private readonly http: UpstreamClient) {}

  async request(request: UpstreamRequest): Promise<AdminResponse> {
    const response = await this.http.send(request);
    const requestId = headerValue(response.headers['x-request-id']);
    const rateLimit = readRateLimit(response.headers);
    const details: UpstreamErrorDetails = { status: response.status, requestId, endpoint: request.endpoint };
    const body = parseJsonObject(response.text);
    if (response.status < 200 || response.status >= 300) {
      const retryAfterSeconds = response.status === 429 ? secondsToWait(rateLimit) : undefined;
      throw new UpstreamError(codeForStatus(response.status), {
        ...details,
        ...errorBodyDetails(body),
        ...(retryAfterSeconds !== undefined && { retryAfterSeconds }),
      });
    }
    if (!body) throw new UpstreamError('UPSTREAM_BAD_RESPONSE', { ...details, reason: 'no JSON object body' });
    return { status: response.status, body, requestId, rateLimit };
  }
}

function readRateLimit(headers: IncomingHttpHeaders): AdminRateLimit {
  const read = (name: string): number | undefined => {
    const raw = headerValue(headers[name])?.trim();
    const value = raw !== undefined && /^\d+$/.test(raw) ? Number(raw) : undefined;
    return value !== undefined && Number.isSafeInteger(value) ? value : undefined;
  };
  const limit: AdminRateLimit = {
    windowMs: read('x-rate-limit-time-window-ms'),
    resetMs: read('x-rate-limit-time-reset-ms'),
    quota: read('x-rate-limit-requests-quota'),
    remaining: read('x-rate-limit-requests-left'),
    retryAfterSeconds: read('x-retry-after'),
  };
  return Object.fromEntries(Object.entries(limit).filter(([, value]) => value !== undefined));
}

/**
 * On a 429 the docs say to wait `X-Rate-Limit-Time-Reset-Ms`, and also document `X-Retry-After` in
 * seconds (CONTRACT.md 5.2, 7.21): waiting for the later of the two satisfies both. Neither header means
 * platform-wide load, with no time to give.
 */
function secondsToWait(limit: AdminRateLimit): number | undefined {
  const fromReset = limit.resetMs === undefined ? undefined : Math.ceil(limit.resetMs / 1000);
  const candidates = [fromReset, limit.retryAfterSeconds].filter((value) => value !== undefined);
  return candidates.length === 0 ? undefined : Math.max(...candidates);
}

/**
 * Reads the Admin `ErrorResponse` `{ status, title, type, detail?, errors?: { <field>: string } }`
 * (CONTRACT.md 4.2). `detail`, else `title`, is the client-safe message; `type` is a documentation URL
 * and is never passed on.
 */
function errorBodyDetails(body: Record<string, unknown> | undefined): Pick<
  UpstreamErrorDetails,
  'upstreamMessage' | 'fieldErrors'
> {
  if (!body) return {};
  const upstreamMessage = safeMessage(body['detail']) ?? safeMessage(body['title']);
  const fieldErrors: FieldErrors = {};
  const errors = body['errors'];
  if (isRecord(errors)) {
    for (const [field, value] of Object.entries(errors)) {
      // Documented as one string per field; a list of strings is accepted too.
      const messages = (Array.isArray(value) ? value : [value]).map(safeMessage);
      const safe = messages.filter((message): message is string => message !== undefined);
      if (safe.length > 0) fieldErrors[field] = safe;
    }
  }
  return {
    ...(upstreamMessage !== undefined && { upstreamMessage }),
    ...(Object.keys(fieldErrors).length > 0 && { fieldErrors }),
  };
}
