import { codeForStatus, type UpstreamErrorCode } from './errors.js';
import type { HttpMethod } from './upstream-client.js';

/**
 * The code for an answer outside 2xx. A write answered 5xx may have taken effect before the upstream failed,
 * so its outcome is unknown: never retried, never reported as a plain failure (README "Resilience").
 */
export function failedAnswerCode(method: HttpMethod, status: number): UpstreamErrorCode {
  return method !== 'GET' && status >= 500 ? 'OUTCOME_UNKNOWN' : codeForStatus(status);
}

/** A write answered 2xx with a body the gateway cannot read took effect, but what it made is unknown. */
export function unreadableAnswerCode(method: HttpMethod): UpstreamErrorCode {
  return method === 'GET' ? 'UPSTREAM_BAD_RESPONSE' : 'OUTCOME_UNKNOWN';
}
