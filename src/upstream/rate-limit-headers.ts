import type { IncomingHttpHeaders } from 'node:http';
import { headerValue } from './json.js';

/** What one response says about its store's quota. */
export interface QuotaSnapshot {
  /** Calls left in the current window. */
  remaining: number;
  /** Milliseconds until the window resets, counted from when the response arrived. */
  resetAfterMs: number;
  /** Calls per window, when the upstream says. */
  limit?: number;
  /** Window length in milliseconds, when the upstream says. */
  windowMs?: number;
}

/**
 * How one upstream API reports its rate limits. The retry layer and the governor are dialect-free: each API
 * client hands its dialect to the `CallGuard`, so a second origin brings its own headers, not its own retries.
 */
export interface RateLimitDialect {
  /** The quota as this response reports it; undefined when it says nothing usable. */
  quota(status: number, headers: IncomingHttpHeaders): QuotaSnapshot | undefined;
  /** How long to wait before trying again after this (429) response, when it says. */
  retryAfterMs(status: number, headers: IncomingHttpHeaders): number | undefined;
}

/**
 * B2B Edition (CONTRACT.md 5.1): `X-Requests-Remaining: 150 times`, `X-Request-Window-Resets-After: 0.397 s`,
 * `X-Requests-Allocated: 150 times/60 s`; values carry units. No `Retry-After` is documented, so a 429 waits
 * for the window reset, unless a standard `Retry-After` does come.
 */
export const B2B_RATE_LIMITS: RateLimitDialect = {
  quota(status, headers) {
    const resetAfterMs = secondsToMs(leadingNumber(headers['x-request-window-resets-after']));
    const remaining = status === 429 ? 0 : leadingNumber(headers['x-requests-remaining']);
    if (remaining === undefined || resetAfterMs === undefined) return undefined;
    const allocated = /^\s*(\d+)\s*times\s*\/\s*(\d+(?:\.\d+)?)\s*s/.exec(headerValue(headers['x-requests-allocated']) ?? '');
    return {
      remaining,
      resetAfterMs,
      ...(allocated && { limit: Number(allocated[1]), windowMs: Number(allocated[2]) * 1000 }),
    };
  },
  retryAfterMs(status, headers) {
    if (status !== 429) return undefined;
    return retryAfterHeaderMs(headerValue(headers['retry-after'])) ?? secondsToMs(leadingNumber(headers['x-request-window-resets-after']));
  },
};

/**
 * BigCommerce Admin API (CONTRACT.md 5.2): `X-Rate-Limit-Requests-Left`, `X-Rate-Limit-Time-Reset-Ms`,
 * `X-Rate-Limit-Requests-Quota`, `X-Rate-Limit-Time-Window-Ms`; on 429 the later of `X-Retry-After`
 * (seconds) and the reset. A 429 with neither means platform-wide load: no wait is given, so the caller backs off on its own.
 */
export const ADMIN_RATE_LIMITS: RateLimitDialect = {
  quota(status, headers) {
    const resetAfterMs = leadingNumber(headers['x-rate-limit-time-reset-ms']);
    const remaining = status === 429 ? 0 : leadingNumber(headers['x-rate-limit-requests-left']);
    if (remaining === undefined || resetAfterMs === undefined) return undefined;
    const limit = leadingNumber(headers['x-rate-limit-requests-quota']);
    const windowMs = leadingNumber(headers['x-rate-limit-time-window-ms']);
    return { remaining, resetAfterMs, ...(limit !== undefined && { limit }), ...(windowMs !== undefined && { windowMs }) };
  },
  // The docs say to wait `X-Rate-Limit-Time-Reset-Ms` and also document `X-Retry-After` in seconds
  // (CONTRACT.md 5.2, 7.21): the later of the two satisfies both.
  retryAfterMs(status, headers) {
    if (status !== 429) return undefined;
    const waits = [secondsToMs(leadingNumber(headers['x-retry-after'])), leadingNumber(headers['x-rate-limit-time-reset-ms'])];
    const given = waits.filter((wait): wait is number => wait !== undefined);
    return given.length === 0 ? undefined : Math.max(...given);
  },
};

/** The number a header value starts with ("150 times" is 150); undefined when there is none. */
function leadingNumber(value: string | string[] | undefined): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)/.exec(headerValue(value) ?? '');
  return match ? Number(match[1]) : undefined;
}

/** RFC 9110 `Retry-After`: a number of seconds or an HTTP date. */
function retryAfterHeaderMs(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (/^\s*\d+\s*$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

function secondsToMs(seconds: number | undefined): number | undefined {
  return seconds === undefined ? undefined : Math.ceil(seconds * 1000);
}
