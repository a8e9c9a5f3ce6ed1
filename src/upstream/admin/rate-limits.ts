import { leadingNumber, secondsToMs, type RateLimitDialect } from '../resilience/rate-limits.js';

/**
 * BigCommerce Admin API (docs/upstream-contract.md §5.2): `X-Rate-Limit-Requests-Left`,
 * `X-Rate-Limit-Time-Reset-Ms`, `X-Rate-Limit-Requests-Quota`, `X-Rate-Limit-Time-Window-Ms`; on 429 the later
 * of `X-Retry-After` (seconds) and the reset. A 429 with neither means platform-wide load: no wait is given,
 * so the caller backs off on its own.
 */
export const ADMIN_RATE_LIMITS: RateLimitDialect = {
  quota(status, headers) {
    const resetAfterMs = leadingNumber(headers['x-rate-limit-time-reset-ms']);
    const remaining = status === 429 ? 0 : leadingNumber(headers['x-rate-limit-requests-left']);
    if (remaining === undefined || resetAfterMs === undefined) return undefined;
    const limit = leadingNumber(headers['x-rate-limit-requests-quota']);
    const windowMs = leadingNumber(headers['x-rate-limit-time-window-ms']);
    return {
      remaining,
      resetAfterMs,
      ...(limit !== undefined && { limit }),
      ...(windowMs !== undefined && { windowMs }),
    };
  },
  // The docs say to wait `X-Rate-Limit-Time-Reset-Ms` and also document `X-Retry-After` in seconds
  // (docs/upstream-contract.md §5.2, §7.21): the later of the two satisfies both.
  retryAfterMs(status, headers) {
    if (status !== 429) return undefined;
    const waits = [
      secondsToMs(leadingNumber(headers['x-retry-after'])),
      leadingNumber(headers['x-rate-limit-time-reset-ms']),
    ];
    const given = waits.filter((wait): wait is number => wait !== undefined);
    return given.length === 0 ? undefined : Math.max(...given);
  },
};
