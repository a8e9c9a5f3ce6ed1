import { randomUUID } from 'node:crypto';
import { LRUCache } from 'lru-cache';

/** What one answer said about its store's quota (the shape of the upstream layer's `QuotaSnapshot`). */
export interface QuotaReport {
  /** Calls left in the current window. */
  remaining: number;
  /** Milliseconds until the window resets, counted from when the answer arrived. */
  resetAfterMs: number;
  /** Calls per window, when the upstream says. */
  limit?: number;
  /** Window length in milliseconds, when the upstream says. */
  windowMs?: number;
}

/** A store's quota as every replica's answers report it, and its calls in flight across replicas. */
export interface QuotaState {
  /**
   * Calls left when last reported; once that window is over, the next starts full when its size is known.
   * Undefined before any report, or after a window of unknown size ended.
   */
  remaining: number | undefined;
  /** Milliseconds until the window resets, from now; undefined while `remaining` is. */
  resetInMs: number | undefined;
  limit: number | undefined;
  windowMs: number | undefined;
  /** The upstream answered without quota headers: there is nothing to pace by. */
  silent: boolean;
  /** Calls started and not finished, on every replica (the slots of a replica that died expire). */
  inFlight: number;
}

/** Which calls may start now: the pacer's and admission's rules, applied atomically with the count. */
export interface StartRules {
  /** Most calls in flight at once for the store, across replicas, while its quota is known (or silent). */
  maxInFlight: number;
  /** Most in flight before any answer says where the quota stands. */
  maxInFlightUnknown: number;
  /** Calls left (beyond those in flight) that must stay unspent: at or below it, nothing starts. */
  reserve: number;
  /** A slot not finished by then is dropped (its replica died mid-call); the call's own deadline suits. */
  expiresInMs: number;
}

/** One started call, to hand back to `finishCall`. */
export interface CallSlot {
  readonly key: string;
  readonly id: string;
}

export type StartOutcome = { started: true; slot: CallSlot; state: QuotaState } | { started: false; state: QuotaState };

/** How a call ended: what its answer said about the quota; `answered` is false for a transport failure. */
export interface CallEnd {
  report: QuotaReport | undefined;
  answered: boolean;
}

/**
 * The quota view of each store (keyed by the caller, e.g. store hash and origin): in the process
 * (`InProcessQuotaView`) or shared by every replica through Redis (`RedisQuotaView`). The pacer asks it
 * whether a call may start and tells it how each ended.
 */
export interface QuotaView {
  /** Counts a call as started if the rules allow it now; either way, where the quota stands. */
  startCall(key: string, rules: StartRules): Promise<StartOutcome>;
  /** Frees the call's slot and records what its answer said. */
  finishCall(slot: CallSlot, end: CallEnd): Promise<void>;
  state(key: string): Promise<QuotaState>;
}

/** Two reset times this close apart belong to the same window: answers arrive out of order. */
export const SAME_WINDOW_TOLERANCE_MS = 250;
const MAX_TRACKED_STORES = 10_000;

interface Quota {
  remaining: number | undefined;
  /** Epoch ms when the reported window resets. */
  resetAt: number;
  limit: number | undefined;
  windowMs: number | undefined;
  silent: boolean;
  /** Slot id -> epoch ms when it expires. */
  slots: Map<string, number>;
}

/**
 * The quota view of one process, for when `REDIS_URL` is unset (and the fallback of the Redis view while
 * Redis is away): the same rules as the Redis script, bounded to 10 000 stores. Lives as long as the process.
 */
export class InProcessQuotaView implements QuotaView {
  private readonly quotas = new LRUCache<string, Quota>({ max: MAX_TRACKED_STORES });

  constructor(private readonly now: () => number = Date.now) {}

  async startCall(key: string, rules: StartRules): Promise<StartOutcome> {
    const now = this.now();
    const quota = this.quotaOf(key, now);
    const inFlight = quota.slots.size;
    const cap = quota.remaining === undefined && !quota.silent ? rules.maxInFlightUnknown : rules.maxInFlight;
    const allowed = inFlight < cap && (quota.remaining === undefined || quota.remaining - inFlight > rules.reserve);
    if (!allowed) return { started: false, state: stateOf(quota, now) };
    const slot = { key, id: randomUUID() };
    quota.slots.set(slot.id, now + rules.expiresInMs);
    return { started: true, slot, state: stateOf(quota, now) };
  }

  async finishCall(slot: CallSlot, end: CallEnd): Promise<void> {
    const quota = this.quotaOf(slot.key, this.now());
    quota.slots.delete(slot.id);
    this.record(slot.key, end);
  }

  async state(key: string): Promise<QuotaState> {
    const now = this.now();
    return stateOf(this.quotaOf(key, now), now);
  }

  /** Takes in what an answer said, for a call counted elsewhere (the Redis view keeps this one warm). */
  record(key: string, { report, answered }: CallEnd): void {
    const now = this.now();
    const quota = this.quotaOf(key, now);
    if (report) {
      const resetAt = now + report.resetAfterMs;
      const sameWindow =
        quota.remaining !== undefined && now < quota.resetAt && Math.abs(resetAt - quota.resetAt) <= SAME_WINDOW_TOLERANCE_MS;
      quota.remaining = sameWindow && quota.remaining !== undefined ? Math.min(quota.remaining, report.remaining) : report.remaining;
      quota.resetAt = resetAt;
      quota.limit = report.limit ?? quota.limit;
      quota.windowMs = report.windowMs ?? quota.windowMs;
      quota.silent = false;
    } else if (answered && quota.remaining === undefined) {
      quota.silent = true;
    }
  }

  /** The store's quota with its window rolled forward to `now` and expired slots dropped. */
  private quotaOf(key: string, now: number): Quota {
    let quota = this.quotas.get(key);
    if (!quota) {
      quota = { remaining: undefined, resetAt: 0, limit: undefined, windowMs: undefined, silent: false, slots: new Map() };
      this.quotas.set(key, quota);
    }
    if (quota.remaining !== undefined && now >= quota.resetAt) {
      quota.remaining = quota.limit;
      if (quota.windowMs !== undefined && quota.windowMs > 0) {
        quota.resetAt += Math.ceil((now - quota.resetAt + 1) / quota.windowMs) * quota.windowMs;
      }
    }
    for (const [id, expiresAt] of quota.slots) if (now >= expiresAt) quota.slots.delete(id);
    return quota;
  }
}

function stateOf(quota: Quota, now: number): QuotaState {
  const known = quota.remaining !== undefined;
  return {
    remaining: quota.remaining,
    resetInMs: known ? Math.max(0, quota.resetAt - now) : undefined,
    limit: quota.limit,
    windowMs: quota.windowMs,
    silent: quota.silent,
    inFlight: quota.slots.size,
  };
}
