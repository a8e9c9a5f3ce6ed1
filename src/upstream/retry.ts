import type { UpstreamError } from './errors.js';
import type { HttpMethod } from './upstream-client.js';

export interface RetrySettings {
  /** Tries of one call in all, the first included; 1 turns retries off. */
  attempts: number;
  /** The first backoff's ceiling; each later one doubles it. */
  baseDelayMs: number;
  /** No backoff is longer than this. */
  maxDelayMs: number;
}

/**
 * Full-jitter exponential backoff: after the n-th failed try, a uniform wait in [0, min(max, base·2^(n-1))],
 * so the retries of many callers spread out instead of arriving together.
 */
export function backoffMs(failedTries: number, settings: RetrySettings, random: () => number): number {
  const ceiling = Math.min(settings.maxDelayMs, settings.baseDelayMs * 2 ** (failedTries - 1));
  return Math.floor(random() * ceiling);
}

/**
 * Answers worth sending the same request again for: a 5xx or a 429, for reads only. A write answered at all
 * has reached the upstream, so it is never sent again here (README "Resilience").
 */
export function isRetryableAnswer(method: HttpMethod, status: number): boolean {
  return method === 'GET' && (status >= 500 || status === 429);
}

/**
 * Transport failures worth trying again: those whose code says a retry may succeed. For a write the transport
 * layer gives such a code only when the request provably never left this process (connection refused, DNS
 * failure, connect timeout: `NOT_SENT_CODES` in upstream-client.ts); once it may have been sent, the code is
 * `OUTCOME_UNKNOWN`, which is never retryable.
 */
export function isRetryableFailure(error: UpstreamError): boolean {
  return error.retryable;
}
