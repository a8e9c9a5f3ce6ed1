import type { CallEnd, CallSlot, Hold, QuotaState, QuotaView } from '../../shared-state/quota-view.js';
import type {
  AdmissionTerms,
  AdmissionVerdict,
  CallRequest,
  PacingDecision,
  PacingTicket,
  QuotaProof,
  RequestHold,
  StoreQuota,
} from './state.js';

export interface PacingSettings {
  /**
   * Pace once this few calls are free in a store's window (left, less those in flight and held): the rest
   * are spread evenly over the time left, so a burst slows down before the upstream answers 429. Also the
   * most calls sent to a store before its first answer says where its quota stands, and the most calls of a
   * caller not yet proven. 0 turns pacing (and admission) off.
   */
  threshold: number;
}

/** How long a refused call waits before asking again when only a call ending (or a first report) can let it go. */
const POLL_MS = 25;

/**
 * One store's quota at one origin, as the quota view keeps it: in this process, or in Redis for every
 * replica. The view applies the rules atomically (quota-view.ts); this turns its answers into waits,
 * tickets and holds for the call path. Made per request and store, dropped with them.
 */
export class ViewStoreQuota implements StoreQuota {
  constructor(
    private readonly view: QuotaView,
    private readonly key: string,
    private readonly rules: { threshold: number; maxInFlight: number },
    private readonly now: () => number = Date.now,
  ) {}

  async admit(calls: number, terms: AdmissionTerms): Promise<AdmissionVerdict> {
    const outcome = await this.view.hold(this.key, calls, { threshold: this.rules.threshold, ...terms });
    if (!outcome.admitted) return { admitted: false, retryAfterMs: outcome.retryInMs };
    return { admitted: true, hold: outcome.hold && new ViewHold(this.view, outcome.hold, this.now) };
  }

  async acquire({ counted, expiresInMs, held, fallback }: CallRequest): Promise<PacingDecision> {
    const { threshold } = this.rules;
    if (fallback && !held) {
      // Checked apart from starting the call, so the view's rules stay one for every call: reads checked at
      // the same moment (a page's) may together go past the even rate; it then holds the next ones back
      // until it has caught up.
      const state = await this.view.state(this.key);
      const waitMs = unfreeForMs(state, threshold, refreshReserve(state, threshold));
      if (waitMs > 0) return { waitMs };
    }
    if (!counted) {
      // A call of credentials not yet proven takes no turn and no count, but does not run into a spent quota.
      const waitMs = unfreeForMs(await this.view.state(this.key), threshold, 0);
      return waitMs > 0 ? { waitMs } : { ticket: new UncountedTicket(this.view, this.key, expiresInMs) };
    }
    const rules = { ...this.rules, expiresInMs };
    const outcome = await this.view.startCall(this.key, rules, held);
    if (!outcome.started) return { waitMs: outcome.retryInMs > 0 ? outcome.retryInMs : POLL_MS };
    return { ticket: new CountedTicket(this.view, outcome.slot) };
  }
}

/** Until the reset when no more than `reserve` calls are free (left, less in flight and held); 0 otherwise. */
function unfreeForMs(state: QuotaState, threshold: number, reserve: number): number {
  if (threshold === 0 || state.remaining === undefined) return 0;
  const free = state.remaining - state.inFlight - state.held;
  return free > reserve ? 0 : Math.max(1, state.resetInMs ?? 0);
}

/**
 * The free calls a call with a fallback leaves: what the rest of the window would get at an even rate, and at
 * least the threshold. So refreshes of kept answers never spend ahead of the window's even share, and a
 * write or first read coming later in the window finds its calls free, not spent on refreshes at its start.
 */
function refreshReserve(state: QuotaState, threshold: number): number {
  const { limit, windowMs, resetInMs } = state;
  if (limit === undefined || windowMs === undefined || windowMs <= 0 || resetInMs === undefined) return threshold;
  return Math.max(threshold, Math.floor((limit * Math.min(resetInMs, windowMs)) / windowMs));
}

function endOf(proof: QuotaProof | undefined): CallEnd {
  return { report: proof?.quota, answered: proof !== undefined };
}

/**
 * The views never throw (a Redis failure falls back to the process's view), but a settlement is not
 * awaited by the call it ends: a rejection here must not become an unhandled one.
 */
function inBackground(work: Promise<unknown>): void {
  work.catch(() => {});
}

class CountedTicket implements PacingTicket {
  private settled = false;

  constructor(
    private readonly view: QuotaView,
    private readonly slot: CallSlot,
  ) {}

  settle(proof: QuotaProof | undefined): void {
    if (this.settled) return;
    this.settled = true;
    inBackground(this.view.finishCall(this.slot, endOf(proof)));
  }

  count(): void {}
}

/** A call not counted when it went; it counts from the moment its caller is proven (`count`). */
class UncountedTicket implements PacingTicket {
  private slot: Promise<CallSlot> | undefined;
  private settled = false;

  constructor(
    private readonly view: QuotaView,
    private readonly key: string,
    private readonly expiresInMs: number,
  ) {}

  count(): void {
    if (this.settled || this.slot) return;
    this.slot = this.view.countCall(this.key, this.expiresInMs);
  }

  settle(proof: QuotaProof | undefined): void {
    if (this.settled) return;
    this.settled = true;
    const end = endOf(proof);
    const slot = this.slot;
    inBackground(slot ? slot.then((counted) => this.view.finishCall(counted, end)) : this.view.record(this.key, end));
  }
}

/** A request's held calls at one store, handed out in order; released once the request is over. */
class ViewHold implements RequestHold {
  private next = 0;
  private released = false;

  constructor(
    private readonly view: QuotaView,
    private readonly hold: Hold,
    private readonly now: () => number,
  ) {}

  take() {
    const turn = this.peek();
    if (turn) this.next += 1;
    return turn;
  }

  peek() {
    if (this.next >= this.hold.calls || this.released) return undefined;
    const index = this.next;
    const { burst, pacedFrom, intervalMs } = this.hold;
    const startAt = index < burst ? 0 : pacedFrom + (index - burst) * intervalMs;
    return { held: { hold: this.hold, index }, waitMs: Math.max(0, startAt - this.now()) };
  }

  release(): void {
    if (this.released) return;
    this.released = true;
    inBackground(this.view.release(this.hold));
  }
}
