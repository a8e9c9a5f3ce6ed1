import type { QuotaSnapshot } from './rate-limits.js';
import type { PacingDecision, QuotaProof, StoreQuota } from './state.js';

export interface PacingSettings {
  /**
   * Pace once this few calls are left in a store's window: the rest are spread evenly over the time left,
   * so a burst slows down before the upstream answers 429. Also the most calls sent to a store before its
   * first answer says where its quota stands. 0 turns pacing off.
   */
  threshold: number;
}

/** How long a call waits, while nothing is known yet, for the answers already on their way. */
const UNOBSERVED_WAIT_MS = 25;
/** Two reset times this close apart belong to the same window; answers arrive out of order. */
const SAME_WINDOW_TOLERANCE_MS = 250;

/**
 * One store's quota at one origin as this process sees it: read from the answers that proved their
 * credentials valid (through the API's `RateLimitDialect`), minus the counted calls still on their way.
 * While more than the threshold are left calls go at once; below, they are spaced out over the rest of the
 * window; with none left they wait for the reset. Lives as long as local-state.ts keeps the store.
 */
export class LocalStoreQuota implements StoreQuota {
  /** Calls left when last reported; undefined before the first report (or after a window of unknown size). */
  private remaining: number | undefined;
  /** Epoch ms when the reported window resets. */
  private resetAt = 0;
  private limit: number | undefined;
  private windowMs: number | undefined;
  /** The upstream answered without quota headers: there is nothing to pace by. */
  private silent = false;
  private inFlight = 0;
  /** Epoch ms before which a paced call may not go. */
  private nextSlotAt = 0;

  constructor(
    private readonly settings: PacingSettings,
    private readonly now: () => number = Date.now,
  ) {}

  acquire(counted: boolean): PacingDecision {
    const now = this.now();
    const waitMs = this.waitMs(now);
    if (waitMs > 0) return { waitMs };

    if (counted && this.remaining !== undefined) {
      const available = this.remaining - this.inFlight;
      if (available <= this.settings.threshold) this.nextSlotAt = now + Math.max(0, this.resetAt - now) / available;
    }
    let inFlight = false;
    let settled = false;
    const count = () => {
      if (inFlight || settled) return;
      inFlight = true;
      this.inFlight += 1;
    };
    if (counted) count();
    return {
      ticket: {
        count,
        settle: (proof) => {
          if (settled) return;
          settled = true;
          if (inFlight) this.inFlight -= 1;
          if (proof) this.observe(proof);
        },
      },
    };
  }

  private waitMs(now: number): number {
    if (this.settings.threshold === 0) return 0;
    if (this.remaining !== undefined && now >= this.resetAt) this.rollWindow(now);
    if (this.remaining === undefined) {
      return this.silent || this.inFlight < this.settings.threshold ? 0 : UNOBSERVED_WAIT_MS;
    }
    const available = this.remaining - this.inFlight;
    if (available > this.settings.threshold) return 0;
    if (available <= 0) return Math.max(1, this.resetAt - now);
    return Math.max(0, this.nextSlotAt - now);
  }

  private observe({ quota }: QuotaProof): void {
    if (!quota) {
      if (this.remaining === undefined) this.silent = true;
      return;
    }
    this.report(quota);
  }

  private report(snapshot: QuotaSnapshot): void {
    const now = this.now();
    const resetAt = now + snapshot.resetAfterMs;
    const sameWindow =
      this.remaining !== undefined &&
      now < this.resetAt &&
      Math.abs(resetAt - this.resetAt) <= SAME_WINDOW_TOLERANCE_MS;
    this.remaining =
      sameWindow && this.remaining !== undefined ? Math.min(this.remaining, snapshot.remaining) : snapshot.remaining;
    this.resetAt = resetAt;
    this.limit = snapshot.limit ?? this.limit;
    this.windowMs = snapshot.windowMs ?? this.windowMs;
    this.silent = false;
  }

  /** The reported window is over: the next starts full when its size is known, else unknown until reported. */
  private rollWindow(now: number): void {
    this.remaining = this.limit;
    this.nextSlotAt = 0;
    if (this.windowMs !== undefined && this.windowMs > 0) {
      this.resetAt += Math.ceil((now - this.resetAt + 1) / this.windowMs) * this.windowMs;
    }
  }
}
