/**
 * B2B Edition rate limits (CONTRACT.md 5.1): 150 requests per 60 s per store, reported in `X-Requests-*`
 * headers whose values carry units ("150 times", "0.397 s"). With no quota set every response reports a
 * full one; a `StoreQuota` counts requests per store hash in fixed windows and answers 429 once one is spent.
 */
import type { ApiResponse } from './envelope.js';

export const FULL_QUOTA_HEADERS: Readonly<Record<string, string>> = {
  'X-Requests-Allocated': '150 times/60 s',
  'X-Requests-Window-Length': '0 times',
  'X-Requests-Remaining': '150 times',
  'X-Request-Window-Resets-After': '60 s',
};

export interface QuotaSettings {
  /** Requests each store may make per window (the real API: 150). */
  limit: number;
  /** Window length (the real API: 60 000). */
  windowMs: number;
}

export interface Admission {
  allowed: boolean;
  /** The rate-limit headers of this response. */
  headers: Record<string, string>;
}

interface QuotaWindow {
  /** Epoch milliseconds. */
  startedAt: number;
  used: number;
}

/** Lives as long as its sandbox; `now` is epoch milliseconds. */
export class StoreQuota {
  private readonly windows = new Map<string, QuotaWindow>();

  constructor(
    private readonly settings: QuotaSettings,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one request of the store against its window; refused ones count too, as upstream. */
  admit(storeHash: string): Admission {
    const window = this.currentWindow(storeHash);
    this.windows.set(storeHash, window);
    window.used += 1;
    return { allowed: window.used <= this.settings.limit, headers: this.headers(window) };
  }

  /** The rate-limit headers of the store's window as it stands; counts nothing and starts no window. */
  peek(storeHash: string): Record<string, string> {
    return this.headers(this.currentWindow(storeHash));
  }

  /** The store's open window, or a new one (not yet kept) once it has run out. */
  private currentWindow(storeHash: string): QuotaWindow {
    const now = this.now();
    const window = this.windows.get(storeHash);
    return window && now < window.startedAt + this.settings.windowMs ? window : { startedAt: now, used: 0 };
  }

  private headers(window: QuotaWindow): Record<string, string> {
    const resetsAfterSeconds = (window.startedAt + this.settings.windowMs - this.now()) / 1000;
    return {
      'X-Requests-Allocated': `${this.settings.limit} times/${this.settings.windowMs / 1000} s`,
      'X-Requests-Window-Length': `${Math.min(window.used, this.settings.limit)} times`,
      'X-Requests-Remaining': `${Math.max(0, this.settings.limit - window.used)} times`,
      'X-Request-Window-Resets-After': `${resetsAfterSeconds} s`,
    };
  }
}

/** No 429 body is documented (CONTRACT.md 4.1); this one follows the envelope of the other errors. */
export function rateLimited(headers: Record<string, string>): ApiResponse {
  return {
    status: 429,
    body: { code: 429, data: { errMsg: 'Too Many Requests' }, meta: { message: 'Too Many Requests' } },
    headers,
  };
}

/** Reads a quota written `<limit>/<window seconds>`, e.g. `150/60` (the real API's); undefined if malformed. */
export function parseQuota(text: string): QuotaSettings | undefined {
  const match = /^\s*(\d+)\s*\/\s*(\d+(?:\.\d+)?)\s*s?\s*$/.exec(text);
  const limit = Number(match?.[1]);
  const windowMs = Math.round(Number(match?.[2]) * 1000);
  return match && limit > 0 && windowMs > 0 ? { limit, windowMs } : undefined;
}
