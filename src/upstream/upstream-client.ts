import type { IncomingHttpHeaders } from 'node:http';
import type { Dispatcher } from 'undici';
import { BODY_TOO_LARGE, readBodyText } from './body-reader.js';
import { CUT_SHORT_CODES } from './deadline.js';
import { UpstreamError, type UpstreamErrorCode } from './errors.js';
import type { CallBudget, CallGuard } from './resilience.js';

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
  /** Per call (one try); the request's deadline may leave less. */
  timeoutMs: number;
  /** Deadline, circuit breaker, pacing and retries of this client's calls (resilience.ts). */
  guard: CallGuard;
  onCall?: (call: UpstreamCall) => void;
}

/**
 * HTTP to one upstream API, shared by the API dialects (B2B envelope, Admin API): builds the URL, sends
 * JSON, reads the whole body, reports each try and turns transport failures into `UpstreamError`s. Every
 * call goes through the `guard`. Made per request; the pool behind `dispatcher` is shared.
 */
export class UpstreamClient {
  private readonly basePath: string;

  constructor(private readonly options: UpstreamClientOptions) {
    this.basePath = options.baseUrl.pathname.replace(/\/$/, '');
  }

  /** Values of the headers sent on every call (the credentials): never to be echoed to a client. */
  get sentHeaderValues(): string[] {
    return Object.values(this.options.headers ?? {});
  }

  async send(request: UpstreamRequest): Promise<UpstreamResponse> {
    const headers = this.options.headers;
    if (!headers) {
      throw new UpstreamError('UNAUTHENTICATED', { endpoint: request.endpoint, upstreamMessage: NO_CREDENTIALS });
    }
    return this.options.guard.run(request, this.options.timeoutMs, (budget) => this.sendOnce(request, headers, budget));
  }

  /** One try: sends the request once and reads the whole answer, whatever its status. */
  private async sendOnce(
    request: UpstreamRequest,
    headers: Record<string, string>,
    budget: CallBudget,
  ): Promise<UpstreamResponse> {
    const started = performance.now();
    let status: number | undefined;
    try {
      const response = await this.options.dispatcher.request({
        origin: this.options.baseUrl.origin,
        method: request.method,
        path: this.basePath + request.path + queryString(request.query),
        headers: { accept: 'application/json', ...headers, ...(request.body !== undefined && JSON_BODY) },
        body: request.body === undefined ? undefined : JSON.stringify(request.body),
        headersTimeout: budget.timeoutMs,
        bodyTimeout: budget.timeoutMs,
        signal: budget.signal,
      });
      status = response.statusCode;
      const text = await readBodyText(response.body, response.headers['content-length'], budget.maxBodyBytes);
      return { status, headers: response.headers, text };
    } catch (error) {
      throw transportError(error, request);
    } finally {
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
const TIMEOUT_CODES = new Set([
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_CONNECT_TIMEOUT',
  // The call's own timeout or the request's deadline, through the call's AbortSignal (deadline.ts).
  ...CUT_SHORT_CODES,
]);

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
  if (code === BODY_TOO_LARGE) mapped = 'UPSTREAM_BAD_RESPONSE';
  if (request.method !== 'GET' && mayHaveBeenSent) mapped = 'OUTCOME_UNKNOWN';
  return new UpstreamError(mapped, { endpoint: request.endpoint, reason: code || String(error) });
}
