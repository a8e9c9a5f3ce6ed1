/**
 * Reads an upstream answer in its API's dialect: a 2xx becomes its value, anything else the `UpstreamError`
 * failures.ts names, with the upstream's text only where the client-text rule lets it through.
 */
import type { Credentials } from '../credentials.js';
import { UpstreamError, type FieldErrors, type UpstreamErrorDetails } from './errors.js';
import { failedAnswerCode, unreadableAnswerCode } from './failures.js';
import type { UpstreamRequest, UpstreamResponse } from './http/request.js';
import { headerValue, parseJsonObject } from './json.js';
import type { RateLimitDialect } from './resilience/rate-limits.js';
import { clientFieldName, clientRequestId, clientText, redactedText } from './upstream-text.js';

/** What an error body says, as its API's dialect finds it: not yet checked by the client-text rule. */
export interface ErrorBodyText {
  /** Candidate messages, best first: the first that passes the rule is shown. */
  messages: unknown[];
  /** Messages by the upstream's name of a field: one string or a list each. */
  fields: Record<string, unknown>;
}

/** How one upstream API writes its answers. */
export interface ApiDialect<T> {
  rateLimits: RateLimitDialect;
  /** The value of a 2xx body (a JSON object, or undefined when it is not one); undefined when it has none. */
  success(body: Record<string, unknown> | undefined): T | undefined;
  /** What a body outside 2xx says. */
  errorText(body: Record<string, unknown> | undefined): ErrorBodyText;
}

/** A 2xx answer's value, with what identifies the answer. */
export interface Answer<T> {
  value: T;
  status: number;
  /** The upstream's `X-Request-Id`, so support can trace the call. */
  requestId: string | undefined;
}

/**
 * The value of a 2xx answer, or the error any other answer stands for. Only 4xx bodies are read for a
 * client: 5xx bodies are undocumented and may carry internals, and an unknown outcome keeps its own message,
 * since the upstream's would read as a plain failure. Every failed answer's body goes to the log, redacted.
 */
export function readAnswer<T>(
  request: UpstreamRequest,
  response: UpstreamResponse,
  dialect: ApiDialect<T>,
  credentials: Credentials | undefined,
): Answer<T> {
  const body = parseJsonObject(response.text);
  const rawRequestId = headerValue(response.headers['x-request-id']);
  const requestId = clientRequestId(rawRequestId, credentials);
  const details: UpstreamErrorDetails = { status: response.status, requestId, endpoint: request.endpoint };
  // A request id that is not a plain id is the upstream's text too: the log keeps it, redacted.
  const withheldId = rawRequestId !== undefined && requestId === undefined;
  const idNote = withheldId ? ` (X-Request-Id withheld: ${redactedText(rawRequestId, credentials)})` : '';
  if (response.status < 200 || response.status >= 300) {
    const code = failedAnswerCode(request.method, response.status);
    const retryAfterMs = dialect.rateLimits.retryAfterMs(response.status, response.headers);
    const readForClient = response.status < 500 && code !== 'OUTCOME_UNKNOWN';
    throw new UpstreamError(code, {
      ...details,
      ...(readForClient && clientTexts(dialect.errorText(body), credentials)),
      ...(retryAfterMs !== undefined && { retryAfterSeconds: Math.ceil(retryAfterMs / 1000) }),
      ...((response.text !== '' || withheldId) && {
        reason: `upstream body: ${redactedText(response.text, credentials)}${idNote}`,
      }),
    });
  }
  const value = dialect.success(body);
  if (value === undefined) {
    throw new UpstreamError(unreadableAnswerCode(request.method), { ...details, reason: 'not the documented body' });
  }
  return { value, status: response.status, requestId: details.requestId };
}

/** Stands in for an upstream field message a client may not see (upstream-text.ts). */
const WITHHELD_FIELD_MESSAGE = 'The upstream API refused this value.';

function clientTexts(body: ErrorBodyText, credentials: Credentials | undefined): Partial<UpstreamErrorDetails> {
  const upstreamMessage = body.messages.map((message) => clientText(message, credentials)).find((text) => text);
  const fieldErrors: FieldErrors = {};
  for (const [field, value] of Object.entries(body.fields)) {
    if (clientFieldName(field, credentials) === undefined) continue;
    const messages = (Array.isArray(value) ? value : [value]).map((message) => clientText(message, credentials));
    const shown = messages.filter((message): message is string => message !== undefined);
    // The field is still worth naming when its message may not be shown: the client knows what to fix.
    fieldErrors[field] = shown.length > 0 ? shown : [WITHHELD_FIELD_MESSAGE];
  }
  return {
    ...(upstreamMessage !== undefined && { upstreamMessage }),
    ...(Object.keys(fieldErrors).length > 0 && { fieldErrors }),
  };
}
