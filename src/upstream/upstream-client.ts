import type { IncomingHttpHeaders } from 'node:http';
import type { Dispatcher } from 'undici';
import { UpstreamError, type UpstreamErrorCode } from './errors.js';
import type { ReleaseSlot } from './store-limiter.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';
type QueryValue = string | number | ReadonlyArray<string | number> | undefined;

export interface UpstreamRequest {
  /** Name of the endpoint for accounting and errors, e.g. `getPayment`. */
  endpoint: string;
  method: HttpMethod;
  /** Path below the client's base URL, e.g. `/payments/117`. */
  path: string;
  query?: Record<string, QueryValue>;
  body?: unknown;
}

/** A response as received: status, headers and the whole body as text (always consumed). */
export interface UpstreamResponse {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
}

/** What one upstream call cost; collected per request for accounting, logs and metrics. */
export interface UpstreamCall {
  endpoint: string;
  method: HttpMethod;
  /** HTTP status, or undefined when no response arrived. */
  status: number | undefined;
  durationMs: number;
}

export interface UpstreamClientOptions {
  baseUrl: URL;
  dispatcher: Dispatcher;
  /**
   * Headers sent on every request, credentials included; never logged or echoed. Undefined when the
   * caller has no credentials: every call then fails as UNAUTHENTICATED without being sent.
   */
  headers: Record<string, string> | undefined;
  timeoutMs: number;
  /** Waits for a slot under the store's in-flight cap (store-limiter.ts); no cap when absent. */
  acquireSlot?: () => Promise<ReleaseSlot>;
  onCall?: (call: UpstreamCall) => void;
}

/**
 * HTTP to one upstream API, shared by the API dialects (B2B envelope, Admin API): builds the URL, sends
 * JSON, reads the whole body, reports the call and turns transport failures into `UpstreamError`s.
 * Made per request; the pool behind `dispatcher` is shared.
 */
export class UpstreamClient {
  private readonly basePath: string;

  constructor(private readonly options: UpstreamClientOptions) {
    this.basePath = options.baseUrl.pathname.replace(/\/$/, '');
  }

  async send(request: UpstreamRequest): Promise<UpstreamResponse> {
    const headers = this.options.headers;
    if (!headers) {
      throw new UpstreamError('UNAUTHENTICATED', { endpoint: request.endpoint, upstreamMessage: NO_CREDENTIALS });
    }
    // Bounded fan-out: the request leaves only once the store has a slot, freed when its body is read.
    const releaseSlot = await this.options.acquireSlot?.();
    const started = performance.now();
    let status: number | undefined;
    try {
      const response = await this.options.dispatcher.request({
        origin: this.options.baseUrl.origin,
        method: request.method,
        path: this.basePath + request.path + queryString(request.query),
        headers: { accept: 'application/json', ...headers, ...(request.body !== undefined && JSON_BODY) },
        body: request.body === undefined ? undefined : JSON.stringify(request.body),
        headersTimeout: this.options.timeoutMs,
        bodyTimeout: this.options.timeoutMs,
      });
      status = response.statusCode;
      return { status, headers: response.headers, text: await response.body.text() };
    } catch (error) {
      throw transportError(error, request);
    } finally {
      releaseSlot?.();
      this.options.onCall?.({
        endpoint: request.endpoint,
        method: request.method,
        status,
        durationMs: performance.now() - started,
      });
    }
  }
}

const NO_CREDENTIALS = 'No credentials: send the X-Auth-Token and X-Store-Hash headers with the request.';
const JSON_BODY = { 'content-type': 'application/json' };

function queryString(query: UpstreamRequest['query']): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined) continue;
    // Arrays repeat the name: OpenAPI's default form/explode style (CONTRACT.md 2.2, channelIds).
    for (const item of Array.isArray(value) ? value : [value]) params.append(name, String(item));
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** Errors undici raises before the request could have left this process. */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT']);
const TIMEOUT_CODES = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'UND_ERR_CONNECT_TIMEOUT']);

/**
 * A failure without a usable response. For a write that may have reached the upstream, the outcome is
 * unknown, which a client must not mistake for "nothing happened"; writes are never retried here.
 */
function transportError(error: unknown, request: UpstreamRequest): UpstreamError {
  if (error instanceof UpstreamError) return error;
  const errno = (error as { code?: unknown } | null)?.code;
  const code = typeof errno === 'string' ? errno : '';
  const mayHaveBeenSent = !NOT_SENT_CODES.has(code);
  let mapped: UpstreamErrorCode = TIMEOUT_CODES.has(code) ? 'UPSTREAM_TIMEOUT' : 'UPSTREAM_UNREACHABLE';
  if (request.method !== 'GET' && mayHaveBeenSent) mapped = 'OUTCOME_UNKNOWN';
  return new UpstreamError(mapped, { endpoint: request.endpoint, reason: code || String(error) });
}
