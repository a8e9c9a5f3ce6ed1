/**
 * Caps the upstream requests in flight per caller and origin. The B2B quota (150 a minute) and its
 * concurrent-request limits are metered per store (docs/upstream-contract.md §5.1), so a query that fans out
 * to 250 calls must not send them, or open sockets for them, all at once: calls beyond the cap wait here,
 * first come first served, and leave as earlier ones finish, or at once when their request is over.
 */
import { WaitEnded, type InFlightSlots, type ReleaseSlot, type WaitLimit } from './state.js';

/** The cap of one caller at one origin; `max` is asked each time, as it widens once the caller is proven. */
class InFlightLimit implements InFlightSlots {
  private active = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(
    private readonly max: () => number,
    private readonly onIdle: () => void,
  ) {}

  async acquire(limit: WaitLimit): Promise<ReleaseSlot> {
    // First come, first served: a call may not pass those already waiting.
    if (this.active < this.max() && this.waiting.length === 0) {
      this.active += 1;
    } else {
      await this.waitForSlot(limit);
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.active -= 1;
      this.wakeWaiters();
      if (this.active === 0 && this.waiting.length === 0) this.onIdle();
    };
  }

  /** Hands free slots to the first waiters, as many as the cap allows now, so `active` never exceeds it. */
  private wakeWaiters(): void {
    while (this.waiting.length > 0 && this.active < this.max()) {
      this.active += 1;
      this.waiting.shift()?.();
    }
  }

  /**
   * Queues for a slot. A request that is over first leaves the queue: a call it could no longer use must not
   * take a slot from the requests behind it.
   */
  private waitForSlot(limit: WaitLimit): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      let stopWatching = () => {};
      const waiter = () => {
        stopWatching();
        resolve();
      };
      this.waiting.push(waiter);
      stopWatching = limit.whenOver(() => {
        const index = this.waiting.indexOf(waiter);
        if (index === -1) return;
        this.waiting.splice(index, 1);
        reject(new WaitEnded('the request was over before a slot came free'));
      });
    });
  }
}

/**
 * The process's in-flight caps, by caller key. A caller's entry exists only while it has calls in flight
 * or waiting, so callers from many stores do not grow it without bound; lives as long as create-state.ts's state.
 */
export class LocalSlots {
  private readonly limits = new Map<string, InFlightLimit>();

  /** `maxOf(key)`: the caller's cap now. */
  constructor(private readonly maxOf: (key: string) => number) {}

  /** Looked up on every try, never held: an idle entry is dropped, and a caller holding one would escape the cap. */
  of(key: string): InFlightSlots {
    let cap = this.limits.get(key);
    if (!cap) {
      cap = new InFlightLimit(
        () => this.maxOf(key),
        () => this.limits.delete(key),
      );
      this.limits.set(key, cap);
    }
    return cap;
  }
}
