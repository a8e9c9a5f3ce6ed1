import type { Credentials } from '../config.js';
import { UpstreamError, type FieldErrors } from './errors.js';
import { clientSafeMessage, headerValue, isRecord, parseJsonObject } from './json.js';
import { B2B_RATE_LIMITS } from './rate-limit-headers.js';
import type { UpstreamClient, UpstreamClientOptions, UpstreamRequest } from './upstream-client.js';
import { failedAnswerCode, unreadableAnswerCode } from './write-outcome.js';

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
      const code = failedAnswerCode(request.method, response.status);
      const retryAfterMs = B2B_RATE_LIMITS.retryAfterMs(response.status, response.headers);
      throw new UpstreamError(code, {
        ...details,
        // 5xx bodies are undocumented and may carry internals; an unknown outcome keeps its own message,
        // since the upstream's would read as a plain failure.
        ...(response.status < 500 && code !== 'OUTCOME_UNKNOWN' && errorBodyDetails(envelope, this.http.sentHeaderValues)),
        ...(retryAfterMs !== undefined && { retryAfterSeconds: Math.ceil(retryAfterMs / 1000) }),
      });
    }
    if (!envelope || !('data' in envelope)) {
      throw new UpstreamError(unreadableAnswerCode(request.method), { ...details, reason: 'no envelope with data' });
    }
    const meta = isRecord(envelope['meta']) ? envelope['meta'] : {};
    return { data: envelope['data'], meta, requestId };
  }
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
  const clientSafe = (value: unknown) => clientSafeMessage(value, sentHeaderValues);
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
