import { randomUUID } from 'node:crypto';
import { idempotencyUnavailable } from './errors.js';
import type { BeginOutcome, FailureOutcome, IdempotencyStore, Settlement, StoredResult } from './store.js';

export interface MemoryStoreSettings {
  /** How long a settled key (done or unknown) is remembered. */
  ttlMs: number;
  /**
   * The most keys kept, settled and in flight. A key is never forgotten before its TTL: forgetting one would
   * let a retry send its write again, so when the store is full of live keys a new key is refused
   * (IDEMPOTENCY_UNAVAILABLE, nothing sent) until some expire.
   */
  maxKeys: number;
}

interface Running {
  fingerprint: string;
  token: string;
  /** When the owner's lease runs out. */
  leaseUntil: number;
  waiters: Array<(settlement: Settlement) => void>;
}

interface Settled {
  fingerprint: string;
  state: 'done' | 'unknown';
  result: StoredResult;
  /** When the key is forgotten. */
  expiresAt: number;
}

/**
 * The default `IdempotencyStore`: one process's keys, bounded in time (TTL) and size. Keys are not shared
 * between replicas: behind a load balancer, use the Redis store (redis-store.ts) or route a client's retries
 * to the same replica. Lives as long as the process.
 *
 * Full means full: no live key is pushed out to make room (docs/decisions/0502-idempotency-keys-never-evicted.md).
 * Settled keys are kept in the order they settled, which with one TTL is the order they expire in.
 */
export class InMemoryIdempotencyStore implements IdempotencyStore {
  private readonly running = new Map<string, Running>();
  private readonly settled = new Map<string, Settled>();

  constructor(
    private readonly settings: MemoryStoreSettings,
    private readonly now: () => number = Date.now,
  ) {}

  async begin(key: string, fingerprint: string, leaseMs: number): Promise<BeginOutcome> {
    const now = this.now();
    const running = this.running.get(key);
    if (running) {
      if (running.fingerprint !== fingerprint) return { state: 'mismatch' };
      // An owner that outlived its lease may have sent the write: what happened is unknown.
      if (now < running.leaseUntil) return { state: 'in-flight', settled: this.waitFor(running) };
      this.settle(key, running, { state: 'unknown' });
    }
    const settled = this.settled.get(key);
    if (settled && now < settled.expiresAt) {
      if (settled.fingerprint !== fingerprint) return { state: 'mismatch' };
      return settled.state === 'done' ? { state: 'done', result: settled.result } : { state: 'unknown' };
    }
    this.settled.delete(key);
    if (!this.hasRoom(now)) throw idempotencyUnavailable();
    const token = randomUUID();
    this.running.set(key, { fingerprint, token, leaseUntil: now + leaseMs, waiters: [] });
    return { state: 'new', token };
  }

  async complete(key: string, token: string, result: StoredResult): Promise<void> {
    const running = this.owned(key, token);
    if (running) this.settle(key, running, { state: 'done', result });
  }

  async fail(key: string, token: string, outcome: FailureOutcome): Promise<void> {
    const running = this.owned(key, token);
    if (running) this.settle(key, running, outcome === 'unknown' ? { state: 'unknown' } : { state: 'released' });
  }

  /** Whether one more key fits, once the expired ones are forgotten (the oldest settled come first). */
  private hasRoom(now: number): boolean {
    for (const [key, settled] of this.settled) {
      if (this.running.size + this.settled.size < this.settings.maxKeys || now < settled.expiresAt) break;
      this.settled.delete(key);
    }
    return this.running.size + this.settled.size < this.settings.maxKeys;
  }

  private owned(key: string, token: string): Running | undefined {
    const running = this.running.get(key);
    return running?.token === token ? running : undefined;
  }

  private waitFor(running: Running): Promise<Settlement> {
    return new Promise((resolve) => running.waiters.push(resolve));
  }

  private settle(key: string, running: Running, settlement: Settlement): void {
    this.running.delete(key);
    if (settlement.state !== 'released') {
      const result = settlement.state === 'done' ? settlement.result : null;
      const expiresAt = this.now() + this.settings.ttlMs;
      // Deleted first, so a key settled again goes to the end: the map stays in the order keys expire.
      this.settled.delete(key);
      this.settled.set(key, { fingerprint: running.fingerprint, state: settlement.state, result, expiresAt });
    }
    for (const wake of running.waiters) wake(settlement);
  }
}
