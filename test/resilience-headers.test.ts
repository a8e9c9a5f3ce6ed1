/**
 * How each API's rate-limit headers are read (docs/upstream-contract.md §5.1, §5.2). The B2B dialect is also
 * exercised through the front door (test/resilience.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { ADMIN_RATE_LIMITS } from '../src/upstream/admin/rate-limits.js';
import { B2B_RATE_LIMITS } from '../src/upstream/b2b/rate-limits.js';

describe('B2B Edition rate-limit headers', () => {
  const documented = {
    'x-requests-allocated': '150 times/60 s',
    'x-requests-window-length': '0 times',
    'x-requests-remaining': '149 times',
    'x-request-window-resets-after': '0.3973509933774834 s',
  };

  it('reads the quota from values with units', () => {
    expect(B2B_RATE_LIMITS.quota(200, documented)).toEqual({
      remaining: 149,
      resetAfterMs: 398,
      limit: 150,
      windowMs: 60_000,
    });
  });

  it('reads a 429 as a spent quota, waiting for the window reset', () => {
    expect(B2B_RATE_LIMITS.quota(429, documented)).toMatchObject({ remaining: 0, resetAfterMs: 398 });
    expect(B2B_RATE_LIMITS.retryAfterMs(429, documented)).toBe(398);
    expect(B2B_RATE_LIMITS.retryAfterMs(503, documented)).toBeUndefined();
  });

  it('says nothing when the headers are missing', () => {
    expect(B2B_RATE_LIMITS.quota(200, {})).toBeUndefined();
    expect(B2B_RATE_LIMITS.retryAfterMs(429, {})).toBeUndefined();
  });
});

describe('Admin API rate-limit headers', () => {
  const documented = {
    'x-rate-limit-time-window-ms': '30000',
    'x-rate-limit-time-reset-ms': '15000',
    'x-rate-limit-requests-quota': '150',
    'x-rate-limit-requests-left': '35',
  };

  it('reads the quota', () => {
    expect(ADMIN_RATE_LIMITS.quota(200, documented)).toEqual({
      remaining: 35,
      resetAfterMs: 15_000,
      limit: 150,
      windowMs: 30_000,
    });
  });

  it('waits for the later of X-Retry-After and the reset after a 429: that satisfies both documented rules', () => {
    expect(ADMIN_RATE_LIMITS.retryAfterMs(429, { ...documented, 'x-retry-after': '3' })).toBe(15_000);
    expect(ADMIN_RATE_LIMITS.retryAfterMs(429, { ...documented, 'x-retry-after': '20' })).toBe(20_000);
    expect(ADMIN_RATE_LIMITS.retryAfterMs(429, documented)).toBe(15_000);
  });

  it('gives no wait for a 429 without headers (platform-wide load: the caller backs off on its own)', () => {
    expect(ADMIN_RATE_LIMITS.retryAfterMs(429, {})).toBeUndefined();
  });
});
