import type { Credentials } from '../config.js';
import { UpstreamError, type FieldErrors, type UpstreamErrorDetails } from './errors.js';
import { clientSafeMessage, headerValue, isRecord, parseJsonObject } from './json.js';
import { ADMIN_RATE_LIMITS } from './rate-limit-headers.js';
import type { UpstreamClient, UpstreamClientOptions, UpstreamRequest } from './upstream-client.js';
import { failedAnswerCode, unreadableAnswerCode } from './write-outcome.js';

/** A BigCommerce Admin API success: the body as sent (no envelope, CONTRACT.md 6, 7.23). */
export interface AdminResponse {
  status: number;
  body: Record<string, unknown>;
  requestId: string | undefined;
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
 * (CONTRACT.md 4.2) mapped to the same codes as the B2B API. Its `X-Rate-Limit-*` headers are read by
 * `ADMIN_RATE_LIMITS` (rate-limit-headers.ts), for pacing and for how long a 429 says to wait. Lives as long as the `UpstreamClient` it wraps (one request).
 */
export class AdminClient {
  constructor(private readonly http: UpstreamClient) {}

  async request(request: UpstreamRequest): Promise<AdminResponse> {
    const response = await this.http.send(request);
    const requestId = headerValue(response.headers['x-request-id']);
    const details: UpstreamErrorDetails = { status: response.status, requestId, endpoint: request.endpoint };
    const body = parseJsonObject(response.text);
    if (response.status < 200 || response.status >= 300) {
      // The same rules as the B2B dialect: a write answered 5xx is OUTCOME_UNKNOWN, and 5xx bodies are
      // never read for messages (undocumented, may carry internals).
      const code = failedAnswerCode(request.method, response.status);
      const retryAfterMs = ADMIN_RATE_LIMITS.retryAfterMs(response.status, response.headers);
      throw new UpstreamError(code, {
        ...details,
        ...(response.status < 500 && code !== 'OUTCOME_UNKNOWN' && errorBodyDetails(body, this.http.sentHeaderValues)),
        ...(retryAfterMs !== undefined && { retryAfterSeconds: Math.ceil(retryAfterMs / 1000) }),
      });
    }
    if (!body) throw new UpstreamError(unreadableAnswerCode(request.method), { ...details, reason: 'no JSON object body' });
    return { status: response.status, body, requestId };
  }
}

/**
 * Reads the Admin `ErrorResponse` `{ status, title, type, detail?, errors?: { <field>: string } }`
 * (CONTRACT.md 4.2). `detail`, else `title`, is the client-safe message; `type` is a documentation URL
 * and is never passed on.
 */
function errorBodyDetails(
  body: Record<string, unknown> | undefined,
  sentHeaderValues: readonly string[],
): Pick<UpstreamErrorDetails, 'upstreamMessage' | 'fieldErrors'> {
  if (!body) return {};
  const clientSafe = (value: unknown) => clientSafeMessage(value, sentHeaderValues);
  const upstreamMessage = clientSafe(body['detail']) ?? clientSafe(body['title']);
  const fieldErrors: FieldErrors = {};
  const errors = body['errors'];
  if (isRecord(errors)) {
    for (const [field, value] of Object.entries(errors)) {
      // Documented as one string per field; a list of strings is accepted too.
      const messages = (Array.isArray(value) ? value : [value]).map(clientSafe);
      const safe = messages.filter((message): message is string => message !== undefined);
      if (safe.length > 0) fieldErrors[field] = safe;
    }
  }
  return {
    ...(upstreamMessage !== undefined && { upstreamMessage }),
    ...(Object.keys(fieldErrors).length > 0 && { fieldErrors }),
  };
}
