/**
 * Caps the upstream requests in flight per caller and origin. The B2B quota (150 a minute) and its
 * concurrent-request limits are metered per store (docs/upstream-contract.md §5.1), so a query that fans out
 * to 250 calls must not send them, or open sockets for them, all at once: calls beyond the cap wait here,
 * first come first served, and leave as earlier ones finish, or at once when their request is over.
 */
import { WaitEnded, type InFlightSlots, type ReleaseSlot, type WaitLimit } from './state.js';

/** The cap of one caller at one origin. */
class InFlightLimit implements InFlightSlots {
  private active = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(
    private readonly max: number,
    private readonly onIdle: () => void,
  ) {}

  async acquire(limit: WaitLimit): Promise<ReleaseSlot> {
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
 * or waiting, so callers from many stores do not grow it without bound; lives as long as local-state.ts.
 */
export class LocalSlots {
  private readonly limits = new Map<string, InFlightLimit>();

  constructor(private readonly maxInFlight: number) {}

  /** Looked up on every try, never held: an idle entry is dropped, and a caller holding one would escape the cap. */
  of(key: string): InFlightSlots {
    let cap = this.limits.get(key);
    if (!cap) {
      cap = new InFlightLimit(this.maxInFlight, () => this.limits.delete(key));
      this.limits.set(key, cap);
    }
    return cap;
  }
}
