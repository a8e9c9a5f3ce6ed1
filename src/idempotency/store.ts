/**
 * Where idempotency keys live. The contract is written so that a shared store (Redis) can implement it and
 * several gateway replicas can share keys; the in-process store (memory-store.ts) is the default.
 *
 * A key moves: (absent) -> in-flight -> done | unknown | (absent again, when the write was refused).
 * - `begin` claims an absent key atomically and hands its caller an owner token; only that owner may
 *   settle it. With Redis: `SET key {in-flight, fingerprint, token, leaseUntil} NX PX ttl`, and on failure a
 *   GET to report the state.
 * - An in-flight key carries a lease: if its owner dies without settling (a replica crashed mid-write), a
 *   later `begin` finds the lease run out and must treat the key as unknown, never as absent: the write may
 *   have been sent.
 * - Waiting on an in-flight key resolves when it settles (Redis: pub/sub on the key, or polling) or when the
 *   lease runs out (as unknown).
 * - `complete` and `fail` are compare-and-set on the owner token (Redis: a small Lua script), so an owner
 *   whose lease ran out cannot overwrite what happened since.
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
