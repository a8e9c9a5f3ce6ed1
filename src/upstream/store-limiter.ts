/**
 * Caps the upstream requests in flight per store and origin. The B2B quota (150 a minute) and its
 * concurrent-request limits are metered per store and shared by every integration (CONTRACT.md 5.1), so a
 * query that fans out to 250 calls must not send them, or open sockets for them, all at once: calls beyond
 * the cap wait here, first come first served, and leave as earlier ones finish.
 */

/** Frees a slot taken by `acquire`; calling it again does nothing. */
export type ReleaseSlot = () => void;

/** The cap of one store at one origin. */
class InFlightLimit {
  private active = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(
    private readonly max: number,
    private readonly onIdle: () => void,
  ) {}

  async acquire(): Promise<ReleaseSlot> {
    if (this.active < this.max) {
      this.active += 1;
    } else {
      // A release hands its slot straight to the first waiter, so `active` never exceeds `max`.
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      if (next) return next();
      this.active -= 1;
      if (this.active === 0) this.onIdle();
    };
  }
}

/**
 * The process's per-store caps, keyed by origin and store hash. Lives as long as the upstream pools; a
 * store's entry exists only while it has calls in flight or waiting, so per-request credentials from
 * many stores do not grow it without bound.
 */
export class StoreLimiters {
  private readonly limits = new Map<string, InFlightLimit>();

  constructor(readonly maxInFlight: number) {}

  /**
   * Resolves once the store has a free slot at `origin`. Looked up on every call, never held: an idle
   * entry is dropped, and a caller holding a dropped one would escape the cap.
   */
  acquire(origin: string, storeHash: string): Promise<ReleaseSlot> {
    const key = `${origin} ${storeHash}`;
    let limit = this.limits.get(key);
    if (!limit) {
      limit = new InFlightLimit(this.maxInFlight, () => this.limits.delete(key));
      this.limits.set(key, limit);
    }
    return limit.acquire();
  }
}
