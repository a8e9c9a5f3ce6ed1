/**
 * B2B Edition rate-limit headers (CONTRACT.md 5.1): 150 requests per 60 s per store. No quota is enforced yet,
 * so every response reports a full one; a limiter wrapping the API handler overrides them through
 * `ApiResponse.headers`.
 */
export const FULL_QUOTA_HEADERS: Readonly<Record<string, string>> = {
  'X-Requests-Allocated': '150 times/60 s',
  'X-Requests-Window-Length': '0 times',
  'X-Requests-Remaining': '150 times',
  'X-Request-Window-Resets-After': '60 s',
};
