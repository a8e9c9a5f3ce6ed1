/**
 * The one place an upstream call's end is classified: the code of a failed answer or of a try without one,
 * whether a try may be sent again, what it says of the upstream's health (the circuit breaker), and whether
 * an answer proves the caller's credentials valid (pacing). docs/operations.md ("Resilience") says why.
 */
import { UpstreamError, type UpstreamErrorCode } from './errors.js';
import { BODY_TOO_LARGE } from './http/body.js';
import type { HttpMethod, UpstreamRequest } from './http/request.js';
import { CUT_SHORT_CODES } from './resilience/deadline.js';
import type { CallVerdict, CredentialEvidence } from './resilience/state.js';

/** The stable code for an upstream HTTP status (docs/upstream-contract.md §4.1, §4.2). */
function codeForStatus(status: number): UpstreamErrorCode {
  switch (status) {
    case 400:
      return 'UPSTREAM_BAD_REQUEST';
    case 401:
      return 'UNAUTHENTICATED';
    case 403:
      return 'FORBIDDEN';
    case 404:
      return 'NOT_FOUND';
    case 412:
      return 'UPSTREAM_PRECONDITION_FAILED';
    case 413:
      return 'UPSTREAM_PAYLOAD_TOO_LARGE';
    case 422:
      return 'UPSTREAM_VALIDATION_FAILED';
    case 429:
      return 'UPSTREAM_RATE_LIMITED';
    default:
      return status >= 500 ? 'UPSTREAM_SERVER_ERROR' : 'UPSTREAM_BAD_REQUEST';
  }
}

/**
 * The code for an answer outside 2xx. A write answered 5xx may have taken effect before the upstream failed,
 * so its outcome is unknown: never retried, never reported as a plain failure.
 */
export function failedAnswerCode(method: HttpMethod, status: number): UpstreamErrorCode {
  return method !== 'GET' && status >= 500 ? 'OUTCOME_UNKNOWN' : codeForStatus(status);
}

/** A write answered 2xx with a body the gateway cannot read took effect, but what it made is unknown. */
export function unreadableAnswerCode(method: HttpMethod): UpstreamErrorCode {
  return method === 'GET' ? 'UPSTREAM_BAD_RESPONSE' : 'OUTCOME_UNKNOWN';
}

/**
 * Answers worth sending the same request again for: a 5xx or a 429, for reads only. A write answered at all
 * has reached the upstream, so it is never sent again.
 */
export function isRetryableAnswer(method: HttpMethod, status: number): boolean {
  return method === 'GET' && (status >= 500 || status === 429);
}

/**
 * Tries without an answer worth sending again: those whose code says a retry may succeed. For a write,
 * `transportFailure` gives such a code only when the request provably never left this process.
 */
export function isRetryableFailure(error: UpstreamError): boolean {
  return error.retryable;
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
 * A try without a usable response. For a write that may have reached the upstream, the outcome is unknown,
 * which a client must not mistake for "nothing happened".
 */
export function transportFailure(error: unknown, request: UpstreamRequest): UpstreamError {
  if (error instanceof UpstreamError) return error;
  const errno = (error as { code?: unknown } | null)?.code;
  const code = typeof errno === 'string' ? errno : '';
  const mayHaveBeenSent = !NOT_SENT_CODES.has(code);
  let mapped: UpstreamErrorCode = TIMEOUT_CODES.has(code) ? 'UPSTREAM_TIMEOUT' : 'UPSTREAM_UNREACHABLE';
  if (code === BODY_TOO_LARGE) mapped = 'UPSTREAM_BAD_RESPONSE';
  if (request.method !== 'GET' && mayHaveBeenSent) mapped = 'OUTCOME_UNKNOWN';
  return new UpstreamError(mapped, { endpoint: request.endpoint, reason: code || String(error) });
}

/** An answer below 500 (a 4xx or a 429 included) shows the upstream is up. */
export function answerVerdict(status: number): CallVerdict {
  return status >= 500 ? 'failure' : 'success';
}

/**
 * A try without an answer. When the request was over first (deadline, client gone) the gateway cut it short,
 * and a body over the cap is about the body, not the upstream's health: neither counts.
 */
export function failureVerdict(error: unknown, requestOver: boolean): CallVerdict {
  if (requestOver) return 'neutral';
  if (error instanceof UpstreamError && error.code === 'UPSTREAM_BAD_RESPONSE') return 'neutral';
  return 'failure';
}

/**
 * What an answer says of the credentials it was sent with. Only a 2xx was surely given to accepted
 * credentials: a 5xx is what a token sent with another store's hash gets (docs/upstream-contract.md §1), a 429
 * or a 4xx may come from the edge before the credentials are looked at, and a 401 or 403 refuses them.
 */
export function credentialEvidence(status: number): CredentialEvidence {
  if (status >= 200 && status < 300) return 'valid';
  return status === 401 || status === 403 ? 'refused' : 'none';
}
