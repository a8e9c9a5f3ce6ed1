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
