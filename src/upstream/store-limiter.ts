/**
 * Caps the upstream requests in flight per store and origin. The B2B quota (150 a minute) and its
 * concurrent-request limits are metered per store and shared by every integration (CONTRACT.md 5.1), so a
 * query that fans out to 250 calls must not send them, or open sockets for them, all at once: calls beyond
 * the cap wait here, first come first served, and leave as earlier ones finish.
 */

/** Frees a slot taken by `acquire`; calling it again does nothing. */
export type ReleaseSlot = () => void;

/** The part of a request's deadline a wait for a slot watches (deadline.ts). */
export interface SlotWaitLimit {
  /** Runs `callback` once the request is over; the returned function cancels that. */
  whenOver(callback: () => void): () => void;
}

/** `acquire` rejects with this when the request was over before a slot came free: nothing was sent. */
export class SlotWaitEnded extends Error {
  override name = 'SlotWaitEnded';
}

/** The cap of one store at one origin. */
class InFlightLimit {
  private active = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(
    private readonly max: number,
    private readonly onIdle: () => void,
  ) {}

  async acquire(limit?: SlotWaitLimit): Promise<ReleaseSlot> {
    if (this.active < this.max) {
      this.active += 1;
    } else {
      await this.waitForSlot(limit);
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

  /**
   * Queues for the slot of a release, which hands it straight to the first waiter, so `active` never
   * exceeds `max`. A request that is over first leaves the queue: a call it could no longer use must not
   * take a slot from the requests behind it.
   */
  private waitForSlot(limit: SlotWaitLimit | undefined): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      let stopWatching = () => {};
      const waiter = () => {
        stopWatching();
        resolve();
      };
      this.waiting.push(waiter);
      if (!limit) return;
      stopWatching = limit.whenOver(() => {
        const index = this.waiting.indexOf(waiter);
        if (index === -1) return;
        this.waiting.splice(index, 1);
        reject(new SlotWaitEnded('the request was over before a slot came free'));
      });
    });
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
   * Resolves once the store has a free slot at `origin`; rejects with SlotWaitEnded when `limit` says the
   * request is over first. Looked up on every call, never held: an idle
   * entry is dropped, and a caller holding a dropped one would escape the cap.
   */
  acquire(origin: string, storeHash: string, limit?: SlotWaitLimit): Promise<ReleaseSlot> {
    const key = `${origin} ${storeHash}`;
    let cap = this.limits.get(key);
    if (!cap) {
      cap = new InFlightLimit(this.maxInFlight, () => this.limits.delete(key));
      this.limits.set(key, cap);
    }
    return cap.acquire(limit);
  }
}
