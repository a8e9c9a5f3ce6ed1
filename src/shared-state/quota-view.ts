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

/** A store's quota as every replica's answers report it, and its calls in flight and held across replicas. */
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
  /** Calls that admitted requests hold and have not started yet (they expire with the request). */
  held: number;
  /** Milliseconds until the next paced call may start; 0 when one may start now. */
  nextStartInMs: number;
}

/**
 * The pacer's rules, applied atomically with the count. "Free" calls are those left, minus those in flight
 * and held: while more than `threshold` are free a call starts at once; at or below it, each starts only
 * after the rest of the window divided among the free ones; with none free, only after the reset.
 */
export interface StartRules {
  /** Most calls in flight at once for the store, across replicas. */
  maxInFlight: number;
  /** Pace at or below this many free calls; also the most in flight before any answer reports. 0: no pacing. */
  threshold: number;
  /** A slot not finished by then is dropped (its replica died mid-call); the call's own deadline suits. */
  expiresInMs: number;
}

/** What admission checks a request's calls against: the pacing rules, within the request's time. */
export interface HoldRules {
  threshold: number;
  /** Every held call must be able to start within this (the request's deadline, less a call's time). */
  startWithinMs: number;
  /** Held calls not started by then are free again (the request is over, or its replica died). */
  expiresInMs: number;
}

/**
 * Calls held for one admitted request: the first `burst` may start at once, the others one `intervalMs`
 * apart from `pacedFrom` (they took their turns in the store's paced spacing when they were held).
 */
export interface Hold {
  readonly key: string;
  readonly id: string;
  readonly calls: number;
  readonly burst: number;
  /** Epoch ms. */
  readonly pacedFrom: number;
  readonly intervalMs: number;
}

/** The `index`-th call of a hold (0-based); a call past the hold's end starts by the rules. */
export interface HeldCall {
  hold: Hold;
  index: number;
}

/**
 * `admitted` with a hold: the calls are counted as held until started or released. Admitted without one:
 * there is nothing to hold against (no report yet, a silent upstream, pacing off) or the window resets
 * before the request's time is up; the calls then start by the rules. Refused: they would not all start in
 * time; `retryInMs` says when they might.
 */
export type HoldOutcome =
  | { admitted: true; hold: Hold | undefined; state: QuotaState }
  | { admitted: false; retryInMs: number; state: QuotaState };

/** One started call, to hand back to `finishCall`. */
export interface CallSlot {
  readonly key: string;
  readonly id: string;
}

/**
 * Refused: `retryInMs` until the rules could allow it (the reset, the next paced turn); 0 when a call ending
 * decides.
 */
export type StartOutcome =
  | { started: true; slot: CallSlot; state: QuotaState }
  | { started: false; retryInMs: number; state: QuotaState };

/** How a call ended: what its answer said about the quota; `answered` is false for a transport failure. */
export interface CallEnd {
  report: QuotaReport | undefined;
  answered: boolean;
}

/**
 * The quota view of each store (keyed by the caller, e.g. origin and store hash): in the process
 * (`InProcessQuotaView`) or shared by every replica through Redis (`RedisQuotaView`). The pacer asks it
 * whether a call may start and tells it how each ended; admission holds a request's calls. Never throws.
 */
export interface QuotaView {
  /** Counts a call as started if the rules allow it now, or at once as the held call `held`. */
  startCall(key: string, rules: StartRules, held?: HeldCall): Promise<StartOutcome>;
  /** Counts a call already on its way whatever the rules (its caller was proven while it was sent). */
  countCall(key: string, expiresInMs: number): Promise<CallSlot>;
  /** Frees the call's slot and records what its answer said. */
  finishCall(slot: CallSlot, end: CallEnd): Promise<void>;
  /** Records what the answer to a call never counted said (the call proved its caller). */
  record(key: string, end: CallEnd): Promise<void>;
  /** Holds `calls` for one request if they can all start within `rules.startWithinMs`. */
  hold(key: string, calls: number, rules: HoldRules): Promise<HoldOutcome>;
  /** Frees what is left of a hold; the request is over. */
  release(hold: Hold): Promise<void>;
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
  /** Epoch ms before which no paced call may start. */
  nextStartAt: number;
  /** Slot id -> epoch ms when it expires. */
  slots: Map<string, number>;
  /** `<hold id>:<index>` -> epoch ms when it expires. */
  held: Map<string, number>;
}

/**
 * The quota view of one process, for when `REDIS_URL` is unset (and the fallback of the Redis view while
 * Redis is away): the same rules as the Redis script, which the same tests check, bounded to 10 000 stores.
 * Lives as long as the process.
 */
export class InProcessQuotaView implements QuotaView {
  private readonly quotas = new LRUCache<string, Quota>({ max: MAX_TRACKED_STORES });

  constructor(private readonly now: () => number = Date.now) {}

  async startCall(key: string, rules: StartRules, held?: HeldCall): Promise<StartOutcome> {
    const now = this.now();
    const quota = this.quotaOf(key, now);
    if (!(held && quota.held.delete(heldMember(held)))) {
      const retryInMs = refusal(quota, rules, now);
      if (retryInMs !== undefined) return { started: false, retryInMs, state: stateOf(quota, now) };
      const free = freeCalls(quota);
      if (rules.threshold > 0 && free !== undefined && free <= rules.threshold) {
        quota.nextStartAt = now + Math.ceil(Math.max(0, quota.resetAt - now) / free);
      }
    }
    const slot = { key, id: randomUUID() };
    quota.slots.set(slot.id, now + rules.expiresInMs);
    return { started: true, slot, state: stateOf(quota, now) };
  }

  async countCall(key: string, expiresInMs: number): Promise<CallSlot> {
    const now = this.now();
    const slot = { key, id: randomUUID() };
    this.quotaOf(key, now).slots.set(slot.id, now + expiresInMs);
    return slot;
  }

  async finishCall(slot: CallSlot, end: CallEnd): Promise<void> {
    this.quotaOf(slot.key, this.now()).slots.delete(slot.id);
    this.learn(slot.key, end);
  }

  async record(key: string, end: CallEnd): Promise<void> {
    this.learn(key, end);
  }

  async hold(key: string, calls: number, rules: HoldRules): Promise<HoldOutcome> {
    const now = this.now();
    const quota = this.quotaOf(key, now);
    const plan = planHold(quota, calls, rules, now);
    if ('retryInMs' in plan) return { admitted: false, retryInMs: plan.retryInMs, state: stateOf(quota, now) };
    if (!plan.hold) return { admitted: true, hold: undefined, state: stateOf(quota, now) };
    const hold: Hold = { key, id: randomUUID(), calls, ...plan.hold };
    for (let index = 0; index < calls; index += 1) quota.held.set(heldMember({ hold, index }), now + rules.expiresInMs);
    if (plan.nextStartAt !== undefined) quota.nextStartAt = plan.nextStartAt;
    return { admitted: true, hold, state: stateOf(quota, now) };
  }

  async release(hold: Hold): Promise<void> {
    const quota = this.quotas.get(hold.key);
    for (let index = 0; index < hold.calls; index += 1) quota?.held.delete(heldMember({ hold, index }));
  }

  async state(key: string): Promise<QuotaState> {
    const now = this.now();
    // Read without making or touching an entry: unproven callers ask this, and must not push out a store's view.
    const quota = this.quotas.peek(key);
    return stateOf(quota ? rolledForward(quota, now) : newQuota(), now);
  }

  /**
   * Takes in what an answer said: the fewest calls left within one window (answers arrive out of order), a
   * later window as reported. Also used by the Redis view to keep its fallback warm.
   */
  learn(key: string, { report, answered }: CallEnd): void {
    // An end that says nothing (no proof of the credentials) must not make an entry: see `state`.
    if (!report && !answered) return;
    const now = this.now();
    const quota = this.quotaOf(key, now);
    if (report) {
      const resetAt = now + report.resetAfterMs;
      const sameWindow =
        quota.remaining !== undefined &&
        now < quota.resetAt &&
        Math.abs(resetAt - quota.resetAt) <= SAME_WINDOW_TOLERANCE_MS;
      quota.remaining =
        sameWindow && quota.remaining !== undefined ? Math.min(quota.remaining, report.remaining) : report.remaining;
      quota.resetAt = resetAt;
      quota.limit = report.limit ?? quota.limit;
      quota.windowMs = report.windowMs ?? quota.windowMs;
      quota.silent = false;
    } else if (answered && quota.remaining === undefined) {
      quota.silent = true;
    }
  }

  /** The store's quota (made on first use) with its window rolled forward to `now`. */
  private quotaOf(key: string, now: number): Quota {
    let quota = this.quotas.get(key);
    if (!quota) {
      quota = newQuota();
      this.quotas.set(key, quota);
    }
    return rolledForward(quota, now);
  }
}

function heldMember({ hold, index }: HeldCall): string {
  return `${hold.id}:${index}`;
}

/** Calls left, less those in flight and held; undefined while nothing says how many are left. */
function freeCalls(quota: Quota): number | undefined {
  return quota.remaining === undefined ? undefined : quota.remaining - quota.slots.size - quota.held.size;
}

/** Why a call may not start now, as the time until it might; undefined when it may. */
function refusal(quota: Quota, rules: StartRules, now: number): number | undefined {
  const inFlight = quota.slots.size;
  const free = freeCalls(quota);
  if (rules.threshold === 0 || quota.silent || free === undefined) {
    const cap =
      rules.threshold === 0 || quota.silent ? rules.maxInFlight : Math.min(rules.maxInFlight, rules.threshold);
    return inFlight < cap ? undefined : 0;
  }
  if (free <= 0) return Math.max(1, quota.resetAt - now);
  if (inFlight >= rules.maxInFlight) return 0;
  if (free > rules.threshold || now >= quota.nextStartAt) return undefined;
  return quota.nextStartAt - now;
}

type HoldPlan =
  | { retryInMs: number }
  | { hold: Pick<Hold, 'burst' | 'pacedFrom' | 'intervalMs'> | undefined; nextStartAt?: number };

/**
 * Admission's arithmetic (the Redis script does the same): the free calls above the threshold start at
 * once; the rest take the next turns of the paced spacing, which must all come within the request's time.
 */
function planHold(quota: Quota, calls: number, rules: HoldRules, now: number): HoldPlan {
  const free = freeCalls(quota);
  if (calls <= 0 || rules.threshold === 0 || quota.silent || free === undefined) return { hold: undefined };
  const burst = Math.min(calls, Math.max(0, free - rules.threshold));
  if (burst === calls) return { hold: { burst, pacedFrom: now, intervalMs: 0 } };
  const resetInMs = Math.max(0, quota.resetAt - now);
  const nextWindowFits = quota.limit === undefined || calls <= quota.limit - rules.threshold;
  if (resetInMs < rules.startWithinMs && nextWindowFits) return { hold: undefined };
  const paced = calls - burst;
  const pacedFree = free - burst;
  if (paced > pacedFree) return { retryInMs: Math.max(1, resetInMs) };
  const intervalMs = Math.ceil(resetInMs / pacedFree);
  const pacedFrom = Math.max(quota.nextStartAt, now);
  const lastStart = pacedFrom + (paced - 1) * intervalMs;
  const lateByMs = lastStart - (now + rules.startWithinMs);
  if (lateByMs > 0) return { retryInMs: Math.max(1, Math.min(resetInMs, lateByMs)) };
  return { hold: { burst, pacedFrom, intervalMs }, nextStartAt: pacedFrom + paced * intervalMs };
}

/** `quota` with its window rolled forward to `now` and expired slots and holds dropped. */
function rolledForward(quota: Quota, now: number): Quota {
  if (quota.remaining !== undefined && now >= quota.resetAt) {
    quota.remaining = quota.limit;
    quota.nextStartAt = 0;
    if (quota.windowMs !== undefined && quota.windowMs > 0) {
      quota.resetAt += Math.ceil((now - quota.resetAt + 1) / quota.windowMs) * quota.windowMs;
    }
  }
  for (const entries of [quota.slots, quota.held]) {
    for (const [id, expiresAt] of entries) if (now >= expiresAt) entries.delete(id);
  }
  return quota;
}

/** What is known of a store before any answer: nothing. */
function newQuota(): Quota {
  return {
    remaining: undefined,
    resetAt: 0,
    limit: undefined,
    windowMs: undefined,
    silent: false,
    nextStartAt: 0,
    slots: new Map(),
    held: new Map(),
  };
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
    held: quota.held.size,
    nextStartInMs: Math.max(0, quota.nextStartAt - now),
  };
}
