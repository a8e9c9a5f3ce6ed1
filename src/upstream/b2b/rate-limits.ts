import { headerValue } from '../json.js';
import { leadingNumber, retryAfterHeaderMs, secondsToMs, type RateLimitDialect } from '../resilience/rate-limits.js';

/**
 * B2B Edition (docs/upstream-contract.md §5.1): `X-Requests-Remaining: 150 times`,
 * `X-Request-Window-Resets-After: 0.397 s`, `X-Requests-Allocated: 150 times/60 s`; values carry units. No
 * `Retry-After` is documented, so a 429 waits for the window reset, unless a standard `Retry-After` does come.
 */
/** `150 times/60 s`: the calls and the length of the window. */
const ALLOCATED = /^\s*(\d+)\s*times\s*\/\s*(\d+(?:\.\d+)?)\s*s/;

export const B2B_RATE_LIMITS: RateLimitDialect = {
  quota(status, headers) {
    const resetAfterMs = secondsToMs(leadingNumber(headers['x-request-window-resets-after']));
    const remaining = status === 429 ? 0 : leadingNumber(headers['x-requests-remaining']);
    if (remaining === undefined || resetAfterMs === undefined) return undefined;
    const allocated = ALLOCATED.exec(headerValue(headers['x-requests-allocated']) ?? '');
    return {
      remaining,
      resetAfterMs,
      ...(allocated && { limit: Number(allocated[1]), windowMs: Number(allocated[2]) * 1000 }),
    };
  },
  retryAfterMs(status, headers) {
    if (status !== 429) return undefined;
    const resetAfterMs = secondsToMs(leadingNumber(headers['x-request-window-resets-after']));
    return retryAfterHeaderMs(headerValue(headers['retry-after'])) ?? resetAfterMs;
  },
};
