import type { IncomingHttpHeaders } from 'node:http';
import type { Credentials } from '../config.js';
import { UpstreamError, codeForStatus, type FieldErrors, type UpstreamErrorCode } from './errors.js';
import { isRecord, parseJsonObject, safeMessage } from './json.js';
import type { UpstreamClient, UpstreamClientOptions, UpstreamRequest } from './upstream-client.js';

/** The `{ code, data, meta }` envelope, unwrapped (CONTRACT.md 1). */
export interface B2bResponse {
  data: unknown;
  meta: Record<string, unknown>;
  requestId: string | undefined;
}

/** Headers the B2B Edition API authenticates with (CONTRACT.md 1: both required). */
export function b2bAuthHeaders(credentials: Credentials): UpstreamClientOptions['headers'] {
  return { 'x-auth-token': credentials.authToken, 'x-store-hash': credentials.storeHash };
}

/**
 * The B2B Edition dialect: unwraps and checks the envelope and maps its error bodies. Lives as long as the
 * `UpstreamClient` it wraps (one request).
 */
export class B2bClient {
  constructor(private readonly http: UpstreamClient) {}

  async request(request: UpstreamRequest): Promise<B2bResponse> {
    const response = await this.http.send(request);
    const requestId = headerValue(response.headers['x-request-id']);
    const details = { status: response.status, requestId, endpoint: request.endpoint };
    const envelope = parseJsonObject(response.text);
    if (response.status < 200 || response.status >= 300) {
      throw new UpstreamError(errorCode(request, response.status), {
        ...details,
        ...(response.status < 500 && errorBodyDetails(envelope, this.http.sentHeaderValues)),
        ...(response.status === 429 && retryAfter(response.headers)),
      });
    }
    if (!envelope || !('data' in envelope)) {
      throw new UpstreamError('UPSTREAM_BAD_RESPONSE', { ...details, reason: 'no envelope with data' });
    }
    const meta = isRecord(envelope['meta']) ? envelope['meta'] : {};
    return { data: envelope['data'], meta, requestId };
  }
}

/**
 * A 5xx answer to a write says nothing about whether the write took effect (a proxy may answer 502 after
 * the upstream committed), so it is OUTCOME_UNKNOWN, not a failure a client may simply send again.
 */
function errorCode(request: UpstreamRequest, status: number): UpstreamErrorCode {
  return request.method !== 'GET' && status >= 500 ? 'OUTCOME_UNKNOWN' : codeForStatus(status);
}

/**
 * Seconds to wait after a 429: `Retry-After` when sent, else the B2B window's `X-Request-Window-Resets-After`
 * (CONTRACT.md 5.1; no Retry-After is documented for B2B), rounded up to whole seconds.
 */
function retryAfter(headers: IncomingHttpHeaders): { retryAfterSeconds?: number } {
  const seconds =
    parseRetryAfter(headerValue(headers['retry-after'])) ??
    parseWindowReset(headerValue(headers['x-request-window-resets-after']));
  return seconds === undefined ? {} : { retryAfterSeconds: Math.max(0, Math.ceil(seconds)) };
}

/** RFC 9110 `Retry-After`: a number of seconds or an HTTP date. */
function parseRetryAfter(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (/^\s*\d+\s*$/.test(value)) return Number(value);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : (date - Date.now()) / 1000;
}

/** `X-Request-Window-Resets-After: 0.3973509933774834 s`: seconds with a unit (CONTRACT.md 5.1). */
function parseWindowReset(value: string | undefined): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*s?\s*$/.exec(value ?? '');
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

export function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Reads the documented B2B error body `{ code, data: { errMsg } | { <field>: string[] }, meta }`
 * (CONTRACT.md 4.1, 7.10): a 422 carries either a message or messages keyed by field. Only 4xx bodies are
 * read: 5xx bodies are undocumented and may carry internals, so their text never reaches a client.
 */
function errorBodyDetails(
  envelope: Record<string, unknown> | undefined,
  sentHeaderValues: readonly string[],
): { upstreamMessage?: string; fieldErrors?: FieldErrors } {
  const data = envelope?.['data'];
  if (!isRecord(data)) return {};
  // A message echoing a header we sent (the token, the store hash) is withheld like one with an address.
  const clientSafe = (value: unknown): string | undefined => {
    const message = safeMessage(value);
    return message !== undefined && !sentHeaderValues.some((sent) => message.includes(sent)) ? message : undefined;
  };
  const upstreamMessage = clientSafe(data['errMsg']);
  const fieldErrors: FieldErrors = {};
  for (const [field, messages] of Object.entries(data)) {
    if (!Array.isArray(messages)) continue;
    const safe = messages.map(clientSafe).filter((message): message is string => message !== undefined);
    if (safe.length > 0) fieldErrors[field] = safe;
  }
  return {
    ...(upstreamMessage !== undefined && { upstreamMessage }),
    ...(Object.keys(fieldErrors).length > 0 && { fieldErrors }),
  };
}
