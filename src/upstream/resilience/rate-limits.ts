import type { IncomingHttpHeaders } from 'node:http';
import { headerValue } from '../json.js';

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
 * How one upstream API reports its rate limits. Retries and pacing are dialect-free: each API hands its
 * dialect to its `ResilientCaller`, so a second origin brings its own headers, not its own retries.
 */
export interface RateLimitDialect {
  /** The quota as this response reports it; undefined when it says nothing usable. */
  quota(status: number, headers: IncomingHttpHeaders): QuotaSnapshot | undefined;
  /** How long to wait before trying again after this (429) response, when it says. */
  retryAfterMs(status: number, headers: IncomingHttpHeaders): number | undefined;
}

/** The number a header value starts with ("150 times" is 150); undefined when there is none. */
export function leadingNumber(value: string | string[] | undefined): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)/.exec(headerValue(value) ?? '');
  return match ? Number(match[1]) : undefined;
}

/** RFC 9110 `Retry-After`: a number of seconds or an HTTP date. */
export function retryAfterHeaderMs(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (/^\s*\d+\s*$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

export function secondsToMs(seconds: number | undefined): number | undefined {
  return seconds === undefined ? undefined : Math.ceil(seconds * 1000);
}
