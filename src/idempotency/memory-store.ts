import { randomUUID } from 'node:crypto';
import type { BeginOutcome, FailureOutcome, IdempotencyStore, Settlement, StoredResult } from './store.js';

export interface MemoryStoreSettings {
  /** How long a settled key (done or unknown) is remembered. */
  ttlMs: number;
  /** The most keys kept; beyond it the oldest settled ones are forgotten first. */
  maxKeys: number;
}

interface Entry {
  fingerprint: string;
  state: 'in-flight' | 'done' | 'unknown';
  result: StoredResult;
  token: string;
  /** In flight: when the owner's lease runs out. */
  leaseUntil: number;
  /** Settled: when the key is forgotten. */
  expiresAt: number;
  waiters: Array<(settlement: Settlement) => void>;
}

/**
 * The default `IdempotencyStore`: one process's keys in a Map, bounded in time (TTL) and size. Keys are not
 * shared between replicas: behind a load balancer, use a shared store (store.ts says what it must do) or
 * route a client's retries to the same replica. Lives as long as the process.
 */
export class InMemoryIdempotencyStore implements IdempotencyStore {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly settings: MemoryStoreSettings,
    private readonly now: () => number = Date.now,
  ) {}

  async begin(key: string, fingerprint: string, leaseMs: number): Promise<BeginOutcome> {
    const now = this.now();
    const entry = this.entries.get(key);
    if (!entry || (entry.state !== 'in-flight' && now >= entry.expiresAt)) {
      const token = randomUUID();
      this.entries.delete(key);
      const leaseUntil = now + leaseMs;
      this.entries.set(key, { fingerprint, state: 'in-flight', result: null, token, leaseUntil, expiresAt: 0, waiters: [] });
      this.forgetBeyondBound();
      return { state: 'new', token };
    }
    if (entry.fingerprint !== fingerprint) return { state: 'mismatch' };
    // An owner that outlived its lease may have sent the write: what happened is unknown.
    if (entry.state === 'in-flight' && now >= entry.leaseUntil) this.settle(entry, { state: 'unknown' });
    switch (entry.state) {
      case 'done':
        return { state: 'done', result: entry.result };
      case 'unknown':
        return { state: 'unknown' };
      case 'in-flight':
        return { state: 'in-flight', settled: new Promise((resolve) => entry.waiters.push(resolve)) };
    }
  }

  async complete(key: string, token: string, result: StoredResult): Promise<void> {
    const entry = this.owned(key, token);
    if (entry) this.settle(entry, { state: 'done', result });
  }

  async fail(key: string, token: string, outcome: FailureOutcome): Promise<void> {
    const entry = this.owned(key, token);
    if (!entry) return;
    if (outcome === 'unknown') {
      this.settle(entry, { state: 'unknown' });
      return;
    }
    this.entries.delete(key);
    this.settle(entry, { state: 'released' });
  }

  private owned(key: string, token: string): Entry | undefined {
    const entry = this.entries.get(key);
    return entry?.state === 'in-flight' && entry.token === token ? entry : undefined;
  }

  private settle(entry: Entry, settlement: Settlement): void {
    if (settlement.state !== 'released') {
      entry.state = settlement.state;
      entry.result = settlement.state === 'done' ? settlement.result : null;
      entry.expiresAt = this.now() + this.settings.ttlMs;
    }
    const waiters = entry.waiters;
    entry.waiters = [];
    for (const wake of waiters) wake(settlement);
  }

  /**
   * Forgets the oldest settled keys until the bound holds (keys in flight are kept). Map order is creation
   * order, so expired keys go first; others expire when next asked for.
   */
  private forgetBeyondBound(): void {
    for (const [key, entry] of this.entries) {
      if (this.entries.size <= this.settings.maxKeys) return;
      if (entry.state !== 'in-flight') this.entries.delete(key);
    }
  }
}
