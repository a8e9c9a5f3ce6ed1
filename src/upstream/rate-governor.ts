import { LruMap } from './lru-map.js';
import type { QuotaSnapshot } from './rate-limit-headers.js';

export interface PacingSettings {
  /**
   * Pace once this few calls are left in a store's window: the rest are spread evenly over the time left,
   * so a burst slows down before the upstream answers 429. Also the most calls sent to a store before its
   * first answer says where its quota stands. 0 turns pacing off.
   */
  threshold: number;
}

/** A granted call. `settle` must follow once it is over, with what its answer said about the quota. */
export interface PacingTicket {
  /** `answered`: a response arrived (with or without quota headers), as opposed to a transport failure. */
  settle(snapshot: QuotaSnapshot | undefined, answered: boolean): void;
}

export type PacingDecision = { ticket: PacingTicket } | { waitMs: number };

/** How long a call waits, while nothing is known yet, for the answers already on their way. */
const UNOBSERVED_WAIT_MS = 25;
/** Two reset times this close apart belong to the same window; answers arrive out of order. */
const SAME_WINDOW_TOLERANCE_MS = 250;
const MAX_TRACKED_STORES = 10_000;

/** One store's quota on one origin, as its answers report it, minus the calls still on their way. */
class QuotaState {
  /** Calls left when last reported; undefined before the first report (or after a window of unknown size). */
  remaining: number | undefined;
  /** Epoch ms when the reported window resets. */
  resetAt = 0;
  limit: number | undefined;
  windowMs: number | undefined;
  /** The upstream answered without quota headers: there is nothing to pace by. */
  silent = false;
  inFlight = 0;
  /** Epoch ms before which a paced call may not go. */
  nextSlotAt = 0;
}

/**
 * The process-level pacer of upstream calls, per store and origin. It reads the quota from every answer
 * (through the API's `RateLimitDialect`), counts the calls in flight against it, and when few are left spaces
 * calls out over the rest of the window; once none are left calls wait for the reset. Lives as long as the
 * pools; one instance serves every request, since the quota is shared by all of a store's callers.
 */
export class RateGovernor {
  private readonly states = new LruMap<string, QuotaState>(MAX_TRACKED_STORES);

  constructor(
    private readonly settings: PacingSettings,
    private readonly now: () => number = Date.now,
  ) {}

  /** A ticket to call now, or how long to wait before asking again. */
  acquire(key: string): PacingDecision {
    const state = this.states.getOrCreate(key, () => new QuotaState());
    const now = this.now();
    const waitMs = this.waitMs(state, now);
    if (waitMs > 0) return { waitMs };

    if (state.remaining !== undefined) {
      const available = state.remaining - state.inFlight;
      if (available <= this.settings.threshold) state.nextSlotAt = now + Math.max(0, state.resetAt - now) / available;
    }
    state.inFlight += 1;
    let settled = false;
    return {
      ticket: {
        settle: (snapshot, answered) => {
          if (settled) return;
          settled = true;
          state.inFlight -= 1;
          if (snapshot) this.observe(state, snapshot);
          else if (answered && state.remaining === undefined) state.silent = true;
        },
      },
    };
  }

  private waitMs(state: QuotaState, now: number): number {
    if (this.settings.threshold === 0) return 0;
    if (state.remaining !== undefined && now >= state.resetAt) rollWindow(state, now);
    if (state.remaining === undefined) {
      return state.silent || state.inFlight < this.settings.threshold ? 0 : UNOBSERVED_WAIT_MS;
    }
    const available = state.remaining - state.inFlight;
    if (available > this.settings.threshold) return 0;
    if (available <= 0) return Math.max(1, state.resetAt - now);
    return Math.max(0, state.nextSlotAt - now);
  }

  private observe(state: QuotaState, snapshot: QuotaSnapshot): void {
    const now = this.now();
    const resetAt = now + snapshot.resetAfterMs;
    const sameWindow =
      state.remaining !== undefined && now < state.resetAt && Math.abs(resetAt - state.resetAt) <= SAME_WINDOW_TOLERANCE_MS;
    state.remaining =
      sameWindow && state.remaining !== undefined ? Math.min(state.remaining, snapshot.remaining) : snapshot.remaining;
    state.resetAt = resetAt;
    state.limit = snapshot.limit ?? state.limit;
    state.windowMs = snapshot.windowMs ?? state.windowMs;
    state.silent = false;
  }
}

/** The reported window is over: the next starts full when its size is known, else unknown until reported. */
function rollWindow(state: QuotaState, now: number): void {
  state.remaining = state.limit;
  state.nextSlotAt = 0;
  if (state.windowMs !== undefined && state.windowMs > 0) {
    state.resetAt += Math.ceil((now - state.resetAt + 1) / state.windowMs) * state.windowMs;
  }
}
