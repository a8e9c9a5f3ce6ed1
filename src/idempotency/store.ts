/**
 * Where idempotency keys live: in the process (memory-store.ts, the default) or in Redis, shared by every
 * replica (redis-store.ts). Both pass the same tests (test/idempotency-store.test.ts).
 *
 * A key moves: (absent) -> in-flight -> done | unknown | (absent again, when the write was refused).
 * - `begin` claims an absent key atomically and hands its caller an owner token; only that owner may
 *   settle it. A store that cannot tell where the key stands throws (Redis: `IDEMPOTENCY_UNAVAILABLE`),
 *   so nothing is sent.
 * - An in-flight key carries a lease: if its owner dies without settling (a replica crashed mid-write), a
 *   later `begin` finds the lease run out and must treat the key as unknown, never as absent: the write may
 *   have been sent.
 * - Waiting on an in-flight key resolves when it settles (Redis: polled, and woken at once in the owner's
 *   process) or when the lease runs out (as unknown); it rejects when the store cannot be reached.
 * - `complete` and `fail` are compare-and-set on the owner token, so an owner whose lease ran out cannot
 *   overwrite what happened since. They do not throw: a settlement a store cannot record leaves the key in
 *   flight until its lease runs out, then unknown.
 * - Settled keys (done, unknown) expire after the store's TTL; values must survive a trip through JSON.
 */

/** A JSON value: what a shared store keeps must survive serialisation. */
export type StoredResult = null | boolean | number | string | StoredResult[] | { [key: string]: StoredResult };

export type BeginOutcome =
  /** The key was free: the caller owns it now and must settle it with `complete` or `fail`. */
  | { state: 'new'; token: string }
  /** A write with this key succeeded: answer with its result instead of writing again. */
  | { state: 'done'; result: StoredResult }
  /** A write with this key is running; `settled` says how it ended. */
  | { state: 'in-flight'; settled: Promise<Settlement> }
  /** A write with this key may or may not have taken effect: nothing may be sent again under it. */
  | { state: 'unknown' }
  /** The key was used for another operation or other input. */
  | { state: 'mismatch' };

export type Settlement =
  | { state: 'done'; result: StoredResult }
  | { state: 'unknown' }
  /** The write was refused and the key freed: the waiter may claim it and try itself. */
  | { state: 'released' };

/**
 * How a write that did not succeed ended: `rejected` when it provably took no effect (refused by the
 * upstream, or never sent), which frees the key; `unknown` when it may have, which keeps the key unknown.
 */
export type FailureOutcome = 'rejected' | 'unknown';

export interface IdempotencyStore {
  /** Claims `key` for a write whose input digests to `fingerprint`, or reports where the key stands. */
  begin(key: string, fingerprint: string, leaseMs: number): Promise<BeginOutcome>;
  complete(key: string, token: string, result: StoredResult): Promise<void>;
  fail(key: string, token: string, outcome: FailureOutcome): Promise<void>;
}
